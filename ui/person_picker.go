package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// personPicker chooses a person by name. It looks like a drop-down, but a tap, Enter or
// typing opens a search with a list that draws only the rows in view: a drop-down menu
// of every name is slow to open at 10,000 people, and no help in finding one of them.
type personPicker struct {
	widget.Select // shows the choice; OnChanged gets the shown name after every change

	list    *pickList
	value   int64
	keyDown bool // a key went down since the picker took the focus
}

// pickList is whom a picker offers: people, and first, when choosing no one is allowed, a
// choice for that (ID 0) such as "Nobody".
type pickList struct {
	rows []pickRow
}

// pickRow is one choice of a pickList.
type pickRow struct {
	id         int64
	name, team string
	label      string // shown once chosen: the name, with the team when it is shared
	key        string // folded name and team, which the search matches; filled on first search
}

// newPickList offers the active people (and keep, even if they have left, so a stored
// choice still shows). When none is set, the first choice is none (ID 0), such as
// "Nobody"; when it is "", someone must be chosen. Names shared by two people get their
// team added.
func newPickList(people []talent.Person, none string, keep int64) *pickList {
	l := &pickList{}
	count := make(map[string]int, len(people))
	for _, x := range people {
		count[talent.FoldKey(x.Name)]++
	}
	if none != "" {
		l.rows = append(l.rows, pickRow{name: none, label: none})
	}
	for _, x := range people {
		if !x.Active() && x.ID != keep {
			continue
		}
		r := pickRow{id: x.ID, name: x.Name, team: x.Team, label: x.Name}
		if count[talent.FoldKey(x.Name)] > 1 && x.Team != "" {
			r.label += " (" + x.Team + ")"
		}
		l.rows = append(l.rows, r)
	}
	return l
}

// index is the position of the person with the ID, or -1 when not offered.
func (l *pickList) index(id int64) int {
	return slices.IndexFunc(l.rows, func(r pickRow) bool { return r.id == id })
}

func newPersonPicker(people []talent.Person, none string, keep int64) *personPicker {
	p := &personPicker{list: newPickList(people, none, keep)}
	p.ExtendBaseWidget(p)
	p.SetValue(0)
	return p
}

// Value is the chosen person, or 0 for nobody.
func (p *personPicker) Value() int64 { return p.value }

// SetValue chooses the person with the ID, or nobody when the picker does not offer
// them, and reports the change as a pick does.
func (p *personPicker) SetValue(id int64) {
	p.value, p.Selected = 0, ""
	if i := p.list.index(id); i >= 0 {
		p.value, p.Selected = id, p.list.rows[i].label
	}
	p.Refresh()
	if p.OnChanged != nil {
		p.OnChanged(p.Selected)
	}
}

func (p *personPicker) fyneWidget() fyne.CanvasObject { return &p.Select }

// Tapped opens the search.
func (p *personPicker) Tapped(*fyne.PointEvent) { p.open("") }

// TypedKey opens the search on Enter, Up or Down, and passes Escape on.
func (p *personPicker) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyUp, fyne.KeyDown:
		p.open("")
	default:
		passKey(p, k, false)
	}
}

// TypedRune opens the search on Space, and on any other character with that character
// typed into it. Space comes as a key too, but opening on the key would type the space
// that follows into the search.
func (p *personPicker) TypedRune(r rune) {
	if early(p.keyDown) {
		return
	}
	if r == ' ' {
		p.open("")
		return
	}
	p.open(string(r))
}

func (p *personPicker) FocusGained() {
	p.keyDown = false
	p.Select.FocusGained()
}

// KeyDown and KeyUp tell the picker of keys going down (see early).
func (p *personPicker) KeyDown(*fyne.KeyEvent) { p.keyDown = true }

func (p *personPicker) KeyUp(*fyne.KeyEvent) {}

func (p *personPicker) open(query string) {
	if !p.Disabled() {
		openPersonSearch(p.list, p, query, p.value, func(r pickRow) { p.SetValue(r.id) })
	}
}

// personSearch is the field of an open search, with the people matching what is typed
// listed below it. Up and Down move through the matches, Enter picks, and Escape closes
// the search alone, not the dialog beneath it.
type personSearch struct {
	widget.Entry
	from    *pickList
	current int64         // the choice before the search, where the mark starts
	onPick  func(pickRow) // called with the choice, after the search has closed
	typed   func(string)  // when set, called with what is typed, which may be kept
	list    *widget.List
	none    *widget.Label
	shown   []int // the matches, as indexes into from.rows
	cursor  int   // the match Enter picks, as an index into shown
	pop     *widget.PopUp
}

// field is an input on screen that takes the keyboard.
type field interface {
	fyne.CanvasObject
	fyne.Focusable
}

// openPersonSearch shows a search over l below the input it is for, focused and with
// query typed in, and returns it; focus goes back to the input when it closes. It does
// nothing, and returns nil, when the input is not on screen.
func openPersonSearch(l *pickList, in field, query string, current int64, pick func(pickRow)) *personSearch {
	c := fyne.CurrentApp().Driver().CanvasForObject(in)
	if c == nil {
		return nil
	}
	c.Focus(in)
	for i := range l.rows {
		if l.rows[i].key == "" {
			l.rows[i].key = talent.FoldKey(l.rows[i].name) + "\x00" + talent.FoldKey(l.rows[i].team)
		}
	}
	s := &personSearch{from: l, current: current, onPick: pick, shown: make([]int, 0, len(l.rows))}
	s.ExtendBaseWidget(s)
	s.PlaceHolder = "Type part of a name or team"
	s.Text, s.CursorColumn = query, len([]rune(query))
	s.OnChanged = s.filter
	s.none = &widget.Label{Wrapping: fyne.TextWrapWord}
	s.list = widget.NewList(func() int { return len(s.shown) }, newPickRowView, s.showRow)
	s.list.OnSelected = s.pick
	s.pop = widget.NewPopUp(container.NewBorder(s, nil, nil, nil, container.NewStack(s.list, s.none)), c)
	s.filter(query)
	s.pop.ShowAtRelativePosition(fyne.NewPos(0, in.Size().Height), in)
	s.pop.Resize(fyne.NewSize(max(in.Size().Width, 440), 320))
	c.Focus(s)
	return s
}

// newPickRowView is a list row: the name in full, the team at the right, shortened when
// there is no room for it, and behind them the mark of the match Enter picks.
func newPickRowView() fyne.CanvasObject {
	mark := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	name := &widget.Label{}
	team := &widget.Label{Importance: widget.LowImportance, Alignment: fyne.TextAlignTrailing, Truncation: fyne.TextTruncateEllipsis}
	return container.NewStack(mark, container.NewBorder(nil, nil, name, nil, team))
}

func (s *personSearch) showRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := s.from.rows[s.shown[i]]
	view := o.(*fyne.Container)
	view.Objects[0].(*canvas.Rectangle).Hidden = i != s.cursor
	texts := view.Objects[1].(*fyne.Container).Objects // the middle first, then the left
	texts[1].(*widget.Label).SetText(r.name)
	team := texts[0].(*widget.Label)
	team.Importance = widget.LowImportance // grey, unless on the mark, where grey is hard to read
	if i == s.cursor {
		team.Importance = widget.MediumImportance
	}
	team.SetText(r.team)
	view.Refresh()
}

// filter lists the people whose name or team contains the query, ignoring case and
// accents. With nothing typed, the mark starts on the current choice.
func (s *personSearch) filter(query string) {
	q := talent.FoldKey(query)
	s.shown = s.shown[:0]
	for i, r := range s.from.rows {
		if strings.Contains(r.key, q) {
			s.shown = append(s.shown, i)
		}
	}
	if s.typed != nil {
		s.typed(query)
	}
	s.cursor = 0
	if q == "" {
		s.cursor = max(0, s.from.index(s.current))
	}
	if len(s.shown) > 0 {
		s.none.Hide()
	} else {
		s.none.SetText(noMatch(query))
		s.none.Show()
	}
	s.list.Refresh()
	s.list.ScrollTo(s.cursor)
}

// noMatch says why the search lists nobody.
func noMatch(query string) string {
	if query = strings.TrimSpace(query); query == "" {
		return "There is nobody to choose yet: add people in People (Ctrl+2) first."
	}
	return "No one matches “" + query + "”. Try part of their name or team; someone new is added in People (Ctrl+2)."
}

func (s *personSearch) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyUp:
		s.move(-1)
	case fyne.KeyDown:
		s.move(1)
	case fyne.KeyReturn, fyne.KeyEnter:
		switch {
		case len(s.shown) > 0:
			s.pick(s.cursor)
		case s.typed != nil: // nobody matches: keep the name typed
			s.pop.Hide()
		}
	case fyne.KeyEscape:
		s.pop.Hide()
	default:
		s.Entry.TypedKey(k)
	}
}

// move moves the mark by the given number of matches, and scrolls it into view.
func (s *personSearch) move(by int) {
	if len(s.shown) == 0 {
		return
	}
	old := s.cursor
	s.cursor = min(max(s.cursor+by, 0), len(s.shown)-1)
	s.list.RefreshItem(old)
	s.list.RefreshItem(s.cursor)
	s.list.ScrollTo(s.cursor)
}

// pick closes the search and hands on match i.
func (s *personSearch) pick(i widget.ListItemID) {
	s.pop.Hide()
	s.onPick(s.from.rows[s.shown[i]])
}

// personOrName picks a person or takes the name of someone not on file, for raters and
// observers who may be outside the business. Typing opens the search over the people
// with what is typed, and what is typed stays in the field when nobody is picked.
type personOrName struct {
	entry
	list   *pickList
	find   *button // opens the search
	search *personSearch
}

func newPersonOrName(people []talent.Person) *personOrName {
	p := &personOrName{list: newPickList(people, "", 0)}
	p.ExtendBaseWidget(p)
	p.PlaceHolder = "Type part of a name, or pick a person"
	p.find = newButton("", theme.MenuDropDownIcon(), func() { p.open("") })
	p.find.Importance = widget.LowImportance
	p.ActionItem = p.find
	return p
}

// open searches the people with query typed in; the name picked goes in the field, and
// what is typed goes there as it is typed.
func (p *personOrName) open(query string) {
	if p.Disabled() {
		return
	}
	if query != "" {
		p.SetText(query)
	}
	id, _ := p.value()
	p.search = openPersonSearch(p.list, p, query, id, func(r pickRow) { p.SetText(r.label) })
	if p.search != nil {
		p.search.typed = p.SetText
	}
}

// TypedRune opens the search with the field's text and r, or types r into the search
// already open.
func (p *personOrName) TypedRune(r rune) {
	if early(p.keyDown) {
		return
	}
	if p.search != nil && p.search.pop.Visible() {
		p.search.TypedRune(r)
		return
	}
	p.open(p.Text + string(r))
}

// TypedKey opens the search on Up or Down; Enter and Escape go to the dialog.
func (p *personOrName) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyUp, fyne.KeyDown:
		p.open("")
	default:
		if !passKey(p, k, true) {
			p.Entry.TypedKey(k)
		}
	}
}

// Disable stops both typing and picking.
func (p *personOrName) Disable() {
	p.Entry.Disable()
	p.find.Disable()
}

func (p *personOrName) Enable() {
	p.Entry.Enable()
	p.find.Enable()
}

// value is the chosen person, or 0 and the typed name. A typed name that matches a
// person's, as names match everywhere (talent.FoldKey), is that person.
func (p *personOrName) value() (int64, string) {
	name := talent.CleanName(p.Text)
	key := talent.FoldKey(name)
	if i := slices.IndexFunc(p.list.rows, func(r pickRow) bool { return talent.FoldKey(r.label) == key }); i >= 0 {
		return p.list.rows[i].id, ""
	}
	return 0, name
}

// set shows a stored choice: the person (kept even when they have since left), or the
// free name.
func (p *personOrName) set(id int64, name string, all map[int64]talent.Person) {
	i := p.list.index(id)
	if who, ok := all[id]; id != 0 && i < 0 && ok {
		p.list.rows = append(p.list.rows, pickRow{id: id, name: who.Name, label: who.Name})
		i = len(p.list.rows) - 1
	}
	if id != 0 && i >= 0 {
		name = p.list.rows[i].label
	}
	p.SetText(name)
}
