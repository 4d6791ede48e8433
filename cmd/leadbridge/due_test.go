package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

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
	t.Run("CalendarFollowsChanges", func(t *testing.T) {
		before, after := filepath.Join(dir, "before.ics"), filepath.Join(dir, "after.ics")
		leadbridge(t, "due", "--db", db, "--format", "ics", "--out", before).expect(t, 0, "Wrote")
		old := eventsByUID(parseCalendar(t, before))
		moved, done := changeAgenda(t, db, old)
		leadbridge(t, "due", "--db", db, "--format", "ics", "--out", after).expect(t, 0, "Wrote")
		now := eventsByUID(parseCalendar(t, after))
		if ev := now[moved]; ev.start == old[moved].start || ev.sequence <= old[moved].sequence || ev.status != "CONFIRMED" {
			t.Errorf("an action moved a day earlier: %+v, was %+v; want the new date and a higher SEQUENCE", ev, old[moved])
		}
		if ev := now[done]; ev.status != "CANCELLED" || ev.sequence <= old[done].sequence || ev.start != old[done].start {
			t.Errorf("a check-point ticked off: %+v, was %+v; want it cancelled with a higher SEQUENCE", ev, old[done])
		}
		for uid, ev := range old {
			if uid != moved && uid != done && now[uid] != ev {
				t.Errorf("an event that did not change: %+v, was %+v", now[uid], ev)
			}
		}
		importIntoKhal(t, before, after, moved, done)
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

// TestDue_CalendarAfterErasing: what the calendar remembers holds no names, so after a
// mentee is erased the next file still cancels each of their events and names them nowhere.
func TestDue_CalendarAfterErasing(t *testing.T) {
	db := demoDB(t, "60")
	dir := t.TempDir()
	const name = "Hallgerður Þórsdóttir-Ørsted"
	// calendar writes the owner's file and returns its events and its unfolded text.
	calendar := func(file string) (map[string]calendarEvent, string) {
		t.Helper()
		out := filepath.Join(dir, file)
		leadbridge(t, "due", "--db", db, "--days", "60", "--format", "ics", "--out", out).expect(t, 0, "Wrote")
		return eventsByUID(parseCalendar(t, out)), strings.ReplaceAll(readFile(t, out), "\r\n ", "")
	}
	first, _ := calendar("first.ics")
	id := renameMentee(t, db, first, name)
	before, text := calendar("before.ics")
	var theirs []string
	for uid, ev := range before {
		if strings.Contains(ev.summary, name) {
			theirs = append(theirs, uid)
		}
	}
	if len(theirs) == 0 || !strings.Contains(text, name) {
		t.Fatalf("the calendar holds no event of %s", name)
	}

	leadbridge(t, "erase", "person", "--db", db, "--person", id, "--yes").expect(t, 0, "Erased "+name)
	after, text := calendar("after.ics")
	for _, uid := range theirs {
		if ev := after[uid]; ev.status != "CANCELLED" || ev.start != before[uid].start {
			t.Errorf("an event of the erased mentee: %+v, was %+v; want it cancelled on its day", ev, before[uid])
		}
	}
	for _, part := range append(strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }), name) {
		if strings.Contains(text, part) {
			t.Errorf("the calendar after the erasure still holds %q", part)
		}
	}
}

// renameMentee gives name to a mentee of an active pair who has an event in the calendar
// events, so that it is theirs alone, and returns their ID.
func renameMentee(t *testing.T, path string, events map[string]calendarEvent, name string) string {
	t.Helper()
	db := openData(t, path)
	defer db.Close()
	ctx := context.Background()
	pairs, err := db.Pairs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		mentee, err := db.Person(ctx, p.MenteeID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range events {
			if p.Status == talent.PairActive && strings.HasPrefix(ev.summary, mentee.Name+": ") {
				mentee.Name = name
				if err := db.UpdatePerson(ctx, &mentee); err != nil {
					t.Fatal(err)
				}
				return strconv.FormatInt(mentee.ID, 10)
			}
		}
	}
	t.Fatal("no mentee of an active pair has an event in the calendar")
	return ""
}

// openData opens the data file at path as the app does, for a test to read or change; the
// caller closes it before the binary runs on it again.
func openData(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// busiestMentor finds the staff member with the most active mentoring pairs, with the IDs
// of those pairs and the names of their mentees.
func busiestMentor(t *testing.T, path string) (int64, map[string]bool, map[string]bool) {
	t.Helper()
	db := openData(t, path)
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

type calendarEvent struct{ uid, start, category, summary, sequence, status string }

// parseCalendar reads an iCalendar file with Python's icalendar, a parser written
// independently of ours, and checks that every event is all-day, and every event not
// cancelled has a reminder the day before.
func parseCalendar(t *testing.T, path string) []calendarEvent {
	t.Helper()
	const script = `
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    assert type(start) is datetime.date, start
    assert ev.decoded('DTEND') - start == datetime.timedelta(days=1)
    status, category = str(ev['STATUS']), ''
    if status != 'CANCELLED':
        alarms = ev.walk('VALARM')
        assert len(alarms) == 1 and alarms[0].decoded('TRIGGER') == datetime.timedelta(days=-1)
        category = str(ev['CATEGORIES'].cats[0])
    print('\t'.join([str(ev['UID']), start.isoformat(), category, str(ev['SUMMARY']), str(ev.decoded('SEQUENCE')), status]))
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
		if f := strings.Split(line, "\t"); len(f) == 6 {
			events = append(events, calendarEvent{f[0], f[1], f[2], f[3], f[4], f[5]})
		}
	}
	if raw := readFile(t, path); strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
		t.Error("a line of the calendar does not end in CRLF")
	}
	return events
}

func eventsByUID(events []calendarEvent) map[string]calendarEvent {
	out := map[string]calendarEvent{}
	for _, ev := range events {
		out[ev.uid] = ev
	}
	return out
}

// changeAgenda moves the first action of the calendar a day earlier and ticks off its
// first check-point, through the store as the app does, and returns their UIDs.
func changeAgenda(t *testing.T, path string, events map[string]calendarEvent) (moved, done string) {
	t.Helper()
	for uid, ev := range events {
		if ev.category == "action" && (moved == "" || uid < moved) {
			moved = uid
		}
		if ev.category == "checkpoint" && (done == "" || uid < done) {
			done = uid
		}
	}
	if moved == "" || done == "" {
		t.Fatalf("the calendar has no action or no check-point to change: %v", events)
	}
	db := openData(t, path)
	defer db.Close()
	ctx := context.Background()
	plans, err := db.DuePlans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, outline := range plans {
		pl, err := db.Plan(ctx, outline.PersonID) // the whole plan, notes and all, to save back
		if err != nil {
			t.Fatal(err)
		}
		changed := false
		for gi := range pl.Goals {
			for ai, act := range pl.Goals[gi].Actions {
				if fmt.Sprintf("action-%d@leadbridge", act.ID) == moved {
					pl.Goals[gi].Actions[ai].Due, changed = act.Due.AddDate(0, 0, -1), true
				}
			}
		}
		for mi, m := range pl.Milestones {
			if fmt.Sprintf("checkpoint-%d@leadbridge", m.ID) == done {
				pl.Milestones[mi].Done, pl.Milestones[mi].DoneDate, changed = true, talent.Day(time.Now()), true
			}
		}
		if changed {
			if err := db.SavePlan(ctx, &pl); err != nil {
				t.Fatal(err)
			}
		}
	}
	return moved, done
}

// importIntoKhal imports the calendar file before and then after into khal, a calendar
// program that runs without a display and keeps each event as a file named by its UID,
// and checks that khal then shows exactly what after says: events updated in place,
// the moved one on its new date, the ticked-off one cancelled, none twice.
func importIntoKhal(t *testing.T, before, after, moved, done string) {
	t.Helper()
	if _, err := exec.LookPath("khal"); err != nil {
		t.Fatal("khal is not installed; `make test` installs it (apt-get install khal)")
	}
	dir := t.TempDir()
	vdir := filepath.Join(dir, "calendar")
	conf := filepath.Join(dir, "khal.conf")
	writeFile(t, conf, "[calendars]\n[[leadbridge]]\npath = "+vdir+"\ntype = calendar\n"+
		"[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"+
		"datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"+
		"[default]\ndefault_calendar = leadbridge\n")
	if err := os.Mkdir(vdir, 0o700); err != nil {
		t.Fatal(err)
	}
	khal := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("khal", append([]string{"-c", conf}, args...)...)
		cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir, "LANG=C.UTF-8", "TZ=UTC")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("khal %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	khal("import", "--batch", before)
	khal("import", "--batch", after)

	events := parseCalendar(t, after)
	var want []string
	first, last := events[0].start, events[0].start
	for _, ev := range events {
		line := ev.start + "\t" + ev.summary
		if ev.status == "CANCELLED" {
			line = "CANCELLED " + line
		}
		want = append(want, line)
		first, last = min(first, ev.start), max(last, ev.start)
	}
	end, _ := time.Parse(time.DateOnly, last)
	out := khal("list", "--once", "--day-format", "", "--format", "{cancelled}{start-date}\t{title}", first, end.AddDate(0, 0, 1).Format(time.DateOnly))
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) != "" {
			got = append(got, line)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("khal shows %d events after importing both files, want the %d of the newer file:\n%s\n--- want\n%s",
			len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	files, err := os.ReadDir(vdir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(events) {
		t.Errorf("khal keeps %d events, want %d: one per UID", len(files), len(events))
	}
	for _, uid := range []string{moved, done} {
		if _, err := os.Stat(filepath.Join(vdir, uid+".ics")); err != nil {
			t.Errorf("khal has no event %s: %v", uid, err)
		}
	}
}
