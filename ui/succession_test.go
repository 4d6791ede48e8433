package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func openSuccession(t *testing.T, a *App) *successionArea {
	t.Helper()
	a.Show(AreaSuccession)
	return a.areaOf(AreaSuccession).(*successionArea)
}

func storedRoles(t *testing.T, a *App) []talent.KeyRole {
	t.Helper()
	roles, err := a.store.KeyRoles(context.Background())
	mustNoErr(t, err)
	return roles
}

func TestSuccession_RoleLifecycle(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "李小龍")
	s := openSuccession(t, a)
	if s.noRoles.Hidden {
		t.Errorf("empty role list shows no hint")
	}

	test.Tap(s.newRole)
	save := dialogButton(t, a, "Save role")
	if !save.Disabled() {
		t.Errorf("Save is enabled on an empty role form")
	}
	test.Type(formEntry(t, a, "Role title"), "Head of production 🏭")
	formPicker(t, a, "Held by").SetValue(ids[0])
	test.Type(formEntry(t, a, "Why it is critical"), "Nobody else can plan the line.")
	if save.Disabled() {
		t.Fatalf("Save is disabled on a valid role form: %q", formProblem(t, a))
	}
	test.Tap(save)
	wantNoDialog(t, a)

	roles := storedRoles(t, a)
	if len(roles) != 1 || roles[0].Title != "Head of production 🏭" || roles[0].HolderID != ids[0] {
		t.Fatalf("stored roles = %+v, want the new role held by Zoë", roles)
	}
	if got, want := s.bench.Text, "0 of 1 key role has a successor ready now (0%)."; got != want {
		t.Errorf("bench = %q, want %q", got, want)
	}
	if got := s.roleTitle.Text; got != "Head of production 🏭" {
		t.Errorf("detail title = %q, want the new role selected", got)
	}

	test.Tap(s.editRole)
	formEntry(t, a, "Role title").SetText("Production lead")
	tapDialogButton(t, a, "Save role")
	if got := storedRoles(t, a)[0].Title; got != "Production lead" {
		t.Errorf("title after edit = %q, want %q", got, "Production lead")
	}

	test.Tap(s.deleteRole)
	wantDialog(t, a, "Delete the key role “Production lead”?")
	tapDialogButton(t, a, "Delete")
	if n := len(storedRoles(t, a)); n != 0 {
		t.Errorf("%d roles stored after delete, want 0", n)
	}
	if got, want := s.bench.Text, "Bench strength: no key roles yet."; got != want {
		t.Errorf("bench = %q, want %q", got, want)
	}
}

func TestSuccession_InvalidRole(t *testing.T) {
	a, db := newTestApp(t)
	addPeople(t, db, "Ελένη Παπαδοπούλου")
	s := openSuccession(t, a)
	test.Tap(s.newRole)
	title, save := formEntry(t, a, "Role title"), dialogButton(t, a, "Save role")
	test.Type(title, "   ")
	if !save.Disabled() {
		t.Errorf("Save is enabled for a blank title")
	}
	if got := fieldMessage(title); got != "Role title is required." {
		t.Errorf("title message = %q, want %q", got, "Role title is required.")
	}
	test.Tap(save)
	if n := len(storedRoles(t, a)); n != 0 {
		t.Errorf("%d roles stored from an invalid form, want 0", n)
	}
	tapDialogButton(t, a, "Cancel")
	wantNoDialog(t, a)
}

func TestSuccession_Successors(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "محمد")
	role := talent.KeyRole{Title: "Finance lead", HolderID: ids[0]}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s := openSuccession(t, a)
	s.list.Select(0)

	test.Tap(s.addSucc)
	save := dialogButton(t, a, "Add successor")
	if !save.Disabled() || formProblem(t, a) != "" {
		t.Errorf("empty successor form: save disabled %v, problem %q; want disabled, and nothing said before a change", save.Disabled(), formProblem(t, a))
	}
	formField[*choice[talent.Readiness]](t, a, "Readiness").SetValue(talent.ReadyNow)
	if !save.Disabled() || formProblem(t, a) != "Choose the successor." {
		t.Errorf("successor form with readiness alone: save disabled %v, problem %q; want disabled with %q", save.Disabled(), formProblem(t, a), "Choose the successor.")
	}
	formPicker(t, a, "Successor").SetValue(ids[1])
	test.Type(formEntry(t, a, "Note"), "Needs a budget round first.")
	test.Tap(save)
	wantNoDialog(t, a)
	got := storedRoles(t, a)[0].Successors
	if len(got) != 1 || got[0].PersonID != ids[1] || got[0].Readiness != talent.ReadyNow {
		t.Fatalf("successors = %+v, want Дмитрий ready now", got)
	}
	if want := "1 of 1 key role has a successor ready now (100%)."; s.bench.Text != want {
		t.Errorf("bench = %q, want %q", s.bench.Text, want)
	}

	// Re-rating saves at once.
	s.succRows[0].readiness.SetValue(talent.Ready1to2Years)
	if got := storedRoles(t, a)[0].Successors[0].Readiness; got != talent.Ready1to2Years {
		t.Errorf("readiness after re-rating = %q, want %q", got, talent.Ready1to2Years)
	}
	if want := "0 of 1 key role has a successor ready now (0%)."; s.bench.Text != want {
		t.Errorf("bench = %q, want %q", s.bench.Text, want)
	}

	test.Tap(s.succRows[0].remove)
	wantDialog(t, a, "Remove Дмитрий Иванов as a successor for Finance lead?")
	tapDialogButton(t, a, "Cancel")
	if n := len(storedRoles(t, a)[0].Successors); n != 1 {
		t.Fatalf("cancelled removal left %d successors, want 1", n)
	}
	test.Tap(s.succRows[0].remove)
	tapDialogButton(t, a, "Remove")
	if n := len(storedRoles(t, a)[0].Successors); n != 0 {
		t.Errorf("%d successors after removal, want 0", n)
	}
}

func TestSuccession_HolderCannotSucceed(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "李小龍")
	role := talent.KeyRole{Title: "Sales lead", HolderID: ids[0], Successors: []talent.Successor{{PersonID: ids[1], Readiness: talent.ReadyNow}}}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s := openSuccession(t, a)
	s.list.Select(0)
	test.Tap(s.editRole)
	formPicker(t, a, "Held by").SetValue(ids[1])
	save := dialogButton(t, a, "Save role")
	if got, want := formProblem(t, a), "The person who holds Sales lead cannot be its successor."; got != want || !save.Disabled() {
		t.Errorf("problem = %q (save disabled %v), want %q and Save disabled", got, save.Disabled(), want)
	}
	if got := storedRoles(t, a)[0].HolderID; got != ids[0] {
		t.Errorf("holder in store = %d, want unchanged %d", got, ids[0])
	}
}

func TestSuccession_StoreErrorKeepsInput(t *testing.T) {
	a, db := newTestApp(t)
	addPeople(t, db, "Zoë Ångström")
	role := talent.KeyRole{Title: "Warehouse lead"}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s := openSuccession(t, a)
	s.list.Select(0)
	test.Tap(s.editRole)
	formEntry(t, a, "Role title").SetText("Logistics lead")
	mustNoErr(t, db.DeleteKeyRole(context.Background(), role.ID)) // gone behind the screen's back

	tapDialogButton(t, a, "Save role")
	wantDialog(t, a, "That key role no longer exists.")
	tapDialogButton(t, a, "OK")
	if got := formEntry(t, a, "Role title").Text; got != "Logistics lead" {
		t.Errorf("title after failed save = %q, want the typed text kept", got)
	}
	wantDialog(t, a, "Edit key role")
}

func TestSuccession_SoleExpertise(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := talent.Person{Name: "Zoë Ångström", Status: talent.StatusActive, Expertise: []string{"Payroll", "CNC line"}}
	dima := talent.Person{Name: "Дмитрий Иванов", Status: talent.StatusActive, Expertise: []string{"cnc line"}}
	mustNoErr(t, db.CreatePerson(ctx, &zoe))
	mustNoErr(t, db.CreatePerson(ctx, &dima))
	role := talent.KeyRole{Title: "Payroll", HolderID: zoe.ID}
	mustNoErr(t, db.SaveKeyRole(ctx, &role))
	s := openSuccession(t, a)

	if len(s.experts) != 1 || s.experts[0].Expertise != "Payroll" || s.experts[0].PersonID != zoe.ID {
		t.Fatalf("sole experts = %+v, want only Zoë's payroll", s.experts)
	}
	if !s.noExperts.Hidden {
		t.Errorf("the empty hint shows beside a flagged expert")
	}
	s.list.Select(0)
	if s.holderRisk.Hidden || !strings.Contains(s.holderRisk.Text, "Only Zoë Ångström knows Payroll") {
		t.Errorf("holder risk = %q (hidden %v), want Zoë's payroll flagged", s.holderRisk.Text, s.holderRisk.Hidden)
	}
	s.expertList.Select(0)
	if a.current == nil || a.current.title != AreaPeople {
		t.Errorf("selecting a sole expert did not open the People area")
	}
}

func TestBenchText(t *testing.T) {
	for _, tc := range []struct {
		bench talent.Bench
		want  string
	}{
		{talent.Bench{}, "Bench strength: no key roles yet."},
		{talent.Bench{Roles: 5, Covered: 3}, "3 of 5 key roles have a successor ready now (60%)."},
		{talent.Bench{Roles: 5, Covered: 1}, "1 of 5 key roles has a successor ready now (20%)."},
		{talent.Bench{Roles: 1, Covered: 0}, "0 of 1 key role has a successor ready now (0%)."},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := benchText(tc.bench); got != tc.want {
				t.Errorf("benchText(%+v) = %q, want %q", tc.bench, got, tc.want)
			}
		})
	}
}

func TestSuccession_CompareCandidates(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "李小龍", "محمد", "Ελένη Παπαδοπούλου", "Noé Ortiz")
	role := talent.KeyRole{Title: "Head of production", HolderID: ids[0], Successors: []talent.Successor{
		{PersonID: ids[1], Readiness: talent.Ready3Plus},
		{PersonID: ids[2], Readiness: talent.ReadyNow},
	}}
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s := openSuccession(t, a)
	s.list.Select(0)
	if s.compare.Disabled() {
		t.Fatalf("Compare candidates is disabled with two successors")
	}

	role.Successors = append(role.Successors, talent.Successor{PersonID: ids[3], Readiness: talent.Ready1to2Years},
		talent.Successor{PersonID: ids[4], Readiness: talent.Ready3Plus}, talent.Successor{PersonID: ids[5], Readiness: talent.ReadyEmergency})
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	s.refresh()
	test.Tap(s.compare)
	c, ok := a.people().page.(*comparePage)
	if !ok {
		t.Fatalf("Compare candidates shows %T, want the comparison", a.people().page)
	}
	want := []int64{ids[5], ids[2], ids[3], ids[1]} // soonest ready first, at most four
	if c.roleID != role.ID || len(c.ids) != len(want) {
		t.Fatalf("comparison of role %d with %v, want role %d with %v", c.roleID, c.ids, role.ID, want)
	}
	for i := range want {
		if c.ids[i] != want[i] {
			t.Errorf("candidate %d = %d, want %d", i, c.ids[i], want[i])
		}
	}

	role.Successors = role.Successors[:1]
	mustNoErr(t, db.SaveKeyRole(context.Background(), &role))
	a.Show(AreaSuccession)
	if !s.compare.Disabled() {
		t.Errorf("Compare candidates is enabled with one successor")
	}
}
