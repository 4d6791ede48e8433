package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

// openSearch taps the picker and returns its search, which must have the focus.
func openSearch(t testing.TB, a *App, p *personPicker) *personSearch {
	t.Helper()
	test.Tap(p)
	s := searchInFront(a.win.Canvas())
	if s == nil || a.win.Canvas().Focused() != s {
		t.Fatalf("tapping the picker focused %T, want its search", a.win.Canvas().Focused())
	}
	return s
}

// matches are the names the open search lists, with their teams.
func matches(s *personSearch) []string {
	var got []string
	for _, i := range s.shown {
		r := s.from.rows[i]
		got = append(got, r.name+"|"+r.team)
	}
	return got
}

// press sends a key as the window does: to the widget with focus, or else to the
// window's key handler.
func press(a *App, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := a.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	a.win.Canvas().OnTypedKey()(ev)
}

// searchOpen reports whether the picker's search is the overlay in front.
func searchOpen(a *App, s *personSearch) bool {
	return s.pop.Visible() && a.win.Canvas().Overlays().Top() != nil && a.win.Canvas().Focused() == s
}

// openTrainingForm opens the form for new training with its title typed in, and returns
// its person picker.
func openTrainingForm(t *testing.T, a *App) *personPicker {
	t.Helper()
	tr := openTraining(a)
	test.Tap(tr.newEntry)
	typeInto(a, formEntry(t, a, "Title"), "Leading your first team")
	return formPicker(t, a, "Person")
}

func TestPersonPicker_PickByTyping(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "Ελένη Παπαδοπούλου")
	person := openTrainingForm(t, a)
	if !dialogButton(t, a, "Save training").Disabled() {
		t.Fatal("Save is enabled before a person is chosen")
	}

	s := openSearch(t, a, person)
	test.Type(s, "ZOE")
	if got := matches(s); !slices.Equal(got, []string{"Zoë Ångström|"}) {
		t.Errorf("typing ZOE lists %q, want Zoë Ångström whatever the case and accent", got)
	}
	s.SetText("ελενη")
	if got := matches(s); !slices.Equal(got, []string{"Ελένη Παπαδοπούλου|"}) {
		t.Errorf("typing ελενη lists %q, want Ελένη", got)
	}
	press(a, fyne.KeyReturn)
	if searchOpen(a, s) || a.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter left the search open, or closed the dialog too")
	}
	if person.Value() != ids[2] || person.Selected != "Ελένη Παπαδοπούλου" {
		t.Errorf("after Enter the picker holds %d shown as %q, want Ελένη (%d)", person.Value(), person.Selected, ids[2])
	}
	if a.win.Canvas().Focused() != person {
		t.Errorf("after picking, focus is on %T, want the picker so Tab goes on from it", a.win.Canvas().Focused())
	}
	if dialogButton(t, a, "Save training").Disabled() {
		t.Errorf("Save is still disabled after a person was picked: %s", formProblem(t, a))
	}
	tapDialogButton(t, a, "Save training")
	if es := storedTraining(t, a, ids[2]); len(es) != 1 {
		t.Errorf("%d entries stored for Ελένη, want the one just picked for", len(es))
	}
}

func TestPersonPicker_Keyboard(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Ana", "Bea", "Cai")
	person := openTrainingForm(t, a)
	a.win.Canvas().Focus(person)

	press(a, fyne.KeyReturn)
	s := searchInFront(a.win.Canvas())
	if !searchOpen(a, s) || s.cursor != 0 {
		t.Fatalf("Enter on the picker: search open %v, mark on %d; want it open on the first match", searchOpen(a, s), s.cursor)
	}
	press(a, fyne.KeyDown)
	press(a, fyne.KeyDown)
	press(a, fyne.KeyDown) // past the last match: stays on it
	press(a, fyne.KeyUp)
	press(a, fyne.KeyReturn)
	if person.Value() != ids[1] {
		t.Errorf("Down, Down, Down, Up, Enter picked %d, want Bea (%d)", person.Value(), ids[1])
	}

	person.TypedRune(' ')
	if s = searchInFront(a.win.Canvas()); !searchOpen(a, s) || s.Text != "" || s.cursor != 1 {
		t.Errorf("Space: search open %v with %q typed and the mark on %d, want it open, empty, on Bea", searchOpen(a, s), s.Text, s.cursor)
	}
	press(a, fyne.KeyEscape)
	if searchOpen(a, s) || a.win.Canvas().Overlays().Top() == nil || person.Value() != ids[1] {
		t.Fatalf("Escape in the search: open %v, picker %d; want only the search closed and Bea kept", searchOpen(a, s), person.Value())
	}

	person.TypedRune('c')
	if s = searchInFront(a.win.Canvas()); s.Text != "c" || !slices.Equal(matches(s), []string{"Cai|"}) {
		t.Errorf("typing c on the picker searched %q and lists %q, want c and Cai", s.Text, matches(s))
	}
	s.list.Select(0) // a tap on the row
	if person.Value() != ids[2] || searchOpen(a, s) {
		t.Errorf("tapping Cai: picker %d, search open %v; want Cai (%d) and the search closed", person.Value(), searchOpen(a, s), ids[2])
	}

	press(a, fyne.KeyEscape) // on the picker itself: Escape cancels the dialog
	wantNoDialog(t, a)
	if n := len(storedTraining(t, a, 0)); n != 0 {
		t.Errorf("%d entries stored after Escape, want none", n)
	}
}

func TestPersonPicker_NoMatch(t *testing.T) {
	a, db := newTestApp(t)
	addPeople(t, db, "Zoë Ångström")
	person := openTrainingForm(t, a)
	s := openSearch(t, a, person)
	test.Type(s, "xyz")
	if len(s.shown) != 0 || !s.none.Visible() || !strings.HasPrefix(s.none.Text, "No one matches “xyz”. Try part of their name or team") {
		t.Errorf("typing xyz lists %q and says %q (shown %v), want No one matches “xyz”, and what to try.", matches(s), s.none.Text, s.none.Visible())
	}
	press(a, fyne.KeyReturn)
	if !searchOpen(a, s) || person.Value() != 0 {
		t.Errorf("Enter with no match: search open %v, picker %d; want nothing picked and the search open", searchOpen(a, s), person.Value())
	}
	s.SetText("")
	if s.none.Visible() || len(s.shown) != 1 {
		t.Errorf("clearing the search lists %d and shows %q, want everyone again", len(s.shown), s.none.Text)
	}
}

func TestPersonPicker_OptionalNobody(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Noor Haddad")
	s := openSuccession(t, a)
	test.Tap(s.newRole)
	holder := formPicker(t, a, "Held by")
	if holder.Value() != 0 || holder.Selected != "Nobody" {
		t.Errorf("a new role's holder is %d shown as %q, want Nobody", holder.Value(), holder.Selected)
	}
	holder.SetValue(ids[0])
	search := openSearch(t, a, holder)
	if got := matches(search); len(got) != 3 || got[0] != "Nobody|" || search.cursor != 2 {
		t.Errorf("the search lists %q with the mark on %d, want Nobody first and the mark on Zoë, the current holder", got, search.cursor)
	}
	test.Type(search, "no")
	if got := matches(search); !slices.Equal(got, []string{"Nobody|", "Noor Haddad|"}) {
		t.Errorf("typing no lists %q, want Nobody and Noor", got)
	}
	press(a, fyne.KeyReturn)
	if holder.Value() != 0 || holder.Selected != "Nobody" {
		t.Errorf("picking Nobody left %d shown as %q", holder.Value(), holder.Selected)
	}
}

func TestPersonPicker_Namesakes(t *testing.T) {
	a, db := newTestApp(t)
	sales := addPerson(t, db, talent.Person{Name: "Ana Silva", Team: "Sales"})
	assembly := addPerson(t, db, talent.Person{Name: "Ana Silva", Team: "Assembly"})
	addPerson(t, db, talent.Person{Name: "Zoë Ångström", Team: "Assembly"})
	person := openTrainingForm(t, a)
	s := openSearch(t, a, person)
	test.Type(s, "ana")
	if got := matches(s); !slices.Equal(slices.Sorted(slices.Values(got)), []string{"Ana Silva|Assembly", "Ana Silva|Sales"}) {
		t.Errorf("typing ana lists %q, want both Ana Silvas with their teams", got)
	}
	s.SetText("sales")
	if got := matches(s); !slices.Equal(got, []string{"Ana Silva|Sales"}) {
		t.Errorf("typing sales lists %q, want the Ana Silva in Sales", got)
	}
	press(a, fyne.KeyReturn)
	if person.Value() != sales.ID || person.Selected != "Ana Silva (Sales)" {
		t.Errorf("picked %d shown as %q, want %d shown as Ana Silva (Sales)", person.Value(), person.Selected, sales.ID)
	}
	person.SetValue(assembly.ID)
	if person.Selected != "Ana Silva (Assembly)" {
		t.Errorf("the other Ana Silva shows as %q, want her team added", person.Selected)
	}
}

// TestPersonPicker_NamesakesByTheOneRule tells apart names that match as people search
// for them, ignoring case and accents, not only names spelt alike.
func TestPersonPicker_NamesakesByTheOneRule(t *testing.T) {
	a, db := newTestApp(t)
	accented := addPerson(t, db, talent.Person{Name: "Zoë Ørsted", Team: "Tools"})
	plain := addPerson(t, db, talent.Person{Name: "ZOE ORSTED", Team: "Sales"})
	person := openTrainingForm(t, a)
	for _, tc := range []struct {
		id   int64
		want string
	}{{accented.ID, "Zoë Ørsted (Tools)"}, {plain.ID, "ZOE ORSTED (Sales)"}} {
		if person.SetValue(tc.id); person.Selected != tc.want {
			t.Errorf("shown as %q, want %q", person.Selected, tc.want)
		}
	}
}

// TestPersonPicker_LeftOnlyWhenKept edits a training entry of someone who has since
// left: the form still shows them, but a new entry cannot be for them.
func TestPersonPicker_LeftOnlyWhenKept(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Olaf Berg", "Zoë Ångström")
	saveTrainingB(t, a, ids[0], "Leading your first team", talent.TrainingCourse, talent.TrainingCompleted)
	olaf := storedPerson(t, db, ids[0])
	olaf.Status, olaf.LeftDate = talent.StatusLeft, mustDate(t, "2026-01-31")
	mustNoErr(t, db.UpdatePerson(context.Background(), &olaf))

	tr := openTraining(a)
	tr.list.Select(0)
	test.Tap(tr.edit)
	if got := formPicker(t, a, "Person"); got.Value() != ids[0] || got.Selected != "Olaf Berg" {
		t.Errorf("editing Olaf's entry shows %d as %q, want Olaf Berg kept", got.Value(), got.Selected)
	}
	s := openSearch(t, a, formPicker(t, a, "Person"))
	test.Type(s, "olaf")
	if got := matches(s); !slices.Equal(got, []string{"Olaf Berg|"}) {
		t.Errorf("the edit form's search lists %q for olaf, want him", got)
	}
	press(a, fyne.KeyEscape)
	tapDialogButton(t, a, "Cancel")

	person := openTrainingForm(t, a)
	s = openSearch(t, a, person)
	if got := matches(s); !slices.Equal(got, []string{"Zoë Ångström|"}) {
		t.Errorf("a new entry's search lists %q, want only the active Zoë", got)
	}
}

// TestPersonPicker_OnAPage picks whom someone reports to on their page: the profile
// counts as changed and can be saved.
func TestPersonPicker_OnAPage(t *testing.T) {
	a, db := newTestApp(t)
	boss := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	pp := personPageOf(t, a, p.ID)
	s := openSearch(t, a, pp.form.reportsTo)
	if got := matches(s); !slices.Equal(got, []string{"Nobody|", "Дмитрий Иванов|"}) {
		t.Errorf("Reports to offers %q, want Nobody and Дмитрий but not Zoë herself", got)
	}
	test.Type(s, "дми")
	press(a, fyne.KeyReturn)
	if !pp.form.dirty || pp.saveBtn.Disabled() {
		t.Fatalf("after picking, the profile changed %v and Save disabled %v; want it changed and savable", pp.form.dirty, pp.saveBtn.Disabled())
	}
	a.save()
	if got := storedPerson(t, db, p.ID).ReportsTo; got != boss.ID {
		t.Errorf("stored reports-to = %d, want Дмитрий (%d)", got, boss.ID)
	}
}

// TestPersonPicker_TabOrder opens the moment form: the picker takes the first focus and
// Tab goes on to the next field.
func TestPersonPicker_TabOrder(t *testing.T) {
	a, db := newTestApp(t)
	addPeople(t, db, "Zoë Ångström")
	a.logMoment(0)
	c := a.win.Canvas()
	if c.Focused() != formPicker(t, a, "Who") {
		t.Fatalf("the moment form opens with %T focused, want the person picker", c.Focused())
	}
	c.FocusNext()
	if c.Focused() != formEntry(t, a, "Date") {
		t.Errorf("Tab from the picker goes to %T, want the date", c.Focused())
	}
}

// TestPersonOrName_TypingOffersThePeople types into "Seen by" and "Rater": the search
// opens with what is typed and lists the people matching it; Enter picks the one
// marked, or keeps a name nobody on file has, and Escape keeps what was typed.
func TestPersonOrName_TypingOffersThePeople(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	seer := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов", Team: "Sales"})
	a.logMoment(p.ID)
	seen := formField[*personOrName](t, a, "Seen by")
	typeInto(a, seen, "дми")
	s := searchInFront(a.win.Canvas())
	if s == nil || s.Text != "дми" || len(s.shown) != 1 {
		t.Fatalf("typing in Seen by opened %v, want a search for “дми” listing Дмитрий", s)
	}
	press(a, fyne.KeyReturn)
	if id, _ := seen.value(); id != seer.ID || seen.Text != "Дмитрий Иванов" {
		t.Errorf("Enter in the search gives %d shown as %q, want Дмитрий (%d)", id, seen.Text, seer.ID)
	}

	seen.SetText("")
	typeInto(a, seen, "Şule")
	press(a, fyne.KeyEscape)
	if id, name := seen.value(); id != 0 || name != "Şule" || searchInFront(a.win.Canvas()) != nil {
		t.Errorf("Escape in the search gives %d %q, want the name typed kept and the search closed", id, name)
	}
	wantDialog(t, a, "Log a leadership moment")
}

// TestPersonOrName_PickARater finds the rater of an assessment through the search, and
// keeps a typed name of someone not on file; a self-assessment's rater cannot be changed.
func TestPersonOrName_PickARater(t *testing.T) {
	a, db := newTestApp(t)
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	rater := addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"})
	f := openAssessment(t, a, p.ID)
	f.relationship.SetValue(talent.RelPeer)

	test.Tap(f.rater.find)
	s := searchInFront(a.win.Canvas())
	if s == nil || a.win.Canvas().Focused() != s {
		t.Fatalf("the rater's drop-down button focused %T, want the search", a.win.Canvas().Focused())
	}
	test.Type(s, "дмитрий")
	press(a, fyne.KeyReturn)
	if id, name := f.rater.value(); id != rater.ID || name != "" || f.rater.Text != "Дмитрий Иванов" {
		t.Errorf("picking Дмитрий gives rater %d %q shown as %q, want him (%d)", id, name, f.rater.Text, rater.ID)
	}
	if a.win.Canvas().Focused() != f.rater || !f.dirty {
		t.Errorf("after picking, focus is on %T and the form changed %v; want the rater field and a change", a.win.Canvas().Focused(), f.dirty)
	}

	f.rater.SetText("")
	typeInto(a, f.rater, "Ана Внешняя")
	press(a, fyne.KeyReturn)
	wantNoDialog(t, a)
	if id, name := f.rater.value(); id != 0 || name != "Ана Внешняя" {
		t.Errorf("a typed name gives rater %d %q, want the name alone", id, name)
	}
	f.rater.SetText(" zoe  angstrom")
	if id, name := f.rater.value(); id != p.ID || name != "" {
		t.Errorf("the name of someone on file, typed without accents, gives rater %d %q, want them (%d)", id, name, p.ID)
	}

	f.relationship.SetValue(talent.RelSelf)
	test.Tap(f.rater.find)
	if searchInFront(a.win.Canvas()) != nil {
		t.Error("the search opened on a self-assessment, whose rater is fixed")
	}
}

// TestPersonOrName_KeepsWhoLeft edits a moment seen by someone who has since left: they
// stay the observer, and only the edited moment offers them.
func TestPersonOrName_KeepsWhoLeft(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	p := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	obs := addPerson(t, db, talent.Person{Name: "Olaf Berg"})
	std, err := db.Standard(ctx)
	mustNoErr(t, err)
	m := talent.Moment{PersonID: p.ID, Date: testNow, ObserverID: obs.ID, CompetencyID: std.Competencies[0].ID, Positive: true, Text: "Ran the stand-up."}
	mustNoErr(t, db.SaveMoment(ctx, &m))
	obs.Status, obs.LeftDate = talent.StatusLeft, mustDate(t, "2026-01-31")
	mustNoErr(t, db.UpdatePerson(ctx, &obs))

	a.openMoment(m)
	if got := formField[*personOrName](t, a, "Seen by").Text; got != "Olaf Berg" {
		t.Errorf("the edited moment's observer shows as %q, want Olaf Berg", got)
	}
	tapDialogButton(t, a, "Save moment")
	if ms, _ := db.Moments(ctx, p.ID); len(ms) != 1 || ms[0].ObserverID != obs.ID {
		t.Errorf("after saving the edited moment it is %+v, want it seen by Olaf (%d)", ms, obs.ID)
	}

	a.logMoment(p.ID)
	test.Tap(objectIn[*button](t, formField[*personOrName](t, a, "Seen by")))
	s := searchInFront(a.win.Canvas())
	test.Type(s, "olaf")
	if got := matches(s); len(got) != 0 {
		t.Errorf("a new moment offers %q as observers for olaf, want nobody who left", got)
	}
}
