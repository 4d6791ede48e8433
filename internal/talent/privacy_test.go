package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestRecordCount(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 assessments"},
		{1, "an assessment"},
		{27, "27 assessments"},
	}
	for _, tt := range tests {
		if got := (talent.RecordCount{N: tt.n, One: "an assessment", Many: "assessments"}).String(); got != tt.want {
			t.Errorf("RecordCount{%d}.String() = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestErasureTexts(t *testing.T) {
	plan := talent.RecordCount{N: 1, One: "a development plan", Many: "development plans"}
	rated := talent.RecordCount{N: 3, One: "an assessment", Many: "assessments"}
	none := talent.RecordCount{N: 0, One: "a training entry", Many: "training entries"}
	gave := talent.RecordCount{N: 2, One: "an assessment they gave", Many: "assessments they gave"}
	tests := []struct {
		name              string
		e                 talent.Erasure
		records           int
		removed, replaced string
	}{
		{"nothing", talent.Erasure{}, 0, "no other records", ""},
		{"one kind", talent.Erasure{Removed: []talent.RecordCount{plan}}, 1, "a development plan", ""},
		{"zero counts left out", talent.Erasure{Removed: []talent.RecordCount{rated, none, plan}, Replaced: []talent.RecordCount{none, gave}},
			4, "3 assessments and a development plan", "2 assessments they gave"},
		{"three kinds", talent.Erasure{Removed: []talent.RecordCount{rated, plan, gave}}, 6,
			"3 assessments, a development plan and 2 assessments they gave", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.e.Records(); got != tt.records {
				t.Errorf("Records() = %d, want %d", got, tt.records)
			}
			if got := tt.e.RemovedText(); got != tt.removed {
				t.Errorf("RemovedText() = %q, want %q", got, tt.removed)
			}
			if got := tt.e.ReplacedText(); got != tt.replaced {
				t.Errorf("ReplacedText() = %q, want %q", got, tt.replaced)
			}
		})
	}
}

func TestErasureMentionsText(t *testing.T) {
	note := talent.Mention{Kind: "a person record", People: []string{"Li Wei"}, Text: "Asked Zoë about the rota."}
	role := talent.Mention{Kind: "a key role", Text: "Zoë's old desk"}
	tests := []struct {
		name string
		e    talent.Erasure
		want string
	}{
		{"none", talent.Erasure{FirstName: "Zoë"}, ""},
		{"one", talent.Erasure{FirstName: "Zoë", Mentions: []talent.Mention{note}},
			"1 record still mentions \"Zoë\", their first name. Leadbridge cannot tell whom it means, so it is left as written for you to review:\n" +
				"- a person record (Li Wei): “Asked Zoë about the rota.”"},
		{"two, with a namesake", talent.Erasure{FirstName: "Zoë", Mentions: []talent.Mention{note, role}, Namesakes: 2},
			"2 records still mention \"Zoë\", their first name. Leadbridge cannot tell whom they mean, so they are left as written for you to review:\n" +
				"- a person record (Li Wei): “Asked Zoë about the rota.”\n- a key role: “Zoë's old desk”\n\"Zoë\" is also the first name of 2 other people on file."},
	}
	for _, tt := range tests {
		if got := tt.e.MentionsText(); got != tt.want {
			t.Errorf("%s: MentionsText() =\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

func TestPersonDataRecords(t *testing.T) {
	d := talent.PersonData{Tables: []talent.DataTable{
		{Name: "people", Columns: []string{"id", "name"}, Rows: [][]string{{"1", "李小龍"}}},
		{Name: "assessments", Columns: []string{"id"}, Rows: [][]string{{"4"}, {"5"}}},
		{Name: "training", Columns: []string{"id"}},
	}}
	if got := d.Records(); got != 3 {
		t.Errorf("Records() = %d, want 3", got)
	}
}

func TestRestoredString(t *testing.T) {
	made := time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)
	r := talent.Restored{From: talent.BackupInfo{Path: "/data/backups/a.db", Made: made}, SafetyCopy: "/data/backups/b.db"}
	msg := r.String()
	checkSentence(t, msg)
	for _, want := range []string{made.Local().Format("2 January 2006"), "/data/backups/b.db"} {
		if !strings.Contains(msg, want) {
			t.Errorf("String() = %q, want it to contain %q", msg, want)
		}
	}
}
