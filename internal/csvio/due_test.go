package csvio_test

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/csvio"
	"leadbridge/internal/talent"
)

func TestWriteAgenda(t *testing.T) {
	day := func(s string) time.Time { d, _ := talent.ParseDate(s); return d }
	a := talent.Agenda{AsOf: day("2026-12-03"), Until: day("2026-12-17"), Items: []talent.Due{
		{Key: "action:1", Kind: talent.DueAction, Person: "=Zoë()", Date: day("2026-11-30"), What: "Action: Hand over the build"},
		{Key: "meeting:2", Kind: talent.DueMeeting, Person: "@Ben", Date: day("2026-12-10"), What: "Mentoring meeting with Ana"},
	}}
	var buf bytes.Buffer
	if err := csvio.WriteAgenda(&buf, a); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"group", "date", "when", "for", "what", "kind", "key"},
		{"Overdue", "2026-11-30", "Overdue since 2026-11-30 (3 days)", "'=Zoë()", "Action: Hand over the build", "action", "action:1"},
		{"Next week", "2026-12-10", "Due on 2026-12-10 (in 7 days)", "'@Ben", "Mentoring meeting with Ana", "meeting", "meeting:2"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %q\nwant %q", rows, want)
	}
}
