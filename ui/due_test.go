package ui

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// dueWorld is a business on Monday 2026-03-16 (testNow) with something in every group
// of what is due over 30 days: Zoë, mentored by Olga, has an overdue action, a
// check-point this week, her next meeting next week and an action later; 李小龍's pair
// with Дмитрий has never met, so it has gone quiet.
type dueWorld struct {
	olga, zoe, dima, li talent.Person
	plan                talent.Plan
	zoePair, liPair     talent.Pair
}

func newDueWorld(t *testing.T, db *store.DB) dueWorld {
	t.Helper()
	ctx := context.Background()
	w := dueWorld{
		olga: addPerson(t, db, talent.Person{Name: "Olga Owner"}),
		zoe:  addPerson(t, db, talent.Person{Name: "Zoë Ångström"}),
		dima: addPerson(t, db, talent.Person{Name: "Дмитрий Иванов"}),
		li:   addPerson(t, db, talent.Person{Name: "李小龍"}),
	}
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w.plan = talent.Plan{PersonID: w.zoe.ID, Start: mustDate(t, "2026-01-05"), Phase: talent.PhaseFirst90,
		Goals: []talent.Goal{{CompetencyID: std.Competencies[0].ID, Title: "Hands over the weekly plan", Status: talent.GoalInProgress,
			Actions: []talent.Action{
				{Kind: talent.LearnExperience, Text: "Run the Monday planning meeting", Due: mustDate(t, "2026-03-10")},
				{Kind: talent.LearnFormal, Text: "Read a book on delegation", Due: mustDate(t, "2026-04-02")},
			}}},
		Milestones: []talent.Milestone{{Label: "90 days", Focus: "Review the first quarter", Due: mustDate(t, "2026-03-19")}}}
	if err := db.SavePlan(ctx, &w.plan); err != nil {
		t.Fatal(err)
	}
	w.zoePair = talent.Pair{MentorID: w.olga.ID, MenteeID: w.zoe.ID, Start: mustDate(t, "2026-01-05"), Status: talent.PairActive,
		Agreement: talent.Agreement{EveryDays: 21}}
	w.liPair = talent.Pair{MentorID: w.dima.ID, MenteeID: w.li.ID, Start: mustDate(t, "2026-01-05"), Status: talent.PairActive,
		Agreement: talent.Agreement{EveryDays: 14}}
	for _, p := range []*talent.Pair{&w.zoePair, &w.liPair} {
		if err := db.SavePair(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	m := talent.Meeting{PairID: w.zoePair.ID, Date: mustDate(t, "2026-03-02"), NextDate: mustDate(t, "2026-03-24")}
	if err := db.SaveMeeting(ctx, &m); err != nil {
		t.Fatal(err)
	}
	return w
}

// openDue shows the Due area looking days ahead, through its shortcut's menu item.
func openDue(t *testing.T, a *App, days int) *dueArea {
	t.Helper()
	menuItem(t, a, AreaDue).Action()
	d := a.areaOf(AreaDue).(*dueArea)
	if a.current.title != AreaDue {
		t.Fatalf("Go > Due shows %s", a.current.title)
	}
	d.days.SetValue(days)
	return d
}

// dueRowOf is the index of the line of d whose text holds text.
func dueRowOf(t *testing.T, d *dueArea, text string) int {
	t.Helper()
	for i, r := range d.rows {
		if r.heading == "" && strings.Contains(d.agenda.Line(r.item), text) {
			return i
		}
	}
	t.Fatalf("no line holding %q in Due:\n%s", text, screenText(d.view()))
	return -1
}

// dueLines is what the list of d holds, a line each.
func dueLines(d *dueArea) string {
	var lines []string
	for _, r := range d.rows {
		if r.heading != "" {
			lines = append(lines, r.heading)
		} else {
			lines = append(lines, d.agenda.Line(r.item))
		}
	}
	return strings.Join(lines, "\n")
}

// dueButton finds the button on the line of d that holds text.
func dueButton(t *testing.T, d *dueArea, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walkObjects(d.view(), func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 {
			l, isLabel := c.Objects[0].(*widget.Label)
			b, isButton := c.Objects[1].(*widget.Button)
			if isLabel && isButton && strings.Contains(l.Text, text) && b.Visible() {
				found = b
			}
		}
	})
	if found == nil {
		t.Fatalf("no button on the line holding %q in Due:\n%s", text, screenText(d.view()))
	}
	return found
}

func TestDue_GroupsEverything(t *testing.T) {
	a, db := newTestApp(t)
	newDueWorld(t, db)
	if sc, ok := menuItem(t, a, AreaDue).Shortcut.(*desktop.CustomShortcut); !ok || sc.KeyName != "8" {
		t.Errorf("Go > Due shortcut = %#v, want Ctrl+8", menuItem(t, a, AreaDue).Shortcut)
	}
	d := openDue(t, a, 30)
	wantShown(t, d.view(), "Overdue · 2", "This week · 1", "Next week · 1", "Later · 2",
		"Zoë Ångström — Action: Run the Monday planning meeting. Overdue since 2026-03-10 (6 days).",
		"李小龍 — Mentoring meeting with Дмитрий Иванов, before the pair has gone 45 days without one. Overdue since 2026-02-18 (26 days).",
		"Zoë Ångström — Check-point at 90 days. Due on 2026-03-19 (in 3 days).",
		"Zoë Ångström — Mentoring meeting with Olga Owner. Due on 2026-03-24 (in 8 days).",
		"Zoë Ångström — Action: Read a book on delegation. Due on 2026-04-02 (in 17 days).",
		"2 things overdue, 4 more due by 2026-04-15.")

	d.days.SetValue(7)
	if got := screenText(d.view()); strings.Contains(got, "Read a book") || !strings.Contains(got, "Check-point at 90 days") {
		t.Errorf("looking 7 days ahead, Due shows:\n%s\nwant the check-point and not the action of April", got)
	}
}

func TestDue_OpensTheRecord(t *testing.T) {
	a, db := newTestApp(t)
	w := newDueWorld(t, db)
	d := openDue(t, a, 30)

	d.list.Select(dueRowOf(t, d, "Check-point at 90 days")) // a click
	pp, ok := a.people().page.(*personPage)
	if a.current.title != AreaPeople || !ok || pp.id != w.zoe.ID || pp.tabs.Selected().Text != "Development plan" {
		t.Fatalf("clicking a check-point shows %s (%T), want Zoë's development plan", a.current.title, a.people().page)
	}

	menuItem(t, a, AreaDue).Action()
	a.win.Canvas().Focus(d.list)
	for range dueRowOf(t, d, "Mentoring meeting with Olga Owner") {
		d.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	d.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	m := a.areaOf(AreaMentoring).(*mentoringArea)
	if a.current.title != AreaMentoring || m.selected != w.zoePair.ID {
		t.Fatalf("Enter on a meeting shows %s with pair %d, want Mentoring with pair %d", a.current.title, m.selected, w.zoePair.ID)
	}
	wantShown(t, m.detail, "Olga Owner mentors Zoë Ångström")

	menuItem(t, a, AreaDue).Action()
	a.win.Canvas().Focus(d.list)
	for range 20 { // up to the first line, a heading, where Up stays
		d.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	d.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if a.current.title != AreaDue {
		t.Errorf("Enter on a group's heading shows %s, want Due still", a.current.title)
	}
}

func TestDue_TickOffAndLogAMeeting(t *testing.T) {
	a, db := newTestApp(t)
	w := newDueWorld(t, db)
	d := openDue(t, a, 30)

	test.Tap(dueButton(t, d, "Run the Monday planning meeting"))
	plan, err := db.Plan(context.Background(), w.zoe.ID)
	if err != nil {
		t.Fatal(err)
	}
	if acts := plan.Goals[0].Actions; !acts[0].Done || acts[1].Done {
		t.Errorf("after Tick off the actions are %+v, want the first done and the second not", acts)
	}
	test.Tap(dueButton(t, d, "Check-point at 90 days"))
	if plan, _ = db.Plan(context.Background(), w.zoe.ID); !plan.Milestones[0].Done || !plan.Milestones[0].DoneDate.Equal(talent.Day(testNow)) {
		t.Errorf("after Tick off the check-point is %+v, want done today", plan.Milestones[0])
	}
	if got := dueLines(d); strings.Contains(got, "Run the Monday") || strings.Contains(got, "Check-point") || !strings.Contains(got, "Overdue · 1") {
		t.Errorf("after ticking both off, Due lists:\n%s", got)
	}

	test.Tap(dueButton(t, d, "李小龍 — Mentoring meeting"))
	if !strings.Contains(overlayText(a), "Log a meeting: Дмитрий Иванов mentors 李小龍") {
		t.Fatalf("Log a meeting opened:\n%s", overlayText(a))
	}
	typeInto(a, dialogEntry(t, a, ""), "Delegation") // the first empty field: the topics
	tapDialogButton(t, a, "Save meeting")
	pair, err := db.Pair(context.Background(), w.liPair.ID)
	if err != nil || len(pair.Meetings) != 1 || !pair.Meetings[0].Date.Equal(talent.Day(testNow)) {
		t.Fatalf("the pair after logging = %+v, %v; want one meeting today", pair.Meetings, err)
	}
	if got := dueLines(d); strings.Contains(got, "Overdue") || !strings.Contains(got, "李小龍 — Mentoring meeting with Дмитрий Иванов. Due on 2026-03-30 (in 14 days).") {
		t.Errorf("after the meeting is logged, Due lists:\n%s\nwant nothing overdue, and the next meeting", got)
	}
}

// homeDueLink finds the link of What is due on Home whose text starts with text.
func homeDueLink(t *testing.T, h *homeArea, text string) *widget.Hyperlink {
	t.Helper()
	var link *widget.Hyperlink
	walkObjects(h.view(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Hyperlink); ok && strings.HasPrefix(l.Text, text) {
			link = l
		}
	})
	if link == nil {
		t.Fatalf("Home lists nothing due starting %q:\n%s", text, screenText(h.view()))
	}
	return link
}

func TestDue_OnHome(t *testing.T) {
	a, db := newTestApp(t)
	w := newDueWorld(t, db)
	h := openHome(t, a)
	link := homeDueLink(t, h, "李小龍 — Mentoring meeting")
	wantShown(t, h.view(), "What is due", "Run the Monday planning meeting", "Check-point at 90 days")
	if strings.Contains(screenText(h.view()), "Read a book") {
		t.Error("Home lists an action due beyond the next 14 days")
	}
	test.TapAt(link, fyne.NewPos(20, 15)) // on the text: a hyperlink opens only there
	if m := a.areaOf(AreaMentoring).(*mentoringArea); a.current.title != AreaMentoring || m.selected != w.liPair.ID {
		t.Errorf("tapping the quiet pair on Home shows %s", a.current.title)
	}
}

func TestDue_Reminder(t *testing.T) {
	a, db := newTestApp(t)
	newDueWorld(t, db)
	clock := testNow
	a.now = func() time.Time { return clock }
	want := &fyne.Notification{Title: "Leadbridge: 2 things are overdue",
		Content: "Most urgent: 李小龍 — Mentoring meeting with Дмитрий Иванов, before the pair has gone 45 days without one. Overdue since 2026-02-18 (26 days). See them all in Due (Ctrl+8)."}

	test.AssertNotificationSent(t, nil, a.StartReminders) // the home view brings the first
	test.AssertNotificationSent(t, want, func() { openHome(t, a) })
	clock = clock.Add(6 * time.Hour)
	test.AssertNotificationSent(t, nil, a.remind) // later the same day: nothing more
	clock = clock.AddDate(0, 0, 4)
	want.Title = "Leadbridge: 3 things are overdue" // the 90-day check-point of 2026-03-19 too
	want.Content = strings.Replace(want.Content, "(26 days)", "(30 days)", 1)
	test.AssertNotificationSent(t, want, a.remind) // a later day, while still open

	a.Show(AreaSettings)
	s := a.areaOf(AreaSettings).(*settingsArea)
	if !s.remind.Checked {
		t.Fatal("Settings shows reminders off, want on by default")
	}
	test.Tap(s.remind)
	if v, err := db.Setting(context.Background(), talent.ReminderSetting); err != nil || v != "off" {
		t.Fatalf("reminder setting after unticking = %q, %v; want off", v, err)
	}
	clock = clock.Add(24 * time.Hour)
	test.AssertNotificationSent(t, nil, a.remind)
	s.refresh()
	if s.remind.Checked {
		t.Error("Settings shows reminders on after they were turned off")
	}
}

func TestDue_NoReminderWhenNothingIsOverdue(t *testing.T) {
	a, db := newTestApp(t)
	addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	a.StartReminders()
	test.AssertNotificationSent(t, nil, func() { openHome(t, a) })
	if !a.remindedOn.Equal(a.today()) {
		t.Error("the home view's load did not check for a reminder")
	}
}

func TestDue_ExportToCalendar(t *testing.T) {
	a, db := newTestApp(t)
	w := newDueWorld(t, db)
	dir := t.TempDir()
	ctx := context.Background()

	menuItem(t, a, "Export to calendar…").Action()
	var whose *choice[int64]
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*choice[int64]); ok {
			whose = c
		}
	})
	if whose == nil || strings.Join(whose.Options, "|") != "Everyone's, for the owner|Olga Owner's, for their mentees|Дмитрий Иванов's, for their mentees" {
		t.Fatalf("Export to calendar offers %v", whose)
	}
	tapDialogButton(t, a, "Cancel")

	owner := filepath.Join(dir, "owner.ics")
	a.writeCalendar(talent.Person{}, 30, owner)
	if !strings.Contains(overlayText(a), "with 6 events") {
		t.Errorf("after writing the calendar the dialog says:\n%s", overlayText(a))
	}
	tapDialogButton(t, a, "Close")
	text := readCalendar(t, owner)
	for _, uid := range []string{"action-", "checkpoint-", "meeting-", "quiet-"} {
		if !strings.Contains(text, "UID:"+uid) {
			t.Errorf("the owner's calendar has no %s event:\n%s", uid, text)
		}
	}

	mentor := filepath.Join(dir, "olga.ics")
	a.writeCalendar(w.olga, 30, mentor)
	text = readCalendar(t, mentor)
	if strings.Contains(text, "李小龍") || !strings.Contains(text, "Zoë Ångström: Check-point at 90 days") {
		t.Errorf("Olga's calendar holds another mentor's pair or misses her mentee's items:\n%s", text)
	}

	plan, _ := db.Plan(ctx, w.zoe.ID)
	plan.Goals[0].Actions[0].Done = true
	if err := db.SavePlan(ctx, &plan); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(dir, "owner-again.ics")
	a.writeCalendar(talent.Person{}, 30, again)
	text = readCalendar(t, again)
	uid := "UID:action-" + strconv.FormatInt(plan.Goals[0].Actions[0].ID, 10) + "@leadbridge"
	ev := text[strings.Index(text, uid):]
	ev = ev[:strings.Index(ev, "END:VEVENT")]
	if !strings.Contains(ev, "SEQUENCE:1\r\n") || !strings.Contains(ev, "STATUS:CANCELLED\r\n") {
		t.Errorf("the action done since the last export:\n%s\nwant it cancelled with SEQUENCE 1", ev)
	}
	log, err := db.AuditLog(ctx)
	if err != nil || len(log) < 3 || log[len(log)-1].Action != "export due" || !strings.Contains(log[len(log)-1].Detail, "owner-again.ics") {
		t.Errorf("audit log = %+v, %v; want each calendar export entered", log, err)
	}
}

func readCalendar(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no calendar written: %v", err)
	}
	return strings.ReplaceAll(string(b), "\r\n ", "") // unfolded
}

// TestDue_OpeningARecordKeepsUnsavedWork rates part of an assessment, then opens another
// person from a line of Due and from a link on Home: each asks before the ratings are
// lost, Cancel leaves the assessment in front with its ratings, and Leave opens the
// record.
func TestDue_OpeningARecordKeepsUnsavedWork(t *testing.T) {
	a, db := newTestApp(t)
	w := newDueWorld(t, db)
	f := openAssessment(t, a, w.li.ID)
	rateAll(f, 1, talent.RatingSometimes)
	rated := f.std.Competencies[0].Behaviours[0].ID
	kept := func(how string) {
		t.Helper()
		wantDialog(t, a, "Leave without saving?", "this assessment")
		tapDialogButton(t, a, "Cancel")
		if a.current.title != AreaPeople || a.people().page != f || f.ratings[rated].Selected != talent.RatingSometimes.Label() {
			t.Fatalf("%s, then Cancel: %s shows %T with rating %q; want the assessment with its ratings",
				how, a.current.title, a.people().page, f.ratings[rated].Selected)
		}
	}

	d := openDue(t, a, 30)
	d.list.Select(dueRowOf(t, d, "Check-point at 90 days"))
	kept("clicking a line of Due")

	link := homeDueLink(t, openHome(t, a), "Zoë Ångström — Action: Run the Monday planning meeting")
	test.TapAt(link, fyne.NewPos(20, 15))
	kept("tapping a link of What is due on Home")

	test.TapAt(link, fyne.NewPos(20, 15))
	tapDialogButton(t, a, "Leave")
	pp, ok := a.people().page.(*personPage)
	if !ok || pp.id != w.zoe.ID || pp.tabs.Selected().Text != "Development plan" {
		t.Fatalf("Leave shows %T, want Zoë's development plan", a.people().page)
	}
	if as, err := db.Assessments(context.Background(), w.li.ID); err != nil || len(as) != 0 {
		t.Errorf("assessments stored after Leave = %+v, %v; want none", as, err)
	}
}

// TestDue_LoadsInTheBackground holds every load of Due until the test runs it: Ctrl+8
// shows the area at once with a placeholder, and when the days choice changes twice
// before the loads arrive, only the newest load is shown, whatever order they arrive in.
func TestDue_LoadsInTheBackground(t *testing.T) {
	a, db := newTestApp(t)
	newDueWorld(t, db)
	var jobs []func()
	settled := background
	background = func(work func() error, finish func(error)) { jobs = append(jobs, func() { finish(work()) }) }
	t.Cleanup(func() { background = settled })

	menuItem(t, a, AreaDue).Action()
	d := a.areaOf(AreaDue).(*dueArea)
	if len(jobs) != 1 || !d.empty.Visible() || d.empty.Text != loadingNote || len(d.rows) != 0 {
		t.Fatalf("Ctrl+8 started %d loads and shows:\n%s\nwant one load under way and %q", len(jobs), screenText(d.view()), loadingNote)
	}
	d.days.SetValue(7)
	d.days.SetValue(60)
	if len(jobs) != 3 {
		t.Fatalf("two changes of the days started %d more loads, want 2", len(jobs)-1)
	}
	jobs[2]()
	want := "2 things overdue, 5 more due by 2026-05-15."
	wantShown(t, d.view(), want, "Read a book on delegation")
	jobs[0]()
	jobs[1]()
	if got := screenText(d.view()); !strings.Contains(got, want) || !strings.Contains(dueLines(d), "Read a book on delegation") {
		t.Errorf("after the older loads arrived, Due shows:\n%s\nwant the newest still, looking 60 days ahead", got)
	}
}

// TestDue_LogAMeetingReadsOnePair logs a meeting from Due: the form opens on the one pair,
// read alone (with its mentor's name), rather than on every pair, everyone and the
// standard.
func TestDue_LogAMeetingReadsOnePair(t *testing.T) {
	_, db := newTestApp(t)
	w := newDueWorld(t, db)
	cs := &countingStore{Store: db, calls: map[string]int{}}
	a := New(test.NewTempApp(t), cs, Options{Now: func() time.Time { return testNow }})
	a.Start()
	t.Cleanup(a.win.Close)
	d := openDue(t, a, 30)

	cs.calls = map[string]int{}
	test.Tap(dueButton(t, d, "Zoë Ångström — Mentoring meeting with Olga Owner"))
	wantDialog(t, a, "Log a meeting: Olga Owner mentors Zoë Ångström")
	if want := map[string]int{"Pair": 1, "Person": 1}; !maps.Equal(cs.calls, want) {
		t.Errorf("opening the form from Due called %v, want %v", cs.calls, want)
	}
	dialogEntry(t, a, "2026-04-06") // the next meeting: 21 days on, as agreed
	tapDialogButton(t, a, "Save meeting")
	wantNoDialog(t, a)
	if pair, err := db.Pair(context.Background(), w.zoePair.ID); err != nil || len(pair.Meetings) != 2 {
		t.Fatalf("the pair after logging = %+v, %v; want a second meeting", pair.Meetings, err)
	}
	if cs.calls["Pairs"] != 0 {
		t.Errorf("logging a meeting from Due read every pair %d times", cs.calls["Pairs"])
	}
	if got := dueLines(d); !strings.Contains(got, "Zoë Ångström — Mentoring meeting with Olga Owner. Due on 2026-04-06 (in 21 days).") {
		t.Errorf("after the meeting is logged, Due lists:\n%s\nwant the next meeting", got)
	}

	if err := db.DeletePair(context.Background(), w.liPair.ID); err != nil {
		t.Fatal(err)
	}
	test.Tap(dueButton(t, d, "李小龍 — Mentoring meeting")) // listed before the pair was deleted
	wantDialog(t, a, "That mentoring pair no longer exists.")
	if got := dueLines(d); strings.Contains(got, "李小龍") {
		t.Errorf("after a pair that is gone, Due lists:\n%s\nwant it brought up to date", got)
	}
}
