package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// dueWindows are how far ahead the Due area can look, in days.
var dueWindows = []int{7, talent.DefaultDueDays, 30, 60, 90}

// dueArea lists what is overdue and what falls due in the next days, grouped Overdue,
// This week, Next week and Later. A click on a line, or Enter on it, opens the record
// it belongs to; check-points and actions are ticked off and meetings logged from
// their line.
type dueArea struct {
	a      *App
	loads  newestLoad[talent.Agenda]
	agenda talent.Agenda // as shown
	rows   []dueRow      // as listed: each group's heading, then its items

	root    fyne.CanvasObject
	days    *choice[int]
	summary *widget.Label
	list    *dueList
	empty   *widget.Label
	export  *widget.Button
}

// dueRow is one line of the list: a group's heading, or an item.
type dueRow struct {
	heading string
	item    talent.Due
}

func newDueArea(a *App) *dueArea {
	d := &dueArea{a: a}
	d.buildUI()
	return d
}

func (d *dueArea) buildUI() {
	d.days = newChoice(dueWindows, func(n int) string { return "the next " + talent.Count(n, "day", "days") })
	d.days.SetValue(talent.DefaultDueDays)
	d.days.OnChanged = func(string) { d.refresh() }
	d.summary = &widget.Label{Wrapping: fyne.TextWrapWord}
	d.export = &widget.Button{Text: "Export to calendar…", Icon: theme.CalendarIcon(), OnTapped: d.a.exportCalendar}
	d.list = newDueList(d)
	d.empty = emptyNote(loadingNote)
	toolbar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("Overdue, and due in"), d.days), d.export)
	d.root = container.NewBorder(container.NewVBox(toolbar, d.summary), nil, nil, nil, container.NewStack(d.list, d.empty))
}

func (d *dueArea) view() fyne.CanvasObject { return d.root }

// refresh loads the agenda off the UI goroutine: in a large business that takes a
// while. Until the first load arrives the list says it is loading; a later refresh keeps
// what is shown until the new agenda replaces it.
func (d *dueArea) refresh() {
	days := d.days.Value() // read here, on the UI goroutine
	d.loads.run(d.a, func() (talent.Agenda, error) {
		return talent.LoadAgenda(d.a.ctx(), d.a.store, d.a.now(), days, 0)
	}, d.show)
}

func (d *dueArea) show(agenda talent.Agenda) {
	d.agenda = agenda
	d.rows = d.rows[:0]
	for _, g := range talent.DueGroups {
		items := d.agenda.In(g)
		if len(items) > 0 {
			d.rows = append(d.rows, dueRow{heading: fmt.Sprintf("%s · %d", g.Label(), len(items))})
		}
		for _, it := range items {
			d.rows = append(d.rows, dueRow{item: it})
		}
	}
	overdue := len(d.agenda.In(talent.DueOverdue))
	d.summary.SetText(fmt.Sprintf("%s overdue, %s due by %s. Click a line or press Enter on it to open its record.",
		talent.Count(overdue, "1 thing", "things"), talent.Count(len(d.agenda.Items)-overdue, "1 more", "more"), talent.FormatDate(d.agenda.Until)))
	d.empty.SetText("Nothing is overdue or due in the next " + talent.Count(d.days.Value(), "day", "days") +
		". Check-points, meetings, actions and goals with dates appear here as they come near.")
	d.empty.Hidden = len(d.rows) > 0
	d.empty.Refresh()
	d.list.UnselectAll()
	d.list.Refresh()
}

// onRow opens the record of the item on row i; a heading opens nothing.
func (d *dueArea) onRow(i int) {
	if i >= 0 && i < len(d.rows) && d.rows[i].heading == "" {
		d.a.openDue(d.rows[i].item)
	}
}

// onTickOff marks a check-point or an action done today, in its person's plan.
func (d *dueArea) onTickOff(it talent.Due) {
	plan, err := d.a.store.Plan(d.a.ctx(), it.PersonID)
	if err == nil && !it.TickOff(&plan, d.a.today()) {
		err = talent.Errorf(talent.ENOTFOUND, "This is no longer in %s's plan. The list has been brought up to date.", it.Person)
	}
	if err == nil {
		err = d.a.store.SavePlan(d.a.ctx(), &plan)
	}
	d.a.showError(err)
	d.refresh()
}

// onLogMeeting opens the form that logs a meeting of the item's mentoring pair. It reads
// that pair alone, and its mentor's name; the mentee is whom the item is for.
func (d *dueArea) onLogMeeting(it talent.Due) {
	ctx := d.a.ctx()
	p, err := d.a.store.Pair(ctx, it.PairID)
	var mentor talent.Person
	if err == nil && p.MentorID != 0 {
		mentor, err = d.a.store.Person(ctx, p.MentorID)
	}
	if err != nil {
		d.a.showError(err)
		d.refresh() // the pair may be gone: bring the list up to date
		return
	}
	d.a.logMeeting(p, pairTitle(p, mentor.Name, it.Person), d.refresh)
}

// openDue opens the record an item of what is due belongs to: the mentoring pair for a
// meeting, else the person's plan, or their assessments for a new assessment.
func (a *App) openDue(it talent.Due) {
	switch it.Kind {
	case talent.DueMeeting, talent.DueQuiet:
		m := a.areaOf(AreaMentoring).(*mentoringArea)
		m.selected = it.PairID
		m.filter.SetValue("") // the pair shows whatever the list was filtered by
		a.Show(AreaMentoring)
	case talent.DueAssessment:
		a.openPersonAt(it.PersonID, "Assessments")
	default:
		a.openPersonAt(it.PersonID, "Development plan")
	}
}

// dueList is the list of the Due area. Fyne's list selects the highlighted line on Space
// only; this one also opens it on Enter, and passes Escape on as every input does.
type dueList struct {
	widget.List
	area        *dueArea
	highlighted int
}

func newDueList(d *dueArea) *dueList {
	l := &dueList{area: d}
	l.Length = func() int { return len(d.rows) }
	l.CreateItem = newDueLine
	l.UpdateItem = l.updateLine
	l.OnHighlighted = func(i widget.ListItemID) { l.highlighted = i }
	l.OnSelected = func(i widget.ListItemID) {
		l.Unselect(i) // so that the same line opens again next time
		d.onRow(i)
	}
	l.ExtendBaseWidget(l)
	return l
}

func (l *dueList) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter:
		l.area.onRow(l.highlighted)
	case !passKey(l, k, false):
		l.List.TypedKey(k)
	}
}

// newDueLine is a line of the list: its text, and the button for what can be done from
// there.
func newDueLine() fyne.CanvasObject {
	do := &widget.Button{Text: "Log a meeting", Icon: theme.ConfirmIcon(), Importance: widget.LowImportance}
	return container.NewBorder(nil, nil, nil, do, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
}

func (l *dueList) updateLine(i widget.ListItemID, o fyne.CanvasObject) {
	row := l.area.rows[i]
	line := o.(*fyne.Container)
	text, do := line.Objects[0].(*widget.Label), line.Objects[1].(*widget.Button)
	text.TextStyle.Bold, text.Importance = row.heading != "", widget.MediumImportance
	do.Hide()
	if row.heading != "" {
		text.SetText(row.heading)
		return
	}
	it := row.item
	if l.area.agenda.Group(it) == talent.DueOverdue {
		text.Importance = widget.DangerImportance
	}
	text.SetText(l.area.agenda.Line(it))
	switch {
	case it.Tickable():
		do.SetText("Tick off")
		do.OnTapped = func() { l.area.onTickOff(it) }
		do.Show()
	case it.Kind == talent.DueMeeting || it.Kind == talent.DueQuiet:
		do.SetText("Log a meeting")
		do.OnTapped = func() { l.area.onLogMeeting(it) }
		do.Show()
	}
}
