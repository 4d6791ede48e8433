package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// privacyPeople stores Zoë Ångström with records of her own and in other people's: an
// assessment by Olga, an assessment she gave Дмитрий, the pair in which she mentors him,
// and a note of his that names her.
func privacyPeople(t *testing.T, db *store.DB) (olga, zoe, dm talent.Person) {
	t.Helper()
	olga = addPerson(t, db, talent.Person{Name: "Olga Owner"})
	zoe = addPerson(t, db, talent.Person{Name: "Zoë Ångström", JobTitle: "Senior engineer 🔧", Notes: "Runs the CNC line."})
	dm = addPerson(t, db, talent.Person{Name: "Дмитрий Иванов", Notes: "Shadowed Zoë Ångström on the CNC line."})
	rate(t, db, talent.Assessment{PersonID: zoe.ID, Date: mustDate(t, "2026-01-12"), RaterID: olga.ID, Relationship: talent.RelOwner}, 1, talent.RatingConsistently)
	rate(t, db, talent.Assessment{PersonID: dm.ID, Date: mustDate(t, "2026-02-02"), RaterID: zoe.ID, Relationship: talent.RelPeer}, 1, talent.RatingSometimes)
	pair := talent.Pair{MentorID: zoe.ID, MenteeID: dm.ID, Start: mustDate(t, "2025-11-03"), Status: talent.PairActive}
	mustNoErr(t, db.SavePair(context.Background(), &pair))
	return olga, zoe, dm
}

func TestPrivacy_PersonPageActions(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	_, zoe, _ := privacyPeople(t, db)
	pp := personPageOf(t, a, zoe.ID)
	wantShown(t, pp.view(), "Their personal data", "Export their data…", "Erase…", "use Mark as left instead")
	if strings.Contains(screenText(pp.view()), "Delete…") {
		t.Errorf("the page still offers Delete… beside Erase…")
	}
	test.Tap(pp.exportBtn)
	if a.win.Canvas().Overlays().Top() == nil {
		t.Errorf("Export their data… opened no folder dialog")
	}
}

func TestPrivacy_ExportPersonData(t *testing.T) {
	a, db := newTestApp(t)
	_, zoe, _ := privacyPeople(t, db)
	dir := t.TempDir()
	job := &personDataJob{a: a, id: zoe.ID, name: zoe.Name, dir: dir}
	runJob(a, job.run, job.report)

	folder := job.res.Folder
	if filepath.Dir(folder) != dir || !strings.HasPrefix(filepath.Base(folder), "Zoë Ångström") {
		t.Errorf("the export went to %s, want a new folder named after Zoë Ångström inside %s", folder, dir)
	}
	wantDialog(t, a, "Their data is exported", folder, "everything Leadbridge holds about Zoë Ångström", "Open folder")
	for _, name := range []string{"person.json", "people.csv", "assessments.csv"} {
		b, err := os.ReadFile(filepath.Join(folder, name))
		if err != nil {
			t.Errorf("the export has no %s: %v", name, err)
			continue
		}
		if name != "assessments.csv" && !strings.Contains(string(b), "Zoë Ångström") {
			t.Errorf("%s does not name Zoë Ångström:\n%s", name, b)
		}
	}
	log, err := db.AuditLog(context.Background())
	mustNoErr(t, err)
	if n := len(log); n == 0 || log[n-1].Action != "export person" || strings.Contains(log[n-1].Detail, "Zoë") {
		t.Errorf("the audit log ends with %+v, want the export, without the name", log)
	}
	wantShown(t, openSettings(a).view(), "export person")
}

func TestPrivacy_Erase(t *testing.T) {
	a, db := newTestApp(t)
	olga, zoe, dm := privacyPeople(t, db)
	ctx := context.Background()
	olga.Notes = "Ask Zoë about the CNC budget."
	mustNoErr(t, db.UpdatePerson(ctx, &olga))
	mustNoErr(t, db.Audit(ctx, "export plan", fmt.Sprintf("Exported the plan to %s.", planFileName(zoe.Name, testNow))))
	backup := backupMadeAt(t, db.Path(), testNow.AddDate(0, 0, -4))
	personPageOf(t, a, zoe.ID)

	mention := `1 record still mentions "Zoë", their first name.`
	a.erasePerson(zoe.ID)
	wantDialog(t, a, "Erase Zoë Ångström?", "This removes Zoë Ångström and everything about them", "an assessment",
		`"Former staff member" in place of Zoë Ångström`, "an assessment they gave", "a mentoring pair they mentored", "a record that named them",
		"an audit log entry that named them", mention, "- a person record (Olga Owner): “Ask Zoë about the CNC budget.”",
		"1 backup made before now still holds Zoë Ångström until it is rotated out or purged.", "use Mark as left instead")
	dialogButton(t, a, "Erase")
	tapDialogButton(t, a, "Cancel")
	storedPerson(t, db, zoe.ID) // nothing is erased on Cancel

	a.erasePerson(zoe.ID)
	tapDialogButton(t, a, "Erase")
	if _, err := db.Person(context.Background(), zoe.ID); talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Errorf("Person(Zoë) after erasing = %v, want not found", err)
	}
	s := a.people()
	if s.page != nil {
		t.Errorf("after erasing People shows %T, want the list", s.page)
	}
	if got := strings.Join(shownNames(s), ", "); got != "Olga Owner, Дмитрий Иванов" {
		t.Errorf("the list shows %q after erasing, want Olga Owner, Дмитрий Иванов", got)
	}
	wantDialog(t, a, "Zoë Ångström is erased", "Erased Zoë Ångström and an assessment", mention, "1 backup made before now still holds", "Purge backups…", "Keep them")

	tapDialogButton(t, a, "Purge backups…")
	wantDialog(t, a, "Purge backups?", "This removes 1 backup", "which no longer holds Zoë Ångström")
	tapDialogButton(t, a, "Purge backups")
	if _, err := os.Stat(backup); !os.IsNotExist(err) {
		t.Errorf("the backup holding Zoë is still there after purging (%v)", err)
	}
	if bs := storedBackups(t, db); len(bs) != 1 {
		t.Errorf("%d backups after purging, want the fresh one", len(bs))
	}

	mentee := personPageOf(t, a, dm.ID)
	wantShown(t, mentee.pairs.view(), "Former staff member mentors Дмитрий Иванов")
	settings := screenText(openSettings(a).view())
	if !strings.Contains(settings, "erase person") || strings.Contains(settings, "Zoë") {
		t.Errorf("Settings shows:\n%s\nwant the erasure in the audit log, without the name", settings)
	}
}

func TestPrivacy_EraseWithoutBackups(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "محمد"})
	a.erasePerson(p.ID)
	wantDialog(t, a, "Erase محمد?", "no other records")
	if strings.Contains(overlayText(a), "backup") {
		t.Errorf("the question mentions backups where there are none:\n%s", overlayText(a))
	}
	tapDialogButton(t, a, "Cancel")
	a.erasePerson(p.ID)
	tapDialogButton(t, a, "Erase")
	wantDialog(t, a, "محمد is erased", "Erased محمد and no other records.", "OK")
	if strings.Contains(overlayText(a), "Purge") {
		t.Errorf("purging is offered with no backups:\n%s", overlayText(a))
	}
	if n := peopleCount(t, db); n != 0 {
		t.Errorf("%d people after erasing the only one", n)
	}
}

func TestPrivacy_EraseSomeoneAlreadyGone(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Ελένη Παπαδοπούλου"})
	mustNoErr(t, db.DeletePerson(context.Background(), p.ID, false))
	job := &erasureJob{a: a, id: p.ID}
	err := job.preview()
	if talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Fatalf("preview() = %v, want not found", err)
	}
	if err := job.erase(); talent.ErrorCode(err) != talent.ENOTFOUND {
		t.Errorf("erase() = %v, want not found", err)
	}
}
