package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The small widgets and layouts every screen shares.

// wrapLabel is text that wraps at word boundaries.
func wrapLabel(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

// heading titles a part of a screen.
func heading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}
}

// boldLabel is text in bold, such as a column heading.
func boldLabel(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}}
}

// noteCard is a card with a title and a note that wraps, unlike a card's own subtitle,
// which would widen the window to its length.
func noteCard(title, note string, content fyne.CanvasObject) *widget.Card {
	return widget.NewCard(title, "", container.NewVBox(wrapLabel(note), content))
}

// emptyNote is what an empty list shows instead: what to do next.
func emptyNote(text string) *widget.Label {
	return wrapLabel(text)
}

// enableIf enables b when on holds, and disables it otherwise.
func enableIf(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// weightedColumns lays objects out in a row, each taking a share of the width in
// proportion to its weight, so a list's rows line up with its header.
type weightedColumns []float32

// Layout places the objects side by side.
func (w weightedColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var total float32
	for _, x := range w {
		total += x
	}
	pad := theme.Padding()
	avail := size.Width - pad*float32(len(objs)-1)
	var x float32
	for i, o := range objs {
		width := avail * w[i] / total
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(width, size.Height))
		x += width + pad
	}
}

// MinSize is the objects' minimum widths side by side, as tall as the tallest.
func (w weightedColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var width, height float32
	for _, o := range objs {
		m := o.MinSize()
		width += m.Width
		height = max(height, m.Height)
	}
	return fyne.NewSize(width+theme.Padding()*float32(len(objs)-1), height)
}

// checkColumns lays check boxes out in two columns, so a long list stays on screen.
func checkColumns(checks []*checkBox) *fyne.Container {
	objs := make([]fyne.CanvasObject, len(checks))
	for i, c := range checks {
		objs[i] = c
	}
	return container.NewGridWithColumns(2, objs...)
}

// entryColumn stacks entries in a column.
func entryColumn(entries []*entry) *fyne.Container {
	objs := make([]fyne.CanvasObject, len(entries))
	for i, e := range entries {
		objs[i] = e
	}
	return container.NewVBox(objs...)
}

// findByID returns the item of items whose ID, as idOf reads it, is id: the one a list
// has selected.
func findByID[T any](items []T, id int64, idOf func(T) int64) (T, bool) {
	for _, x := range items {
		if idOf(x) == id {
			return x, true
		}
	}
	var none T
	return none, false
}

// showDetail shows detail when something is selected, and otherwise the note saying
// what to select.
func showDetail(detail, note fyne.CanvasObject, selected bool) {
	if selected {
		note.Hide()
		detail.Show()
	} else {
		detail.Hide()
		note.Show()
	}
}
