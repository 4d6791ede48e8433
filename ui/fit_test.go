package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A screen fits when its window keeps the size it was given, every button can be reached
// and every text meant to be read in full is drawn in full. fitProblems lists, in words,
// where the window of a breaks those rules; none means it fits.
// full holds the texts that must never be shortened, such as names and readiness: a
// table cell may end other texts in an ellipsis, as it shows them in full under the
// pointer.
func fitProblems(a *App, want fyne.Size, full map[string]bool) []string {
	c := a.win.Canvas()
	var probs []string
	if got := c.Size(); got != want {
		probs = append(probs, fmt.Sprintf("the window is %v, want %v", got, want))
	}
	if m := a.win.Content().MinSize(); m.Width > want.Width || m.Height > want.Height {
		probs = append(probs, fmt.Sprintf("the window's content needs %v, more than the %v window: a real window would grow", m, want))
	}
	relayout(a.win.Content())
	for _, o := range c.Overlays().List() {
		relayout(o)
	}
	win := rect{0, 0, want.Width, want.Height}
	f := fitWalk{win: win, probs: &probs, full: full}
	f.walk(a.win.Content(), fyne.NewPos(0, 0), win)
	for _, o := range c.Overlays().List() {
		f.walk(o, fyne.NewPos(0, 0), win)
	}
	return probs
}

// relayout lays out o and everything inside it again at their present sizes, as the
// window driver does before it draws a frame: Fyne's test canvas does not, so a text
// changed since the last layout would otherwise be checked at its old size.
func relayout(o fyne.CanvasObject) {
	switch w := o.(type) {
	case *fyne.Container:
		if w.Layout != nil {
			w.Layout.Layout(w.Objects, w.Size())
		}
		for _, c := range w.Objects {
			relayout(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(w)
		r.Layout(w.Size())
		for _, c := range r.Objects() {
			relayout(c)
		}
	}
}

// rect is an area of the window in absolute coordinates.
type rect struct{ x, y, w, h float32 }

func (r rect) contains(o rect) bool {
	const slack = 0.5 // rounding in layouts
	return o.x >= r.x-slack && o.y >= r.y-slack && o.x+o.w <= r.x+r.w+slack && o.y+o.h <= r.y+r.h+slack
}

type fitWalk struct {
	win   rect
	probs *[]string
	full  map[string]bool
}

// walk checks o, drawn at pos inside clip, the part of the window it can be seen in,
// and everything drawn inside it.
func (f fitWalk) walk(o fyne.CanvasObject, parent fyne.Position, clip rect) {
	if !o.Visible() {
		return
	}
	pos := parent.Add(o.Position())
	r := rect{pos.X, pos.Y, o.Size().Width, o.Size().Height}
	if c, ok := o.(*cellLabel); ok {
		if cut := labelCut(&c.Label); cut != "" && f.full[c.Text] {
			*f.probs = append(*f.probs, fmt.Sprintf("cell %q is %s", c.Text, cut))
		}
		return
	}
	if l, ok := o.(*linkButton); ok {
		if f.full[l.Text] && textCut(l.Text, fyne.TextStyle{}, l.Size().Width-2*theme.Padding()) {
			*f.probs = append(*f.probs, fmt.Sprintf("link %q is shortened", l.Text))
		}
		return
	}
	switch w := inner(o).(type) {
	case *widget.Button:
		if !clip.contains(r) && w.Text != "" {
			*f.probs = append(*f.probs, fmt.Sprintf("button %q at %v lies outside the visible %v", w.Text, r, clip))
		}
	case *widget.Label:
		if low := lowContrast(w); low != "" {
			*f.probs = append(*f.probs, fmt.Sprintf("label %q is %s", w.Text, low))
		}
		if cut := labelCut(w); cut != "" {
			*f.probs = append(*f.probs, fmt.Sprintf("label %q is %s", w.Text, cut))
		}
		if !clip.contains(r) && w.Text != "" && r.w > 0 {
			*f.probs = append(*f.probs, fmt.Sprintf("label %q at %v lies outside the visible %v", w.Text, r, clip))
		}
		return
	case *widget.Select:
		if shown := drawnText(w); w.Selected != "" && strings.Contains(shown, "…") && !strings.Contains(w.Selected, "…") {
			*f.probs = append(*f.probs, fmt.Sprintf("choice %q is shortened to %q", w.Selected, shown))
		}
	case *canvas.Text:
		r.w = min(r.w, w.MinSize().Width) // the letters, not the room given to them
		if w.Text != "" && !clip.contains(r) {
			*f.probs = append(*f.probs, fmt.Sprintf("text %q at %v lies outside the visible %v", w.Text, r, clip))
		}
	case *container.Scroll:
		if !clip.contains(r) {
			*f.probs = append(*f.probs, fmt.Sprintf("a scrolled part at %v lies outside the visible %v", r, clip))
		}
		// What scrolls can be reached by scrolling; across a scroll that only goes up and
		// down, its edges still cut.
		clip = rect{-1e9, -1e9, 2e9, 2e9}
		if w.Direction == container.ScrollVerticalOnly {
			clip.x, clip.w = r.x, r.w
		}
	case *widget.PopUp:
		clip = r
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			f.walk(c, pos, clip)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			f.walk(c, pos, clip)
		}
	}
}

// labelCut says how a label's text is cut short, or "" when it is drawn in full.
func labelCut(l *widget.Label) string {
	if l.Text == "" || l.Size().Width <= 0 {
		return ""
	}
	if l.Truncation == fyne.TextTruncateOff && l.Wrapping == fyne.TextWrapOff && l.Size().Width+0.5 < l.MinSize().Width {
		return fmt.Sprintf("cut off: %v wide, needs %v", l.Size().Width, l.MinSize().Width)
	}
	if shown := drawnText(l); strings.Contains(shown, "…") && !strings.Contains(l.Text, "…") {
		return fmt.Sprintf("shortened to %q", shown)
	}
	return ""
}

// lowContrast says how a label's text is hard to read on the window's background, or ""
// when its contrast reaches 4.5:1, the WCAG level for body text. Grey is for decoration:
// what a label says is there to be read. Warnings and errors are coloured to stand out,
// and are left to the theme's colours.
func lowContrast(l *widget.Label) string {
	if l.Importance != widget.MediumImportance && l.Importance != widget.LowImportance {
		return ""
	}
	bg := luminance(theme.Color(theme.ColorNameBackground))
	var low string
	walkObjects(l, func(o fyne.CanvasObject) {
		t, ok := o.(*canvas.Text)
		if !ok || t.Text == "" || low != "" {
			return
		}
		fg := luminance(t.Color)
		if ratio := (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05); ratio < 4.5 {
			low = fmt.Sprintf("drawn at a contrast of %.1f:1, under 4.5:1", ratio)
		}
	})
	return low
}

// luminance is the relative luminance of c, as WCAG defines it.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// drawnText is the text o draws.
func drawnText(o fyne.CanvasObject) string {
	var shown strings.Builder
	walkObjects(o, func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok {
			shown.WriteString(t.Text)
		}
	})
	return shown.String()
}
