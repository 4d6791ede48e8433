package report

import (
	"fmt"

	"leadbridge/internal/talent"
)

// profileRow is one competency on the profile chart. A score of 0 means no behaviour
// of the competency was rated.
type profileRow struct {
	name             string
	latest, previous float64
}

// Chart geometry, in millimetres.
const (
	chartLabelW = 60.0
	chartValueW = 22.0
	chartRowH   = 9.0
	chartAxisH  = 9.0
	chartBarH   = 3.4
	chartPrevH  = 1.3
)

var (
	latestColour   = rgb{45, 62, 80}
	previousColour = rgb{160, 166, 173}
)

// profileChart draws horizontal bars on the 1 to 4 rating scale: the latest score as a
// dark bar, the previous one as a thin light bar beneath it, and the target as a dashed
// line. Shape and weight tell them apart as well as shade, so the chart survives a
// black-and-white printer.
func (d *doc) profileChart(rows []profileRow, latest, previous string) {
	x0 := d.left + chartLabelW + 2
	x1 := d.right - chartValueW
	// The scale runs from 1, its lowest rating, to 4: a bar's length is how far above
	// the bottom of the scale the score is.
	scale := func(v float64) float64 { return x0 + (v-1)/3*(x1-x0) }
	d.start(min(chartHeight(len(rows)), d.bottom-bodyTop))
	top := d.y()
	d.chartAxis(scale, top)
	y := top + chartAxisH
	for _, r := range rows {
		if y+chartRowH > d.bottom {
			d.targetLine(scale, top, y)
			d.pdf.AddPage()
			top = d.y()
			d.chartAxis(scale, top)
			y = top + chartAxisH
		}
		d.place(placedLine, "")
		d.chartRow(r, scale, y)
		y += chartRowH
	}
	d.targetLine(scale, top, y)
	d.setY(y + 2)
	d.chartLegend(latest, previous)
}

// chartHeight is the room a chart of n competencies takes with its axis and legend.
func chartHeight(n int) float64 { return chartAxisH + chartRowH*float64(n) + 10 }

// chartAxis draws the scale's anchors above the bars.
func (d *doc) chartAxis(scale func(float64) float64, y float64) {
	unit := scale(2) - scale(1)
	for i, r := range talent.Ratings[1:] {
		v := float64(i + 1)
		d.font("B", sizeSmall, inkColour)
		d.text(scale(v)-unit/2, y, unit, fmt.Sprint(i+1), "C")
		d.font("", sizeSmall-1, mutedColour)
		d.text(scale(v)-unit/2, y+3.2, unit, r.Label()[2:], "C")
	}
}

func (d *doc) chartRow(r profileRow, scale func(float64) float64, y float64) {
	d.font("", sizeTable, inkColour)
	lines := d.wrap(sanitize(r.name), chartLabelW, 2)
	lh := lineHeight(sizeTable)
	ly := y + (chartRowH-float64(len(lines))*lh)/2
	for i, l := range lines {
		d.text(d.left, ly+float64(i)*lh, chartLabelW, l, "L")
	}
	barY := y + (chartRowH-chartBarH-chartPrevH-0.6)/2
	if r.latest == 0 {
		// No grid in this row: the words stand on white, crossed by no line.
		d.font("", sizeSmall, mutedColour)
		d.text(scale(1), barY-0.4, scale(4)-scale(1), "No evidence yet", "L")
	} else {
		d.draw(ruleColour, 0.1)
		for v := 1.0; v <= 4; v++ {
			d.pdf.Line(scale(v), y+0.8, scale(v), y+chartRowH-0.8)
		}
		d.fill(latestColour)
		d.pdf.Rect(scale(1), barY, barLength(scale, r.latest), chartBarH, "F")
	}
	if r.previous > 0 {
		d.fill(previousColour)
		d.draw(inkColour, 0.1)
		d.pdf.Rect(scale(1), barY+chartBarH+0.6, barLength(scale, r.previous), chartPrevH, "FD")
	}
	d.chartValues(r, scale(4)+2, barY)
}

// barLength is the length of a score's bar from the bottom of the scale, with a stub
// for the lowest score so that a rated competency always shows a bar.
func barLength(scale func(float64) float64, v float64) float64 {
	return max(scale(v)-scale(1), 0.8)
}

// chartValues prints the scores beside the bars, so nothing depends on reading a bar's
// length.
func (d *doc) chartValues(r profileRow, x, y float64) {
	w := d.right - x
	if r.latest > 0 {
		d.font("B", sizeTable, inkColour)
		d.text(x, y-0.3, w, fmt.Sprintf("%.1f", r.latest), "L")
	}
	if r.previous > 0 {
		d.font("", sizeSmall-1, mutedColour)
		d.text(x+8, y, w-8, fmt.Sprintf("was %.1f", r.previous), "L")
	}
}

// targetLine marks the target rating across every row.
func (d *doc) targetLine(scale func(float64) float64, top, bottom float64) {
	x := scale(float64(talent.TargetRating))
	d.draw(inkColour, 0.35)
	d.pdf.SetDashPattern([]float64{1.2, 0.9}, 0)
	d.pdf.Line(x, top+7.5, x, bottom)
	d.pdf.SetDashPattern(nil, 0)
}

func (d *doc) chartLegend(latest, previous string) {
	d.need(6)
	y, x := d.y()+1, d.left
	d.font("", sizeSmall, mutedColour)
	d.fill(latestColour)
	d.pdf.Rect(x, y+0.6, 6, chartBarH-0.8, "F")
	x = d.legendText(x+7.5, y, "Latest: "+latest)
	if previous != "" {
		d.fill(previousColour)
		d.draw(inkColour, 0.1)
		d.pdf.Rect(x, y+1.1, 6, chartPrevH, "FD")
		x = d.legendText(x+7.5, y, "Previous: "+previous)
	}
	d.draw(inkColour, 0.35)
	d.pdf.SetDashPattern([]float64{1.2, 0.9}, 0)
	d.pdf.Line(x+1, y, x+1, y+3.5)
	d.pdf.SetDashPattern(nil, 0)
	d.legendText(x+3, y, "Target: "+talent.TargetRating.Label())
	d.setY(y + 6)
}

// legendText writes one legend entry and returns where the next may start.
func (d *doc) legendText(x, y float64, s string) float64 {
	s = d.fit(sanitize(s), d.right-x)
	w := d.strWidth(s)
	d.text(x, y, w+1, s, "L")
	return x + w + 6
}
