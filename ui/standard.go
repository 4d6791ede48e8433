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

// standardArea edits the leadership standard: its competencies and the behaviours that
// describe each. Changes collect in a draft and are saved together.
type standardArea struct {
	a        *App
	saved    talent.Standard
	draft    talent.Standard
	selected int // index of the competency shown; -1 for none
	dirty    bool

	root         *fyne.Container
	top          *fyne.Container
	status       *widget.Label
	problem      *widget.Label
	save         *widget.Button
	discard      *widget.Button
	restore      *widget.Button
	list         *widget.List
	addComp      *widget.Button
	removeComp   *widget.Button
	moveUp       *widget.Button
	moveDown     *widget.Button
	detail       *fyne.Container
	detailScroll *container.Scroll
	name         *entry
	description  *entry
	behaviours   *fyne.Container
	rows         []*behaviourRow
	addBehav     *widget.Button
}

// behaviourRow is one behaviour of the competency being edited.
type behaviourRow struct {
	text   *entry
	up     *widget.Button
	down   *widget.Button
	remove *widget.Button
}

// unsaved reports the draft's changes, which quitting would lose.
func (s *standardArea) unsaved() (what, keep string, ok bool) {
	return "the leadership standard", "Save standard", s.dirty
}

func newStandardArea(a *App) *standardArea {
	s := &standardArea{a: a, selected: -1}
	s.buildUI()
	return s
}

func (s *standardArea) buildUI() {
	guide := emptyNote("Write each behaviour as something one can see someone do (“hands a task over with the outcome and deadline and does not take it back”), never a trait (“is a good delegator”): two raters watching the same person should agree.")
	s.status = &widget.Label{}
	s.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	s.save = &widget.Button{Text: "Save standard", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: s.onSave}
	s.discard = &widget.Button{Text: "Discard changes", Icon: theme.ContentUndoIcon(), OnTapped: s.onDiscard}
	s.restore = &widget.Button{Text: "Restore the default standard", Icon: theme.HistoryIcon(), OnTapped: s.onRestore}
	s.list = widget.NewList(func() int { return len(s.draft.Competencies) },
		func() fyne.CanvasObject { return s.a.newCellLabel() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := s.draft.Competencies[i]
			o.(*cellLabel).SetText(fmt.Sprintf("%d. %s (%d)", i+1, orNone(c.Name, "New competency"), len(c.Behaviours)))
		})
	s.list.OnSelected = func(i widget.ListItemID) { s.selected = i; s.showDetail() }
	s.addComp = &widget.Button{Text: "Add", Icon: theme.ContentAddIcon(), OnTapped: s.onAddCompetency}
	s.removeComp = &widget.Button{Text: "Remove", Icon: theme.DeleteIcon(), OnTapped: s.onRemoveCompetency}
	s.moveUp = &widget.Button{Icon: theme.MoveUpIcon(), OnTapped: func() { s.moveCompetency(-1) }}
	s.moveDown = &widget.Button{Icon: theme.MoveDownIcon(), OnTapped: func() { s.moveCompetency(1) }}
	s.name = newEntry("", requiredName("Competency name"))
	s.description = newNotesEntry("What the competency is about, in one sentence", nil)
	s.description.SetMinRowsVisible(2)
	s.behaviours = container.NewVBox()
	s.addBehav = &widget.Button{Text: "Add behaviour", Icon: theme.ContentAddIcon(), OnTapped: s.onAddBehaviour}
	s.detail = container.NewVBox(widget.NewForm(widget.NewFormItem("Name", s.name), widget.NewFormItem("Description", s.description)),
		heading("Behaviours"), s.behaviours, container.NewHBox(s.addBehav))
	left := container.NewBorder(heading("Competencies"), container.NewHBox(s.addComp, s.removeComp, s.moveUp, s.moveDown), nil, nil, s.list)
	s.detailScroll = container.NewVScroll(s.detail)
	split := container.NewHSplit(left, s.detailScroll)
	split.Offset = 0.35
	s.top = container.NewVBox(guide, container.NewHBox(s.save, s.discard, s.restore, s.status), s.problem)
	s.root = container.NewBorder(s.top, nil, nil, nil, split)
}

func (s *standardArea) view() fyne.CanvasObject { return s.root }

// refresh reloads the standard unless there are unsaved changes, which are kept.
func (s *standardArea) refresh() {
	if !s.dirty {
		s.a.reload(s.load, s.showAll)
	}
}

func (s *standardArea) load() error {
	std, err := s.a.store.Standard(s.a.ctx())
	if err != nil {
		return err
	}
	s.saved, s.draft = std, cloneStandard(std)
	s.selected = min(max(s.selected, 0), len(s.draft.Competencies)-1)
	return nil
}

func (s *standardArea) showAll() {
	s.list.Refresh()
	if s.selected >= 0 {
		s.list.Select(s.selected)
	} else {
		s.list.UnselectAll()
	}
	s.showDetail()
	s.check()
}

// cloneStandard copies a standard deeply, so the draft never shares with what is stored.
func cloneStandard(std talent.Standard) talent.Standard {
	out := talent.Standard{Competencies: slices.Clone(std.Competencies)}
	for i := range out.Competencies {
		out.Competencies[i].Behaviours = slices.Clone(out.Competencies[i].Behaviours)
	}
	return out
}

// showDetail builds the editor for the selected competency from the draft.
func (s *standardArea) showDetail() {
	if s.selected < 0 || s.selected >= len(s.draft.Competencies) {
		s.detail.Hide()
		return
	}
	s.detail.Show()
	c := &s.draft.Competencies[s.selected]
	s.name.OnChanged, s.description.OnChanged = nil, nil
	s.name.SetText(c.Name)
	s.description.SetText(c.Description)
	s.name.OnChanged = func(t string) { c.Name = t; s.changed() }
	s.description.OnChanged = func(t string) { c.Description = t; s.changed() }
	s.rows = nil
	var objs []fyne.CanvasObject
	for j := range c.Behaviours {
		r := s.newBehaviourRow(c, j)
		s.rows = append(s.rows, r)
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewHBox(r.up, r.down, r.remove), r.text))
	}
	s.behaviours.Objects = objs
	s.detailScroll.Refresh() // the rows changed: lay the column out again
}

func (s *standardArea) newBehaviourRow(c *talent.Competency, j int) *behaviourRow {
	r := &behaviourRow{
		text:   newNotesEntry("", requiredName("Behaviour")),
		up:     &widget.Button{Icon: theme.MoveUpIcon(), Importance: widget.LowImportance, OnTapped: func() { s.moveBehaviour(j, -1) }},
		down:   &widget.Button{Icon: theme.MoveDownIcon(), Importance: widget.LowImportance, OnTapped: func() { s.moveBehaviour(j, 1) }},
		remove: &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { s.removeBehaviour(j) }},
	}
	r.text.SetMinRowsVisible(2)
	r.text.SetText(c.Behaviours[j].Text)
	r.text.OnChanged = func(t string) { c.Behaviours[j].Text = t; s.changed() }
	if j == 0 {
		r.up.Disable()
	}
	if j == len(c.Behaviours)-1 {
		r.down.Disable()
	}
	return r
}

// changed marks the draft as edited and re-checks it.
func (s *standardArea) changed() {
	s.dirty = true
	s.list.RefreshItem(s.selected)
	s.check()
}

// check shows what is wrong with the draft, if anything, and enables Save accordingly.
func (s *standardArea) check() {
	trial := cloneStandard(s.draft)
	err := trial.Validate()
	s.problem.SetText(talent.ErrorMessage(err))
	s.problem.Hidden = err == nil
	s.top.Refresh()
	s.status.SetText("")
	if s.dirty {
		s.status.SetText("Unsaved changes.")
	}
	if err != nil || !s.dirty {
		s.save.Disable()
	} else {
		s.save.Enable()
	}
	if s.dirty {
		s.discard.Enable()
	} else {
		s.discard.Disable()
	}
	n := len(s.draft.Competencies)
	enableIf(s.addComp, n < talent.MaxCompetencies)
	enableIf(s.removeComp, s.selected >= 0 && n > talent.MinCompetencies)
	enableIf(s.moveUp, s.selected > 0)
	enableIf(s.moveDown, s.selected >= 0 && s.selected < n-1)
	enableIf(s.addBehav, s.selected >= 0 && len(s.draft.Competencies[s.selected].Behaviours) < talent.MaxBehaviours)
}

func (s *standardArea) onAddCompetency() {
	s.draft.Competencies = append(s.draft.Competencies, talent.Competency{Behaviours: []talent.Behaviour{{}}})
	s.selected = len(s.draft.Competencies) - 1
	s.dirty = true
	s.showAll()
	s.a.win.Canvas().Focus(s.name)
}

func (s *standardArea) onRemoveCompetency() {
	if s.selected < 0 {
		return
	}
	s.draft.Competencies = slices.Delete(s.draft.Competencies, s.selected, s.selected+1)
	s.selected = min(s.selected, len(s.draft.Competencies)-1)
	s.dirty = true
	s.showAll()
}

func (s *standardArea) moveCompetency(step int) {
	to := s.selected + step
	if s.selected < 0 || to < 0 || to >= len(s.draft.Competencies) {
		return
	}
	cs := s.draft.Competencies
	cs[s.selected], cs[to] = cs[to], cs[s.selected]
	s.selected = to
	s.dirty = true
	s.showAll()
}

func (s *standardArea) onAddBehaviour() {
	c := &s.draft.Competencies[s.selected]
	c.Behaviours = append(c.Behaviours, talent.Behaviour{CompetencyID: c.ID})
	s.dirty = true
	s.showAll()
	s.a.win.Canvas().Focus(s.rows[len(s.rows)-1].text)
}

func (s *standardArea) moveBehaviour(j, step int) {
	bs := s.draft.Competencies[s.selected].Behaviours
	if to := j + step; to >= 0 && to < len(bs) {
		bs[j], bs[to] = bs[to], bs[j]
		s.dirty = true
		s.showAll()
	}
}

func (s *standardArea) removeBehaviour(j int) {
	c := &s.draft.Competencies[s.selected]
	c.Behaviours = slices.Delete(c.Behaviours, j, j+1)
	s.dirty = true
	s.showAll()
}

// removedBehaviours lists the stored behaviours the draft no longer has.
func (s *standardArea) removedBehaviours() []string {
	kept := map[int64]bool{}
	for _, c := range s.draft.Competencies {
		for _, b := range c.Behaviours {
			kept[b.ID] = true
		}
	}
	var gone []string
	for _, c := range s.saved.Competencies {
		for _, b := range c.Behaviours {
			if !kept[b.ID] {
				gone = append(gone, "“"+b.Text+"”")
			}
		}
	}
	return gone
}

// onSave stores the draft, asking first when it removes behaviours.
func (s *standardArea) onSave() {
	gone := s.removedBehaviours()
	if len(gone) == 0 {
		s.store(cloneStandard(s.draft))
		return
	}
	n := len(gone)
	if n > 5 {
		gone = append(gone[:5], fmt.Sprintf("and %d more", n-5))
	}
	msg := fmt.Sprintf("Saving removes %s from the standard: %s.", talent.Count(n, "1 behaviour", "behaviours"), strings.Join(gone, "; "))
	s.a.confirm("Save the standard", msg, "Save and remove", func() { s.store(cloneStandard(s.draft)) })
}

// store saves next as the standard, in the order shown. On failure the draft stays as it
// was, ready to fix.
func (s *standardArea) store(next talent.Standard) {
	if err := s.a.store.SaveStandard(s.a.ctx(), &next); err != nil {
		s.a.showError(err)
		return
	}
	s.dirty = false
	s.refresh()
}

func (s *standardArea) onDiscard() {
	s.dirty = false
	s.refresh()
}

func (s *standardArea) onRestore() {
	msg := "Put back Leadbridge's default leadership standard? Names, descriptions and behaviours you changed go back to the defaults, competencies you added are removed, and unsaved changes are lost. Ratings stay with the behaviours they were given for."
	s.a.confirm("Restore the default standard", msg, "Restore", func() {
		s.store(restoreDefault(s.saved))
	})
}

// restoreDefault returns the default standard laid over the stored one: a shipped
// competency keeps its ID, and its behaviours keep theirs place by place, so ratings stay
// attached where the default has a behaviour in the same place.
func restoreDefault(stored talent.Standard) talent.Standard {
	byKey := map[string]talent.Competency{}
	for _, c := range stored.Competencies {
		if c.Key != "" {
			byKey[c.Key] = c
		}
	}
	def := talent.DefaultStandard()
	for i := range def.Competencies {
		c := &def.Competencies[i]
		old, ok := byKey[c.Key]
		if !ok {
			continue
		}
		c.ID = old.ID
		for j := range c.Behaviours {
			c.Behaviours[j].CompetencyID = old.ID
			if j < len(old.Behaviours) {
				c.Behaviours[j].ID = old.Behaviours[j].ID
			}
		}
	}
	return def
}
