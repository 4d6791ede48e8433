package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The keyboard path through the people list: Ctrl+F puts the cursor in the search; Enter
// there opens the first match, and Down or Tab moves into the list, where the arrows
// move and Enter opens the person (Space ticks them in the first column).

// peopleSearch is the search field of the people list.
type peopleSearch struct {
	entry
	s *peopleArea
}

func newPeopleSearch(s *peopleArea) *peopleSearch {
	e := &peopleSearch{s: s}
	e.ExtendBaseWidget(e)
	e.PlaceHolder = "Find by name, team or job title (Ctrl+F)"
	e.OnSubmitted = func(string) { s.openRow(0) }
	return e
}

// AcceptsTab takes Tab, to move into the list, but not Shift+Tab, which goes back.
func (e *peopleSearch) AcceptsTab() bool { return heldModifiers()&fyne.KeyModifierShift == 0 }

func (e *peopleSearch) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		e.s.focusTable()
	case fyne.KeyTab:
		if !e.s.focusTable() { // nobody listed: Tab moves on as usual
			e.s.a.win.Canvas().FocusNext()
		}
	default:
		if !passKey(e, k, false) {
			e.Entry.TypedKey(k)
		}
	}
}

// peopleTable is the people list's table, where Enter opens the person in the row
// with the keyboard's mark.
type peopleTable struct {
	widget.Table
	marked int // the row with the mark
}

func (t *peopleTable) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if t.OnSelected != nil {
			t.OnSelected(widget.TableCellID{Row: t.marked, Col: colName})
		}
	default:
		if !passKey(t, k, false) {
			t.Table.TypedKey(k)
		}
	}
}

// unmark puts the mark back on the first row, as when the list is filtered anew. Fyne
// moves the mark only by key, so it goes up row by row.
func (t *peopleTable) unmark() {
	for row := -1; t.marked > 0 && t.marked != row; {
		row = t.marked
		t.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
}

// focusTable moves the keyboard into the list, and reports whether it did: not when it
// lists nobody.
func (s *peopleArea) focusTable() bool {
	if len(s.list.shown) == 0 {
		return false
	}
	s.a.win.Canvas().Focus(s.table)
	return true
}

// openRow opens the person in row i of the list, if it lists that many.
func (s *peopleArea) openRow(i int) {
	if i >= 0 && i < len(s.list.shown) {
		s.a.openPerson(s.list.row(i).p.ID)
	}
}
