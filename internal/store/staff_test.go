package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"leadbridge/internal/csvio"
	"leadbridge/internal/talent"
)

func TestImportStaff(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	owner := addPerson(t, db, "Zoë Ångström")
	rows := []talent.StaffRow{
		{Line: 2, Name: "Дмитрий Иванов", JobTitle: "Senior \r\nPlanner", ReportsTo: "ελένη παπαδοπούλου"},
		{Line: 3, Name: " Ελένη  Παπαδοπούλου ", Team: "Ops", ReportsTo: "ZOË ÅNGSTRÖM", StartDate: day(t, "2021-05-03")},
		{Line: 4, Name: "李小龍", Email: "li@example.com"},
	}
	n, err := db.ImportStaff(ctx, rows)
	if err != nil || n != 3 {
		t.Fatalf("ImportStaff() = %d, %v; want 3, nil", n, err)
	}
	byName := map[string]talent.Person{}
	people, _ := db.People(ctx)
	for _, p := range people {
		byName[p.Name] = p
	}
	eleni, dmitri := byName["Ελένη Παπαδοπούλου"], byName["Дмитрий Иванов"]
	if eleni.ReportsTo != owner.ID || eleni.Team != "Ops" || !eleni.StartDate.Equal(day(t, "2021-05-03")) {
		t.Errorf("Ελένη = %+v, want reporting to Zoë, team Ops, started 2021-05-03", eleni)
	}
	if dmitri.ReportsTo != eleni.ID {
		t.Errorf("Дмитрий reports to %d, want %d (a later row)", dmitri.ReportsTo, eleni.ID)
	}
	if dmitri.JobTitle != "Senior\nPlanner" {
		t.Errorf("Дмитрий's job title = %q, want its line break kept", dmitri.JobTitle)
	}
	if li := byName["李小龍"]; li.Email != "li@example.com" || li.Status != talent.StatusActive || li.CreatedBy != testActor {
		t.Errorf("李小龍 = %+v", li)
	}
}

// TestImportStaff_ManyStatements imports more rows than one statement writes and expects
// every person stored as their row makes them, with their manager and the import's Meta:
// no field a row fills, or leaves as it is, goes missing on the way.
func TestImportStaff_ManyStatements(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	rows := staffRows(2*staffBatch + 3)
	for i := 0; i < len(rows); i += 3 {
		rows[i].StartDate = day(t, "2019-09-30")
	}
	if n, err := db.ImportStaff(ctx, rows); err != nil || n != len(rows) {
		t.Fatalf("ImportStaff() = %d, %v; want %d, nil", n, err, len(rows))
	}
	people, err := db.People(ctx)
	if err != nil || len(people) != len(rows) {
		t.Fatalf("People() = %d people, %v; want %d", len(people), err, len(rows))
	}
	ids := map[string]int64{}
	byName := map[string]talent.Person{}
	for _, p := range people {
		ids[p.Name], byName[p.Name] = p.ID, p
	}
	meta := talent.Meta{CreatedBy: testActor, CreatedAt: testNow, UpdatedBy: testActor, UpdatedAt: testNow}
	for _, r := range rows {
		want := r.Person()
		want.ID, want.ReportsTo, want.Meta = ids[r.Name], ids[r.ReportsTo], meta
		if got := byName[r.Name]; !reflect.DeepEqual(got, want) {
			t.Errorf("line %d stored as\n%+v\nwant\n%+v", r.Line, got, want)
		}
	}
}

func TestImportStaff_ReportsEveryBadRow(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	addPerson(t, db, "Zoë Ångström")
	addPerson(t, db, "Sam Lee")
	addPerson(t, db, "sam lee")
	before := tableCounts(t, db)
	rows := []talent.StaffRow{
		{Line: 2, Name: "Ana 🌻 Sol", ReportsTo: "Nobody Known"},
		{Line: 3, Name: "zoë ångström"},
		{Line: 4, Name: "محمد"},
		{Line: 5, Name: "محمد "},
		{Line: 6, Name: ""},
		{Line: 7, Name: "Kim Park", Email: "kim at example"},
		{Line: 8, Name: "Ola Nordmann", ReportsTo: "Sam Lee"},
		{Line: 9, Name: "Ann A", ReportsTo: "Bo B"},
		{Line: 10, Name: "Bo B", ReportsTo: "Ann A"},
		{Line: 11, Name: "Cy C", ReportsTo: "cy c"},
		{Line: 12, Name: "Fine Row", ReportsTo: "Zoë Ångström"},
		{Line: 13, Name: "Kim Lee", ReportsTo: "KIM PARK"},
	}
	n, err := db.ImportStaff(ctx, rows)
	if n != 0 {
		t.Errorf("ImportStaff() added %d, want 0", n)
	}
	var ie *talent.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("ImportStaff() error = %v, want an *ImportError", err)
	}
	wantCode(t, err, talent.EINVALID)
	want := []talent.RowError{
		{Line: 2, Message: `The manager "Nobody Known" is neither in the file nor among the people already stored.`},
		{Line: 3, Message: "zoë ångström is already stored; remove the row or change the name."},
		{Line: 5, Message: "محمد appears twice in the file (also on line 4)."},
		{Line: 6, Message: "Name is required."},
		{Line: 7, Message: `"kim at example" is not an email address.`},
		{Line: 8, Message: `The manager "Sam Lee" matches 2 people; write the manager's email address instead, or make the names distinct.`},
		{Line: 9, Message: "Ann A cannot report to this person: it would make a loop in the reporting lines."},
		{Line: 10, Message: "Bo B cannot report to this person: it would make a loop in the reporting lines."},
		{Line: 11, Message: "Cy C cannot report to themselves."},
	}
	if !reflect.DeepEqual(ie.Rows, want) {
		t.Errorf("row errors =\n%v\nwant\n%v", ie.Rows, want)
	}
	sameCounts(t, before, tableCounts(t, db))
}

// elevenBadRows is a staff file with 11 bad rows of every kind: problems the reader finds
// in a row, problems only the whole file and the stored people reveal, and both in one row.
const elevenBadRows = "name,job title,reports to,start date,email\n" +
	"Zoë Ångström,Director,,2010-04-01,zoe@example.com\n" + // 2: fine
	"Ana Sol,Engineer,Nobody Known,2020-01-01,\n" + // 3: unknown manager
	"Bo Berg,Engineer,Zoë Ångström,2020-02-30,\n" + // 4: impossible date
	"Cy Chen,Engineer,cy chen,2020-01-01,\n" + // 5: reports to themselves
	"Di Dahl,Lead,Ed Eng,2020-01-01,\n" + // 6: reporting loop
	"Ed Eng,Lead,Di Dahl,2020-01-01,\n" + // 7: reporting loop
	"Fay Fox,Engineer,Zoë Ångström,2020-01-01,fay at example\n" + // 8: not an email address
	"FAY FOX,Engineer,Zoë Ångström,2020-01-01,\n" + // 9: twice in the file
	",Engineer,Zoë Ångström,2020-01-01,\n" + // 10: no name
	"sam lee,Engineer,Zoë Ångström,2020-01-01,\n" + // 11: already stored
	"Jo Jay,Engineer,Nobody Else,2020-13-01,\n" + // 12: impossible date and unknown manager
	"Kim \"K\" Lee,Engineer,Zoë Ångström,2020-01-01,\n" + // 13: not readable as CSV
	"Hal Hill,Engineer,Ana Sol,2020-01-01,\n" // 14: fine, reporting to a bad row

func TestImportStaff_EveryProblemOfEveryRowAtOnce(t *testing.T) {
	db := openTest(t)
	addPerson(t, db, "Sam Lee")
	before := fingerprint(t, db)
	rows, err := csvio.ReadStaff(strings.NewReader(elevenBadRows))
	if err != nil {
		t.Fatalf("ReadStaff() error = %v, want the rows for the importer to judge", err)
	}
	n, err := db.ImportStaff(context.Background(), rows)
	if n != 0 {
		t.Errorf("ImportStaff() added %d, want 0", n)
	}
	var ie *talent.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("ImportStaff() error = %v, want an *ImportError", err)
	}
	want := []talent.RowError{
		{Line: 3, Message: `The manager "Nobody Known" is neither in the file nor among the people already stored.`},
		{Line: 4, Message: `"2020-02-30" is not a date; February 2020 has no 30th (it has 29 days).`},
		{Line: 5, Message: "Cy Chen cannot report to themselves."},
		{Line: 6, Message: "Di Dahl cannot report to this person: it would make a loop in the reporting lines."},
		{Line: 7, Message: "Ed Eng cannot report to this person: it would make a loop in the reporting lines."},
		{Line: 8, Message: `"fay at example" is not an email address.`},
		{Line: 9, Message: "FAY FOX appears twice in the file (also on line 8)."},
		{Line: 10, Message: "Name is required."},
		{Line: 11, Message: "sam lee is already stored; remove the row or change the name."},
		{Line: 12, Message: `"2020-13-01" is not a date; there is no month 13: write it as YYYY-MM-DD, for example 2026-03-31.`},
		{Line: 12, Message: `The manager "Nobody Else" is neither in the file nor among the people already stored.`},
		{Line: 13, Message: "A quotation mark is in the middle of a cell. Put the whole cell in quotation marks and double each quotation mark inside it."},
	}
	if !reflect.DeepEqual(ie.Rows, want) {
		t.Errorf("row errors =\n%v\nwant\n%v", ie.Rows, want)
	}
	if got, want := strings.SplitN(ie.Error(), "\n", 2)[0], "Nothing was imported: 11 rows need to be fixed first."; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	if fingerprint(t, db) != before {
		t.Error("a refused import changed the store")
	}
}

func TestImportStaff_InBatchRollsBack(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	before := tableCounts(t, db)
	boom := errors.New("stop")
	err := db.Batch(ctx, func(ctx context.Context) error {
		if n, err := db.ImportStaff(ctx, []talent.StaffRow{{Line: 2, Name: "Zoë Ångström"}}); err != nil || n != 1 {
			t.Fatalf("ImportStaff() in batch = %d, %v", n, err)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Batch() = %v, want %v", err, boom)
	}
	sameCounts(t, before, tableCounts(t, db))
}

// TestPreviewStaff previews a file against the people stored: what it would add, new
// teams and the stored managers it reports to; nothing is written, and a bad file gets
// the import's own list of problems.
func TestPreviewStaff(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := talent.Person{Name: "Zoë Ångström", Team: "Assembly", StartDate: day(t, "2020-01-06")}
	if err := db.CreatePerson(ctx, &zoe); err != nil {
		t.Fatal(err)
	}
	rows := []talent.StaffRow{
		{Line: 2, Name: "Дмитрий Иванов", Team: "Sales", ReportsTo: "zoe angstrom"},
		{Line: 3, Name: "Ελένη Παπαδοπούλου", Team: "Assembly", ReportsTo: "Дмитрий Иванов"},
		{Line: 4, Name: "Ana Silva", Team: "Sales", ReportsTo: "Zoë Ångström"},
	}
	before := tableCounts(t, db)
	got, err := db.PreviewStaff(ctx, rows)
	if err != nil {
		t.Fatalf("PreviewStaff = %v", err)
	}
	want := talent.ImportPreview{People: 3, NewTeams: []string{"Sales"}, Managers: []string{"Zoë Ångström"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PreviewStaff = %+v, want %+v", got, want)
	}
	if s := got.String(); s != "The file adds 3 people. New team: Sales. Some report to people already here: Zoë Ångström." {
		t.Errorf("String() = %q", s)
	}
	sameCounts(t, before, tableCounts(t, db))
	rows = append(rows, talent.StaffRow{Line: 5, Name: "Ana Silva"})
	_, perr := db.PreviewStaff(ctx, rows)
	_, ierr := db.ImportStaff(ctx, rows)
	if perr == nil || talent.ErrorMessage(perr) != talent.ErrorMessage(ierr) {
		t.Errorf("PreviewStaff of a bad file = %v, want the import's own refusal %v", perr, ierr)
	}
}
