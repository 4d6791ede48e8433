package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

func TestDue(t *testing.T) {
	db := demoDB(t, "60")
	dir := t.TempDir()
	mentor, pairs, mentees := busiestMentor(t, db)

	t.Run("TextToStandardOutput", func(t *testing.T) {
		r := leadbridge(t, "due", "--db", db)
		r.expect(t, 0, "Overdue")
		if !regexp.MustCompile(`(?m)^  .+ — .+\. (Overdue since|Due) .+\.$`).MatchString(r.stdout) {
			t.Errorf("no line says when, for whom and what:\n%s", r.stdout)
		}
	})
	t.Run("Spreadsheet", func(t *testing.T) {
		out := filepath.Join(dir, "due.csv")
		leadbridge(t, "due", "--db", db, "--days", "30", "--format", "csv", "--out", out).expect(t, 0, "Wrote")
		text := readFile(t, out)
		if !strings.HasPrefix(text, "\uFEFFgroup,date,when,for,what,kind,key\r\n") || strings.Count(text, "\r\n") < 3 {
			t.Errorf("spreadsheet = %.300q", text)
		}
	})
	t.Run("OwnerCalendar", func(t *testing.T) {
		out := filepath.Join(dir, "owner.ics")
		leadbridge(t, "due", "--db", db, "--format", "ics", "--out", out).expect(t, 0, "Wrote")
		events := parseCalendar(t, out)
		if len(events) == 0 {
			t.Fatal("the owner's calendar has no events")
		}
		kinds := map[string]bool{}
		for _, ev := range events {
			kinds[ev.category] = true
		}
		if !kinds["assessment"] || !kinds["checkpoint"] || !kinds["meeting"] {
			t.Errorf("the owner's calendar has only %v", kinds)
		}
		again := filepath.Join(dir, "again.ics")
		leadbridge(t, "due", "--db", db, "--format", "ics", "--out", again).expect(t, 0, "")
		stamp := regexp.MustCompile(`DTSTAMP:\d{8}T\d{6}Z`)
		if a, b := stamp.ReplaceAllString(readFile(t, out), ""), stamp.ReplaceAllString(readFile(t, again), ""); a != b {
			t.Error("two exports of the same data differ beyond DTSTAMP")
		}
	})
	t.Run("MentorCalendar", func(t *testing.T) {
		out := filepath.Join(dir, "mentor.ics")
		leadbridge(t, "due", "--db", db, "--mentor", strconv.FormatInt(mentor, 10), "--days", "60", "--format", "ics", "--out", out).expect(t, 0, "Wrote")
		events := parseCalendar(t, out)
		if len(events) == 0 {
			t.Fatal("the mentor's calendar has no events")
		}
		for _, ev := range events {
			if ev.category == "assessment" {
				t.Errorf("owner-only item in the mentor's file: %+v", ev)
			}
			if !mentees[strings.SplitN(ev.summary, ": ", 2)[0]] {
				t.Errorf("item of someone who is not this mentor's mentee: %+v", ev)
			}
			if kind, id, _ := strings.Cut(strings.TrimSuffix(ev.uid, "@leadbridge"), "-"); (kind == "meeting" || kind == "quiet") && !pairs[id] {
				t.Errorf("another mentor's pair in the mentor's file: %+v", ev)
			}
		}
	})
	t.Run("Mistakes", func(t *testing.T) {
		leadbridge(t, "due", "--db", db, "--format", "pdf").expect(t, 2, `"pdf"`)
		leadbridge(t, "due", "--db", db, "--days", "-3").expect(t, 2, "--days")
		leadbridge(t, "due", "--db", db, "--format", "ics").expect(t, 2, "needs --out")
		leadbridge(t, "due", "--db", db, "--mentor", "Nobody Atall").expect(t, 1, `Nobody called "Nobody Atall"`)
	})
}

// busiestMentor finds the staff member with the most active mentoring pairs, with the IDs
// of those pairs and the names of their mentees.
func busiestMentor(t *testing.T, path string) (int64, map[string]bool, map[string]bool) {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	all, err := db.PairOutlines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	count := map[int64]int{}
	var best int64
	for _, p := range all {
		if p.Status == talent.PairActive && p.MentorID != 0 {
			if count[p.MentorID]++; count[p.MentorID] > count[best] {
				best = p.MentorID
			}
		}
	}
	pairs, mentees := map[string]bool{}, map[string]bool{}
	for _, p := range all {
		if p.Status == talent.PairActive && p.MentorID == best {
			mentee, err := db.Person(ctx, p.MenteeID)
			if err != nil {
				t.Fatal(err)
			}
			pairs[strconv.FormatInt(p.ID, 10)], mentees[mentee.Name] = true, true
		}
	}
	return best, pairs, mentees
}

type calendarEvent struct{ uid, start, category, summary string }

// parseCalendar reads an iCalendar file with Python's icalendar, a parser written
// independently of ours, and checks that every event is all-day with a reminder the day
// before.
func parseCalendar(t *testing.T, path string) []calendarEvent {
	t.Helper()
	const script = `
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    assert type(start) is datetime.date, start
    assert ev.decoded('DTEND') - start == datetime.timedelta(days=1)
    alarms = ev.walk('VALARM')
    assert len(alarms) == 1 and alarms[0].decoded('TRIGGER') == datetime.timedelta(days=-1)
    print('\t'.join([str(ev['UID']), start.isoformat(), str(ev['CATEGORIES'].cats[0]), str(ev['SUMMARY'])]))
`
	python := "/usr/bin/python3" // Debian's, which python3-icalendar installs into
	if _, err := exec.Command(python, "-c", "import icalendar").CombinedOutput(); err != nil {
		t.Fatalf("Python's icalendar is missing (apt-get install python3-icalendar): %v", err)
	}
	out, err := exec.Command(python, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("icalendar could not read %s: %v\n%s", path, err, out)
	}
	var events []calendarEvent
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 4 {
			events = append(events, calendarEvent{f[0], f[1], f[2], f[3]})
		}
	}
	if raw := readFile(t, path); strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
		t.Error("a line of the calendar does not end in CRLF")
	}
	return events
}
