package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// chartPoint is one competency score on one date.
type chartPoint struct {
	date  time.Time
	score float64 // 1 to 4
	self  bool    // from a self-assessment: drawn apart from the line of others' scores
}

// scoreChart draws one competency's scores over time: dates across, 1 to 4 up. Others'
// scores are joined by a line; self-assessments are squares beside it, so the two are
// told apart in black and white.
type scoreChart struct {
	widget.BaseWidget
	title  string
	points []chartPoint // by date
	tips   *tipLayer
}

func newScoreChart(tips *tipLayer, title string, points []chartPoint) *scoreChart {
	c := &scoreChart{title: title, points: points, tips: tips}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the chart from canvas lines, circles and rectangles.
func (c *scoreChart) CreateRenderer() fyne.WidgetRenderer {
	fg := theme.Color(theme.ColorNameForeground)
	r := &chartRenderer{c: c}
	r.title = newCellLabel(c.tips)
	r.title.Text, r.title.TextStyle, r.title.SizeName = c.title, fyne.TextStyle{Bold: true}, theme.SizeNameCaptionText
	r.frame = &canvas.Rectangle{StrokeColor: theme.Color(theme.ColorNameSeparator), StrokeWidth: 1}
	for i := range r.grid {
		r.grid[i] = &canvas.Line{StrokeColor: theme.Color(theme.ColorNameSeparator), StrokeWidth: 1}
		r.ticks[i] = &canvas.Text{Text: string(rune('1' + i)), Color: fg, TextSize: theme.CaptionTextSize()}
	}
	var prev *chartPoint
	for i := range c.points {
		p := &c.points[i]
		if p.self {
			r.marks = append(r.marks, &canvas.Rectangle{StrokeColor: fg, StrokeWidth: 1.5})
			continue
		}
		r.marks = append(r.marks, &canvas.Circle{FillColor: fg})
		if prev != nil {
			r.lines = append(r.lines, &canvas.Line{StrokeColor: fg, StrokeWidth: 2})
		}
		prev = p
	}
	r.note = &canvas.Text{Color: theme.Color(theme.ColorNamePlaceHolder), TextSize: theme.CaptionTextSize()}
	r.note.Text = "No scores yet"
	if n := len(c.points); n > 0 {
		r.note.Text = talent.FormatDate(c.points[0].date) + " – " + talent.FormatDate(c.points[n-1].date)
	}
	return r
}

type chartRenderer struct {
	c     *scoreChart
	title *cellLabel
	note  *canvas.Text
	frame *canvas.Rectangle
	grid  [4]*canvas.Line
	ticks [4]*canvas.Text
	lines []*canvas.Line
	marks []fyne.CanvasObject
}

const (
	chartPad   = 6
	chartLeft  = 18 // room for the 1–4 ticks
	chartTitle = 24
	chartFoot  = 16
)

func (r *chartRenderer) Layout(size fyne.Size) {
	r.title.Move(fyne.NewPos(0, 0))
	r.title.Resize(fyne.NewSize(size.Width, chartTitle))
	r.frame.Move(fyne.NewPos(chartLeft, chartTitle))
	plot := fyne.NewSize(max(size.Width-chartLeft-chartPad, 0), max(size.Height-chartTitle-chartFoot, 0))
	r.frame.Resize(plot)
	r.note.Move(fyne.NewPos(chartLeft, size.Height-chartFoot+2))
	y := func(score float64) float32 { return chartTitle + plot.Height - float32((score-0.5)/4)*plot.Height }
	for i := range r.grid {
		gy := y(float64(i + 1))
		r.grid[i].Position1 = fyne.NewPos(chartLeft, gy)
		r.grid[i].Position2 = fyne.NewPos(chartLeft+plot.Width, gy)
		r.ticks[i].Move(fyne.NewPos(chartPad, gy-7))
	}
	x := r.xScale(plot.Width)
	var last fyne.Position
	line, joined := 0, false
	for i, p := range r.c.points {
		pos := fyne.NewPos(x(p.date), y(p.score))
		const d = 7
		r.marks[i].Resize(fyne.NewSquareSize(d))
		r.marks[i].Move(pos.SubtractXY(d/2, d/2))
		if p.self {
			continue
		}
		if joined {
			r.lines[line].Position1, r.lines[line].Position2 = last, pos
			line++
		}
		last, joined = pos, true
	}
}

// xScale places dates across the plot; a single date sits in the middle.
func (r *chartRenderer) xScale(width float32) func(time.Time) float32 {
	pts := r.c.points
	if len(pts) == 0 {
		return func(time.Time) float32 { return 0 }
	}
	first, last := pts[0].date, pts[len(pts)-1].date
	span := float32(talent.DaysBetween(first, last))
	inner := width - 2*chartPad
	return func(t time.Time) float32 {
		if span == 0 {
			return chartLeft + width/2
		}
		return chartLeft + chartPad + inner*float32(talent.DaysBetween(first, t))/span
	}
}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 120) }

func (r *chartRenderer) Refresh() {
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.frame, r.title, r.note}
	for i := range r.grid {
		objs = append(objs, r.grid[i], r.ticks[i])
	}
	for _, l := range r.lines {
		objs = append(objs, l)
	}
	return append(objs, r.marks...)
}

func (r *chartRenderer) Destroy() {}
