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

// emptyNote is what an empty list shows instead: what to do next.
func emptyNote(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
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
