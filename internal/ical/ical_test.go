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

// write writes the calendar of the agenda after a last file that held last, and returns
// it with what to remember for the next.
func write(t *testing.T, a talent.Agenda, last []talent.CalendarEntry, at time.Time) (string, []talent.CalendarEntry) {
	t.Helper()
	events, next := talent.PlanCalendar(a, last)
	var buf bytes.Buffer
	if err := ical.WriteCalendar(&buf, events, ical.Options{Name: "What is due", Stamp: at}); err != nil {
		t.Fatal(err)
	}
	return buf.String(), next
}

// event returns the lines of the event with the given UID, unfolded.
func event(t *testing.T, cal, uid string) string {
	t.Helper()
	cal = strings.ReplaceAll(cal, "\r\n ", "")
	i := strings.Index(cal, "UID:"+uid+"\r\n")
	if i < 0 {
		t.Fatalf("no event %s in:\n%s", uid, cal)
	}
	return cal[i : i+strings.Index(cal[i:], "END:VEVENT")]
}

func TestWriteCalendarLines(t *testing.T) {
	out, _ := write(t, agenda(), nil, stamp)
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

// TestWriteCalendarSequence checks the promises a calendar program relies on: the same
// data gives the same file apart from DTSTAMP, an item whose date moves keeps its UID
// with a higher SEQUENCE, and an item no longer due is cancelled.
func TestWriteCalendarSequence(t *testing.T) {
	noStamp := func(s string) string {
		var keep []string
		for _, l := range strings.Split(s, "\r\n") {
			if !strings.HasPrefix(l, "DTSTAMP:") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\r\n")
	}
	first, kept := write(t, agenda(), nil, stamp)
	again, _ := write(t, agenda(), kept, stamp.Add(48*time.Hour))
	if first == again || noStamp(first) != noStamp(again) {
		t.Errorf("two exports of the same data differ beyond DTSTAMP:\n%s\n---\n%s", first, again)
	}
	for _, date := range []string{"2027-01-14", "2026-12-20"} {
		moved := agenda()
		moved.Items[1].Date = day(date)
		cal, _ := write(t, moved, kept, stamp)
		if ev := event(t, cal, "meeting-20@leadbridge"); !strings.Contains(ev, "SEQUENCE:1\r\n") || !strings.Contains(ev, "DTSTART;VALUE=DATE:"+strings.ReplaceAll(date, "-", "")) {
			t.Errorf("after the date moved to %s the event is:\n%s\nwant the new date with SEQUENCE 1", date, ev)
		}
	}
	done := agenda()
	done.Items = done.Items[1:]
	cal, _ := write(t, done, kept, stamp)
	ev := event(t, cal, "action-1000@leadbridge")
	for _, want := range []string{"SEQUENCE:1\r\n", "STATUS:CANCELLED\r\n", "DTSTART;VALUE=DATE:20261130\r\n"} {
		if !strings.Contains(ev, want) {
			t.Errorf("the event of an item done since the last export is:\n%s\nwant it to hold %q", ev, want)
		}
	}
	if strings.Contains(ev, "Zoë") || strings.Contains(ev, "VALARM") {
		t.Errorf("a cancelled event holds more than that it is no longer due:\n%s", ev)
	}
}

func TestWriteCalendarEmpty(t *testing.T) {
	out, _ := write(t, talent.Agenda{AsOf: day("2026-12-03")}, nil, stamp)
	if strings.Contains(out, "VEVENT") || !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(out, "END:VCALENDAR\r\n") {
		t.Errorf("empty agenda = %q", out)
	}
}
