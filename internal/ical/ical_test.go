package ical_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"leadbridge/internal/ical"
	"leadbridge/internal/talent"
)

func day(s string) time.Time {
	t, err := time.Parse(talent.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

var stamp = time.Date(2026, 12, 3, 10, 30, 0, 0, time.UTC)

func agenda() talent.Agenda {
	return talent.Agenda{AsOf: day("2026-12-03"), Until: day("2026-12-17"), Items: []talent.Due{
		{Key: "action:1000", Kind: talent.DueAction, PersonID: 1, Person: "Zoë Ångström", Date: day("2026-11-30"),
			What: "Action: Hand over the build; then, with care, step back \\ and ask: " + strings.Repeat("ünïcödé ", 12)},
		{Key: "meeting:20", Kind: talent.DueMeeting, PersonID: 1, Person: "李小龍", Date: day("2026-12-31"), What: "Mentoring meeting with Ben"},
	}}
}

func write(t *testing.T, a talent.Agenda, at time.Time) string {
	t.Helper()
	var buf bytes.Buffer
	if err := ical.WriteAgenda(&buf, a, ical.Options{Name: "What is due", Stamp: at}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteAgendaLines(t *testing.T) {
	out := write(t, agenda(), stamp)
	if !strings.HasSuffix(out, "\r\n") || strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Fatalf("every line must end in CRLF and nothing else:\n%q", out)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d octets, want at most 75: %q", len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("folding split a character: %q", line)
		}
	}
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Leadbridge//What is due//EN\r\n",
		"UID:action-1000@leadbridge\r\n",
		"DTSTAMP:20261203T103000Z\r\n",
		"DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\n",
		"SUMMARY:Zoë Ångström: Action: Hand over the build\\; then\\, with care\\, step back \\\\ and ask: ünïcödé",
		"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\n",
		"SUMMARY:李小龍: Mentoring meeting with Ben\r\n",
		"DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n",
		"END:VEVENT\r\nEND:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("missing %q in:\n%s", want, unfolded)
		}
	}
}

// TestWriteAgendaSequence checks the two promises a calendar program relies on: the same
// data gives the same file apart from DTSTAMP, and an item whose date moves later keeps
// its UID with a higher SEQUENCE.
func TestWriteAgendaSequence(t *testing.T) {
	noStamp := func(s string) string {
		var keep []string
		for _, l := range strings.Split(s, "\r\n") {
			if !strings.HasPrefix(l, "DTSTAMP:") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\r\n")
	}
	first, again := write(t, agenda(), stamp), write(t, agenda(), stamp.Add(48*time.Hour))
	if first == again || noStamp(first) != noStamp(again) {
		t.Errorf("two exports of the same data differ beyond DTSTAMP:\n%s\n---\n%s", first, again)
	}
	moved := agenda()
	moved.Items[1].Date = day("2027-01-14")
	seq := func(s, uid string) string {
		event := s[strings.Index(s, "UID:"+uid):]
		event = event[strings.Index(event, "SEQUENCE:")+len("SEQUENCE:"):]
		return event[:strings.Index(event, "\r\n")]
	}
	before, after := seq(first, "meeting-20@leadbridge"), seq(write(t, moved, stamp), "meeting-20@leadbridge")
	if len(after) < len(before) || (len(after) == len(before) && after <= before) {
		t.Errorf("SEQUENCE %s after the date moved later, was %s: want higher", after, before)
	}
}

func TestWriteAgendaEmpty(t *testing.T) {
	out := write(t, talent.Agenda{AsOf: day("2026-12-03")}, stamp)
	if strings.Contains(out, "VEVENT") || !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(out, "END:VCALENDAR\r\n") {
		t.Errorf("empty agenda = %q", out)
	}
}
