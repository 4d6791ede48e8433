package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func openTraining(a *App) *trainingArea {
	a.Show(AreaTraining)
	return a.areaOf(AreaTraining).(*trainingArea)
}

func storedTraining(t *testing.T, a *App, personID int64) []talent.Training {
	t.Helper()
	es, err := a.store.TrainingLog(context.Background(), talent.TrainingFilter{PersonID: personID})
	mustNoErr(t, err)
	return es
}

// saveTrainingB stores a planned piece of training.
func saveTrainingB(t *testing.T, a *App, personID int64, title string, kind talent.TrainingKind, status talent.TrainingStatus) {
	t.Helper()
	e := talent.Training{PersonID: personID, Title: title, Kind: kind, Status: status, PlannedDate: testNow, Hours: 2}
	if status == talent.TrainingCompleted {
		e.CompletedDate = testNow
	}
	mustNoErr(t, a.store.SaveTraining(context.Background(), &e))
}

func TestTraining_EntryLifecycle(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström")
	comp := firstCompetency(t, a)
	tr := openTraining(a)
	if tr.empty.Hidden || !strings.HasPrefix(tr.empty.Text, "No training recorded yet.") {
		t.Errorf("empty log says %q (hidden %v)", tr.empty.Text, tr.empty.Hidden)
	}

	test.Tap(tr.newEntry)
	if !dialogButton(t, a, "Save training").Disabled() {
		t.Errorf("Save is enabled on an empty form")
	}
	formPicker(t, a, "Person").SetValue(ids[0])
	test.Type(formEntry(t, a, "Title"), "Führung für Einsteiger 🎓")
	test.Type(formEntry(t, a, "Provider"), "Industrie- und Handelskammer")
	formField[*choice[int64]](t, a, "Competency").SetValue(comp.ID)
	formEntry(t, a, "Planned for").SetText("2026-04-01")
	formEntry(t, a, "Hours").SetText("7,5")
	formEntry(t, a, "Cost").SetText("1.250,50")
	tapDialogButton(t, a, "Save training")
	wantNoDialog(t, a)

	es := storedTraining(t, a, 0)
	if len(es) != 1 {
		t.Fatalf("%d entries stored, want 1", len(es))
	}
	e := es[0]
	if e.Title != "Führung für Einsteiger 🎓" || e.Hours != 7.5 || e.CostCents != 125050 || e.CompetencyID != comp.ID ||
		e.Kind != talent.TrainingCourse || e.Status != talent.TrainingPlanned {
		t.Errorf("stored entry = %+v", e)
	}
	if got, want := tr.totals.Text, "1 entry · 0 hours completed · cost 1250.50"; got != want {
		t.Errorf("totals = %q, want %q", got, want)
	}

	tr.list.Select(0)
	test.Tap(tr.edit)
	formField[*choice[talent.TrainingStatus]](t, a, "Status").SetValue(talent.TrainingCompleted)
	want := "Enter the date the training was completed."
	if got := formProblem(t, a); got != want || !dialogButton(t, a, "Save training").Disabled() {
		t.Errorf("problem = %q, want %q with Save disabled", got, want)
	}
	formEntry(t, a, "Completed on").SetText("2026-04-02")
	test.Type(formEntry(t, a, "Reflection"), "I will ask before I answer.")
	tapDialogButton(t, a, "Save training")
	e = storedTraining(t, a, 0)[0]
	if e.Status != talent.TrainingCompleted || talent.FormatDate(e.CompletedDate) != "2026-04-02" || e.Reflection != "I will ask before I answer." {
		t.Errorf("entry after edit = %+v", e)
	}
	if !strings.Contains(tr.detail.Text, "What I will do differently: I will ask before I answer.") {
		t.Errorf("detail = %q", tr.detail.Text)
	}

	test.Tap(tr.remove)
	wantDialog(t, a, "Delete “Führung für Einsteiger 🎓” from the training log of Zoë Ångström?")
	tapDialogButton(t, a, "Delete")
	if n := len(storedTraining(t, a, 0)); n != 0 {
		t.Errorf("%d entries after delete, want 0", n)
	}
	if !tr.edit.Disabled() || !tr.remove.Disabled() {
		t.Errorf("Edit and Delete stay enabled with nothing selected")
	}
}

func TestTraining_InvalidInput(t *testing.T) {
	for _, tc := range []struct {
		name, field, text string
		own               bool // the message shows next to the field, not under the form
		msg               string
	}{
		{"words for hours", "Hours", "a day", true, "Write the hours as a number, like 7.5."},
		{"negative cost", "Cost", "-5", false, "The cost cannot be negative."},
		{"too many hours", "Hours", "5000", false, "5000 hours is not possible; use 0 to 2000."},
		{"completion date on a plan", "Completed on", "2026-03-01", false, "A completion date is set but the training is not marked completed."},
		{"no title", "Title", "", true, "Title is required."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, db := newTestApp(t)
			ids := addPeople(t, db, "Ελένη Παπαδοπούλου")
			tr := openTraining(a)
			test.Tap(tr.newEntry)
			formPicker(t, a, "Person").SetValue(ids[0])
			test.Type(formEntry(t, a, "Title"), "Difficult conversations")
			field := formEntry(t, a, tc.field)
			field.SetText(tc.text)
			got := formProblem(t, a)
			if tc.own {
				got = fieldMessage(field)
			}
			if got != tc.msg {
				t.Errorf("message = %q, want %q", got, tc.msg)
			}
			save := dialogButton(t, a, "Save training")
			if !save.Disabled() {
				t.Errorf("Save is enabled")
			}
			test.Tap(save)
			if n := len(storedTraining(t, a, 0)); n != 0 {
				t.Errorf("%d entries stored from invalid input", n)
			}
		})
	}
}

func TestTraining_Filters(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "李小龍", "Ελένη Παπαδοπούλου")
	saveTrainingB(t, a, ids[0], "Coaching basics", talent.TrainingCourse, talent.TrainingCompleted)
	saveTrainingB(t, a, ids[0], "The Making of a Manager", talent.TrainingReading, talent.TrainingPlanned)
	saveTrainingB(t, a, ids[1], "Run the spring project", talent.TrainingStretch, talent.TrainingPlanned)
	tr := openTraining(a)
	var offered []string
	for _, r := range tr.person.list.rows {
		offered = append(offered, r.label)
	}
	if want := "Everyone, Zoë Ångström, 李小龍"; strings.Join(offered, ", ") != want {
		t.Errorf("the person filter offers %q, want %q: everyone first, then only people with training", offered, want)
	}
	for _, tc := range []struct {
		name   string
		person int64
		status talent.TrainingStatus
		kind   talent.TrainingKind
		want   int
	}{
		{"everything", 0, "", "", 3},
		{"planned", 0, talent.TrainingPlanned, "", 2},
		{"reading", 0, "", talent.TrainingReading, 1},
		{"李小龍", ids[1], "", "", 1},
		{"Zoë's completed", ids[0], talent.TrainingCompleted, "", 1},
		{"nothing matches", ids[1], talent.TrainingCompleted, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr.person.SetValue(tc.person)
			tr.status.SetValue(tc.status)
			tr.kind.SetValue(tc.kind)
			if len(tr.shown) != tc.want {
				t.Errorf("%d entries shown, want %d", len(tr.shown), tc.want)
			}
			if tr.empty.Hidden != (tc.want > 0) {
				t.Errorf("empty hint hidden = %v with %d entries", tr.empty.Hidden, tc.want)
			}
		})
	}
	if tr.empty.Text != "No training matches these filters." {
		t.Errorf("empty hint = %q", tr.empty.Text)
	}
}

func TestPersonTrainingPanel(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "محمد")
	saveTrainingB(t, a, ids[0], "Coaching basics", talent.TrainingCourse, talent.TrainingCompleted)
	saveTrainingB(t, a, ids[1], "Shadow the owner", talent.TrainingShadowing, talent.TrainingPlanned)
	p := newPersonTrainingPanel(a, ids[1])
	a.win.SetContent(p.view())
	p.refresh()
	if len(p.shown) != 1 || p.shown[0].Title != "Shadow the owner" {
		t.Fatalf("panel shows %+v, want only محمد's entry", p.shown)
	}
	if p.person != nil {
		t.Errorf("the person's panel offers a person filter")
	}

	test.Tap(p.newEntry)
	if got := formPicker(t, a, "Person").Value(); got != ids[1] {
		t.Errorf("new entry is for %d, want محمد (%d)", got, ids[1])
	}
	test.Type(formEntry(t, a, "Title"), "Read about feedback")
	formField[*choice[talent.TrainingKind]](t, a, "Kind").SetValue(talent.TrainingReading)
	tapDialogButton(t, a, "Save training")
	if n := len(storedTraining(t, a, ids[1])); n != 2 {
		t.Errorf("محمد has %d entries, want 2", n)
	}
	if len(p.shown) != 2 {
		t.Errorf("panel shows %d entries after adding, want 2", len(p.shown))
	}
}

func TestDecimalOf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"", 0, true},
		{"7.5", 7.5, true},
		{"7,5", 7.5, true},
		{"1,250.50", 1250.5, true},
		{"1.250,50", 1250.5, true},
		{"1 250,50", 1250.5, true},
		{"NaN", 0, false},
		{"Inf", 0, false},
		{"1e300", 0, false},
		{"seven", 0, false},
		{"1,2,3", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := decimalOf(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("decimalOf(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}
