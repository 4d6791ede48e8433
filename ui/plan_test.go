package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// showPlanPanel puts a person's plan panel in the window, as their page does.
func showPlanPanel(a *App, personID int64) *planPanel {
	p := newPlanPanel(a, personID)
	a.win.SetContent(p.view())
	p.refresh()
	return p
}

func storedPlan(t *testing.T, a *App, personID int64) talent.Plan {
	t.Helper()
	pl, err := a.store.Plan(context.Background(), personID)
	mustNoErr(t, err)
	return pl
}

// firstCompetency is the ID of the standard's first competency.
func firstCompetency(t *testing.T, a *App) talent.Competency {
	t.Helper()
	std, err := a.store.Standard(context.Background())
	mustNoErr(t, err)
	return std.Competencies[0]
}

// savePlanFor stores a plan for a person with the goals given.
func savePlanFor(t *testing.T, a *App, personID int64, goals ...talent.Goal) talent.Plan {
	t.Helper()
	pl := talent.Plan{PersonID: personID, Start: testNow.AddDate(0, -1, 0), Phase: talent.PhasePreparing, Goals: goals}
	mustNoErr(t, a.store.SavePlan(context.Background(), &pl))
	return pl
}

func TestPlan_Start(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Zoë Ångström")[0]
	p := showPlanPanel(a, id)
	if p.empty.Hidden || !strings.Contains(p.emptyText.Text, "Zoë Ångström has no development plan yet.") {
		t.Fatalf("empty state = %q (hidden %v), want the offer to start a plan", p.emptyText.Text, p.empty.Hidden)
	}

	test.Tap(p.startPlan)
	if got := formEntry(t, a, "Plan starts").Text; got != "2026-03-16" {
		t.Errorf("start defaults to %q, want today 2026-03-16", got)
	}
	test.Type(formEntry(t, a, "Target role"), "Team lead 🚀")
	tapDialogButton(t, a, "Start plan")
	wantNoDialog(t, a)

	pl := storedPlan(t, a, id)
	if pl.TargetRole != "Team lead 🚀" || pl.Phase != talent.PhasePreparing || talent.FormatDate(pl.Start) != "2026-03-16" {
		t.Errorf("stored plan = %+v, want a preparing plan for Team lead 🚀 from today", pl)
	}
	if !p.empty.Hidden || !strings.Contains(p.summary.Text, "Target role: Team lead 🚀") {
		t.Errorf("summary = %q, want the new plan shown", p.summary.Text)
	}
}

func TestPlan_InvalidDetails(t *testing.T) {
	for _, tc := range []struct {
		name, start, review, field, want string
	}{
		{"review before start", "2026-03-16", "2026-01-31", "", "Review date (2026-01-31) is before start date (2026-03-16)."},
		{"impossible date", "2026-02-30", "", "start", "\"2026-02-30\" is not a date; February 2026 has no 30th (it has 28 days)."},
		{"no start", "", "", "start", "Enter a date as YYYY-MM-DD."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, db := newTestApp(t)
			id := addPeople(t, db, "Дмитрий Иванов")[0]
			p := showPlanPanel(a, id)
			test.Tap(p.startPlan)
			start := formEntry(t, a, "Plan starts")
			start.SetText(tc.start)
			formEntry(t, a, "Review on").SetText(tc.review)
			save := dialogButton(t, a, "Start plan")
			if !save.Disabled() {
				t.Errorf("Save is enabled")
			}
			got := formProblem(t, a)
			if tc.field == "start" {
				got = fieldMessage(start)
			}
			if got != tc.want {
				t.Errorf("message = %q, want %q", got, tc.want)
			}
			test.Tap(save)
			if _, err := a.store.Plan(context.Background(), id); talent.ErrorCode(err) != talent.ENOTFOUND {
				t.Errorf("a plan was stored from invalid input (err %v)", err)
			}
		})
	}
}

func TestPlan_StoreConflictKeepsForm(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "李小龍")[0]
	p := showPlanPanel(a, id)
	test.Tap(p.startPlan)
	test.Type(formEntry(t, a, "Target role"), "Workshop manager")
	savePlanFor(t, a, id) // someone else started one meanwhile

	tapDialogButton(t, a, "Start plan")
	wantDialog(t, a, "This person already has a development plan; open it to make changes.")
	tapDialogButton(t, a, "OK")
	wantDialog(t, a, "Start a development plan")
	if got := formEntry(t, a, "Target role").Text; got != "Workshop manager" {
		t.Errorf("target role after failed save = %q, want it kept", got)
	}
}

func TestPlan_Goals(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Ελένη Παπαδοπούλου")[0]
	comp := firstCompetency(t, a)
	savePlanFor(t, a, id)
	p := showPlanPanel(a, id)
	if got := p.goals.Objects[0].(*widget.Label).Text; !strings.HasPrefix(got, "No goals yet.") {
		t.Errorf("empty goal list says %q, want what to do next", got)
	}

	test.Tap(p.addGoal)
	test.Type(formEntry(t, a, "What will be different"), "Hands the weekly schedule to the team")
	formField[*choice[int64]](t, a, "Competency").SetValue(comp.ID)
	formField[*choice[talent.GoalStatus]](t, a, "Status").SetValue(talent.GoalInProgress)
	formEntry(t, a, "Progress (%)").SetText("40")
	tapDialogButton(t, a, "Add action")
	actions := formField[*fyne.Container](t, a, "Actions")
	objectIn[*choice[talent.LearningKind]](t, actions).SetValue(talent.LearnOthers)
	test.Type(objectIn[*entry](t, actions), "Shadow Дмитрий at planning")
	tapDialogButton(t, a, "Save goal")
	wantNoDialog(t, a)

	g := storedPlan(t, a, id).Goals
	if len(g) != 1 || g[0].Title != "Hands the weekly schedule to the team" || g[0].Progress != 40 || g[0].CompetencyID != comp.ID {
		t.Fatalf("stored goals = %+v, want the new goal at 40%%", g)
	}
	if len(g[0].Actions) != 1 || g[0].Actions[0].Kind != talent.LearnOthers || g[0].Actions[0].Text != "Shadow Дмитрий at planning" {
		t.Errorf("stored actions = %+v, want one learning-from-others action", g[0].Actions)
	}
	r := p.goalRows[0]
	if r.progress.Value != 40 || !strings.Contains(r.actions.Text, "Learning from others: Shadow Дмитрий at planning") {
		t.Errorf("goal row shows progress %v and actions %q", r.progress.Value, r.actions.Text)
	}
	if !strings.Contains(p.mix.Text, "Learning from others 100%") {
		t.Errorf("learning mix = %q", p.mix.Text)
	}

	test.Tap(r.edit)
	progress, save := formEntry(t, a, "Progress (%)"), dialogButton(t, a, "Save goal")
	progress.SetText("140")
	if got, want := formProblem(t, a), "Progress is 140%; it must be between 0 and 100."; got != want || !save.Disabled() {
		t.Errorf("problem = %q (save disabled %v), want %q and Save disabled", got, save.Disabled(), want)
	}
	progress.SetText("lots")
	if got, want := fieldMessage(progress), "Progress must be a whole number, like 30."; got != want || !save.Disabled() {
		t.Errorf("progress message = %q, want %q with Save disabled", got, want)
	}
	tapDialogButton(t, a, "Cancel")
	if got := storedPlan(t, a, id).Goals[0].Progress; got != 40 {
		t.Errorf("progress after cancelled edit = %d, want 40", got)
	}
}

func TestPlan_ProgressNote(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "محمد")[0]
	comp := firstCompetency(t, a)
	savePlanFor(t, a, id, talent.Goal{Title: "Runs the Monday meeting", CompetencyID: comp.ID, Status: talent.GoalInProgress})
	p := showPlanPanel(a, id)

	test.Tap(p.goalRows[0].addNote)
	if got := formEntry(t, a, "Date").Text; got != "2026-03-16" {
		t.Errorf("note date defaults to %q, want today", got)
	}
	if save := dialogButton(t, a, "Add note"); !save.Disabled() || formProblem(t, a) != "" {
		t.Errorf("empty note: save disabled %v, problem %q; want disabled, and nothing said before a change", save.Disabled(), formProblem(t, a))
	}
	test.Type(formEntry(t, a, "Progress"), "Ran it twice; asked the quiet ones first. 👍")
	tapDialogButton(t, a, "Add note")
	notes := storedPlan(t, a, id).Goals[0].Notes
	if len(notes) != 1 || notes[0].Text != "Ran it twice; asked the quiet ones first. 👍" || talent.FormatDate(notes[0].Date) != "2026-03-16" {
		t.Fatalf("stored notes = %+v", notes)
	}
	if !strings.Contains(p.goalRows[0].notes.Text, "2026-03-16: Ran it twice") {
		t.Errorf("notes shown = %q", p.goalRows[0].notes.Text)
	}
}

func TestPlan_RemoveGoalAsksFirst(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Zoë Ångström")[0]
	comp := firstCompetency(t, a)
	savePlanFor(t, a, id, talent.Goal{Title: "Delegates the quotes", CompetencyID: comp.ID, Status: talent.GoalNotStarted,
		Actions: []talent.Action{{Kind: talent.LearnExperience, Text: "Hand over two quotes"}}})
	p := showPlanPanel(a, id)

	test.Tap(p.goalRows[0].remove)
	wantDialog(t, a, "Remove the goal “Delegates the quotes” from Zoë Ångström’s plan? Its 1 action and 0 progress notes will be removed too.")
	tapDialogButton(t, a, "Cancel")
	if n := len(storedPlan(t, a, id).Goals); n != 1 {
		t.Fatalf("cancel removed the goal")
	}
	test.Tap(p.goalRows[0].remove)
	tapDialogButton(t, a, "Remove")
	if n := len(storedPlan(t, a, id).Goals); n != 0 {
		t.Errorf("%d goals after removal, want 0", n)
	}
}

func TestPlan_StalledGoal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leadbridge.db")
	early := openStoreAt(t, path, testNow.AddDate(0, 0, -52))
	ctx := context.Background()
	zoe := talent.Person{Name: "Zoë Ångström", Status: talent.StatusActive}
	mustNoErr(t, early.CreatePerson(ctx, &zoe))
	std, err := early.Standard(ctx)
	mustNoErr(t, err)
	pl := talent.Plan{PersonID: zoe.ID, Start: testNow.AddDate(0, -2, 0), Phase: talent.PhasePreparing, Goals: []talent.Goal{
		{Title: "Gives feedback weekly", CompetencyID: std.Competencies[0].ID, Status: talent.GoalInProgress},
		{Title: "Finished already", CompetencyID: std.Competencies[0].ID, Status: talent.GoalDone},
	}}
	mustNoErr(t, early.SavePlan(ctx, &pl))
	mustNoErr(t, early.Close())

	db := openStoreAt(t, path, testNow)
	a := New(test.NewTempApp(t), db, Options{Now: func() time.Time { return testNow }})
	a.Start()
	t.Cleanup(a.win.Close)
	p := showPlanPanel(a, zoe.ID)
	if r := p.goalRows[0]; r.stalled.Hidden || r.stalled.Text != "Stalled: no update for 52 days." {
		t.Errorf("open goal: stalled %q (hidden %v), want it marked", r.stalled.Text, r.stalled.Hidden)
	}
	if r := p.goalRows[1]; !r.stalled.Hidden {
		t.Errorf("a done goal is marked stalled")
	}
}

func TestPlan_Milestones(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Дмитрий Иванов")[0]
	savePlanFor(t, a, id)
	p := showPlanPanel(a, id)

	test.Tap(p.addMilestones)
	formEntry(t, a, "Promoted on").SetText("2025-12-06") // 100 days ago
	tapDialogButton(t, a, "Add milestones")
	pl := storedPlan(t, a, id)
	if len(pl.Milestones) != 6 || pl.Phase != talent.PhaseSettling {
		t.Fatalf("after adding: %d milestones, phase %q; want 6 and settling in", len(pl.Milestones), pl.Phase)
	}
	if got, want := p.msRows[0].state.Text, "Overdue by 70 days."; got != want {
		t.Errorf("30-day state = %q, want %q", got, want)
	}
	if got, want := p.msRows[3].state.Text, "Due in 82 days."; got != want {
		t.Errorf("6-month state = %q, want %q", got, want)
	}

	test.Tap(p.msRows[0].tick)
	done, doneDate := formField[*checkBox](t, a, ""), formEntry(t, a, "Done on")
	if !done.Checked || doneDate.Text != "2026-03-16" {
		t.Errorf("tick-off form: done %v, date %q; want ticked today", done.Checked, doneDate.Text)
	}
	doneDate.SetText("")
	want := "Enter the date the milestone \"30 days\" was done."
	if got := formProblem(t, a); got != want || !dialogButton(t, a, "Save").Disabled() {
		t.Errorf("problem = %q, want %q with Save disabled", got, want)
	}
	doneDate.SetText("2026-01-09")
	test.Type(formEntry(t, a, "Notes"), "One-to-ones with all five; Ελένη asked for more.")
	tapDialogButton(t, a, "Save")
	m := storedPlan(t, a, id).Milestones[0]
	if !m.Done || talent.FormatDate(m.DoneDate) != "2026-01-09" || m.Notes != "One-to-ones with all five; Ελένη asked for more." {
		t.Errorf("stored milestone = %+v", m)
	}
	if got := p.msRows[0].state.Text; got != "Done on 2026-01-09." {
		t.Errorf("state after ticking = %q", got)
	}

	test.Tap(p.msRows[0].tick)
	formField[*checkBox](t, a, "").SetChecked(false)
	tapDialogButton(t, a, "Save")
	if m := storedPlan(t, a, id).Milestones[0]; m.Done || !m.DoneDate.IsZero() {
		t.Errorf("after unticking: %+v, want not done and no date", m)
	}
}

func TestMilestoneState(t *testing.T) {
	due := testNow.AddDate(0, 0, 1)
	for _, tc := range []struct {
		name string
		m    talent.Milestone
		want string
	}{
		{"ahead", talent.Milestone{Due: due}, "Due in 1 day."},
		{"today", talent.Milestone{Due: testNow}, "Due today."},
		{"overdue", talent.Milestone{Due: testNow.AddDate(0, 0, -1)}, "Overdue by 1 day."},
		{"done", talent.Milestone{Due: testNow.AddDate(0, 0, -9), Done: true, DoneDate: testNow}, "Done on 2026-03-16."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := milestoneState(tc.m, talent.Day(testNow)); got != tc.want {
				t.Errorf("milestoneState = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPlan_EditDetails(t *testing.T) {
	a, db := newTestApp(t)
	id := addPeople(t, db, "Zoë Ångström")[0]
	savePlanFor(t, a, id, talent.Goal{Title: "Runs the weekly meeting", CompetencyID: firstCompetency(t, a).ID, Status: talent.GoalInProgress})
	p := showPlanPanel(a, id)

	test.Tap(p.editPlan)
	wantDialog(t, a, "Plan details")
	role := formField[*entry](t, a, "Target role")
	if role.Text != "" || formField[*entry](t, a, "Plan starts").Text != "2026-02-16" {
		t.Fatalf("the form opens with role %q, start %q; want the stored plan", role.Text, formField[*entry](t, a, "Plan starts").Text)
	}
	typeInto(a, role, "Workshop manager")
	formField[*choice[talent.Phase]](t, a, "Transition phase").SetValue(talent.PhaseFirst90)
	review := formField[*entry](t, a, "Review on")
	review.SetText("2026-01-01")
	if !dialogButton(t, a, "Save").Disabled() {
		t.Errorf("Save is enabled with the review before the start")
	}
	review.SetText("2026-09-16")
	tapDialogButton(t, a, "Save")
	wantNoDialog(t, a)

	got := storedPlan(t, a, id)
	if got.TargetRole != "Workshop manager" || got.Phase != talent.PhaseFirst90 || talent.FormatDate(got.Review) != "2026-09-16" {
		t.Errorf("stored plan = role %q, phase %q, review %s; want the edits", got.TargetRole, got.Phase, talent.FormatDate(got.Review))
	}
	if len(got.Goals) != 1 || got.Goals[0].Title != "Runs the weekly meeting" {
		t.Errorf("stored goals = %+v, want the goal kept", got.Goals)
	}
	wantShown(t, p.view(), "Target role: Workshop manager · Phase: First 90 days")
}
