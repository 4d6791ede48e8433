package report

// column is one column of a table.
type column struct {
	title string
	share float64 // of the content width; the shares of a table add up to 1
	align string  // "L", "C" or "R"
	bold  bool
}

// table is rows of text under a header row that repeats on every page the table
// reaches.
type table struct {
	cols     []column
	rows     [][]string
	maxLines int  // per cell; longer text is cut with an ellipsis
	minLines int  // per row, for rows left empty to write in
	dense    bool // rows tightly padded, for long lists of short rows
}

// padY is the room above and below the text of a row.
func (t table) padY() float64 {
	if t.dense {
		return cellPadYDense
	}
	return cellPadY
}

const (
	cellPadX = 1.6
	cellPadY = 1.3
	// cellPadYDense pads the rows of a dense table.
	cellPadYDense = 0.55
)

// minRows is the fewest rows of a table left on a page when it is split.
const minRows = 3

// table draws t from the current position, breaking pages between rows, never with
// fewer than minRows rows on a page: a table too short to split that way is kept whole.
func (d *doc) table(t table) {
	if len(t.rows) == 0 {
		d.space(2.5)
		return
	}
	widths, head, headH, cells, heights := d.layoutTable(t)
	d.start(headH + sum(heights[:keptRows(len(heights))]))
	d.tables++
	d.tableHeader(t, widths, head, headH)
	onPage := 0
	for i := range cells {
		// Break before the last minRows rows too when they would not all fit, so that
		// they do not end up split with fewer on the next page.
		last := len(cells)-i == minRows && onPage >= minRows && d.y()+sum(heights[i:]) > d.bottom
		if d.y()+heights[i] > d.bottom || last {
			d.pdf.AddPage()
			d.continued()
			d.tableHeader(t, widths, head, headH)
			onPage = 0
		}
		d.place(placedRow, "")
		d.tableRow(t, widths, cells[i], heights[i])
		onPage++
	}
	d.space(2.5)
}

// keptRows is how many of a table's first rows must start on the same page as its
// header: all of a table too short to split with minRows on each side.
func keptRows(n int) int {
	if n < 2*minRows {
		return n
	}
	return minRows
}

// tableStart is the room a table's header and the rows kept with it take.
func (d *doc) tableStart(t table) float64 {
	if len(t.rows) == 0 {
		return 0
	}
	_, _, headH, _, heights := d.layoutTable(t)
	return headH + sum(heights[:keptRows(len(heights))])
}

// layoutTable wraps a table's header and rows.
func (d *doc) layoutTable(t table) (widths []float64, head [][]string, headH float64, cells [][][]string, heights []float64) {
	if t.maxLines == 0 {
		t.maxLines = 6
	}
	widths = make([]float64, len(t.cols))
	for i, c := range t.cols {
		widths[i] = c.share * d.width
	}
	head, headH = d.layoutHeader(t, widths)
	for _, row := range t.rows {
		c, h := d.layoutRow(t, widths, row)
		cells, heights = append(cells, c), append(heights, h)
	}
	return widths, head, headH, cells, heights
}

func sum(xs []float64) float64 {
	total := 0.0
	for _, x := range xs {
		total += x
	}
	return total
}

// layoutHeader wraps the column titles, at most two lines each.
func (d *doc) layoutHeader(t table, widths []float64) ([][]string, float64) {
	d.font("B", sizeSmall, mutedColour)
	head := make([][]string, len(t.cols))
	n := 1
	for i, c := range t.cols {
		head[i] = d.wrap(sanitize(c.title), widths[i]-2*cellPadX, 2)
		n = max(n, len(head[i]))
	}
	return head, float64(n)*lineHeight(sizeSmall) + 2*cellPadY + 0.5
}

// layoutRow wraps each cell of a row and returns the lines and the row height.
func (d *doc) layoutRow(t table, widths []float64, row []string) ([][]string, float64) {
	cells := make([][]string, len(t.cols))
	n := max(1, t.minLines)
	for i, c := range t.cols {
		if i >= len(row) {
			break
		}
		d.font(styleOf(c.bold), sizeTable, inkColour)
		cells[i] = d.wrap(sanitize(row[i]), widths[i]-2*cellPadX, t.maxLines)
		n = max(n, len(cells[i]))
	}
	return cells, float64(n)*lineHeight(sizeTable) + 2*t.padY()
}

func styleOf(bold bool) string {
	if bold {
		return "B"
	}
	return ""
}

// continued repeats the section's name above a table carried over to a new page.
func (d *doc) continued() {
	d.font("B", sizeH3, accentColour)
	d.text(d.left, d.y(), d.width, d.section+" (continued)", "L")
	d.space(lineHeight(sizeH3) + 2)
}

func (d *doc) tableHeader(t table, widths []float64, head [][]string, h float64) {
	y, x := d.y(), d.left
	lh := lineHeight(sizeSmall)
	d.font("B", sizeSmall, mutedColour)
	for i, c := range t.cols {
		for j, line := range head[i] {
			d.text(x+cellPadX, y+cellPadY+float64(j)*lh, widths[i]-2*cellPadX, line, c.align)
		}
		x += widths[i]
	}
	d.hline(d.left, d.right, y+h, 0.35, inkColour)
	d.setY(y + h)
}

func (d *doc) tableRow(t table, widths []float64, cells [][]string, h float64) {
	y, x := d.y(), d.left
	lh := lineHeight(sizeTable)
	for i, c := range t.cols {
		d.font(styleOf(c.bold), sizeTable, inkColour)
		for j, line := range cells[i] {
			d.text(x+cellPadX, y+t.padY()+float64(j)*lh, widths[i]-2*cellPadX, line, c.align)
		}
		x += widths[i]
	}
	d.hline(d.left, d.right, y+h, 0.12, ruleColour)
	d.setY(y + h)
}
