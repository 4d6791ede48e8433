package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// mentoringArea lists every mentoring pair, filtered by status, with each pair's agreement
// and meeting log.
type mentoringArea struct {
	*pairsView
	filter *choice[talent.PairStatus]
}

func newMentoringArea(a *App) *mentoringArea {
	m := &mentoringArea{filter: newChoice(append([]talent.PairStatus{""}, talent.PairStatuses...), pairFilterLabel)}
	m.pairsView = newPairsView(a, func(p talent.Pair) bool {
		return m.filter.Value() == "" || p.Status == m.filter.Value()
	})
	m.filter.SetValue("")
	m.filter.OnChanged = func(string) { m.showList() }
	m.toolbar.Objects = append([]fyne.CanvasObject{widget.NewLabel("Show"), m.filter}, m.toolbar.Objects...)
	m.emptyText = "No mentoring pairs yet. Pair a future manager with someone who has led people, and agree up to three goals."
	return m
}

func pairFilterLabel(s talent.PairStatus) string {
	if s == "" {
		return "All pairs"
	}
	return s.Label()
}

// newRecord starts a new mentoring pair (Ctrl+N).
func (m *mentoringArea) newRecord() { m.onNewPair() }

// personPairsPanel is a person's mentoring pairs, as mentor or mentee, on their page.
type personPairsPanel struct {
	*pairsView
}

func newPersonPairsPanel(a *App, personID int64) *personPairsPanel {
	v := newPairsView(a, func(p talent.Pair) bool { return p.MentorID == personID || p.MenteeID == personID })
	v.preset = func(p *talent.Pair) { p.MenteeID = personID }
	v.emptyText = "No mentoring yet, as mentor or mentee. Start a pair to agree goals and keep a log of the meetings."
	return &personPairsPanel{v}
}

// pairsView is a list of mentoring pairs beside the selected pair's details and meetings.
type pairsView struct {
	a         *App
	keep      func(talent.Pair) bool // which pairs are listed
	preset    func(*talent.Pair)     // fills in a new pair; nil for none
	emptyText string

	all      []talent.Pair // every pair, for the duplicate check
	pairs    []talent.Pair // the pairs listed
	people   map[int64]talent.Person
	staff    []talent.Person
	std      talent.Standard
	selected int64

	root         *fyne.Container
	toolbar      *fyne.Container
	newPair      *widget.Button
	list         *widget.List
	empty        *widget.Label
	noSelection  *widget.Label
	detail       *fyne.Container
	detailScroll *container.Scroll
	title        *widget.Label
	info         *widget.Label
	notMet       *widget.Label
	agreement    *widget.Label
	editPair     *widget.Button
	endPair      *widget.Button
	deletePair   *widget.Button
	logMeeting   *widget.Button
	meetings     *fyne.Container
	meetRows     []*meetingRow
}

// meetingRow is one meeting in the log.
type meetingRow struct {
	meeting talent.Meeting
	text    *widget.Label
	edit    *widget.Button
	remove  *widget.Button
}

func newPairsView(a *App, keep func(talent.Pair) bool) *pairsView {
	v := &pairsView{a: a, keep: keep}
	v.buildUI()
	return v
}

func (v *pairsView) buildUI() {
	v.newPair = &widget.Button{Text: "New mentoring pair", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: v.onNewPair}
	v.toolbar = container.NewHBox(v.newPair)
	v.list = widget.NewList(func() int { return len(v.pairs) },
		func() fyne.CanvasObject { return container.NewVBox(widget.NewLabel("Pair"), widget.NewLabel("Status")) },
		v.updatePairItem)
	v.list.OnSelected = func(i widget.ListItemID) { v.selected = v.pairs[i].ID; v.showDetail() }
	v.empty = emptyNote("")
	v.noSelection = emptyNote("Select a pair to see the agreement and the meetings.")
	v.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	v.info = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.notMet = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	v.agreement = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.editPair = &widget.Button{Text: "Edit pair", Icon: theme.DocumentCreateIcon(), OnTapped: v.onEditPair}
	v.endPair = &widget.Button{Text: "End pair", Icon: theme.MediaStopIcon(), OnTapped: v.onEndPair}
	v.deletePair = &widget.Button{Text: "Delete pair", Icon: theme.DeleteIcon(), OnTapped: v.onDeletePair}
	v.logMeeting = &widget.Button{Text: "Log a meeting", Icon: theme.ContentAddIcon(), OnTapped: v.onLogMeeting}
	v.meetings = container.NewVBox()
	v.detail = container.NewVBox(v.title, v.info, v.notMet, container.NewHBox(v.editPair, v.endPair, v.deletePair),
		widget.NewSeparator(), heading("Agreement"), v.agreement,
		widget.NewSeparator(), container.NewBorder(nil, nil, heading("Meetings"), v.logMeeting), v.meetings)
	v.detailScroll = container.NewVScroll(container.NewStack(v.noSelection, v.detail))
	split := container.NewHSplit(container.NewStack(v.list, v.empty), v.detailScroll)
	split.Offset = 0.35
	v.root = container.NewBorder(v.toolbar, nil, nil, nil, split)
}

func (v *pairsView) view() fyne.CanvasObject { return v.root }

// refresh reloads pairs, people and the standard (for the focus competencies).
func (v *pairsView) refresh() { v.a.reload(v.load, v.showList) }

func (v *pairsView) load() error {
	var err error
	if v.all, err = v.a.store.Pairs(v.a.ctx()); err != nil {
		return err
	}
	if v.staff, v.people, err = v.a.everyone(); err != nil {
		return err
	}
	v.std, err = v.a.store.Standard(v.a.ctx())
	return err
}

// showList lists the pairs that pass the filter, keeping the selection when it remains.
func (v *pairsView) showList() {
	v.pairs = nil
	for _, p := range v.all {
		if v.keep(p) {
			v.pairs = append(v.pairs, p)
		}
	}
	v.list.UnselectAll()
	v.list.Refresh()
	v.empty.SetText(v.emptyText)
	if len(v.all) > 0 {
		v.empty.SetText("No pairs match this filter.")
	}
	v.empty.Hidden = len(v.pairs) > 0
	v.empty.Refresh()
	if len(v.pairs) == 1 {
		v.selected = v.pairs[0].ID // one pair: show it rather than ask for a choice
	}
	for i, p := range v.pairs {
		if p.ID == v.selected {
			v.list.Select(i)
		}
	}
	v.showDetail()
}

func (v *pairsView) pairName(p talent.Pair) string {
	return pairTitle(p, v.people[p.MentorID].Name, v.people[p.MenteeID].Name)
}

// pairTitle names a pair from its mentor's name on file (an outside mentor is named by
// the pair) and its mentee's.
func pairTitle(p talent.Pair, mentor, mentee string) string {
	return p.Mentor(mentor) + " mentors " + mentee
}

func (v *pairsView) updatePairItem(i widget.ListItemID, o fyne.CanvasObject) {
	p := v.pairs[i]
	box := o.(*fyne.Container)
	title, sub := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
	title.TextStyle.Bold = true
	title.SetText(v.pairName(p))
	text := p.Status.Label() + " · since " + talent.FormatDate(p.Start)
	sub.Importance = widget.MediumImportance
	if p.NotMetLately(v.a.today()) {
		text += " · " + v.notMetText(p)
		sub.Importance = widget.WarningImportance
	}
	sub.SetText(text)
}

func (v *pairsView) notMetText(p talent.Pair) string {
	return fmt.Sprintf("Not met for %d days", talent.DaysBetween(p.LastMet(), v.a.today()))
}

// pair returns the selected pair.
func (v *pairsView) pair() (talent.Pair, bool) {
	return findByID(v.pairs, v.selected, func(p talent.Pair) int64 { return p.ID })
}

func (v *pairsView) showDetail() {
	p, ok := v.pair()
	showDetail(v.detail, v.noSelection, ok)
	if !ok {
		return
	}
	v.title.SetText(v.pairName(p))
	v.info.SetText(v.pairInfo(p))
	v.notMet.Hidden = !p.NotMetLately(v.a.today())
	v.notMet.SetText(v.notMetText(p) + ": the agreement says every " + talent.Count(p.Agreement.EveryDays, "1 day", "days") + ".")
	if p.Agreement.EveryDays == 0 {
		v.notMet.SetText(v.notMetText(p) + ".")
	}
	v.agreement.SetText(agreementText(p.Agreement))
	if p.Status == talent.PairEnded {
		v.endPair.Disable()
	} else {
		v.endPair.Enable()
	}
	v.showMeetings(p)
	v.detailScroll.Refresh() // the texts changed height: lay the column out again
}

// pairInfo is a pair's status, dates and focus competencies.
func (v *pairsView) pairInfo(p talent.Pair) string {
	lines := []string{p.Status.Label() + " · started " + talent.FormatDate(p.Start)}
	if !p.PlannedEnd.IsZero() {
		lines[0] += " · planned end " + talent.FormatDate(p.PlannedEnd)
	}
	var focus []string
	for _, id := range p.Focus {
		if c, ok := v.std.Competency(id); ok {
			focus = append(focus, c.Name)
		}
	}
	if len(focus) > 0 {
		lines = append(lines, "Focus: "+strings.Join(focus, "; "))
	}
	return strings.Join(lines, "\n")
}

// agreementText writes out what mentor and mentee agreed.
func agreementText(a talent.Agreement) string {
	var lines []string
	for i, g := range a.Goals {
		lines = append(lines, fmt.Sprintf("Goal %d: %s", i+1, g))
	}
	if len(a.Goals) == 0 {
		lines = append(lines, "No goals agreed yet.")
	}
	var how []string
	if a.EveryDays > 0 {
		how = append(how, "every "+talent.Count(a.EveryDays, "1 day", "days"))
	}
	if a.Format != "" {
		how = append(how, a.Format)
	}
	if a.MinutesEach > 0 {
		how = append(how, talent.Count(a.MinutesEach, "1 minute", "minutes")+" each")
	}
	if len(how) > 0 {
		lines = append(lines, "Meeting "+strings.Join(how, ", ")+".")
	}
	if a.Confidentiality != "" {
		lines = append(lines, "Confidentiality: "+a.Confidentiality)
	}
	return strings.Join(lines, "\n")
}

func (v *pairsView) showMeetings(p talent.Pair) {
	v.meetRows = nil
	var objs []fyne.CanvasObject
	meetings := slices.Clone(p.Meetings)
	slices.SortStableFunc(meetings, func(a, b talent.Meeting) int { return b.Date.Compare(a.Date) })
	for _, m := range meetings {
		r := &meetingRow{meeting: m, text: &widget.Label{Text: meetingText(m), Wrapping: fyne.TextWrapWord},
			edit:   &widget.Button{Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance, OnTapped: func() { v.a.openMeetingForm(v.pairName(p), m, v.refresh) }},
			remove: &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { v.onDeleteMeeting(p, m) }}}
		v.meetRows = append(v.meetRows, r)
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewHBox(r.edit, r.remove), r.text), widget.NewSeparator())
	}
	if len(objs) == 0 {
		objs = append(objs, emptyNote("No meetings logged yet. After each meeting, log the topics, the actions agreed and the next date."))
	}
	v.meetings.Objects = objs
	v.meetings.Refresh()
}

// meetingText writes out one meeting.
func meetingText(m talent.Meeting) string {
	head := talent.FormatDate(m.Date)
	if m.Minutes > 0 {
		head += " · " + talent.Count(m.Minutes, "1 minute", "minutes")
	}
	lines := []string{head}
	if m.Topics != "" {
		lines = append(lines, "Topics: "+m.Topics)
	}
	if m.AgreedActions != "" {
		lines = append(lines, "Agreed: "+m.AgreedActions)
	}
	if !m.NextDate.IsZero() {
		lines = append(lines, "Next meeting: "+talent.FormatDate(m.NextDate))
	}
	return strings.Join(lines, "\n")
}
