package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// shownNames is the Name column of the people list, in order.
func shownNames(s *peopleArea) []string {
	var names []string
	for i := range s.list.shown {
		names = append(names, s.list.row(i).cell(colName))
	}
	return names
}

func openPeople(t testing.TB, a *App) *peopleArea {
	t.Helper()
	a.Show(AreaPeople)
	return a.people()
}

func TestPeople_Search(t *testing.T) {
	a, db := newTestApp(t)
	for _, p := range []talent.Person{
		{Name: "Zoë Ångström", Team: "Assembly", JobTitle: "Line lead"},
		{Name: "Дмитрий Иванов", Team: "Sales", JobTitle: "Account manager"},
		{Name: "Ελένη Παπαδοπούλου", Team: "Finance", JobTitle: "Payroll"},
		{Name: "李小龍", Team: "Sales", JobTitle: "Engineer 🔧"},
		{Name: "محمد", Team: "Service", JobTitle: "Technician"},
		{Name: "Olaf Left", Team: "Sales", Status: talent.StatusLeft, LeftDate: mustDate(t, "2025-06-30")},
	} {
		addPerson(t, db, p)
	}
	s := openPeople(t, a)

	for _, tc := range []struct {
		query    string
		withLeft bool
		want     string
	}{
		{"", false, "Zoë Ångström,Ελένη Παπαδοπούλου,Дмитрий Иванов,محمد,李小龍"},
		{"zoe", false, "Zoë Ångström"},
		{"ANGSTROM", false, "Zoë Ångström"},
		{"дмитрий", false, "Дмитрий Иванов"},
		{"ελενη", false, "Ελένη Παπαδοπούλου"},
		{"sales", false, "Дмитрий Иванов,李小龍"},
		{"sales", true, "Olaf Left (left),Дмитрий Иванов,李小龍"},
		{"🔧", false, "李小龍"},
		{"payroll", false, "Ελένη Παπαδοπούλου"},
		{"nobody like this", false, ""},
	} {
		t.Run(tc.query, func(t *testing.T) {
			s.showLeft.SetChecked(tc.withLeft)
			s.search.SetText("")
			test.Type(s.search, tc.query)
			if got := strings.Join(shownNames(s), ","); got != tc.want {
				t.Errorf("search %q shows %q, want %q", tc.query, got, tc.want)
			}
			if tc.want == "" {
				if s.empty.Hidden {
					t.Errorf("an empty result shows no hint")
				}
				wantShown(t, s.view(), "Nobody matches")
			} else if !s.empty.Hidden {
				t.Errorf("hint %q shown over a list of results", s.empty.Text)
			}
		})
	}
	s.showLeft.SetChecked(false)
	s.search.SetText("sales")
	wantShown(t, s.view(), "Дмитрий Иванов", "2 of 6 people")
}

func TestPeople_EmptyListSaysWhatToDo(t *testing.T) {
	a, _ := newTestApp(t)
	s := openPeople(t, a)
	if s.empty.Hidden {
		t.Fatalf("empty list shows no hint")
	}
	wantShown(t, s.view(), "No people yet. Add the first person with New person (Ctrl+N)")
}

func TestPeople_Sort(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	ann := addPerson(t, db, talent.Person{Name: "Ann", Team: "Sales"})
	bob := addPerson(t, db, talent.Person{Name: "bob", Team: "Assembly"})
	cem := addPerson(t, db, talent.Person{Name: "Çem", Team: "Finance"})
	owner := addPerson(t, db, talent.Person{Name: "Owner", Team: "Board"})
	// Cem is assessed high, Bob low and earlier; Ann never.
	rate(t, db, talent.Assessment{PersonID: cem.ID, Date: mustDate(t, "2026-02-01"), RaterID: owner.ID, Relationship: talent.RelOwner}, 10, talent.RatingRoleModel)
	rate(t, db, talent.Assessment{PersonID: bob.ID, Date: mustDate(t, "2025-05-01"), RaterID: owner.ID, Relationship: talent.RelOwner}, 10, talent.RatingNotYetShown)
	role := talent.KeyRole{Title: "Head of sales", HolderID: owner.ID, Successors: []talent.Successor{
		{PersonID: bob.ID, Readiness: talent.ReadyNow}, {PersonID: ann.ID, Readiness: talent.Ready3Plus}}}
	if err := db.SaveKeyRole(ctx, &role); err != nil {
		t.Fatalf("save role: %v", err)
	}
	role2 := talent.KeyRole{Title: "Buyer", Successors: []talent.Successor{{PersonID: ann.ID, Readiness: talent.Ready1to2Years}}}
	if err := db.SaveKeyRole(ctx, &role2); err != nil {
		t.Fatalf("save role: %v", err)
	}
	s := openPeople(t, a)

	for _, tc := range []struct {
		name  string
		taps  []int
		want  string
		shown string // a cell the screen shows once sorted
	}{
		{"name", nil, "Ann,bob,Çem,Owner", "Ready in 1–2 years"},
		{"name reversed", []int{colName}, "Owner,Çem,bob,Ann", "Not nominated"},
		{"team", []int{colTeam}, "bob,Owner,Çem,Ann", "Assembly"},
		{"potential", []int{colPotential}, "Çem,bob,Ann,Owner", "High"},
		{"readiness", []int{colReadiness}, "bob,Ann,Çem,Owner", "Ready now"},
		{"last assessed", []int{colAssessed}, "Ann,Owner,bob,Çem", "2025-05-01"},
		{"last assessed, newest first", []int{colAssessed, colAssessed}, "Çem,bob,Ann,Owner", "2026-02-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.list.sortCol, s.list.desc = colName, false
			for _, col := range tc.taps {
				test.Tap(s.headers[col])
			}
			if got := strings.Join(shownNames(s), ","); got != tc.want {
				t.Errorf("sorted by %s: %q, want %q", tc.name, got, tc.want)
			}
			wantShown(t, s.table, tc.shown)
		})
	}
}

func TestPeople_OpenPersonFromList(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	s := openPeople(t, a)
	s.table.Select(widget.TableCellID{Row: 0, Col: colName})
	pp, ok := s.page.(*personPage)
	if !ok || pp.id != p.ID {
		t.Fatalf("selecting the row shows %T, want Zoë's page", s.page)
	}
	wantShown(t, a.win.Canvas().Content(), "Zoë Ångström", "Profile", "Leadership moments")
	test.Tap(pp.backBtn)
	if s.page != nil {
		t.Errorf("Back leaves %T in front, want the list", s.page)
	}
}

func TestPeople_FocusSearch(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	a.openPerson(p.ID)
	a.Show(AreaHome)
	a.focusSearch()
	s := a.people()
	if a.current.title != AreaPeople || s.page != nil {
		t.Fatalf("Ctrl+F shows %s with page %T, want the people list", a.current.title, s.page)
	}
	if a.win.Canvas().Focused() != s.search {
		t.Errorf("Ctrl+F focuses %v, want the search", a.win.Canvas().Focused())
	}
}

func TestPeople_PickForComparison(t *testing.T) {
	a, db := newTestApp(t)
	var ids []int64
	for _, n := range []string{"Ann", "Ben", "Cal", "Dee", "Eve"} {
		ids = append(ids, addPerson(t, db, talent.Person{Name: n}).ID)
	}
	s := openPeople(t, a)
	for i, id := range ids {
		s.onPick(id, true)
		n := i + 1
		if got, want := s.compareBtn.Disabled(), n < minCompare || n > maxCompare; got != want {
			t.Errorf("with %d ticked, Compare disabled = %v, want %v", n, got, want)
		}
	}
	s.onPick(ids[4], false)
	test.Tap(s.compareBtn)
	c, ok := s.page.(*comparePage)
	if !ok {
		t.Fatalf("Compare shows %T, want the comparison", s.page)
	}
	if len(c.candidates) != 4 {
		t.Errorf("comparison has %d candidates, want 4", len(c.candidates))
	}
}
