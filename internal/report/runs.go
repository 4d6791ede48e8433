package report

import (
	"bytes"
	"iter"
)

// DejaVu Sans draws most text; a fallback font draws the CJK characters it lacks. Text
// is measured and drawn in runs, each in the font that has its glyphs, always through
// strWidth and drawText so that measuring and drawing agree.

// runs splits sanitised text into stretches drawn by one font, yielding each with its
// face (see coverage.faceOf). Text DejaVu Sans draws entirely is a single run.
func runs(s string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		c := fontCoverage()
		start, face := 0, -1
		for i, r := range s {
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

// setFace selects the font for a run at the current style and size. A fallback comes
// in one weight, which bold runs share.
func (d *doc) setFace(face int) {
	if face == d.face {
		return
	}
	d.face = face
	size, _ := d.pdf.GetFontSize()
	if face == 0 {
		d.pdf.SetFont(family, d.style, size)
		return
	}
	f := fallbackFonts[face-1]
	if !d.loaded[face-1] {
		// Parsing a fallback font costs more than writing a whole plan, so a document
		// registers one only when its text needs it, with its own copy for the reason
		// newDoc gives.
		d.pdf.AddUTF8FontFromBytes(f.family, "", bytes.Clone(f.data))
		d.loaded[face-1] = true
	}
	d.pdf.SetFont(f.family, "", size)
}

// strWidth measures sanitised text in the current font, each run in its own font.
func (d *doc) strWidth(s string) float64 {
	w := 0.0
	for text, face := range runs(s) {
		d.setFace(face)
		w += d.pdf.GetStringWidth(text)
	}
	d.setFace(0)
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
// caller's font.
func (d *doc) drawRuns(x, baseline float64, s string) {
	for text, face := range runs(s) {
		d.setFace(face)
		d.pdf.Text(x, baseline, text)
		x += d.pdf.GetStringWidth(text)
	}
	d.setFace(0)
}
