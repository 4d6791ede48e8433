package report

import (
	"fmt"

	"leadbridge/internal/talent"
)

// The 9-box's geometry. Names print at one size in every cell, so that a crowded box
// does not look less important than an empty one; when any box cannot hold its names at
// that size, the grid shows counts and the names follow box by box.
const (
	boxNameSize = 7.0
	boxAxisW    = 16.0 // the potential axis on the left
	boxAxisH    = 13.0 // the performance axis below
	boxHeadH    = 9.5  // a cell's name and count
	boxMinCellH = 42.0
	boxMaxCellH = 66.0
)

// nineBox draws the grid, with the names in it when every box can hold its names, and
// reports whether they could; when not, the grid shows counts and boxNames lists the
// names in an appendix.
func (w *successionWriter) nineBox() (namesFit bool) {
	o := w.s.Overview
	placed := 0
	for _, ids := range o.Grid {
		placed += len(ids)
	}
	x0 := w.left + boxAxisW
	cellW := (w.right - x0) / 3
	cells := map[talent.Box][]string{}
	lines := 0
	w.font("", boxNameSize, inkColour)
	for _, box := range talent.Boxes() {
		cells[box] = w.flowNames(w.names(o.Grid[box]), cellW-4)
		lines = max(lines, len(cells[box]))
	}
	// Keep room for cells as tall as the names need, up to the tallest a cell may be,
	// so that names move out of the grid only when no page could hold them in it.
	needH := max(boxMinCellH, min(boxMaxCellH, float64(lines)*lineHeight(boxNameSize)+boxHeadH+3))
	w.heading(nineBoxSection)
	w.start(3*needH + boxAxisH + 16)
	w.paragraph(fmt.Sprintf("%d of the %d active people are placed by their latest performance rating (across) and derived potential (up); %d %s not placed.",
		placed, placed+len(o.NotPlaced), len(o.NotPlaced), talent.Plural(len(o.NotPlaced), "is", "are")))
	y0 := w.y() + 1
	cellH := max(boxMinCellH, min(boxMaxCellH, (w.bottom-y0-boxAxisH)/3))
	fits := float64(lines)*lineHeight(boxNameSize) <= cellH-boxHeadH-3
	for i, box := range talent.Boxes() {
		x := x0 + float64(i%3)*cellW
		y := y0 + float64(i/3)*cellH
		lines := cells[box]
		if !fits {
			lines = nil
		}
		w.boxCell(box, x, y, cellW, cellH, lines)
	}
	w.boxAxes(x0, y0, cellW, cellH)
	for range 3 {
		w.place(placedLine, "") // the grid's three rows of boxes
	}
	w.setY(y0 + 3*cellH + boxAxisH)
	if !fits {
		w.noteRef("The boxes hold more names than fit in the grid, which counts them; their names, box by box:", boxNamesSection)
	}
	if len(o.NotPlaced) > 0 {
		w.noteRef("Who is not placed, and why:", assessSection)
	}
	return fits
}

// names returns the names of people, ready to print.
func (w *successionWriter) names(ids []int64) []string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = sanitize(w.name(id))
	}
	return names
}

// boxCell draws one cell: its name, how many people it holds and the lines of their
// names, if any.
func (w *successionWriter) boxCell(box talent.Box, x, y, cw, ch float64, lines []string) {
	w.draw(ruleColour, 0.25)
	w.fill(shadeColour)
	w.pdf.Rect(x, y, cw, boxHeadH, "F")
	w.pdf.Rect(x, y, cw, ch, "D")
	label := boxLabel(w.s.Boxes, box)
	w.font("B", sizeTable, accentColour)
	w.text(x+2, y+2.2, cw-14, label.Name, "L")
	w.font("B", sizeTable, inkColour)
	w.text(x+cw-12, y+2.2, 10, fmt.Sprint(len(w.s.Overview.Grid[box])), "R")
	w.font("", boxNameSize, inkColour)
	lh := lineHeight(boxNameSize)
	for i, line := range lines {
		w.text(x+2, y+boxHeadH+1.5+float64(i)*lh, cw-4, line, "L")
	}
}

// boxNamesSection is the title of the appendix that names the people of each box.
const boxNamesSection = "The 9-box, name by name"

// boxNames lists the people of each box when the grid is too crowded to hold them.
func (w *successionWriter) boxNames() {
	w.heading(boxNamesSection)
	w.hint("The people placed in each box of the 9-box, which counts them.")
	w.font("", sizeBody, inkColour)
	for _, box := range talent.Boxes() {
		ids := w.s.Overview.Grid[box]
		if len(ids) == 0 {
			continue
		}
		w.subheading(fmt.Sprintf("%s (%d)", boxLabel(w.s.Boxes, box).Name, len(ids)))
		w.font("", sizeBody, inkColour)
		lines := w.flowNames(w.names(ids), w.width)
		w.start(float64(min(len(lines), 3)) * lineHeight(sizeBody))
		for _, line := range lines {
			w.need(lineHeight(sizeBody))
			w.place(placedLine, "")
			w.text(w.left, w.y(), w.width, line, "L")
			w.space(lineHeight(sizeBody))
		}
	}
	w.space(1.5)
}

// whyNotPlaced says what keeps a person off the grid and what to do about it.
func whyNotPlaced(r talent.PotentialResult) string {
	switch {
	case !r.Assessed():
		return "Never assessed by someone else: assess them against the standard."
	case r.Potential == "":
		return fmt.Sprintf("Not enough evidence: %d of %d behaviours rated, %d needed.", r.Rated, r.Total, talent.MinRated(r.Total))
	}
	return fmt.Sprintf("No performance rating: assessed %s without one; rate performance at the next assessment.", talent.FormatDate(r.Basis.Date))
}

// nameSep separates names flowing in a line.
const nameSep = " · "

// flowNames puts names one after another in lines of the given width, breaking lines
// only between names; a name wider than a line is cut to fit.
func (w *successionWriter) flowNames(names []string, width float64) []string {
	var lines []string
	line := ""
	for _, n := range names {
		switch {
		case line == "":
			line = w.fit(n, width)
		case w.strWidth(line+nameSep+n) <= width:
			line += nameSep + n
		default:
			lines = append(lines, line)
			line = w.fit(n, width)
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// boxAxes labels potential up the left side and performance along the bottom.
func (w *successionWriter) boxAxes(x0, y0, cw, ch float64) {
	w.font("", sizeSmall, mutedColour)
	for i, p := range talent.Potentials {
		w.vertical(x0-3.5, y0+(2.5-float64(i))*ch, ch, p.Label())
	}
	for i, p := range talent.Performances {
		w.text(x0+float64(i)*cw, y0+3*ch+1.5, cw, p.Label(), "C")
	}
	w.font("B", sizeSmall, inkColour)
	w.text(x0, y0+3*ch+6, 3*cw, "Performance in the current role  →", "C")
	w.vertical(x0-boxAxisW+3, y0+1.5*ch, 3*ch, "Leadership potential  →")
}

// vertical writes text reading upwards, centred on (x, y) and cut to length.
func (w *successionWriter) vertical(x, y, length float64, s string) {
	s = visual(w.fit(sanitize(s), length))
	_, size := w.pdf.GetFontSize() // in millimetres
	w.pdf.TransformBegin()
	w.pdf.TransformRotate(90, x, y)
	// drawRuns, unlike a cell, takes coordinates as they are: a cell would read the
	// negative x of a long label as a distance from the right edge.
	w.drawRuns(x-w.strWidth(s)/2, y+size*0.35, s)
	w.pdf.TransformEnd()
}
