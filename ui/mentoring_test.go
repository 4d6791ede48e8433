package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func openMentoring(a *App) *mentoringArea {
	a.Show(AreaMentoring)
	return a.areaOf(AreaMentoring).(*mentoringArea)
}

func storedPairs(t *testing.T, a *App) []talent.Pair {
	t.Helper()
	ps, err := a.store.Pairs(context.Background())
	mustNoErr(t, err)
	return ps
}

// savePairB stores an active pair that started on the given number of days ago.
func savePairB(t *testing.T, a *App, mentor, mentee int64, daysAgo int) talent.Pair {
	t.Helper()
	p := talent.Pair{MentorID: mentor, MenteeID: mentee, Start: testNow.AddDate(0, 0, -daysAgo), Status: talent.PairActive,
		Agreement: talent.Agreement{EveryDays: 28, MinutesEach: 50}}
	mustNoErr(t, a.store.SavePair(context.Background(), &p))
	return p
}

func TestMentoring_PairLifecycle(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов")
	m := openMentoring(a)
	if m.empty.Hidden || !strings.HasPrefix(m.empty.Text, "No mentoring pairs yet.") {
		t.Errorf("empty list says %q (hidden %v), want what to do next", m.empty.Text, m.empty.Hidden)
	}

	test.Tap(m.newPair)
	start, status := formEntry(t, a, "Starts"), formField[*choice[talent.PairStatus]](t, a, "Status")
	if start.Text != "2026-03-16" || status.Value() != talent.PairActive {
		t.Errorf("new pair starts %q with status %q, want today and active", start.Text, status.Value())
	}
	formPicker(t, a, "Mentor").SetValue(ids[0])
	formPicker(t, a, "Mentee").SetValue(ids[1])
	test.Tap(objectIn[*checkBox](t, formField[*fyne.Container](t, a, "Focus")))
	test.Type(objectIn[*entry](t, formField[*fyne.Container](t, a, "Goals")), "Delegate the weekly schedule 📅")
	formEntry(t, a, "Confidentiality").SetText("Stays between us.")
	tapDialogButton(t, a, "Save pair")
	wantNoDialog(t, a)

	ps := storedPairs(t, a)
	if len(ps) != 1 {
		t.Fatalf("%d pairs stored, want 1", len(ps))
	}
	p := ps[0]
	if p.MentorID != ids[0] || p.MenteeID != ids[1] || len(p.Focus) != 1 || len(p.Agreement.Goals) != 1 ||
		p.Agreement.Goals[0] != "Delegate the weekly schedule 📅" || p.Agreement.EveryDays != 28 || p.Agreement.Confidentiality != "Stays between us." {
		t.Errorf("stored pair = %+v", p)
	}
	if got, want := m.title.Text, "Zoë Ångström mentors Дмитрий Иванов"; got != want {
		t.Errorf("detail title = %q, want %q", got, want)
	}

	test.Tap(m.editPair)
	formEntry(t, a, "Minutes each").SetText("90")
	tapDialogButton(t, a, "Save pair")
	if got := storedPairs(t, a)[0].Agreement.MinutesEach; got != 90 {
		t.Errorf("minutes after edit = %d, want 90", got)
	}

	test.Tap(m.endPair)
	wantDialog(t, a, "End the mentoring of Дмитрий Иванов by Zoë Ångström?")
	tapDialogButton(t, a, "End pair")
	if got := storedPairs(t, a)[0].Status; got != talent.PairEnded {
		t.Errorf("status after ending = %q, want ended", got)
	}
	if !m.endPair.Disabled() {
		t.Errorf("End pair is still enabled on an ended pair")
	}

	m.filter.SetValue(talent.PairActive)
	if len(m.pairs) != 0 || m.empty.Text != "No pairs match this filter." {
		t.Errorf("active filter lists %d pairs and says %q", len(m.pairs), m.empty.Text)
	}
	m.filter.SetValue(talent.PairEnded)
	if len(m.pairs) != 1 {
		t.Fatalf("ended filter lists %d pairs, want 1", len(m.pairs))
	}

	m.list.Select(0)
	test.Tap(m.deletePair)
	wantDialog(t, a, "Delete the mentoring of Дмитрий Иванов by Zoë Ångström, with its 0 meetings?")
	tapDialogButton(t, a, "Delete")
	if n := len(storedPairs(t, a)); n != 0 {
		t.Errorf("%d pairs after delete, want 0", n)
	}
}

func TestMentoring_InvalidPairs(t *testing.T) {
	for _, tc := range []struct {
		name string
		fill func(field func(label string) fyne.CanvasObject, ids []int64)
		want string
	}{
		{"self-mentoring", func(field func(string) fyne.CanvasObject, ids []int64) {
			field("Mentor").(*personPicker).SetValue(ids[0])
			field("Mentee").(*personPicker).SetValue(ids[0])
		}, "A person cannot mentor themselves; choose someone else as mentor."},
		{"no mentor", func(field func(string) fyne.CanvasObject, ids []int64) {
			field("Mentee").(*personPicker).SetValue(ids[0])
		},
			"Choose the mentor."},
		{"duplicate active pair", func(field func(string) fyne.CanvasObject, ids []int64) {
			field("Mentor").(*personPicker).SetValue(ids[1])
			field("Mentee").(*personPicker).SetValue(ids[2])
		}, "This mentee already has an active mentoring pair with this mentor."},
		{"meeting too rarely", func(field func(string) fyne.CanvasObject, ids []int64) {
			field("Mentor").(*personPicker).SetValue(ids[0])
			field("Mentee").(*personPicker).SetValue(ids[1])
			field("Meet every (days)").(*entry).SetText("400")
		}, "Meeting every 400 days is not possible; use 1 to 365."},
		{"end before start", func(field func(string) fyne.CanvasObject, ids []int64) {
			field("Mentor").(*personPicker).SetValue(ids[0])
			field("Mentee").(*personPicker).SetValue(ids[1])
			field("Planned end").(*entry).SetText("2026-01-01")
		}, "Planned end (2026-01-01) is before start date (2026-03-16)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, db := newTestApp(t)
			ids := addPeople(t, db, "Zoë Ångström", "محمد", "李小龍")
			savePairB(t, a, ids[1], ids[2], 10)
			m := openMentoring(a)
			test.Tap(m.newPair)
			tc.fill(func(label string) fyne.CanvasObject { return formField[fyne.CanvasObject](t, a, label) }, ids)
			if got := formProblem(t, a); got != tc.want {
				t.Errorf("problem = %q, want %q", got, tc.want)
			}
			save := dialogButton(t, a, "Save pair")
			if !save.Disabled() {
				t.Errorf("Save is enabled")
			}
			test.Tap(save)
			if n := len(storedPairs(t, a)); n != 1 {
				t.Errorf("%d pairs stored, want only the existing one", n)
			}
		})
	}
}

func TestMentoring_WholeNumberField(t *testing.T) {
	a, db := newTestApp(t)
	addPeople(t, db, "Zoë Ångström")
	m := openMentoring(a)
	test.Tap(m.newPair)
	everyDays := formEntry(t, a, "Meet every (days)")
	everyDays.SetText("monthly")
	if got, want := fieldMessage(everyDays), "How often must be a whole number, like 30."; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if !dialogButton(t, a, "Save pair").Disabled() {
		t.Errorf("Save is enabled with a word for a number")
	}
}

func TestMentoring_DuplicateFromStoreKeepsForm(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Ελένη Παπαδοπούλου")
	m := openMentoring(a)
	test.Tap(m.newPair)
	mentor, mentee := formPicker(t, a, "Mentor"), formPicker(t, a, "Mentee")
	mentor.SetValue(ids[0])
	mentee.SetValue(ids[1])
	savePairB(t, a, ids[0], ids[1], 0) // entered elsewhere after the form opened

	tapDialogButton(t, a, "Save pair")
	wantDialog(t, a, "This mentee already has an active mentoring pair with this mentor.")
	tapDialogButton(t, a, "OK")
	if formPicker(t, a, "Mentor") != mentor || mentor.Value() != ids[0] || mentee.Value() != ids[1] {
		t.Errorf("the form lost its choices after the failed save")
	}
	if n := len(storedPairs(t, a)); n != 1 {
		t.Errorf("%d pairs stored, want 1", n)
	}
}

func TestMentoring_Meetings(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов")
	savePairB(t, a, ids[0], ids[1], 60)
	m := openMentoring(a)
	m.list.Select(0)
	if m.notMet.Hidden || m.notMet.Text != "Not met for 60 days: the agreement says every 28 days." {
		t.Errorf("not-met marker = %q (hidden %v)", m.notMet.Text, m.notMet.Hidden)
	}

	test.Tap(m.logMeeting)
	date, minutes, nextDate := formEntry(t, a, "Date"), formEntry(t, a, "Length (minutes)"), formEntry(t, a, "Next meeting")
	if date.Text != "2026-03-16" || minutes.Text != "50" || nextDate.Text != "2026-04-13" {
		t.Errorf("meeting defaults: date %q, minutes %q, next %q", date.Text, minutes.Text, nextDate.Text)
	}
	nextDate.SetText("2026-03-01")
	want := "Next meeting (2026-03-01) is before this meeting (2026-03-16)."
	if got := formProblem(t, a); got != want || !dialogButton(t, a, "Save meeting").Disabled() {
		t.Errorf("problem = %q, want %q with Save disabled", got, want)
	}
	nextDate.SetText("2026-04-13")
	test.Type(formEntry(t, a, "Topics"), "Saying no to work only Дмитрий can do")
	test.Type(formEntry(t, a, "Agreed actions"), "Hand the CNC programs to محمد")
	tapDialogButton(t, a, "Save meeting")
	meetings := storedPairs(t, a)[0].Meetings
	if len(meetings) != 1 || meetings[0].Topics != "Saying no to work only Дмитрий can do" || meetings[0].Minutes != 50 {
		t.Fatalf("stored meetings = %+v", meetings)
	}
	if !m.notMet.Hidden {
		t.Errorf("the pair is still marked as not met after a meeting today")
	}
	if !strings.Contains(m.meetRows[0].text.Text, "Agreed: Hand the CNC programs to محمد") {
		t.Errorf("meeting row = %q", m.meetRows[0].text.Text)
	}

	test.Tap(m.meetRows[0].edit)
	formEntry(t, a, "Length (minutes)").SetText("50")
	tapDialogButton(t, a, "Save meeting")
	if got := storedPairs(t, a)[0].Meetings[0].Minutes; got != 50 {
		t.Errorf("minutes after edit = %d, want 50", got)
	}

	test.Tap(m.meetRows[0].remove)
	wantDialog(t, a, "Delete the meeting of 2026-03-16 from the log of Zoë Ångström mentors Дмитрий Иванов?")
	tapDialogButton(t, a, "Delete")
	if n := len(storedPairs(t, a)[0].Meetings); n != 0 {
		t.Errorf("%d meetings after delete, want 0", n)
	}
}

func TestPersonPairsPanel(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Zoë Ångström", "Дмитрий Иванов", "李小龍")
	savePairB(t, a, ids[0], ids[1], 5)
	savePairB(t, a, ids[1], ids[2], 5)
	savePairB(t, a, ids[0], ids[2], 5)
	p := newPersonPairsPanel(a, ids[1])
	a.win.SetContent(p.view())
	p.refresh()
	if len(p.pairs) != 2 {
		t.Fatalf("panel lists %d pairs, want Дмитрий's 2 (as mentee and as mentor)", len(p.pairs))
	}
	for _, pr := range p.pairs {
		if pr.MentorID != ids[1] && pr.MenteeID != ids[1] {
			t.Errorf("panel lists a pair without Дмитрий: %+v", pr)
		}
	}
	test.Tap(p.newPair)
	if got := formPicker(t, a, "Mentee").Value(); got != ids[1] {
		t.Errorf("a new pair from the panel has mentee %d, want Дмитрий (%d)", got, ids[1])
	}
}

// TestMentoring_MentorNotOnFile edits a pair whose mentor has no record (here a former
// staff member): the form names them, keeps them on save, and lets a mentor on file
// take over.
func TestMentoring_MentorNotOnFile(t *testing.T) {
	a, db := newTestApp(t)
	ids := addPeople(t, db, "Дмитрий Иванов", "Zoë Ångström")
	p := talent.Pair{MentorName: talent.FormerStaff, MenteeID: ids[0], Start: testNow.AddDate(0, -2, 0), Status: talent.PairActive}
	mustNoErr(t, a.store.SavePair(context.Background(), &p))
	m := openMentoring(a)
	m.list.Select(0)
	test.Tap(m.editPair)
	if got := formPicker(t, a, "Mentor").PlaceHolder; got != talent.FormerStaff {
		t.Errorf("mentor shows %q, want %q", got, talent.FormerStaff)
	}
	formEntry(t, a, "Minutes each").SetText("30")
	tapDialogButton(t, a, "Save pair")
	wantNoDialog(t, a)
	if got := storedPairs(t, a)[0]; got.MentorName != talent.FormerStaff || got.MentorID != 0 || got.Agreement.MinutesEach != 30 {
		t.Fatalf("after an edit the pair is %+v, want the same mentor and 30 minutes", got)
	}
	test.Tap(m.editPair)
	formPicker(t, a, "Mentor").SetValue(ids[1])
	tapDialogButton(t, a, "Save pair")
	if got := storedPairs(t, a)[0]; got.MentorID != ids[1] || got.MentorName != "" {
		t.Errorf("after choosing a mentor on file the pair is %+v, want Zoë Ångström and no stored name", got)
	}
}
