package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// The erased mentor's unique name and notes, which must vanish from the data file.
const (
	erasedName = "Zoë Ångström-Þórsdóttir 🧭"
	erasedNote = "Keeps the Friday CNC checklist in a red notebook"
	// mentionNote, a mentee's note, names the mentor by first name alone.
	mentionNote = "Ask Zoë for the CNC checklist."
)

// withMentor opens a demo database and gives one of its mentors a unique name and note,
// returning the mentor and the mentees of their pairs.
func withMentor(t *testing.T, path string) (talent.Person, []int64) {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	pairs, err := db.Pairs(ctx)
	if err != nil || len(pairs) == 0 {
		t.Fatalf("demo has no mentoring pairs: %v", err)
	}
	mentor, err := db.Person(ctx, pairs[0].MentorID)
	if err != nil {
		t.Fatal(err)
	}
	mentor.Name, mentor.Notes = erasedName, erasedNote
	if err := db.UpdatePerson(ctx, &mentor); err != nil {
		t.Fatal(err)
	}
	var mentees []int64
	for _, p := range pairs {
		if p.MentorID == mentor.ID {
			mentees = append(mentees, p.MenteeID)
		}
	}
	mentee, err := db.Person(ctx, mentees[0])
	if err != nil {
		t.Fatal(err)
	}
	mentee.Notes = mentionNote
	if err := db.UpdatePerson(ctx, &mentee); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AutoBackup(ctx); err != nil { // a backup that holds them
		t.Fatal(err)
	}
	return mentor, mentees
}

func TestExportPerson(t *testing.T) {
	path := demoDB(t, "40")
	mentor, _ := withMentor(t, path)
	out := filepath.Join(t.TempDir(), "request")
	leadbridge(t, "export", "person", "--db", path, "--person", erasedName, "--out", out).expect(t, 0, "Wrote everything held about "+erasedName)
	raw, err := os.ReadFile(filepath.Join(out, "person.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Person map[string]string
		Tables []struct {
			Table   string
			Records []map[string]string
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("person.json: %v", err)
	}
	if doc.Person["name"] != erasedName || doc.Person["notes"] != erasedNote || doc.Person["id"] != strconv.FormatInt(mentor.ID, 10) {
		t.Errorf("person = %v", doc.Person)
	}
	mentored := 0
	for _, tb := range doc.Tables {
		if _, err := os.Stat(filepath.Join(out, tb.Table+".csv")); (err == nil) != (len(tb.Records) > 0) {
			t.Errorf("%s.csv exists: %v, with %d records", tb.Table, err == nil, len(tb.Records))
		}
		for _, r := range tb.Records {
			if tb.Table == "pairs" && r["mentor_id"] == doc.Person["id"] {
				mentored++
			}
		}
	}
	if mentored == 0 {
		t.Errorf("the export holds none of the pairs they mentor")
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("export folder: %v, %v; want mode 700", fi, err)
	}

	t.Run("AgainGoesIntoANewFolder", func(t *testing.T) {
		r := leadbridge(t, "export", "person", "--db", path, "--person", strconv.FormatInt(mentor.ID, 10), "--out", out)
		r.expect(t, 0, filepath.Join(out, "Zoë Ångström-Þórsdóttir 🧭 – personal data"))
	})
	t.Run("UnknownPerson", func(t *testing.T) {
		leadbridge(t, "export", "person", "--db", path, "--person", "Nobody Atall", "--out", t.TempDir()).expect(t, 1, `Nobody called "Nobody Atall"`)
	})
	t.Run("NoDataFile", func(t *testing.T) {
		missing := filepath.Join(t.TempDir(), "missing.db")
		leadbridge(t, "export", "person", "--db", missing, "--person", "1", "--out", t.TempDir()).expect(t, 1, "There is no data file")
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Errorf("export person created %s", missing)
		}
	})
	t.Run("MissingOut", func(t *testing.T) {
		leadbridge(t, "export", "person", "--db", path, "--person", "1").expect(t, 2, "export person needs --out")
	})
}

func TestErasePerson(t *testing.T) {
	path := demoDB(t, "40")
	mentor, mentees := withMentor(t, path)
	id := strconv.FormatInt(mentor.ID, 10)

	// An export records its file name, which carries the name, in the audit log.
	plan := filepath.Join(t.TempDir(), "Development plan - "+erasedName+" - 2026-03-16.pdf")
	leadbridge(t, "export", "plan", "--db", path, "--person", id, "--out", plan).expect(t, 0, "")
	mention := "- a person record (" + personName(t, path, mentees[0]) + "): “" + mentionNote + "”"

	before, _ := os.ReadFile(path)
	r := leadbridge(t, "erase", "person", "--db", path, "--person", id)
	r.expect(t, 2, "Erasing "+erasedName+" would remove them and")
	for _, want := range []string{"mentoring pair they mentored", "an audit log entry that named them", "--yes", "Nothing has been changed",
		`still mention "Zoë", their first name`, mention} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("preview lacks %q:\n%s", want, r.stderr)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("erase without --yes changed the data file")
	}

	r = leadbridge(t, "erase", "person", "--db", path, "--person", erasedName, "--yes")
	r.expect(t, 0, "Erased "+erasedName+" and")
	for _, want := range []string{"an audit log entry that named them", `still mention "Zoë", their first name`, mention,
		"One older backup", "still holds their data", "leadbridge erase backups --db " + path + " --yes"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		raw, _ := os.ReadFile(path + suffix)
		for _, trace := range []string{erasedName, erasedNote} {
			if bytes.Contains(raw, []byte(trace)) {
				t.Errorf("%s still holds %q", filepath.Base(path+suffix), trace)
			}
		}
	}
	checkAfterErasure(t, path, mentor.ID, mentees)

	t.Run("PurgeBackups", func(t *testing.T) {
		leadbridge(t, "erase", "backups", "--db", path).expect(t, 2, "This would remove 1 backup")
		leadbridge(t, "erase", "backups", "--db", path, "--yes").expect(t, 0, "Removed 1 backup")
		bs, err := store.ListBackups(path)
		if err != nil || len(bs) != 1 {
			t.Fatalf("backups after purge = %v, %v; want one fresh one", bs, err)
		}
		if raw, _ := os.ReadFile(bs[0].Path); bytes.Contains(raw, []byte(erasedName)) {
			t.Errorf("the fresh backup holds the erased name")
		}
	})
	t.Run("Unknown", func(t *testing.T) {
		leadbridge(t, "erase", "person", "--db", path, "--person", id, "--yes").expect(t, 1, "no longer exists")
		leadbridge(t, "erase", "people", "--db", path).expect(t, 2, `Unknown erase "people"`)
	})
}

// personName reads the name of a person on file.
func personName(t *testing.T, path string, id int64) string {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := db.Person(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return p.Name
}

// checkAfterErasure opens the data after an erasure: the mentees keep their pairs, now
// ended and mentored by Former staff member, and the audit log names no one.
func checkAfterErasure(t *testing.T, path string, id int64, mentees []int64) {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	pairs, _ := db.Pairs(ctx)
	kept := 0
	for _, p := range pairs {
		if p.MentorID == id || p.MenteeID == id {
			t.Errorf("pair %d still refers to the erased person", p.ID)
		}
		if p.MentorName == talent.FormerStaff {
			kept++
		}
	}
	if kept != len(mentees) {
		t.Errorf("pairs with a former mentor = %d, want %d (one per mentee pair)", kept, len(mentees))
	}
	log, _ := db.AuditLog(ctx)
	last := log[len(log)-1]
	if last.Action != "erase person" || strings.Contains(last.Detail, "Zoë") {
		t.Errorf("last audit entry = %+v, want the erasure without the name", last)
	}
}

func TestPurgeWithErasure(t *testing.T) {
	path := demoDB(t, "10")
	mentor, _ := withMentor(t, path)
	r := leadbridge(t, "erase", "person", "--db", path, "--person", strconv.FormatInt(mentor.ID, 10), "--yes", "--purge-backups")
	r.expect(t, 0, "Removed 1 backup")
	if strings.Contains(r.stdout, "still holds") {
		t.Errorf("after purging, the output still warns about backups:\n%s", r.stdout)
	}
}
