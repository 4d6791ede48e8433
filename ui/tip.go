package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A text too long for its column ends in an ellipsis; resting the pointer on it shows it
// in full in a tip just below. The tip is drawn in the window's content, above the areas,
// rather than as a pop-up: Fyne gives a pop-up every click and hover in the window, so
// the text under the pointer would lose the hover that keeps the tip open.

// tipLayer holds the tip above the areas. It asks for no room, so a long tip never widens
// the window.
type tipLayer struct {
	box  *fyne.Container
	bg   *canvas.Rectangle
	text *widget.Label
}

func newTipLayer() *tipLayer {
	t := &tipLayer{text: &widget.Label{Wrapping: fyne.TextWrapWord}, bg: &canvas.Rectangle{StrokeWidth: 1}}
	t.box = container.NewStack(t.bg, t.text)
	t.box.Hide()
	return t
}

// object is what the window draws above the areas.
func (t *tipLayer) object() fyne.CanvasObject {
	return &fyne.Container{Layout: noRoom{}, Objects: []fyne.CanvasObject{t.box}}
}

// show puts text in the tip below a line of the given height at pos, in a window of the
// given size, keeping it inside the window.
func (t *tipLayer) show(text string, pos fyne.Position, height float32, win fyne.Size) {
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	t.text.SetText(text)
	width := min(fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width+4*theme.InnerPadding(), win.Width/2)
	tip := fyne.NewSize(width, t.text.MinSize().Height)
	t.text.Resize(tip)
	tip = fyne.NewSize(width, t.text.MinSize().Height)
	x := min(pos.X, win.Width-tip.Width)
	y := pos.Y + height
	if y+tip.Height > win.Height {
		y = pos.Y - tip.Height
	}
	t.box.Move(fyne.NewPos(max(x, 0), max(y, 0)))
	t.box.Resize(tip)
	t.box.Show()
	t.box.Refresh()
}

func (t *tipLayer) hide() { t.box.Hide() }

// noRoom lays nothing out and asks for no room: its objects place themselves.
type noRoom struct{}

func (noRoom) Layout([]fyne.CanvasObject, fyne.Size) {}

func (noRoom) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// cellLabel is the text of a table or list cell: shortened with an ellipsis when its
// column is too narrow, and shown in full in a tip while the pointer rests on it.
type cellLabel struct {
	widget.Label
	tips *tipLayer
}

var _ desktop.Hoverable = (*cellLabel)(nil)

// newCellLabel is a cell showing text, or nothing until it is given one.
func (a *App) newCellLabel(text ...string) *cellLabel {
	l := newCellLabel(a.tips)
	l.Text = strings.Join(text, "")
	return l
}

func newCellLabel(tips *tipLayer) *cellLabel {
	l := &cellLabel{tips: tips}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

func (l *cellLabel) fyneWidget() fyne.CanvasObject { return &l.Label }

// cut reports whether the text is too long to show in full.
func (l *cellLabel) cut() bool {
	size := theme.TextSize()
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	return fyne.MeasureText(l.Text, size, l.TextStyle).Width+2*theme.InnerPadding() > l.Size().Width+0.5
}

// textCut reports whether text in style is wider than a label of the given width shows.
func textCut(text string, style fyne.TextStyle, width float32) bool {
	return textWidth(text, style) > width+0.5
}

// widestText is the width of the widest of n texts, which text(i) returns. Measuring text
// takes time, so only the texts with the most characters are measured: in a business of
// ten thousand people the widest name is among the longest few.
func widestText(n int, text func(int) string) float32 {
	const measured = 12
	var longest []string
	for i := range n {
		t := text(i)
		if len(longest) < measured {
			longest = append(longest, t)
			continue
		}
		shortest := 0
		for j, l := range longest {
			if utf8.RuneCountInString(l) < utf8.RuneCountInString(longest[shortest]) {
				shortest = j
			}
		}
		if utf8.RuneCountInString(t) > utf8.RuneCountInString(longest[shortest]) {
			longest[shortest] = t
		}
	}
	var w float32
	for _, t := range longest {
		w = max(w, textWidth(t, fyne.TextStyle{}))
	}
	return w
}

// textWidth is the width of a label showing text in style in full.
func textWidth(text string, style fyne.TextStyle) float32 {
	return fyne.MeasureText(text, theme.TextSize(), style).Width + 2*theme.InnerPadding()
}

func (l *cellLabel) MouseIn(*desktop.MouseEvent) {
	if l.tips == nil || !l.cut() {
		return
	}
	showTipUnder(l.tips, l, l.Text)
}

func (l *cellLabel) MouseMoved(*desktop.MouseEvent) {}

func (l *cellLabel) MouseOut() {
	if l.tips != nil {
		l.tips.hide()
	}
}

// showTipUnder shows text in a tip under o.
func showTipUnder(tips *tipLayer, o fyne.CanvasObject, text string) {
	d := fyne.CurrentApp().Driver()
	c := d.CanvasForObject(o)
	if c == nil || c.Content() == nil {
		return
	}
	// The tip is drawn in the content, which starts below the menu bar where there is one.
	pos := d.AbsolutePositionForObject(o).Subtract(c.Content().Position())
	tips.show(text, pos, o.Size().Height, c.Content().Size())
}

// linkButton is a flat button that opens what its text names, such as a person on Home.
// A text too long for its column ends in an ellipsis and shows in full in a tip, so a
// long name never widens the window.
type linkButton struct {
	widget.Button
	tips *tipLayer
}

// linkMinWidth is the least room a link asks for; a longer text is shortened to fit.
const linkMinWidth = 160

func (a *App) newLink(text string, open func()) *linkButton {
	l := &linkButton{tips: a.tips}
	l.Text, l.OnTapped = text, open
	l.Importance, l.Alignment = widget.LowImportance, widget.ButtonAlignLeading
	l.ExtendBaseWidget(l)
	return l
}

func (l *linkButton) fyneWidget() fyne.CanvasObject { return &l.Button }

func (l *linkButton) CreateRenderer() fyne.WidgetRenderer {
	r := &linkRenderer{WidgetRenderer: l.Button.CreateRenderer(), link: l}
	for _, o := range r.Objects() {
		if t, ok := o.(*widget.RichText); ok {
			r.text = t
		}
	}
	return r
}

func (l *linkButton) MouseIn(e *desktop.MouseEvent) {
	l.Button.MouseIn(e)
	if l.tips != nil && textCut(l.Text, fyne.TextStyle{}, l.Size().Width-2*theme.Padding()) {
		showTipUnder(l.tips, l, l.Text)
	}
}

func (l *linkButton) MouseOut() {
	l.Button.MouseOut()
	if l.tips != nil {
		l.tips.hide()
	}
}

// linkRenderer draws a link as Fyne draws a button, with its text given the button's
// whole width and shortened to it.
type linkRenderer struct {
	fyne.WidgetRenderer
	link *linkButton
	text *widget.RichText
}

func (r *linkRenderer) MinSize() fyne.Size {
	m := r.WidgetRenderer.MinSize()
	full := fyne.MeasureText(r.link.Text, theme.TextSize(), fyne.TextStyle{}).Width + 2*(theme.InnerPadding()+theme.Padding())
	return fyne.NewSize(min(full, linkMinWidth), m.Height)
}

func (r *linkRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	if r.text == nil {
		return
	}
	pad := theme.Padding()
	r.text.Truncation = fyne.TextTruncateEllipsis
	r.text.Move(fyne.NewPos(pad, r.text.Position().Y))
	r.text.Resize(fyne.NewSize(max(size.Width-2*pad, 0), r.text.Size().Height))
}

func (r *linkRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.Layout(r.link.Size())
}
