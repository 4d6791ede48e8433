package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// Traces only the erased person's records hold; none may survive an erasure.
const (
	zoeName     = "Zoë Ångström-Þórsdóttir"
	zoeNote     = "Prefers written feedback ✍️ since the reorganisation of 2024"
	zoeEvidence = "Walked the new starters through the CNC safety drill unprompted"
	zoeMoment   = "Calmed the Friday outage call 🔥 and took notes"
	zoeMeeting  = "Talked through the delegation ladder and its rungs"
	zoeTraining = "Reflection: delegate the roster before the holidays"
)

// erasableWorld stores Zoë with records of every kind (her calendar as a mentor too), and makes her appear in other
// people's records as manager, role holder, rater, observer, mentor and by name in notes.
func erasableWorld(t *testing.T, db *DB) (zoe, li talent.Person) {
	t.Helper()
	ctx := context.Background()
	zoe, li = personWithHistory(t, db)
	zoe.Name, zoe.Notes, zoe.RetentionNote = zoeName, zoeNote, "Wants the "+zoeName+" bursary"
	must(t, db.UpdatePerson(ctx, &zoe))
	std := standard(t, db)
	b := std.Competencies[0].Behaviours[0].ID
	must(t, db.SaveAssessment(ctx, &talent.Assessment{PersonID: zoe.ID, Date: day(t, "2026-05-01"), RaterID: li.ID, Relationship: talent.RelPeer,
		Ratings:   []talent.BehaviourRating{{BehaviourID: b, Rating: talent.RatingConsistently, Evidence: zoeEvidence}},
		Derailers: []talent.DerailerStatus{{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch, Evidence: zoeEvidence + " twice"}}}))
	must(t, db.SaveMoment(ctx, &talent.Moment{PersonID: zoe.ID, Date: day(t, "2026-05-02"), ObserverID: li.ID, CompetencyID: std.Competencies[1].ID, Positive: true, Text: zoeMoment}))
	must(t, db.SaveTraining(ctx, &talent.Training{PersonID: zoe.ID, Title: "Feedback skills", Kind: talent.TrainingWorkshop, Status: talent.TrainingCompleted,
		CompletedDate: day(t, "2026-04-01"), Reflection: zoeTraining}))
	pairs, err := db.Pairs(ctx)
	must(t, err)
	for _, p := range pairs {
		p.Focus, p.Agreement.Goals = []int64{std.Competencies[2].ID}, []string{"Hand the rota over to " + zoeName}
		must(t, db.SavePair(ctx, &p))
		must(t, db.SaveMeeting(ctx, &talent.Meeting{PairID: p.ID, Date: day(t, "2026-03-03"), Topics: zoeMeeting, AgreedActions: "Ask " + zoeName + " for the rota"}))
	}
	li.Notes = "Shadowed " + zoeName + " for a month."
	must(t, db.UpdatePerson(ctx, &li))
	must(t, db.SavePack(ctx, &talent.RatingPack{Code: "zoe-pack", PersonID: zoe.ID, Relationship: talent.RelPeer, RaterID: li.ID,
		Behaviours: []int64{b}, Made: day(t, "2026-05-03"), Expires: day(t, "2026-06-02")}))
	must(t, db.Audit(ctx, "export plan", exportDetail))
	must(t, db.SaveCalendarExport(ctx, zoe.ID, []talent.CalendarEntry{{Key: "meeting:1", Date: day(t, "2026-03-31")}}))
	return zoe, li
}

// rawTraces reads the data file with its -wal and -shm as bytes and returns which of the
// traces any of them holds.
func rawTraces(t *testing.T, path string, traces []string) []string {
	t.Helper()
	var found []string
	for _, suffix := range []string{"", "-wal", "-shm"} {
		raw, err := os.ReadFile(path + suffix)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, tr := range traces {
			if bytes.Contains(raw, []byte(tr)) {
				found = append(found, fmt.Sprintf("%q in %s", tr, filepath.Base(path+suffix)))
			}
		}
	}
	return found
}

func TestErasePerson_LeavesNoTrace(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, li := erasableWorld(t, db)
	traces := []string{zoeName, nameKey(zoeName), zoeNote, zoeEvidence, zoeMoment, zoeTraining, "the CNC line", "Ran the stand-up"}
	if found := rawTraces(t, db.Path(), traces); len(found) < len(traces) {
		t.Fatalf("before erasure only %v are in the files; the test data does not reach the file", found)
	}
	e, err := db.ErasePerson(ctx, zoe.ID)
	if err != nil {
		t.Fatalf("ErasePerson() = %v", err)
	}
	if e.Name != zoeName || e.PersonID != zoe.ID || e.Records() == 0 {
		t.Errorf("Erasure = %+v, want Zoë with her records", e)
	}
	// The store stays open and in use: the files are read as they are now.
	addPerson(t, db, "Ελένη Παπαδοπούλου")
	if found := rawTraces(t, db.Path(), traces); len(found) > 0 {
		t.Errorf("after erasure the files still hold %s", strings.Join(found, ", "))
	}
	got, err := db.Person(ctx, li.ID)
	must(t, err)
	if want := "Shadowed Former staff member for a month."; got.Notes != want {
		t.Errorf("note naming her = %q, want %q", got.Notes, want)
	}
	log, _ := db.AuditLog(ctx)
	var last AuditEntry
	for _, a := range log {
		if a.Action == "erase person" {
			last = a
		}
	}
	if last.Action == "" || strings.Contains(last.Detail, "Zoë") || !strings.Contains(last.Detail, fmt.Sprint(e.Records())) {
		t.Errorf("audit entry = %+v, want an erasure with the count and without her name", last)
	}
}

func TestErasePerson_OthersKeepTheirRecords(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, li := erasableWorld(t, db)
	before := tableCounts(t, db)
	_, err := db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	after := tableCounts(t, db)
	for table, want := range map[string]int{"people": before["people"] - 1, "key_roles": before["key_roles"], "pairs": 1, "plans": 0, "decisions": 0} {
		if after[table] != want {
			t.Errorf("rows in %s = %d, want %d", table, after[table], want)
		}
	}
	pairs, _ := db.Pairs(ctx)
	if len(pairs) != 1 || pairs[0].MenteeID != li.ID || pairs[0].MentorName != talent.FormerStaff || pairs[0].Status != talent.PairEnded {
		t.Fatalf("pairs = %+v, want only Li's pair, mentored by Former staff member and ended", pairs)
	}
	if m := pairs[0].Meetings; len(m) != 2 || m[1].AgreedActions != "Ask Former staff member for the rota" {
		t.Errorf("meetings of Li's pair = %+v, want kept with her name replaced", m)
	}
	roles, _ := db.KeyRoles(ctx)
	for _, r := range roles {
		if r.Title == "Workshop lead" && r.HolderID != 0 {
			t.Errorf("role she held has holder %d, want none", r.HolderID)
		}
		if r.Title == "Planner" && len(r.Successors) != 0 {
			t.Errorf("role she was nominated for keeps %d successors, want 0", len(r.Successors))
		}
	}
	p, _ := db.Person(ctx, li.ID)
	as, _ := db.Assessments(ctx, li.ID)
	ms, _ := db.Moments(ctx, li.ID)
	if p.ReportsTo != 0 || len(as) != 1 || as[0].RaterName != talent.FormerStaff || len(ms) != 1 || ms[0].ObserverName != talent.FormerStaff {
		t.Errorf("Li after erasure: reports to %d, assessments %+v, moments %+v", p.ReportsTo, as, ms)
	}
}

func TestPreviewErasure_MatchesAndChangesNothing(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe, _ := erasableWorld(t, db)
	before := tableCounts(t, db)
	preview, err := db.PreviewErasure(ctx, zoe.ID)
	must(t, err)
	sameCounts(t, before, tableCounts(t, db))
	if _, err := db.Person(ctx, zoe.ID); err != nil {
		t.Fatalf("person after preview = %v, want still there", err)
	}
	done, err := db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	if !reflect.DeepEqual(preview, done) {
		t.Errorf("preview =\n%+v\nerasure =\n%+v", preview, done)
	}
	removed := map[string]int{}
	for _, c := range done.Removed {
		removed[c.Many] = c.N
	}
	for kind, n := range map[string]int{"assessments": 4, "behaviour ratings": 1, "derailer ratings": 1, "development plans": 1,
		"transition milestones": 6, "mentoring pairs": 1, "mentoring meetings": 2, "training entries": 2, "leadership moments": 2,
		"promotion decisions": 1, "successor nominations": 1, "expertise entries": 1} {
		if removed[kind] != n {
			t.Errorf("removed %s = %d, want %d (all: %s)", kind, removed[kind], n, done.RemovedText())
		}
	}
	for _, want := range []string{"an assessment they gave", "a leadership moment they observed", "a mentoring pair they mentored",
		"a key role they held", "a person who reported to them"} {
		if !strings.Contains(done.ReplacedText(), want) {
			t.Errorf("ReplacedText() = %q, want it to mention %q", done.ReplacedText(), want)
		}
	}
	_, err = db.PreviewErasure(ctx, zoe.ID)
	wantCode(t, err, talent.ENOTFOUND)
}

func TestErasePerson_AppUserAndNamesakes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	opts := testOptions()
	opts.Actor = zoeName // Zoë once used the app herself, so her name stamps what she entered
	db, err := Open(path, opts)
	must(t, err)
	ctx := context.Background()
	zoe := addPerson(t, db, zoeName)
	li := addPerson(t, db, "李小龍")
	must(t, db.Audit(ctx, "export plan", "Development plan of person 2."))
	must(t, db.Close())
	db = openAt(t, path)
	_, err = db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	if found := rawTraces(t, path, []string{zoeName}); len(found) > 0 {
		t.Errorf("after erasing someone who used the app the files hold %v", found)
	}
	got, _ := db.Person(ctx, li.ID)
	log, _ := db.AuditLog(ctx)
	if got.CreatedBy != talent.FormerStaff || log[len(log)-2].Actor != talent.FormerStaff {
		t.Errorf("CreatedBy of a record she entered = %q, want %q", got.CreatedBy, talent.FormerStaff)
	}

	// A namesake keeps the name: mentions of it may be about them.
	sam1, sam2 := addPerson(t, db, "Sam Taylor"), addPerson(t, db, "Sam Taylor")
	got.Notes = "Paired with Sam Taylor"
	must(t, db.UpdatePerson(ctx, &got))
	e, err := db.ErasePerson(ctx, sam1.ID)
	must(t, err)
	if len(e.Mentions) != 1 || e.Mentions[0].Text != "Paired with Sam Taylor" || e.Namesakes != 1 {
		t.Errorf("Mentions, Namesakes = %+v, %d; want the note naming the namesake listed for review", e.Mentions, e.Namesakes)
	}
	if p, _ := db.Person(ctx, li.ID); p.Notes != "Paired with Sam Taylor" {
		t.Errorf("note naming a namesake = %q, want it unchanged", p.Notes)
	}
	if e, _ := db.PreviewErasure(ctx, sam2.ID); len(e.Mentions) != 0 {
		t.Errorf("Mentions once no other Sam is on file = %+v, want none", e.Mentions)
	}
	if _, err := db.Person(ctx, sam2.ID); err != nil {
		t.Errorf("the namesake = %v, want kept", err)
	}
}

func TestReplaceName(t *testing.T) {
	tests := []struct{ s, name, want string }{
		{"Ask Al. Also Al's plan; Alan and Al", "Al", "Ask X. Also X's plan; Alan and X"},
		{"和李小龍討論了計劃", "李小龍", "和X討論了計劃"},
		{"مع محمد ومحمدي", "محمد", "مع X ومحمدي"},
		{"Zoë Ångström, Zoë Ångströms", "Zoë Ångström", "X, Zoë Ångströms"},
		{"nothing here", "Zoë", "nothing here"},
		{"Ana 🌻 Sol🌻", "Ana 🌻 Sol", "X🌻"},
	}
	for _, tt := range tests {
		if got := replaceName(tt.s, tt.name, "X"); got != tt.want {
			t.Errorf("replaceName(%q, %q) = %q, want %q", tt.s, tt.name, got, tt.want)
		}
	}
}

// TestErasePerson_BusyReader keeps a read open on another connection, which stops the log
// from being emptied: the erasure is saved, the message says traces go when the app
// closes, and after Close they have.
func TestErasePerson_BusyReader(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	db, err := Open(path, testOptions())
	must(t, err)
	ctx := context.Background()
	zoe, _ := erasableWorld(t, db)
	reader, err := sql.Open("sqlite", fileURI(path))
	must(t, err)
	defer reader.Close()
	tx, err := reader.Begin()
	must(t, err)
	var n int
	must(t, tx.QueryRow("SELECT count(*) FROM people").Scan(&n))
	_, err = db.ErasePerson(ctx, zoe.ID)
	wantCode(t, err, talent.ECONFLICT)
	if msg := talent.ErrorMessage(err); !strings.HasPrefix(msg, zoeName+" was erased") || !strings.Contains(msg, "until it closes") {
		t.Errorf("message = %q", msg)
	}
	if _, err := db.Person(ctx, zoe.ID); talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Errorf("Person() after the erasure = %v, want not found", err)
	}
	must(t, tx.Rollback())
	must(t, reader.Close())
	must(t, db.Close())
	if found := rawTraces(t, path, []string{zoeName, zoeNote, zoeEvidence}); len(found) > 0 {
		t.Errorf("after Close the files still hold %s", strings.Join(found, ", "))
	}
}

// BenchmarkErasePerson1000 erases one person from a business of a thousand, including the
// rewrite of the whole file that leaves no trace.
func BenchmarkErasePerson1000(b *testing.B) {
	db := openAt(b, benchDB(b, 1000))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		p := talent.Person{Name: zoeName, Notes: zoeNote}
		if err := db.CreatePerson(ctx, &p); err != nil {
			b.Fatal(err)
		}
		if _, err := db.ErasePerson(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// exportDetail is how an export of Zoë's development plan is entered in the audit log:
// the file name carries her name (see report.PlanAudit).
const exportDetail = "Exported the mentor copy of the development plan of person 1 to Development plan - " + zoeName + " - 2026-03-16.pdf."

// lastAudit returns the newest audit entry with the given action.
func lastAudit(t *testing.T, db *DB, action string) AuditEntry {
	t.Helper()
	log, err := db.AuditLog(context.Background())
	must(t, err)
	for i := len(log) - 1; i >= 0; i-- {
		if log[i].Action == action {
			return log[i]
		}
	}
	t.Fatalf("no %q entry in the audit log %+v", action, log)
	return AuditEntry{}
}

func TestErasePerson_AuditDetails(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, zoeName)
	must(t, db.Audit(ctx, "export plan", exportDetail))
	before := lastAudit(t, db, "export plan")
	e, err := db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	after := lastAudit(t, db, "export plan")
	want := strings.ReplaceAll(exportDetail, zoeName, talent.FormerStaff)
	if after.ID != before.ID || !after.At.Equal(before.At) || after.Actor != before.Actor || after.Detail != want {
		t.Errorf("export entry after erasure = %+v, want %+v with detail %q", after, before, want)
	}
	log, _ := db.AuditLog(ctx)
	for _, a := range log {
		if strings.Contains(a.Actor+a.Action+a.Detail, zoeName) {
			t.Errorf("audit entry %+v still names her", a)
		}
	}
	if !strings.Contains(e.ReplacedText(), "an audit log entry that named them") {
		t.Errorf("ReplacedText() = %q, want the audit entry counted", e.ReplacedText())
	}
}

// TestAudit_OnlyAnErasureChangesADetail writes straight to the audit log: a detail may
// change only where the name of someone on file becomes "Former staff member", and the
// entry's id, time and action never.
func TestAudit_OnlyAnErasureChangesADetail(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	addPerson(t, db, zoeName)
	must(t, db.Audit(ctx, "export plan", exportDetail))
	must(t, db.Audit(ctx, "export plan", "Exported the succession summary to Summary for Bob Nobody.pdf."))
	id := lastAudit(t, db, "export plan").ID
	erased := strings.ReplaceAll(exportDetail, zoeName, talent.FormerStaff)
	exec := func(query string, args ...any) error {
		return db.update(ctx, func(tx *txn) error {
			_, err := tx.ExecContext(ctx, query, args...)
			return err
		})
	}
	for _, tc := range []struct {
		name, query string
		args        []any
	}{
		{"detail changed besides the name", "UPDATE audit SET detail = ? WHERE detail = ?", []any{strings.Replace(erased, "mentor", "owner", 1), exportDetail}},
		{"name replaced by another", "UPDATE audit SET detail = ? WHERE detail = ?", []any{strings.ReplaceAll(exportDetail, zoeName, "Mallory"), exportDetail}},
		{"name of no one on file", "UPDATE audit SET detail = replace(detail, 'Bob Nobody', ?) WHERE id = ?", []any{talent.FormerStaff, id}},
		{"time changed with the name", "UPDATE audit SET detail = ?, at = '2020-01-01T00:00:00.000Z' WHERE detail = ?", []any{erased, exportDetail}},
		{"action changed with the name", "UPDATE audit SET detail = ?, action = 'migrate' WHERE detail = ?", []any{erased, exportDetail}},
		{"id changed with the name", "UPDATE audit SET detail = ?, id = 4242 WHERE detail = ?", []any{erased, exportDetail}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, exec(tc.query, tc.args...), talent.ECONFLICT)
		})
	}
	must(t, exec("UPDATE audit SET detail = ? WHERE detail = ?", erased, exportDetail))
	t.Run("name put back", func(t *testing.T) {
		wantCode(t, exec("UPDATE audit SET detail = ? WHERE detail = ?", exportDetail, erased), talent.ECONFLICT)
	})
}

func TestErasePerson_ListsFirstNameMentions(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, zoeName)
	li := addPerson(t, db, "李小龍")
	addPerson(t, db, "Zoë Smith")
	li.Notes = "Asked Zoë about the rota; Zoë Smith covers Fridays."
	must(t, db.UpdatePerson(ctx, &li))
	other := addPerson(t, db, "Дмитрий Иванов")
	other.Notes = "Zoë Smith trains him on Fridays. Zoëtrope collector."
	must(t, db.UpdatePerson(ctx, &other))
	must(t, db.SaveMoment(ctx, &talent.Moment{PersonID: li.ID, Date: day(t, "2026-05-02"), CompetencyID: standard(t, db).Competencies[0].ID,
		Positive: true, Text: "Took over from Zoë at the stand-up"}))

	e, err := db.ErasePerson(ctx, zoe.ID)
	must(t, err)
	if e.FirstName != "Zoë" || e.Namesakes != 1 {
		t.Errorf("FirstName, Namesakes = %q, %d; want Zoë, 1 (Zoë Smith)", e.FirstName, e.Namesakes)
	}
	want := []talent.Mention{
		{Kind: "a person record", People: []string{"李小龍"}, Text: "Asked Zoë about the rota; Zoë Smith covers Fridays."},
		{Kind: "a leadership moment", People: []string{"李小龍"}, Text: "Took over from Zoë at the stand-up"},
	}
	if !reflect.DeepEqual(e.Mentions, want) {
		t.Errorf("Mentions =\n%+v\nwant\n%+v", e.Mentions, want)
	}
	if got, _ := db.Person(ctx, li.ID); got.Notes != li.Notes {
		t.Errorf("a note mentioning her first name = %q, want it left as written", got.Notes)
	}
}
