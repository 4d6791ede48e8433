package report

import (
	"fmt"

	"leadbridge/internal/talent"
)

// Sizes of the names in a 9-box cell, largest first: a crowded cell shrinks its type
// before it cuts the list.
const (
	boxNameMax  = 7.5
	boxNameMin  = 5.5
	boxNameStep = 0.5
	boxAxisW    = 16.0 // the potential axis on the left
	boxAxisH    = 13.0 // the performance axis below
	boxHeadH    = 9.5  // a cell's name and count
	boxMinCellH = 42.0
	boxMaxCellH = 66.0
)

func (w *successionWriter) nineBox() {
	o := w.s.Overview
	placed := 0
	for _, ids := range o.Grid {
		placed += len(ids)
	}
	w.heading("The 9-box", 3*boxMinCellH+boxAxisH+16)
	w.paragraph(fmt.Sprintf("%d %s placed by the latest performance rating (across) and derived potential (up). %d %s not placed: they need an assessment first, as listed under People needing an assessment.",
		placed, talent.Plural(placed, "person", "people"), len(o.NeedingAssessment), talent.Plural(len(o.NeedingAssessment), "is", "are")))
	x0, y0 := w.left+boxAxisW, w.y()+1
	cellW := (w.right - x0) / 3
	cellH := max(boxMinCellH, min(boxMaxCellH, (w.bottom-y0-boxAxisH)/3))
	for i, box := range talent.Boxes() {
		x := x0 + float64(i%3)*cellW
		y := y0 + float64(i/3)*cellH
		w.boxCell(box, x, y, cellW, cellH)
	}
	w.boxAxes(x0, y0, cellW, cellH)
	w.setY(y0 + 3*cellH + boxAxisH)
}

// boxCell draws one cell: its name, how many people it holds and their names.
func (w *successionWriter) boxCell(box talent.Box, x, y, cw, ch float64) {
	w.draw(ruleColour, 0.25)
	w.fill(shadeColour)
	w.pdf.Rect(x, y, cw, boxHeadH, "F")
	w.pdf.Rect(x, y, cw, ch, "D")
	label := boxLabel(w.s.Boxes, box)
	ids := w.s.Overview.Grid[box]
	w.font("B", sizeTable, accentColour)
	w.text(x+2, y+2.2, cw-14, label.Name, "L")
	w.font("B", sizeTable, inkColour)
	w.text(x+cw-12, y+2.2, 10, fmt.Sprint(len(ids)), "R")
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = sanitize(w.name(id))
	}
	size, lines := w.fitNames(names, cw-4, ch-boxHeadH-3)
	w.font("", size, inkColour)
	lh := lineHeight(size)
	for i, line := range lines {
		w.text(x+2, y+boxHeadH+1.5+float64(i)*lh, cw-4, line, "L")
	}
}

// fitNames lays names out in lines within w×h, shrinking the type down to boxNameMin
// and then cutting the list with "+n more".
func (w *successionWriter) fitNames(names []string, width, height float64) (float64, []string) {
	size := boxNameMax
	for ; size > boxNameMin; size -= boxNameStep {
		w.font("", size, inkColour)
		if lines := w.flowNames(names, width, 0); float64(len(lines))*lineHeight(size) <= height {
			return size, lines
		}
	}
	w.font("", boxNameMin, inkColour)
	return boxNameMin, w.flowNames(names, width, int(height/lineHeight(boxNameMin)))
}

// nameSep separates names flowing in a cell.
const nameSep = " · "

// flowNames puts names one after another, breaking lines only between names. With
// maxLines above zero, the names that do not fit are counted on the last line as
// "+n more".
func (w *successionWriter) flowNames(names []string, width float64, maxLines int) []string {
	var lines []string
	line := ""
	for i := 0; i < len(names); i++ {
		switch {
		case line == "" && maxLines > 0 && len(lines) == maxLines-1:
			return append(lines, w.lastNameLine(names[i:], width))
		case line == "":
			line = w.fit(names[i], width)
		case w.strWidth(line+nameSep+names[i]) <= width:
			line += nameSep + names[i]
		default:
			lines = append(lines, line)
			line = ""
			i-- // the name starts the next line
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// lastNameLine fits as many names as it can in one line and counts the rest.
func (w *successionWriter) lastNameLine(names []string, width float64) string {
	line := ""
	for i, n := range names {
		next := n
		if line != "" {
			next = line + nameSep + n
		}
		suffix := ""
		if rest := len(names) - i - 1; rest > 0 {
			suffix = fmt.Sprintf("%s+%d more", nameSep, rest)
		}
		if w.strWidth(next+suffix) <= width {
			line = next
			continue
		}
		more := fmt.Sprintf("+%d more", len(names)-i)
		if line == "" {
			return more
		}
		return line + nameSep + more
	}
	return line
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
