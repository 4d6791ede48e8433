package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// roleForm creates or edits a key role's own fields.
type roleForm struct {
	*editor
	title  *entry
	holder *personPicker
	why    *entry
}

// successorForm nominates a successor for a key role.
type successorForm struct {
	*editor
	person    *personPicker
	readiness *choice[talent.Readiness]
	note      *entry
}

// newRecord starts a new key role (Ctrl+N).
func (s *successionArea) newRecord() { s.openRoleForm(talent.KeyRole{}) }

func (s *successionArea) onEditRole() {
	if r, ok := s.role(); ok {
		s.openRoleForm(r)
	}
}

func (s *successionArea) openRoleForm(base talent.KeyRole) {
	f := &roleForm{title: newEntry("e.g. Head of production", requiredName("Role title")),
		holder: newPersonPicker(s.staff, "Nobody", base.HolderID),
		why:    newNotesEntry("What stops, or who is let down, if nobody can do this role", nil)}
	f.title.SetText(base.Title)
	f.holder.SetValue(base.HolderID)
	f.why.SetText(base.WhyCritical)
	f.why.SetMinRowsVisible(4)
	build := func() talent.KeyRole {
		k := base
		k.Successors = slices.Clone(base.Successors)
		k.Title, k.HolderID, k.WhyCritical = f.title.Text, f.holder.Value(), f.why.Text
		return k
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Role title", f.title),
		{Text: "Held by", Widget: f.holder, HintText: "Choose Nobody while the role is vacant."},
		widget.NewFormItem("Why it is critical", f.why),
	}
	title := "New key role"
	if base.ID != 0 {
		title = "Edit key role"
	}
	f.editor = s.a.newEditor(title, "Save role", items,
		func() error { k := build(); return k.Validate() },
		func() error { return s.saveRole(build()) })
	f.show(s.a.win.Canvas())
}

// saveRole stores a role with its successors and shows it selected.
func (s *successionArea) saveRole(k talent.KeyRole) error {
	if err := s.a.store.SaveKeyRole(s.a.ctx(), &k); err != nil {
		return err
	}
	s.selected = k.ID
	s.refresh()
	return nil
}

func (s *successionArea) onDeleteRole() {
	r, ok := s.role()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete the key role “%s”?", r.Title)
	if n := len(r.Successors); n > 0 {
		msg += fmt.Sprintf(" Its %s will be removed too.", talent.Count(n, "1 successor nomination", "successor nominations"))
	}
	s.a.confirm("Delete key role", msg, "Delete", func() {
		if err := s.a.store.DeleteKeyRole(s.a.ctx(), r.ID); err != nil {
			s.a.showError(err)
			return
		}
		s.selected = 0
		s.refresh()
	})
}

func (s *successionArea) onAddSuccessor() {
	r, ok := s.role()
	if !ok {
		return
	}
	// Only people who could be nominated are offered: not the holder, not those already named.
	var candidates []talent.Person
	for _, p := range s.staff {
		if p.ID != r.HolderID && !slices.ContainsFunc(r.Successors, func(sc talent.Successor) bool { return sc.PersonID == p.ID }) {
			candidates = append(candidates, p)
		}
	}
	f := &successorForm{person: newPersonPicker(candidates, "", 0),
		readiness: newChoice(talent.Readinesses, talent.Readiness.Label),
		note:      newNotesEntry("What they still need before stepping in", nil)}
	build := func() talent.KeyRole {
		k := r
		k.Successors = append(slices.Clone(r.Successors), talent.Successor{RoleID: r.ID,
			PersonID: f.person.Value(), Readiness: f.readiness.Value(), Note: f.note.Text})
		return k
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Successor", f.person),
		widget.NewFormItem("Readiness", f.readiness),
		widget.NewFormItem("Note", f.note),
	}
	f.editor = s.a.newEditor("Add a successor for "+r.Title, "Add successor", items,
		func() error { k := build(); return k.Validate() },
		func() error { return s.saveRole(build()) })
	f.show(s.a.win.Canvas())
}

// onRerate saves a successor's new readiness at once; on failure the role is shown as stored.
func (s *successionArea) onRerate(r talent.KeyRole, sc talent.Successor, level talent.Readiness) {
	if level == sc.Readiness || level == "" {
		return
	}
	k := r
	k.Successors = slices.Clone(r.Successors)
	for i := range k.Successors {
		if k.Successors[i].PersonID == sc.PersonID {
			k.Successors[i].Readiness = level
		}
	}
	if err := s.saveRole(k); err != nil {
		s.a.showError(err)
		s.refresh()
	}
}

func (s *successionArea) onRemoveSuccessor(r talent.KeyRole, sc talent.Successor) {
	msg := fmt.Sprintf("Remove %s as a successor for %s?", s.people[sc.PersonID].Name, r.Title)
	s.a.confirm("Remove successor", msg, "Remove", func() {
		k := r
		k.Successors = slices.DeleteFunc(slices.Clone(r.Successors), func(x talent.Successor) bool { return x.PersonID == sc.PersonID })
		s.a.showError(s.saveRole(k))
	})
}

// onCompare puts the role's successors side by side, soonest ready first; the comparison
// takes two to four people.
func (s *successionArea) onCompare() {
	r, ok := s.role()
	if !ok {
		return
	}
	var ids []int64
	for _, level := range talent.Readinesses {
		for _, sc := range r.Successors {
			if sc.Readiness == level && len(ids) < 4 {
				ids = append(ids, sc.PersonID)
			}
		}
	}
	s.a.compareCandidates(r.ID, ids)
}
