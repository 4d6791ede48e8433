package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"leadbridge/internal/csvio"
	"leadbridge/internal/talent"
)

// fingerprint hashes every row of every table, to show that a refused input changed
// nothing at all.
func fingerprint(t testing.TB, db *DB) [32]byte {
	t.Helper()
	ctx := context.Background()
	var tables []string
	err := db.view(ctx, func(tx *txn) (err error) {
		tables, _, err = schemaGraph(ctx, tx)
		return err
	})
	must(t, err)
	h := sha256.New()
	for _, tb := range tables {
		d, err := dumpAll(db, tb)
		must(t, err)
		sort.Strings(d)
		fmt.Fprintf(h, "%s\x00%s\x00", tb, strings.Join(d, "\x01"))
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

func dumpAll(db *DB, table string) ([]string, error) {
	var out []string
	err := db.view(context.Background(), func(tx *txn) error {
		d, err := dumpRows(context.Background(), tx, table, "1", 0)
		for _, r := range d.Rows {
			out = append(out, strings.Join(r, "\x02"))
		}
		return err
	})
	return out, err
}

// freeTextField is one free-text field and how to save a record holding a value in it.
type freeTextField struct {
	name string
	// save stores a new record holding s and returns the stored value of the field as
	// the store normalised it, and the record read back fresh from the store.
	save func(t *testing.T, s string) (saved, readBack any, err error)
}

func freeTextFields(db *DB, person talent.Person, std talent.Standard) []freeTextField {
	ctx := context.Background()
	comp, beh := std.Competencies[0].ID, std.Competencies[0].Behaviours[0].ID
	personWith := func(set func(p *talent.Person, s string)) func(*testing.T, string) (any, any, error) {
		return func(t *testing.T, s string) (any, any, error) {
			p := talent.Person{Name: "Zoë Ångström"}
			set(&p, s)
			if err := db.CreatePerson(ctx, &p); err != nil {
				return nil, nil, err
			}
			got, err := db.Person(ctx, p.ID)
			return p, got, err
		}
	}
	moment := func(set func(m *talent.Moment, s string)) func(*testing.T, string) (any, any, error) {
		return func(t *testing.T, s string) (any, any, error) {
			m := talent.Moment{PersonID: person.ID, Date: testNow, CompetencyID: comp, Text: "Led the stand-up"}
			set(&m, s)
			if err := db.SaveMoment(ctx, &m); err != nil {
				return nil, nil, err
			}
			ms, err := db.Moments(ctx, person.ID)
			return m, ms[0], err
		}
	}
	training := func(set func(x *talent.Training, s string)) func(*testing.T, string) (any, any, error) {
		return func(t *testing.T, s string) (any, any, error) {
			x := talent.Training{PersonID: person.ID, Title: "Coaching", Kind: talent.TrainingCourse, Status: talent.TrainingPlanned, PlannedDate: testNow}
			set(&x, s)
			if err := db.SaveTraining(ctx, &x); err != nil {
				return nil, nil, err
			}
			log, err := db.TrainingLog(ctx, talent.TrainingFilter{PersonID: person.ID})
			return x, log[len(log)-1], err
		}
	}
	assessment := func(set func(a *talent.Assessment, s string)) func(*testing.T, string) (any, any, error) {
		return func(t *testing.T, s string) (any, any, error) {
			a := talent.Assessment{PersonID: person.ID, Date: testNow, RaterName: "Outside coach", Relationship: talent.RelMentor,
				Ratings: []talent.BehaviourRating{{BehaviourID: beh, Rating: talent.RatingSometimes}}}
			set(&a, s)
			if err := db.SaveAssessment(ctx, &a); err != nil {
				return nil, nil, err
			}
			got, err := db.Assessment(ctx, a.ID)
			return a, got, err
		}
	}
	return []freeTextField{
		{"person name", personWith(func(p *talent.Person, s string) { p.Name = s })},
		{"job title", personWith(func(p *talent.Person, s string) { p.JobTitle = s })},
		{"team", personWith(func(p *talent.Person, s string) { p.Team = s })},
		{"email", personWith(func(p *talent.Person, s string) { p.Email = s })},
		{"expertise", personWith(func(p *talent.Person, s string) { p.Expertise = []string{s, "payroll"} })},
		{"person notes", personWith(func(p *talent.Person, s string) { p.Notes = s })},
		{"retention note", personWith(func(p *talent.Person, s string) { p.RetentionNote = s })},
		{"moment text", moment(func(m *talent.Moment, s string) { m.Text = s })},
		{"moment observer", moment(func(m *talent.Moment, s string) { m.ObserverName = s })},
		{"training title", training(func(x *talent.Training, s string) { x.Title = s })},
		{"training provider", training(func(x *talent.Training, s string) { x.Provider = s })},
		{"training reflection", training(func(x *talent.Training, s string) { x.Reflection = s })},
		{"rating evidence", assessment(func(a *talent.Assessment, s string) { a.Ratings[0].Evidence = s })},
		{"derailer evidence", assessment(func(a *talent.Assessment, s string) {
			a.Derailers = []talent.DerailerStatus{{Derailer: talent.DerailerTeam, Status: talent.ConcernConcern, Evidence: s}}
		})},
		{"assessment notes", assessment(func(a *talent.Assessment, s string) { a.Notes = s })},
		{"rater name", assessment(func(a *talent.Assessment, s string) { a.RaterName = s })},
	}
}

// FuzzFreeText puts arbitrary text into every free-text field of a person, a leadership
// moment, a training entry and an assessment. Nothing may panic; each input is either
// refused as invalid with the store unchanged, or saved and read back exactly as the store
// normalised it.
func FuzzFreeText(f *testing.F) {
	for _, s := range []string{"", " ", "Zoë Ångström", "  Дмитрий   Иванов ", "李小龍", "محمد", "🧭🌻👩🏽‍🔧", "a\x00b", "\xff\xfe",
		"line\nbreak\ttab\r\n", "=HYPERLINK(\"x\")", "O'Brien; DROP TABLE people;--", strings.Repeat("ë", talent.MaxNameLen+1),
		strings.Repeat("x", talent.MaxNoteLen+1), "\u202eevil\u202c", "e\u0301", "zoe@example.com", "<b>&amp;</b>"} {
		for field := range 16 {
			f.Add(uint8(field), s)
		}
	}
	db := openTest(f)
	std := standard(f, db)
	person := addPerson(f, db, "Ελένη Παπαδοπούλου")
	fields := freeTextFields(db, person, std)
	f.Fuzz(func(t *testing.T, field uint8, s string) {
		fd := fields[int(field)%len(fields)]
		before := fingerprint(t, db)
		saved, readBack, err := fd.save(t, s)
		if err != nil {
			if code := talent.ErrorCode(err); code != talent.EINVALID {
				t.Fatalf("%s %q: error %v (code %s), want invalid or saved", fd.name, s, err, code)
			}
			if fingerprint(t, db) != before {
				t.Fatalf("%s %q: refused, yet the store changed", fd.name, s)
			}
			return
		}
		if !reflect.DeepEqual(saved, readBack) {
			t.Fatalf("%s %q: saved\n%+v\nread back\n%+v", fd.name, s, saved, readBack)
		}
	})
}

// FuzzImportStaff reads arbitrary spreadsheets and imports what they hold into a store
// that already has people. An import lands whole, or is refused as invalid with the store
// unchanged.
func FuzzImportStaff(f *testing.F) {
	for _, seed := range []string{
		"name,reports to\nZoë Ångström,\nДмитрий Иванов,Zoë Ångström\n",
		"name,reports to\nA,B\nB,A\n",
		"name,reports to\nLone,Lone\n",
		"name,reports to\nΕλένη Παπαδοπούλου,\nΕλένη Παπαδοπούλου,\n",
		"name,reports to\nNew Hire,ελένη   παπαδοπούλου\n",
		"name,start date,email\nA,2026-02-30,\nB,,not an address\n",
		"name\n" + strings.Repeat("x", talent.MaxNameLen+1) + "\n",
		"\xEF\xBB\xBFname;team\r\n李小龍;🔧\r\n",
	} {
		f.Add([]byte(seed))
	}
	db := openTest(f)
	addPerson(f, db, "Ελένη Παπαδοπούλου")
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := csvio.ReadStaff(bytes.NewReader(data))
		if err != nil {
			return // refused before reaching the store
		}
		ctx := context.Background()
		before := fingerprint(t, db)
		people, err := db.People(ctx)
		must(t, err)
		n, err := db.ImportStaff(ctx, rows)
		if err != nil {
			if talent.ErrorCode(err) != talent.EINVALID {
				t.Fatalf("ImportStaff() = %v, want invalid or imported", err)
			}
			if fingerprint(t, db) != before {
				t.Fatalf("a refused import changed the store")
			}
			return
		}
		after, err := db.People(ctx)
		must(t, err)
		if n != len(rows) || len(after) != len(people)+n {
			t.Fatalf("imported %d of %d rows; people went from %d to %d", n, len(rows), len(people), len(after))
		}
	})
}
