package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// Labels of the moment kinds.
const (
	momentPositive      = "Positive"
	momentDevelopmental = "Developmental"
)

// topic is what a moment relates to: a competency or a derailer.
type topic struct {
	competency int64
	derailer   talent.Derailer
}

// momentForm is the quick "log a leadership moment" form, filled in seconds.
type momentForm struct {
	base     talent.Moment // the stored moment being edited; a new one has no ID
	person   *personPicker
	date     *entry
	observer *personOrName
	topic    *choice[topic]
	kind     *widget.RadioGroup
	text     *entry
}

func newMomentForm(people []talent.Person, std talent.Standard, m talent.Moment) *momentForm {
	f := &momentForm{
		base:     m,
		person:   newPersonPicker(people, "", m.PersonID),
		date:     newDateEntry(true),
		observer: newPersonOrName(people),
		topic:    newTopicChoice(std),
		kind:     &widget.RadioGroup{Options: []string{momentPositive, momentDevelopmental}, Horizontal: true, Required: true, Selected: momentPositive},
		text:     newEntry("One line: what did they do?", nil),
	}
	moveOn(f.kind, f.text)
	f.person.SetValue(m.PersonID)
	f.date.SetText(talent.FormatDate(m.Date))
	f.observer.set(m.ObserverID, m.ObserverName, talent.PeopleByID(people))
	if m.ID != 0 {
		f.topic.SetValue(topic{competency: m.CompetencyID, derailer: m.Derailer})
		f.text.SetText(m.Text)
		if !m.Positive {
			f.kind.SetSelected(momentDevelopmental)
		}
	}
	f.text.Validator = validator(func(s string) error {
		m := talent.Moment{PersonID: 1, Date: talent.Day(dateOf(f.date)), CompetencyID: 1, Text: s}
		if err := m.Validate(); talent.ErrorField(err) == "text" {
			return err
		}
		return nil
	})
	return f
}

// newTopicChoice lists the competencies, then the five derailers.
func newTopicChoice(std talent.Standard) *choice[topic] {
	var topics []topic
	names := map[topic]string{}
	for _, c := range std.Competencies {
		t := topic{competency: c.ID}
		topics = append(topics, t)
		names[t] = c.Name
	}
	for _, d := range talent.Derailers {
		t := topic{derailer: d}
		topics = append(topics, t)
		names[t] = "Derailer: " + d.Label()
	}
	return newChoice(topics, func(t topic) string { return names[t] })
}

func (f *momentForm) moment() talent.Moment {
	m := f.base
	m.PersonID, m.Date, m.Text = f.person.Value(), dateOf(f.date), f.text.Text
	m.Positive = f.kind.Selected != momentDevelopmental
	m.ObserverID, m.ObserverName = f.observer.value()
	t := f.topic.Value()
	m.CompetencyID, m.Derailer = t.competency, t.derailer
	return m
}

func (f *momentForm) check() error {
	m := f.moment()
	return m.Validate()
}

func (f *momentForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: "Who", Widget: f.person, Required: true},
		{Text: "Date", Widget: f.date, Required: true},
		{Text: "Seen by", Widget: f.observer},
		{Text: "About", Widget: f.topic, Required: true},
		{Text: "Kind", Widget: f.kind},
		{Text: "What happened", Widget: f.text, Required: true},
	}
}

// logMoment opens the quick "log a leadership moment" dialog (Ctrl+L), for personID when
// not 0; otherwise for the person whose page is open, if any.
func (a *App) logMoment(personID int64) {
	if personID == 0 {
		personID = a.currentPerson()
	}
	a.openMoment(talent.Moment{PersonID: personID, Date: a.today(), Positive: true})
}

// openMoment opens the moment form on m: a new moment to log, or a stored one to edit.
func (a *App) openMoment(m talent.Moment) {
	people, err := a.store.People(a.ctx())
	if err != nil {
		a.showError(err)
		return
	}
	std, err := a.store.Standard(a.ctx())
	if err != nil {
		a.showError(err)
		return
	}
	f := newMomentForm(people, std, m)
	title, saveText, done := "Log a leadership moment", "Log moment", "Moment logged for "
	if m.ID != 0 {
		title, saveText, done = "Edit leadership moment", "Save moment", "Moment saved for "
	}
	var ed *editor
	ed = a.newEditor(title, saveText, f.items(), f.check, func() error {
		m := f.moment()
		if err := a.store.SaveMoment(a.ctx(), &m); err != nil {
			return err
		}
		a.momentLogged(m.PersonID, done+talent.PeopleByID(people)[m.PersonID].Name+".")
		return nil
	})
	f.text.OnSubmitted = func(string) {
		if !ed.save.Disabled() {
			ed.save.OnTapped()
		}
	}
	ed.show(a.win.Canvas())
	if m.PersonID != 0 {
		a.win.Canvas().Focus(f.text) // the person is known: go straight to what happened
	}
}

// momentLogged confirms a moment saved with done, and shows it on the person's page
// when it is open.
func (a *App) momentLogged(personID int64, done string) {
	a.notice.show(done)
	if pp, ok := a.people().page.(*personPage); ok && pp.id == personID {
		pp.moments.refresh()
	}
}

// momentsPanel lists a person's leadership moments, newest first.
type momentsPanel struct {
	pp     *personPage
	items  []talent.Moment
	logBtn *widget.Button
	rows   *fyne.Container
	body   fyne.CanvasObject
}

func newMomentsPanel(pp *personPage) *momentsPanel {
	m := &momentsPanel{pp: pp, rows: container.NewVBox()}
	m.logBtn = &widget.Button{Text: "Log a moment", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance,
		OnTapped: func() { pp.a.logMoment(pp.id) }}
	m.body = container.NewVScroll(container.NewVBox(
		container.NewHBox(heading("Leadership moments"), layout.NewSpacer(), m.logBtn), m.rows))
	return m
}

func (m *momentsPanel) view() fyne.CanvasObject { return m.body }

func (m *momentsPanel) refresh() { m.pp.a.reload(m.load, m.show) }

func (m *momentsPanel) load() (err error) {
	m.items, err = m.pp.a.store.Moments(m.pp.a.ctx(), m.pp.id)
	return err
}

func (m *momentsPanel) show() {
	var rows []fyne.CanvasObject
	for _, mo := range m.items {
		rows = append(rows, m.row(mo))
	}
	if len(rows) == 0 {
		rows = append(rows, emptyNote("No leadership moments yet. When you see "+m.pp.person.Name+
			" step up, or slip, log it with Log a moment (Ctrl+L): it takes seconds and becomes evidence for the next assessment."))
	}
	m.rows.Objects = rows
	m.rows.Refresh()
}

func (m *momentsPanel) row(mo talent.Moment) fyne.CanvasObject {
	kind := momentDevelopmental
	if mo.Positive {
		kind = momentPositive
	}
	about := "Derailer: " + mo.Derailer.Label()
	if c, ok := m.pp.std.Competency(mo.CompetencyID); ok {
		about = c.Name
	}
	seen := mo.ObserverName
	if mo.ObserverID != 0 {
		seen = m.pp.byID[mo.ObserverID].Name
	}
	meta := talent.FormatDate(mo.Date) + " · " + kind + " · " + about
	if seen != "" {
		meta += " · seen by " + seen
	}
	edit := &widget.Button{Text: "Edit", Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance, OnTapped: func() { m.pp.a.openMoment(mo) }}
	del := &widget.Button{Text: "Delete…", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { m.onDelete(mo) }}
	text := container.NewVBox(&widget.Label{Text: mo.Text, Wrapping: fyne.TextWrapWord},
		m.pp.a.newCellLabel(meta))
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(edit, del), text)
}

func (m *momentsPanel) onDelete(mo talent.Moment) {
	m.pp.a.confirm("Delete moment?", "This removes the moment of "+talent.FormatDate(mo.Date)+": “"+mo.Text+"”. It cannot be undone.", "Delete", func() {
		if err := m.pp.a.store.DeleteMoment(m.pp.a.ctx(), mo.ID); err != nil {
			m.pp.a.showError(err)
			return
		}
		m.refresh()
	})
}
