package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// assessmentForm assesses one person against the leadership standard, behaviour by
// behaviour. It can be saved part-done as a draft and finished later.
type assessmentForm struct {
	a        *App
	personID int64
	base     talent.Assessment // the stored assessment being edited; zero for a new one
	person   talent.Person
	std      talent.Standard
	people   map[int64]talent.Person
	// ownerRater is who rated as the owner last time, offered as the rater again.
	ownerRater string
	// packDays is the day the latest pack of each kind about the person was made.
	packDays map[talent.Relationship]time.Time
	built    bool
	dirty    bool

	title        *widget.Label
	date         *entry
	rater        *personOrName
	about        *widget.Form // who, when and from where
	relationship *choice[talent.Relationship]
	source       *choice[talent.Source]
	round        *entry
	ratings      map[int64]*widget.RadioGroup // by behaviour
	evidence     map[int64]*entry             // by behaviour
	performance  *choice[talent.Performance]
	aspiration   *choice[talent.Aspiration]
	agility      *choice[talent.Level]
	engagement   *choice[talent.Level]
	derailers    map[talent.Derailer]*choice[talent.Concern]
	derailerNote map[talent.Derailer]*entry
	notes        *entry

	problem, result, progress  *widget.Label
	groups                     *widget.Accordion // the behaviours, one item per competency
	backBtn, draftBtn, saveBtn *widget.Button
	body                       *fyne.Container
}

func newAssessmentForm(a *App, personID int64, base talent.Assessment) *assessmentForm {
	f := &assessmentForm{a: a, personID: personID, base: base, body: container.NewStack()}
	f.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Truncation: fyne.TextTruncateEllipsis}
	f.backBtn = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), Importance: widget.LowImportance, OnTapped: f.onBack}
	f.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.result = &widget.Label{Wrapping: fyne.TextWrapWord}
	f.result.Hide() // until there is a saved result to explain
	f.progress = &widget.Label{}
	f.draftBtn = &widget.Button{Text: "Save as draft", Icon: theme.DocumentSaveIcon(), OnTapped: func() { f.onSave(true) }}
	f.saveBtn = &widget.Button{Text: "Save as complete", Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: func() { f.onSave(false) }}
	return f
}

func (f *assessmentForm) view() fyne.CanvasObject { return f.body }

// refresh builds the form once the person and the standard are loaded. Later refreshes,
// after saves elsewhere, leave what is being typed alone.
func (f *assessmentForm) refresh() {
	if f.built {
		return
	}
	if err := f.load(); err != nil {
		f.a.showError(err)
		return
	}
	f.build()
	f.built = true
}

func (f *assessmentForm) load() error {
	var err error
	if f.person, f.std, err = f.a.personAndStandard(f.personID); err != nil {
		return err
	}
	people, err := f.a.store.People(f.a.ctx())
	if err != nil {
		return err
	}
	f.people = talent.PeopleByID(people)
	f.rater = newPersonOrName(people)
	packs, err := f.a.store.RatingPacks(f.a.ctx(), f.personID)
	if err != nil {
		return err
	}
	f.packDays = latestPacks(packs)
	f.ownerRater, err = f.a.store.Setting(f.a.ctx(), ownerRaterSetting)
	return err
}

func (f *assessmentForm) build() {
	f.title.SetText("Assessment of " + f.person.Name)
	f.backBtn.SetText(f.person.Name)
	f.groups = widget.NewAccordion()
	f.groups.MultiOpen = true
	for _, c := range f.std.Competencies {
		f.groups.Append(widget.NewAccordionItem(c.Name, f.competencyCard(c)))
	}
	parts := []fyne.CanvasObject{f.aboutCard(), f.groups, f.inputsCard(), f.derailerCard(),
		widget.NewCard("Notes", "", f.notes)}
	f.fill(f.base)
	f.watch()
	f.showProgress()
	f.openFirstUnrated()
	top := container.NewBorder(nil, nil, f.backBtn, nil, f.title)
	buttons := container.NewHBox(f.progress, layout.NewSpacer(), f.draftBtn, f.saveBtn)
	bottom := container.NewVBox(f.result, f.problem, buttons)
	f.body.Objects = []fyne.CanvasObject{container.NewBorder(top, bottom, nil, nil, container.NewVScroll(container.NewVBox(parts...)))}
	f.body.Refresh()
	f.update()
	f.dirty = false
}

func (f *assessmentForm) aboutCard() fyne.CanvasObject {
	f.date = newDateEntry(true)
	f.relationship = newChoice(talent.Relationships, talent.Relationship.Label)
	f.about = widget.NewForm(append([]*widget.FormItem{
		{Text: "Date", Widget: f.date, Required: true},
		{Text: "Relationship", Widget: f.relationship, Required: true},
		{Text: "Rater", Widget: f.rater, HintText: "Someone outside the business? Type their name."},
	}, f.sourceItems()...)...)
	return widget.NewCard("About this assessment", "", f.about)
}

// competencyCard rates each behaviour of one competency on the anchored scale, with the
// evidence for the rating.
func (f *assessmentForm) competencyCard(c talent.Competency) fyne.CanvasObject {
	if f.ratings == nil {
		f.ratings, f.evidence = map[int64]*widget.RadioGroup{}, map[int64]*entry{}
	}
	box := container.NewVBox()
	if c.Description != "" {
		box.Add(&widget.Label{Text: c.Description, Wrapping: fyne.TextWrapWord})
	}
	for _, b := range c.Behaviours {
		r := &widget.RadioGroup{Options: ratingLabels(), Horizontal: true, Required: true}
		e := newEntry("Evidence: what did you see them do?", f.evidenceCheck(b.ID))
		f.ratings[b.ID], f.evidence[b.ID] = r, e
		box.Add(&widget.Label{Text: b.Text, Wrapping: fyne.TextWrapWord})
		box.Add(r)
		box.Add(e)
		box.Add(widget.NewSeparator())
	}
	return box
}

func (f *assessmentForm) evidenceCheck(behaviour int64) fyne.StringValidator {
	return validator(func(s string) error {
		a := talent.Assessment{PersonID: f.personID, Date: f.a.today(), Relationship: talent.RelSelf,
			Ratings: []talent.BehaviourRating{{BehaviourID: behaviour, Evidence: s}}}
		return a.Validate(f.std)
	})
}

func (f *assessmentForm) inputsCard() fyne.CanvasObject {
	levels := append([]talent.Level{""}, talent.Levels...)
	f.performance = newChoice(append([]talent.Performance{""}, talent.Performances...), talent.Performance.Label)
	f.aspiration = newChoice(append([]talent.Aspiration{""}, talent.Aspirations...), talent.Aspiration.Label)
	f.agility, f.engagement = newChoice(levels, talent.Level.Label), newChoice(levels, talent.Level.Label)
	f.notes = newNotesEntry("", validator(func(s string) error {
		a := talent.Assessment{PersonID: f.personID, Date: f.a.today(), Relationship: talent.RelSelf, Notes: s}
		return a.Validate(f.std)
	}))
	return widget.NewCard("Performance and potential inputs",
		"Performance in the current role and potential are separate questions; tenure is neither.",
		widget.NewForm(
			&widget.FormItem{Text: "Current-role performance", Widget: f.performance},
			&widget.FormItem{Text: "Aspiration to lead", Widget: f.aspiration},
			&widget.FormItem{Text: "Learning agility", Widget: f.agility},
			&widget.FormItem{Text: "Engagement", Widget: f.engagement},
		))
}

// derailerCard records the five career derailers, each with what was seen.
func (f *assessmentForm) derailerCard() fyne.CanvasObject {
	f.derailers, f.derailerNote = map[talent.Derailer]*choice[talent.Concern]{}, map[talent.Derailer]*entry{}
	form := widget.NewForm()
	for _, d := range talent.Derailers {
		c := newChoice(append([]talent.Concern{""}, talent.Concerns...), concernLabel)
		e := newEntry("Evidence: what was seen?", nil)
		f.derailers[d], f.derailerNote[d] = c, e
		form.Append(d.Label(), container.NewBorder(nil, nil, c, nil, e))
	}
	return widget.NewCard("Career derailers", "A concern needs evidence: say what was seen.", form)
}

func concernLabel(c talent.Concern) string {
	if c == "" {
		return "Not assessed"
	}
	return c.Label()
}

func ratingLabels() []string {
	labels := make([]string, len(talent.Ratings))
	for i, r := range talent.Ratings {
		labels[i] = r.Label()
	}
	return labels
}

func ratingOf(label string) talent.Rating {
	for _, r := range talent.Ratings {
		if r.Label() == label {
			return r
		}
	}
	return talent.RatingNoEvidence
}

// watch re-checks the form after every change.
func (f *assessmentForm) watch() {
	changed := func(string) { f.dirty = true; f.update(); f.showProgress() }
	for _, e := range []*widget.Entry{&f.date.Entry, &f.notes.Entry, &f.rater.Entry, &f.round.Entry} {
		e.OnChanged = changed
	}
	f.relationship.OnChanged = func(string) { f.onRelationship(); f.onSource(); changed("") }
	f.source.OnChanged = func(string) { f.onSource(); changed("") }
	for _, s := range []*widget.Select{&f.performance.Select, &f.aspiration.Select, &f.agility.Select, &f.engagement.Select} {
		s.OnChanged = changed
	}
	for id, r := range f.ratings {
		r.OnChanged, f.evidence[id].OnChanged = changed, changed
		moveOn(r, f.evidence[id]) // rate, then write down what was seen
	}
	for _, d := range talent.Derailers {
		f.derailers[d].OnChanged, f.derailerNote[d].OnChanged = changed, changed
	}
}

// onRelationship fills in the person as their own rater for a self-assessment.
func (f *assessmentForm) onRelationship() {
	if f.relationship.Value() == talent.RelSelf {
		f.rater.set(f.personID, "", f.people)
		f.rater.Disable()
		return
	}
	if id, _ := f.rater.value(); id == f.personID {
		f.rater.SetText("")
	}
	f.rater.Enable()
	if f.relationship.Value() == talent.RelOwner && strings.TrimSpace(f.rater.Text) == "" {
		f.rater.SetText(f.ownerRater)
	}
}
