package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// successionArea shows the key roles with their holders and successors by readiness, the
// bench strength, and the know-how that rests on one person.
type successionArea struct {
	a        *App
	roles    []talent.KeyRole
	people   map[int64]talent.Person
	staff    []talent.Person
	experts  []talent.SoleExpert
	selected int64 // the role shown in detail; 0 for none

	root         *fyne.Container
	bench        *widget.Label
	newRole      *widget.Button
	list         *widget.List
	noRoles      *widget.Label
	expertList   *widget.List
	noExperts    *widget.Label
	detail       *fyne.Container
	detailScroll *container.Scroll
	noSelection  *widget.Label
	roleTitle    *widget.Label
	holder       *widget.Button
	why          *widget.Label
	holderRisk   *widget.Label
	successors   *fyne.Container
	succRows     []*successorRow
	addSucc      *widget.Button
	editRole     *widget.Button
	deleteRole   *widget.Button
	compare      *widget.Button
}

// successorRow is one nominated successor in the role's detail.
type successorRow struct {
	successor talent.Successor
	name      *widget.Button
	readiness *choice[talent.Readiness]
	note      *widget.Label
	remove    *widget.Button
}

func newSuccessionArea(a *App) *successionArea {
	s := &successionArea{a: a}
	s.buildUI()
	return s
}

func (s *successionArea) buildUI() {
	s.bench = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	s.newRole = &widget.Button{Text: "New key role", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: s.newRecord}
	s.list = widget.NewList(func() int { return len(s.roles) },
		func() fyne.CanvasObject { return container.NewVBox(s.a.newCellLabel(), s.a.newCellLabel()) },
		s.updateRoleItem)
	s.list.OnSelected = func(i widget.ListItemID) { s.selected = s.roles[i].ID; s.showDetail() }
	s.noRoles = emptyNote("No key roles yet. Add the roles the business could not run without, then nominate who could step in.")
	s.expertList = widget.NewList(func() int { return len(s.experts) },
		func() fyne.CanvasObject { return s.a.newCellLabel() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			e := s.experts[i]
			o.(*cellLabel).SetText(e.Expertise + " — only " + s.people[e.PersonID].Name)
		})
	s.expertList.OnSelected = func(i widget.ListItemID) { s.expertList.UnselectAll(); s.a.openPerson(s.experts[i].PersonID) }
	s.noExperts = emptyNote("")
	rolesPane := container.NewBorder(heading("Key roles"), nil, nil, nil, container.NewStack(s.list, s.noRoles))
	expertsPane := container.NewBorder(container.NewVBox(heading("Know-how only one person holds"),
		emptyNote("Select an entry to open the person's page.")), nil, nil, nil, container.NewStack(s.expertList, s.noExperts))
	left := container.NewVSplit(rolesPane, expertsPane)
	left.Offset = 0.6
	s.buildDetail()
	s.detailScroll = container.NewVScroll(container.NewStack(s.noSelection, s.detail))
	split := container.NewHSplit(left, s.detailScroll)
	split.Offset = 0.4
	s.root = container.NewBorder(container.NewBorder(nil, nil, nil, s.newRole, s.bench), nil, nil, nil, split)
}

func (s *successionArea) buildDetail() {
	s.noSelection = emptyNote("Select a key role to see its holder and successors.")
	s.roleTitle = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	s.holder = &widget.Button{Importance: widget.LowImportance, Alignment: widget.ButtonAlignLeading}
	s.why = &widget.Label{Wrapping: fyne.TextWrapWord}
	s.holderRisk = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}
	s.successors = container.NewVBox()
	s.addSucc = &widget.Button{Text: "Add successor", Icon: theme.ContentAddIcon(), OnTapped: s.onAddSuccessor}
	s.editRole = &widget.Button{Text: "Edit role", Icon: theme.DocumentCreateIcon(), OnTapped: s.onEditRole}
	s.deleteRole = &widget.Button{Text: "Delete role", Icon: theme.DeleteIcon(), OnTapped: s.onDeleteRole}
	s.compare = &widget.Button{Text: "Compare candidates", Icon: theme.ViewRestoreIcon(), OnTapped: s.onCompare}
	s.detail = container.NewVBox(s.roleTitle, container.NewHBox(widget.NewLabel("Held by"), s.holder), s.why, s.holderRisk,
		widget.NewSeparator(), heading("Successors"), s.successors,
		container.NewHBox(s.addSucc, s.compare, s.editRole, s.deleteRole))
}

func (s *successionArea) view() fyne.CanvasObject { return s.root }

// refresh reloads the roles and people and shows the role selected before, if it remains.
func (s *successionArea) refresh() { s.a.reload(s.load, s.show) }

func (s *successionArea) load() error {
	staff, people, err := s.a.everyone()
	if err != nil {
		return err
	}
	s.staff, s.people, s.experts = staff, people, talent.SoleExpertise(staff)
	s.roles, err = s.a.store.KeyRoles(s.a.ctx())
	return err
}

func (s *successionArea) show() {
	s.bench.SetText(benchText(talent.BenchStrength(s.roles)))
	s.showLists()
	s.showDetail()
}

func (s *successionArea) showLists() {
	s.list.UnselectAll()
	s.list.Refresh()
	s.noRoles.Hidden = len(s.roles) > 0
	s.noRoles.Refresh()
	for i, r := range s.roles {
		if r.ID == s.selected {
			s.list.Select(i) // shows the detail through OnSelected
		}
	}
	s.expertList.Refresh()
	s.noExperts.Hidden = len(s.experts) > 0
	s.noExperts.SetText("No critical know-how rests on one person alone.")
	if !anyExpertise(s.staff) {
		s.noExperts.SetText("Record each person's critical expertise on their page to see where know-how rests on one person.")
	}
}

// benchText is bench strength in words.
func benchText(b talent.Bench) string {
	if b.Roles == 0 {
		return "Bench strength: no key roles yet."
	}
	verb := "have"
	if b.Covered == 1 || b.Roles == 1 {
		verb = "has"
	}
	return fmt.Sprintf("%d of %s %s a successor ready now (%d%%).", b.Covered, talent.Count(b.Roles, "1 key role", "key roles"), verb, b.Percent())
}

func anyExpertise(people []talent.Person) bool {
	for _, p := range people {
		if p.Active() && len(p.Expertise) > 0 {
			return true
		}
	}
	return false
}

func (s *successionArea) updateRoleItem(i widget.ListItemID, o fyne.CanvasObject) {
	r := s.roles[i]
	box := o.(*fyne.Container)
	title, sub := box.Objects[0].(*cellLabel), box.Objects[1].(*cellLabel)
	title.TextStyle.Bold = true
	title.SetText(r.Title)
	sub.Importance = widget.MediumImportance
	if !r.HasReadyNow() {
		sub.Importance = widget.WarningImportance
	}
	sub.SetText(s.holderName(r) + " · " + readinessSummary(r))
}

// readinessSummary counts a role's successors by readiness, soonest first.
func readinessSummary(r talent.KeyRole) string {
	var parts []string
	for _, level := range talent.Readinesses {
		n := 0
		for _, sc := range r.Successors {
			if sc.Readiness == level {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(level.Label())))
		}
	}
	if len(parts) == 0 {
		return "no successors"
	}
	if !r.HasReadyNow() {
		parts = append(parts, "none ready now")
	}
	return strings.Join(parts, ", ")
}

func (s *successionArea) holderName(r talent.KeyRole) string {
	if r.HolderID == 0 {
		return "Vacant"
	}
	return s.people[r.HolderID].Name
}

// role returns the selected role.
func (s *successionArea) role() (talent.KeyRole, bool) {
	return findByID(s.roles, s.selected, func(r talent.KeyRole) int64 { return r.ID })
}

func (s *successionArea) showDetail() {
	r, ok := s.role()
	showDetail(s.detail, s.noSelection, ok)
	if !ok {
		return
	}
	s.roleTitle.SetText(r.Title)
	s.holder.SetText(s.holderName(r))
	s.holder.OnTapped = func() { s.a.openPerson(r.HolderID) }
	enableIf(s.holder, r.HolderID != 0)
	enableIf(s.compare, len(r.Successors) >= 2)
	s.why.SetText("Why it is critical: " + orNone(r.WhyCritical, "not recorded yet."))
	s.showHolderRisk(r)
	s.showSuccessors(r)
	s.detailScroll.Refresh() // the rows changed height: lay the column out again
}

// showHolderRisk warns when the holder's know-how rests on them alone: promoting or
// losing them leaves that expertise without a successor too.
func (s *successionArea) showHolderRisk(r talent.KeyRole) {
	var alone []string
	for _, e := range s.experts {
		if r.HolderID != 0 && e.PersonID == r.HolderID {
			alone = append(alone, e.Expertise)
		}
	}
	s.holderRisk.Hidden = len(alone) == 0
	s.holderRisk.SetText(fmt.Sprintf("Only %s knows %s: that know-how needs a successor too.", s.holderName(r), strings.Join(alone, ", ")))
}

func (s *successionArea) showSuccessors(r talent.KeyRole) {
	s.succRows = nil
	var objs []fyne.CanvasObject
	for _, level := range talent.Readinesses {
		var group []fyne.CanvasObject
		for _, sc := range r.Successors {
			if sc.Readiness == level {
				row := s.newSuccessorRow(r, sc)
				s.succRows = append(s.succRows, row)
				group = append(group, container.NewBorder(nil, nil, row.name, container.NewHBox(row.readiness, row.remove), row.note))
			}
		}
		if len(group) > 0 {
			objs = append(objs, widget.NewLabelWithStyle(level.Label(), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
			objs = append(objs, group...)
		}
	}
	if len(objs) == 0 {
		objs = append(objs, emptyNote("No successors nominated yet. Add the people who could step in, and how soon they would be ready."))
	}
	s.successors.Objects = objs
	s.successors.Refresh()
}

func (s *successionArea) newSuccessorRow(r talent.KeyRole, sc talent.Successor) *successorRow {
	name := s.people[sc.PersonID].Name
	row := &successorRow{successor: sc,
		name:      &widget.Button{Text: name, Importance: widget.LowImportance, OnTapped: func() { s.a.openPerson(sc.PersonID) }},
		readiness: newChoice(talent.Readinesses, talent.Readiness.Label),
		note:      wrapLabel(sc.Note),
		remove:    &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { s.onRemoveSuccessor(r, sc) }},
	}
	row.readiness.SetValue(sc.Readiness)
	row.readiness.OnChanged = func(string) { s.onRerate(r, sc, row.readiness.Value()) }
	return row
}

func orNone(s, none string) string {
	if strings.TrimSpace(s) == "" {
		return none
	}
	return s
}
