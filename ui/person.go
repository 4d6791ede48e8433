package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// personPage is one person's page: profile, assessments, plan, mentoring, training and
// leadership moments, each editable in place.
type personPage struct {
	a      *App
	id     int64
	person talent.Person
	people []talent.Person
	std    talent.Standard
	labels map[talent.Box]talent.BoxLabel
	byID   map[int64]talent.Person // everyone, for managers, raters and observers

	heading, subtitle                      *widget.Label
	potential, placement, tenure           *widget.Label
	form                                   *personForm
	profile                                *fyne.Container // holds the form, rebuilt when people change
	profileScroll                          *container.Scroll
	saveBtn                                *widget.Button
	backBtn, assessBtn, momentBtn, leftBtn *widget.Button
	printBtn, exportBtn, eraseBtn          *widget.Button

	tabs     *container.AppTabs
	history  *historyPanel
	moments  *momentsPanel
	plan     *planPanel
	pairs    *personPairsPanel
	training *personTrainingPanel
	ratings  *ratingsPanel
	content  fyne.CanvasObject
}

func newPersonPage(a *App, id int64) *personPage {
	pp := &personPage{a: a, id: id}
	pp.buildUI()
	return pp
}

func (pp *personPage) buildUI() {
	pp.heading = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Truncation: fyne.TextTruncateEllipsis}
	pp.subtitle = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	pp.backBtn = &widget.Button{Text: "People", Icon: theme.NavigateBackIcon(), Importance: widget.LowImportance, OnTapped: pp.onBack}
	pp.assessBtn = &widget.Button{Text: "New assessment", Icon: theme.DocumentCreateIcon(), OnTapped: pp.onAssess}
	pp.momentBtn = &widget.Button{Text: "Log a moment", Icon: theme.ContentAddIcon(), OnTapped: func() { pp.a.logMoment(pp.id) }}
	pp.leftBtn = &widget.Button{Text: "Mark as left…", Icon: theme.LogoutIcon(), OnTapped: pp.onLeft}
	pp.printBtn = &widget.Button{Text: "Print development plan…", Icon: theme.DocumentPrintIcon(), OnTapped: func() { pp.a.printPlan(pp.id, pp.person.Name) }}
	actions := container.NewHBox(pp.assessBtn, pp.momentBtn, pp.leftBtn)
	header := container.NewVBox(
		container.NewBorder(nil, nil, pp.backBtn, actions, pp.heading),
		container.NewBorder(nil, nil, nil, pp.printBtn, pp.subtitle),
	)
	pp.history = newHistoryPanel(pp)
	pp.moments = newMomentsPanel(pp)
	pp.plan = newPlanPanel(pp.a, pp.id)
	pp.pairs = newPersonPairsPanel(pp.a, pp.id)
	pp.training = newPersonTrainingPanel(pp.a, pp.id)
	pp.ratings = newRatingsPanel(pp)
	pp.tabs = container.NewAppTabs(
		container.NewTabItem("Profile", pp.buildProfile()),
		container.NewTabItem("Assessments", pp.history.view()),
		container.NewTabItem("Development plan", pp.plan.view()),
		container.NewTabItem("Mentoring", pp.pairs.view()),
		container.NewTabItem("Training", pp.training.view()),
		container.NewTabItem("Leadership moments", pp.moments.view()),
		container.NewTabItem("Ratings", pp.ratings.view()),
	)
	pp.content = container.NewBorder(header, nil, nil, nil, pp.tabs)
}

func (pp *personPage) buildProfile() fyne.CanvasObject {
	wrap := func() *widget.Label { return &widget.Label{Wrapping: fyne.TextWrapWord} }
	pp.potential, pp.placement, pp.tenure = wrap(), wrap(), wrap()
	pp.potential.TextStyle.Bold = true
	pp.saveBtn = &widget.Button{Text: "Save changes", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: pp.save}
	pp.profile = container.NewVBox()
	derived := noteCard("Leadership potential", "Derived from the latest assessment by someone else, by one rule.",
		container.NewVBox(pp.potential, pp.placement, pp.tenure))
	pp.profileScroll = container.NewVScroll(container.NewVBox(derived, pp.profile,
		container.NewHBox(layout.NewSpacer(), pp.saveBtn), pp.buildPersonalData()))
	return pp.profileScroll
}

// buildPersonalData is the card, at the foot of the profile and away from the everyday
// buttons, for a subject-access request and for erasing the person. Erasing replaces
// deleting: it removes the same records, keeps other people's history with
// talent.FormerStaff in their place, leaves no trace in the file and is recorded.
func (pp *personPage) buildPersonalData() fyne.CanvasObject {
	pp.exportBtn = &widget.Button{Text: "Export their data…", Icon: theme.DownloadIcon(), OnTapped: func() { pp.a.exportPersonData(pp.id, pp.person.Name) }}
	pp.eraseBtn = &widget.Button{Text: "Erase…", Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: func() { pp.a.erasePerson(pp.id) }}
	return widget.NewCard("Their personal data", "",
		container.NewVBox(
			wrapLabel("Export everything Leadbridge holds about this person, as JSON and CSV files, to answer their request to see it. "+
				"Or erase them and everything about them for good; if they have only left the business, use Mark as left instead, which keeps their history."),
			container.NewHBox(pp.exportBtn, pp.eraseBtn)))
}

func (pp *personPage) view() fyne.CanvasObject { return pp.content }

// refresh reloads the person and everything on the page. Unsaved profile changes stay.
func (pp *personPage) refresh() {
	if err := pp.load(); err != nil {
		if talent.ErrorCode(err) == talent.ENOTFOUND {
			pp.a.people().showList() // they are gone: there is nothing left to save
		}
		pp.a.showError(err)
		return
	}
	pp.show()
	pp.history.refresh()
	pp.moments.refresh()
	pp.plan.refresh()
	pp.pairs.refresh()
	pp.training.refresh()
	pp.ratings.refresh()
}

func (pp *personPage) load() error {
	ctx := pp.a.ctx()
	var err error
	if pp.person, pp.std, err = pp.a.personAndStandard(pp.id); err != nil {
		return err
	}
	if pp.people, err = pp.a.store.People(ctx); err != nil {
		return err
	}
	if pp.labels, err = pp.a.store.BoxLabels(ctx); err != nil {
		return err
	}
	pp.byID = talent.PeopleByID(pp.people)
	return pp.history.load()
}

func (pp *personPage) show() {
	p := pp.person
	pp.heading.SetText(p.Name)
	pp.subtitle.SetText(personSummary(p, pp.byID))
	if p.Active() {
		pp.leftBtn.SetText("Mark as left…")
	} else {
		pp.leftBtn.SetText("Mark as back at work…")
	}
	pp.showPotential()
	years := p.TenureYears(pp.a.today())
	pp.tenure.SetText(fmt.Sprintf("Tenure: %d %s. Shown for context only: tenure is not a criterion for potential.", years, talent.Plural(years, "year", "years")))
	if pp.form == nil || !pp.form.dirty {
		pp.form = newPersonForm(pp.people, p)
		pp.form.onChange = pp.updateSave
		owner := noteCard("Owner only", "Never printed on a mentor's copy.", widget.NewForm(pp.form.ownerItems()...))
		items := append(pp.form.items(), &widget.FormItem{Text: "Notes", Widget: pp.form.notes})
		pp.profile.Objects = []fyne.CanvasObject{widget.NewForm(items...), owner}
		pp.profile.Refresh()
	}
	pp.profileScroll.Refresh() // texts and fields changed size: lay them out again
	pp.updateSave()
}

// showPotential explains the derived potential and 9-box placement in words.
func (pp *personPage) showPotential() {
	res := talent.DerivePotential(pp.std, pp.history.items)
	pp.potential.SetText(res.Explanation)
	pp.placement.SetText(placementText(res, pp.labels))
}

// placementText says where a potential result puts the person on the 9-box, and why not
// when it does not.
func placementText(res talent.PotentialResult, labels map[talent.Box]talent.BoxLabel) string {
	box, ok := talent.Place(res)
	switch {
	case ok:
		l := labels[box]
		return fmt.Sprintf("9-box: %s (%s, %s potential). Suggested next step: %s", l.Name, box.Performance.Label(), box.Potential.Label(), l.NextStep)
	case res.Potential != "":
		return "Not on the 9-box yet: no performance rating in an assessment by someone else."
	}
	return "Not on the 9-box yet: needs an assessment with enough evidence."
}

// personSummary is the line under a person's name: role, team, manager and status.
func personSummary(p talent.Person, people map[int64]talent.Person) string {
	s := p.JobTitle
	if p.Team != "" {
		s = joinNonEmpty(" · ", s, p.Team)
	}
	if p.ReportsTo != 0 {
		s = joinNonEmpty(" · ", s, "reports to "+people[p.ReportsTo].Name)
	}
	if !p.Active() {
		s = joinNonEmpty(" · ", s, "left on "+talent.FormatDate(p.LeftDate))
	}
	return s
}

func joinNonEmpty(sep, a, b string) string {
	if a == "" {
		return b
	}
	return a + sep + b
}

func (pp *personPage) updateSave() {
	if pp.form.check() == nil {
		pp.saveBtn.Enable()
	} else {
		pp.saveBtn.Disable()
	}
}

// save stores the profile (Save changes, Ctrl+S). On failure the typed values stay.
func (pp *personPage) save() {
	if pp.saveBtn.Disabled() {
		return
	}
	p := pp.form.person()
	if err := pp.a.store.UpdatePerson(pp.a.ctx(), &p); err != nil {
		pp.a.showError(err)
		return
	}
	pp.form.dirty = false
	pp.a.refreshAll()
}

// onBack returns to the list, asking first when the profile has unsaved changes.
func (pp *personPage) onBack() { pp.a.leave(pp, pp.a.people().showList) }

func (pp *personPage) unsaved() (what, keep string, ok bool) {
	return pp.person.Name + "’s profile", "Save changes", pp.form != nil && pp.form.dirty
}

// onAssess opens a new assessment, asking first when the profile has unsaved changes.
func (pp *personPage) onAssess() {
	s := pp.a.people()
	s.leavePage(func() { s.showPage(newAssessmentForm(pp.a, pp.id, talent.Assessment{})) })
}

// onLeft marks the person as left on a date, or back at work; their history is kept.
func (pp *personPage) onLeft() {
	if !pp.person.Active() {
		pp.a.confirm("Back at work", pp.person.Name+" will be listed as active again and the leaving date cleared.", "Mark as back", func() {
			p := pp.person
			p.Status, p.LeftDate = talent.StatusActive, time.Time{}
			pp.update(p)
		})
		return
	}
	date := newDateEntry(true)
	date.SetText(talent.FormatDate(pp.a.today()))
	leaving := func() talent.Person {
		p := pp.person
		p.Status, p.LeftDate = talent.StatusLeft, dateOf(date)
		return p
	}
	note := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "Their assessments, plan and other records are kept. People who left are hidden from lists and pickers unless you ask for them."}
	items := []*widget.FormItem{{Text: "Leaving date", Widget: date, Required: true}, {Widget: note}}
	ed := pp.a.newEditor("Mark "+pp.person.Name+" as left", "Mark as left", items,
		func() error { p := leaving(); return p.Validate() },
		func() error { return pp.put(leaving()) })
	ed.show(pp.a.win.Canvas())
}

func (pp *personPage) update(p talent.Person) {
	if err := pp.put(p); err != nil {
		pp.a.showError(err)
	}
}

func (pp *personPage) put(p talent.Person) error {
	if err := pp.a.store.UpdatePerson(pp.a.ctx(), &p); err != nil {
		return err
	}
	pp.a.refreshAll()
	return nil
}
