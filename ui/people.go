package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// The people table's columns.
const (
	colPick = iota
	colName
	colJob
	colTeam
	colPotential
	colReadiness
	colAssessed
	peopleCols
)

// peopleHeadings label the columns; the tick column has none: the line under the list
// says what ticking does.
var peopleHeadings = [peopleCols]string{"", "Name", "Job title", "Team", "Potential", "Readiness", "Last assessed"}

// Comparisons hold two to four people: fewer is no comparison, more no longer fits side by side.
const (
	minCompare = 2
	maxCompare = 4
)

// peopleArea is the People destination: the searchable list, and in its place the page of
// one person, an assessment form or a comparison.
type peopleArea struct {
	a    *App
	list peopleList

	search     *peopleSearch
	showLeft   *widget.Check
	table      *peopleTable
	empty      *widget.Label
	count      *widget.Label
	compareBtn *widget.Button
	importBtn  *widget.Button // a staff spreadsheet, at any time
	exportBtn  *widget.Button
	newBtn     *widget.Button
	headers    [peopleCols]*widget.Button

	body     *fyne.Container
	listView fyne.CanvasObject
	page     area // the page shown instead of the list, nil for the list
}

func newPeopleArea(a *App) *peopleArea {
	s := &peopleArea{a: a, list: peopleList{picked: map[int64]bool{}}}
	s.buildUI()
	return s
}

func (s *peopleArea) buildUI() {
	s.search = newPeopleSearch(s)
	s.search.OnChanged = s.onSearch
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.showLeft = &widget.Check{Text: "Show people who left", OnChanged: func(bool) { s.onFilter() }}
	s.newBtn = &widget.Button{Text: "New person", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: s.newRecord}
	s.compareBtn = &widget.Button{Text: "Compare ticked", Icon: theme.ViewRestoreIcon(), OnTapped: s.onCompare}
	s.importBtn = &widget.Button{Text: "Import…", Icon: theme.FolderOpenIcon(), OnTapped: s.a.importPeople}
	s.exportBtn = &widget.Button{Text: "Export…", Icon: theme.DocumentSaveIcon(), OnTapped: s.a.exportPeople}
	s.count = &widget.Label{}
	s.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	s.table = s.newTable()
	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.showLeft, s.compareBtn, s.importBtn, s.exportBtn, s.newBtn), s.search)
	bottom := container.NewHBox(s.count)
	// The toolbar first, then the list: the order Tab moves in.
	s.listView = container.New(layout.NewBorderLayout(top, bottom, nil, nil), top, container.NewStack(s.table, container.NewPadded(s.empty)), bottom)
	s.body = container.NewStack(s.listView)
	s.updateCompare()
}

func (s *peopleArea) newTable() *peopleTable {
	t := &peopleTable{Table: widget.Table{
		Length:       func() (int, int) { return len(s.list.shown), peopleCols },
		CreateCell:   s.newCell,
		UpdateCell:   s.updateCell,
		CreateHeader: func() fyne.CanvasObject { return &widget.Button{Importance: widget.LowImportance} },
		UpdateHeader: s.updateHeader,
		OnSelected:   s.onSelect,
	}}
	t.OnHighlighted = func(id widget.TableCellID) { t.marked = id.Row }
	t.ShowHeaderRow = true
	t.ExtendBaseWidget(t)
	for col, w := range []float32{44, 200, 150, 130, 170, 140, 110} {
		t.SetColumnWidth(col, w)
	}
	return t
}

// Column widths follow what the columns hold: names, potential, readiness and dates are
// read in full; job titles and teams get what they need up to peopleTextMax, and their
// longer entries end in an ellipsis and show in full under the pointer. The user can
// drag a heading's edge to widen any column.
const (
	peopleTextMin = 90
	peopleTextMax = 220
)

// fitColumns sizes the columns to the people loaded.
func (s *peopleArea) fitColumns() {
	for col := colName; col < peopleCols; col++ {
		w := max(textWidth(peopleHeadings[col], fyne.TextStyle{Bold: true})+theme.IconInlineSize(), peopleTextMin)
		w = max(w, widestText(len(s.list.rows), func(i int) string { return s.list.rows[i].cell(col) }))
		if col == colJob || col == colTeam {
			w = min(w, peopleTextMax)
		}
		s.table.SetColumnWidth(col, w+theme.Padding()) // a little slack: Fyne shortens a text that fits exactly
	}
}

func (s *peopleArea) view() fyne.CanvasObject { return s.body }

// refresh reloads everyone from the store; the page in front, if any, reloads too.
func (s *peopleArea) refresh() {
	s.a.reload(s.load, func() {
		s.onFilter()
		s.fitColumns()
	})
	if s.page != nil {
		s.page.refresh()
	}
}

// load reads the people and what the list shows about them with a fixed number of store
// calls, however many people there are.
func (s *peopleArea) load() error {
	ctx := s.a.ctx()
	people, err := s.a.store.Listings(ctx)
	if err != nil {
		return err
	}
	roles, err := s.a.store.KeyRoles(ctx)
	if err != nil {
		return err
	}
	err = s.list.load(people, roles, func(fn func(int64, talent.PotentialResult)) error {
		return s.a.store.EachPotentialResult(ctx, fn)
	})
	return err
}

func (s *peopleArea) onSearch(string) { s.onFilter() }

// onFilter narrows the list to the search and the left-people choice, in memory.
func (s *peopleArea) onFilter() {
	s.list.filter(s.search.Text, s.showLeft.Checked)
	s.table.unmark()
	s.table.Refresh()
	s.updateEmpty()
}

func (s *peopleArea) updateEmpty() {
	n := len(s.list.shown)
	s.updateCount()
	switch {
	case n > 0:
		s.empty.Hide()
		return
	case len(s.list.rows) == 0:
		s.empty.SetText("No people yet. Add the first person with New person (Ctrl+N), or import a staff spreadsheet from Home.")
	case s.search.Text == "" && !s.showLeft.Checked:
		s.empty.SetText("Everyone in the data has left. Tick Show people who left to see them, or add a person with New person.")
	default:
		s.empty.SetText(fmt.Sprintf("Nobody matches %q. Check the spelling, search for part of a name, or tick Show people who left.", s.search.Text))
	}
	s.empty.Show()
}

// updateCount says how many people the list shows, and how many are ticked to compare.
func (s *peopleArea) updateCount() {
	text := fmt.Sprintf("%d of %d %s", len(s.list.shown), len(s.list.rows), talent.Plural(len(s.list.rows), "person", "people"))
	switch n := len(s.list.picked); {
	case n == 0:
		text += " · tick 2 to 4 people to compare them"
	case n > maxCompare:
		text += fmt.Sprintf(" · %d ticked: compare up to %d at a time", n, maxCompare)
	default:
		text += fmt.Sprintf(" · %d ticked to compare", n)
	}
	s.count.SetText(text)
}

// onSort sorts by a column; choosing the same column again reverses the order.
func (s *peopleArea) onSort(col int) {
	if s.list.sortCol == col {
		s.list.desc = !s.list.desc
	} else {
		s.list.sortCol, s.list.desc = col, false
	}
	s.list.sort()
	s.onFilter()
}

func (s *peopleArea) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	col := id.Col
	s.headers[col] = b
	b.SetText(peopleHeadings[col])
	b.OnTapped = func() { s.onSort(col) }
	b.SetIcon(nil)
	switch {
	case col == colPick:
		b.OnTapped = nil
	case col == s.list.sortCol && s.list.desc:
		b.SetIcon(theme.MoveUpIcon())
	case col == s.list.sortCol:
		b.SetIcon(theme.MoveDownIcon())
	}
}

func (s *peopleArea) newCell() fyne.CanvasObject {
	return container.NewStack(&widget.Check{}, s.a.newCellLabel())
}

func (s *peopleArea) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*fyne.Container)
	check, label := cell.Objects[0].(*widget.Check), cell.Objects[1].(*cellLabel)
	if id.Row >= len(s.list.shown) {
		return
	}
	r := s.list.row(id.Row)
	if id.Col != colPick {
		check.Hide()
		label.SetText(r.cell(id.Col))
		label.Show()
		return
	}
	label.Hide()
	check.OnChanged = nil
	check.SetChecked(s.list.picked[r.p.ID])
	pid := r.p.ID
	check.OnChanged = func(on bool) { s.onPick(pid, on) }
	check.Show()
}

// onSelect opens the person of the tapped row; a tap beside the tick box toggles it.
func (s *peopleArea) onSelect(id widget.TableCellID) {
	s.table.UnselectAll()
	if id.Row < 0 || id.Row >= len(s.list.shown) {
		return
	}
	r := s.list.row(id.Row)
	if id.Col == colPick {
		s.onPick(r.p.ID, !s.list.picked[r.p.ID])
		s.table.RefreshItem(id)
		return
	}
	s.a.openPerson(r.p.ID)
}

// onPick ticks or unticks a person for comparison.
func (s *peopleArea) onPick(id int64, on bool) {
	if on {
		s.list.picked[id] = true
	} else {
		delete(s.list.picked, id)
	}
	s.updateCompare()
}

func (s *peopleArea) updateCompare() {
	// The button keeps its text, so the toolbar never moves as boxes are ticked; the
	// count beside the list says how many are.
	n := len(s.list.picked)
	s.updateCount()
	if n >= minCompare && n <= maxCompare {
		s.compareBtn.Enable()
	} else {
		s.compareBtn.Disable()
	}
}

func (s *peopleArea) onCompare() {
	var ids []int64
	for _, r := range s.list.rows {
		if s.list.picked[r.p.ID] {
			ids = append(ids, r.p.ID)
		}
	}
	s.a.compareCandidates(0, ids)
}

// save saves the form of the page in front (Ctrl+S).
func (s *peopleArea) save() {
	if sv, ok := s.page.(saver); ok {
		sv.save()
	}
}

// showPage puts a page in place of the list.
func (s *peopleArea) showPage(p area) {
	s.page = p
	s.body.Objects = []fyne.CanvasObject{p.view()}
	s.body.Refresh()
	p.refresh()
}

// showList returns from a page to the list.
func (s *peopleArea) showList() {
	s.page = nil
	s.body.Objects = []fyne.CanvasObject{s.listView}
	s.body.Refresh()
}

// leavePage runs next, which replaces the page in front: at once when that page holds
// nothing unsaved, else once the user agrees to lose the changes (see App.leave). Opening
// a person, the Go menu and Ctrl+F go through it.
func (s *peopleArea) leavePage(next func()) {
	if k, ok := s.page.(keeper); ok {
		s.a.leave(k, next)
		return
	}
	next()
}

// pageUnsaved reports whether the page in front holds changes not yet saved.
func (s *peopleArea) pageUnsaved() bool {
	k, ok := s.page.(keeper)
	if ok {
		_, _, ok = k.unsaved()
	}
	return ok
}

// people returns the people area, built on first use.
func (a *App) people() *peopleArea { return a.areaOf(AreaPeople).(*peopleArea) }

// openPerson switches to People and shows the person's page.
func (a *App) openPerson(id int64) { a.openPersonAt(id, "") }

// openPersonAt switches to People and shows the person's page at the tab with the given
// title, or the first tab for "", asking first as replacePage does.
func (a *App) openPersonAt(id int64, tab string) {
	a.replacePage(func(s *peopleArea) {
		pp := newPersonPage(a, id)
		s.showPage(pp)
		for _, t := range pp.tabs.Items {
			if t.Text == tab {
				pp.tabs.Select(t)
			}
		}
	})
}

// replacePage switches to People and has show put a new page in front. A page with
// unsaved changes stays in front while the user is asked whether to lose them, so that
// Cancel leaves them where they were.
func (a *App) replacePage(show func(s *peopleArea)) {
	s := a.people()
	if !s.pageUnsaved() {
		s.page = nil // the page is replaced; refreshing the old one would be wasted work
	}
	a.Show(AreaPeople)
	s.leavePage(func() { show(s) })
}

// goTo switches to the named area from the Go menu (Ctrl+1, Ctrl+2 and so on, one per
// area in the order of the navigation). People shows its list, leaving the page in
// front as Back would.
func (a *App) goTo(title string) {
	a.Show(title)
	if s := a.people(); title == AreaPeople && s.page != nil {
		s.leavePage(s.showList)
	}
}

// focusSearch switches to the people list and puts the cursor in its search (Ctrl+F),
// with what it holds selected, so that typing starts a new search.
func (a *App) focusSearch() {
	s := a.people()
	a.Show(AreaPeople)
	s.leavePage(func() {
		if s.page != nil {
			s.showList()
		}
		a.win.Canvas().Focus(s.search)
		s.search.TypedShortcut(&fyne.ShortcutSelectAll{})
	})
}

// currentPerson is the person whose page is in front, or 0.
func (a *App) currentPerson() int64 {
	if a.current == nil || a.current.title != AreaPeople {
		return 0
	}
	if pp, ok := a.people().page.(*personPage); ok {
		return pp.id
	}
	return 0
}
