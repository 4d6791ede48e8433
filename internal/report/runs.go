package report

import (
	"fmt"
	"iter"
	"strings"
)

// DejaVu Sans draws most text; a fallback font draws the CJK characters it lacks, and
// shaped fonts draw Devanagari and emoji as outlines (see shape.go). Text is measured
// and drawn in runs, each in the font that has its glyphs, always through strWidth and
// drawText so that measuring and drawing agree.

// runs splits sanitised text into stretches drawn by one font, yielding each with its
// face (see coverage.faceOf). Text DejaVu Sans draws entirely is a single run. A joiner
// stays in the shaped run it steers.
func runs(s string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		c := fontCoverage()
		start, face := 0, -1
		for i, r := range s {
			if joiner(r) && shapedFace(face) {
				continue
			}
			f := c.faceOf(r)
			if f == face {
				continue
			}
			if face >= 0 && !yield(s[start:i], face) {
				return
			}
			start, face = i, f
		}
		if face >= 0 {
			yield(s[start:], face)
		}
	}
}

// Text in display order (see visual) marks each right-to-left stretch with the text it
// stands for: spanStart, the stretch as drawn, spanText, its text, spanEnd.
// Control characters cannot come from sanitised text, so user text cannot forge them.
const (
	spanStart = '\x02'
	spanText  = '\x03'
	spanEnd   = '\x04'
)

// spans splits display text into stretches, yielding each as drawn with the text it
// stands for, or "" where that is the text drawn.
func spans(s string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for s != "" {
			at := strings.IndexRune(s, spanStart)
			if at < 0 {
				yield(s, "")
				return
			}
			if at > 0 && !yield(s[:at], "") {
				return
			}
			shown, rest, _ := strings.Cut(s[at+1:], string(spanText))
			typed, after, _ := strings.Cut(rest, string(spanEnd))
			if !yield(shown, typed) {
				return
			}
			s = after
		}
	}
}

// setFace selects the font for a run of text at the current style and size. A fallback
// comes in one weight, which bold runs share; the text decides which form of a font
// draws the run (see register); shaped faces are drawn without gofpdf's fonts.
func (d *doc) setFace(face int, text string) {
	family, style := "", ""
	if !shapedFace(face) {
		family, style = d.familyOf(face, text)
	}
	if face == d.face && family == d.faceFamily {
		return
	}
	d.face, d.faceFamily = face, family
	if shapedFace(face) {
		return
	}
	size, _ := d.pdf.GetFontSize()
	d.pdf.SetFont(family, style, size)
}

// runWidth measures one run in its face.
func (d *doc) runWidth(text string, face int) float64 {
	if shapedFace(face) {
		return d.shapedWidth(text, face)
	}
	d.setFace(face, text)
	return d.pdf.GetStringWidth(text)
}

// strWidth measures prepared text in the current font, each run in its own font.
func (d *doc) strWidth(s string) float64 {
	w := 0.0
	for shown := range spans(s) {
		for text, face := range runs(shown) {
			w += d.runWidth(text, face)
		}
	}
	d.setFace(0, "")
	return w
}

// drawText draws prepared text (sanitised, cut to fit and in display order) in a box
// of width w at (x, y), placed as gofpdf places a cell's text.
func (d *doc) drawText(x, y, w float64, s, align string) {
	d.pdf.SetXY(x, y)
	dx := d.pdf.GetCellMargin()
	switch align {
	case "R":
		dx = w - dx - d.strWidth(s)
	case "C":
		dx = (w - d.strWidth(s)) / 2
	}
	pt, size := d.pdf.GetFontSize()
	d.drawRuns(x+dx, y+0.5*lineHeight(pt)+0.3*size, s)
}

// drawRuns writes prepared text from x along the baseline y, then restores the
// caller's font. A right-to-left stretch is marked with the letters it stands for, so
// that search and extraction read letters rather than their joined forms.
func (d *doc) drawRuns(x, baseline float64, s string) {
	for shown, typed := range spans(s) {
		if typed != "" {
			d.beginActualText(typed)
		}
		for text, face := range runs(shown) {
			if shapedFace(face) {
				x += d.drawShaped(x, baseline, text, face, typed != "")
				continue
			}
			d.setFace(face, text)
			d.textRun(x, baseline, text, face)
			x += d.pdf.GetStringWidth(text)
		}
		if typed != "" {
			d.endActualText()
		}
	}
	d.setFace(0, "")
}

// textRun draws a run in a gofpdf font. The CJK fallbacks come in one weight, so in
// bold text their glyphs are thickened by stroking them in the text colour too.
func (d *doc) textRun(x, baseline float64, text string, face int) {
	if face == 0 || d.style != "B" {
		d.pdf.Text(x, baseline, text)
		return
	}
	pt, _ := d.pdf.GetFontSize()
	r, g, b := d.pdf.GetTextColor()
	d.pdf.RawWriteStr(fmt.Sprintf("q %s RG %s w 2 Tr", rgbOp(r, g, b), num(pt*boldStroke, 3)))
	d.pdf.Text(x, baseline, text)
	d.pdf.RawWriteStr("Q")
}

// boldStroke is the outline drawn round a one-weight glyph in bold text, in ems: about
// what DejaVu Sans Bold adds to the regular weight's strokes.
const boldStroke = 0.04
