package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// personForm edits a person's profile. The new-person dialog and the profile on a person's
// page share it; fields it does not show (status, leaving date) are kept from base.
type personForm struct {
	base talent.Person

	name, jobTitle, team, email, expertise, start, notes, retention *entry

	reportsTo    *personPicker
	aspiration   *choice[talent.Aspiration]
	risk, impact *choice[talent.Level]

	dirty    bool   // changed since set
	onChange func() // called after any field changes
}

func newPersonForm(people []talent.Person, p talent.Person) *personForm {
	f := &personForm{}
	f.name = f.entry("name", func(p *talent.Person, s string) { p.Name = s })
	f.jobTitle = f.entry("jobTitle", func(p *talent.Person, s string) { p.JobTitle = s })
	f.team = f.entry("team", func(p *talent.Person, s string) { p.Team = s })
	f.email = f.entry("email", func(p *talent.Person, s string) { p.Email = s })
	f.email.PlaceHolder = "name@example.com"
	f.expertise = f.entry("expertise", func(p *talent.Person, s string) { p.Expertise = splitList(s) })
	f.expertise.PlaceHolder = "Separate with commas: payroll, the CNC line"
	f.start = newDateEntry(false)
	f.start.OnChanged = f.changed
	f.notes = f.multiLine("notes", func(p *talent.Person, s string) { p.Notes = s })
	f.retention = f.multiLine("retentionNote", func(p *talent.Person, s string) { p.RetentionNote = s })
	var others []talent.Person
	for _, o := range people {
		if o.ID != p.ID || p.ID == 0 {
			others = append(others, o)
		}
	}
	f.reportsTo = newPersonPicker(others, "Nobody", p.ReportsTo)
	f.aspiration = newChoice(append([]talent.Aspiration{""}, talent.Aspirations...), talent.Aspiration.Label)
	levels := append([]talent.Level{""}, talent.Levels...)
	f.risk, f.impact = newChoice(levels, talent.Level.Label), newChoice(levels, talent.Level.Label)
	for _, s := range []*widget.Select{&f.reportsTo.Select, &f.aspiration.Select, &f.risk.Select, &f.impact.Select} {
		s.OnChanged = func(string) { f.changed("") }
	}
	f.set(p)
	return f
}

// entry is a one-line field checked by the domain's own rule for that field.
func (f *personForm) entry(field string, put func(*talent.Person, string)) *entry {
	e := newEntry("", personField(field, put))
	e.OnChanged = f.changed
	return e
}

func (f *personForm) multiLine(field string, put func(*talent.Person, string)) *entry {
	e := f.entry(field, put)
	e.MultiLine, e.Wrapping = true, fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	return e
}

// personField checks one field the way Person.Validate does, on an otherwise valid
// person, so each field shows its own message whatever the others hold.
func personField(field string, put func(*talent.Person, string)) fyne.StringValidator {
	return validator(func(s string) error {
		p := talent.Person{Name: "-", Status: talent.StatusActive}
		put(&p, s)
		p.Normalize()
		if err := p.Validate(); talent.ErrorField(err) == field {
			return err
		}
		return nil
	})
}

func (f *personForm) changed(string) {
	f.dirty = true
	if f.onChange != nil {
		f.onChange()
	}
}

// set fills the fields from p and forgets any unsaved change.
func (f *personForm) set(p talent.Person) {
	f.base = p
	f.name.SetText(p.Name)
	f.jobTitle.SetText(p.JobTitle)
	f.team.SetText(p.Team)
	f.email.SetText(p.Email)
	f.expertise.SetText(strings.Join(p.Expertise, ", "))
	f.start.SetText(talent.FormatDate(p.StartDate))
	f.notes.SetText(p.Notes)
	f.retention.SetText(p.RetentionNote)
	f.reportsTo.SetValue(p.ReportsTo)
	f.aspiration.SetValue(p.Aspiration)
	f.risk.SetValue(p.RiskOfLeaving)
	f.impact.SetValue(p.ImpactOfLoss)
	f.dirty = false
}

// person is base with the fields' values.
func (f *personForm) person() talent.Person {
	p := f.base
	p.Name, p.JobTitle, p.Team, p.Email = f.name.Text, f.jobTitle.Text, f.team.Text, f.email.Text
	p.Expertise = splitList(f.expertise.Text)
	p.StartDate = dateOf(f.start)
	p.Notes, p.RetentionNote = f.notes.Text, f.retention.Text
	p.ReportsTo = f.reportsTo.Value()
	p.Aspiration = f.aspiration.Value()
	p.RiskOfLeaving, p.ImpactOfLoss = f.risk.Value(), f.impact.Value()
	if p.Status == "" {
		p.Status = talent.StatusActive
	}
	p.Normalize()
	return p
}

// check validates the person the fields describe, as the store will.
func (f *personForm) check() error {
	for _, e := range []*entry{f.name, f.jobTitle, f.team, f.email, f.expertise, f.start, f.notes, f.retention} {
		if err := e.Validator(e.Text); err != nil {
			return err
		}
	}
	p := f.person()
	return p.Validate()
}

// items are the everyday fields, in tab order.
func (f *personForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: "Name", Widget: f.name, Required: true},
		{Text: "Job title", Widget: f.jobTitle},
		{Text: "Team", Widget: f.team},
		{Text: "Reports to", Widget: f.reportsTo},
		{Text: "Start date", Widget: f.start, HintText: "YYYY-MM-DD"},
		{Text: "Email", Widget: f.email},
		{Text: "Critical expertise", Widget: f.expertise, HintText: "Know-how the business relies on, to find what only one person knows."},
		{Text: "Aspiration to lead", Widget: f.aspiration},
	}
}

// ownerItems are the owner-only fields, never printed on a mentor's copy.
func (f *personForm) ownerItems() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: "Risk of leaving", Widget: f.risk},
		{Text: "Impact of loss", Widget: f.impact},
		{Text: "Retention note", Widget: f.retention},
	}
}

// splitList reads a comma-separated list; Normalize drops the empty and repeated items.
func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// newRecord opens the form for a new person (Ctrl+N); once saved, their page opens.
func (s *peopleArea) newRecord() {
	a := s.a
	people, err := a.store.People(a.ctx())
	if err != nil {
		a.showError(err)
		return
	}
	f := newPersonForm(people, talent.Person{Status: talent.StatusActive})
	items := append(f.items(), &widget.FormItem{Text: "Notes", Widget: f.notes})
	ed := a.newEditor("New person", "Add person", items, f.check, func() error {
		p := f.person()
		if err := a.store.CreatePerson(a.ctx(), &p); err != nil {
			return err
		}
		a.refreshAll()
		a.openPerson(p.ID)
		return nil
	})
	ed.show(a.win.Canvas())
}
