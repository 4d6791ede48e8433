// Package report prints Leadbridge's documents, the development plan and the succession summary, as PDF.
package report

import (
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf"

	"leadbridge/internal/talent"
	"leadbridge/resources"
)

// dejaVuFonts are DejaVu Sans, regular and bold, which draw most text. A document
// registers them cut to the characters it draws (see fonts.go).
var dejaVuFonts = [...]cutFont{
	newCutFont("dejavu", "", resources.DejaVuSans),
	newCutFont("dejavu", "B", resources.DejaVuSansBold),
}

// Type sizes in points and measures in millimetres.
const (
	sizeBody   = 9.0
	sizeSmall  = 7.5
	sizeTable  = 8.0
	sizeH3     = 9.5
	sizeH2     = 12.5
	sizeTitle  = 22.0
	lineFactor = 0.3528 * 1.38 // a point in millimetres, times the leading
	margin     = 18.0
	headerGap  = 14.0 // from the top edge to the title on the first page
	bodyTop    = 20.0 // from the top edge to the body on later pages
	footerGap  = 16.0 // from the bottom edge to the body's end
)

// rgb is a colour chosen to stay distinct when printed in black and white.
type rgb struct{ r, g, b int }

var (
	inkColour    = rgb{33, 37, 41}
	mutedColour  = rgb{104, 110, 118}
	accentColour = rgb{28, 61, 96}
	ruleColour   = rgb{196, 200, 205}
	shadeColour  = rgb{241, 243, 245}
)

// doc is one document being written: gofpdf plus the page geometry and the running
// header, footer and section state every part of a document shares.
type doc struct {
	pdf        *gofpdf.Fpdf
	pageH      float64
	left       float64
	right      float64
	width      float64 // between the margins
	bottom     float64 // the lowest y the body may reach
	running    string  // the header on pages after the first
	corner     string  // the header's right-hand text
	notice     string  // the footer's bold notice; "" for "Confidential"
	made       time.Time
	section    string // the current section, repeated above a table continued on a new page
	sections   int
	lettered   bool                        // sections are appendices, lettered rather than numbered
	started    map[string]sectionStart     // each section written so far, by title
	refs       []noteRef                   // the sentences ending in a reference, to draw at the end
	pending    []pendingHeading            // headings waiting to be drawn with what follows them
	tables     int                         // tables drawn so far
	trace      *layoutTrace                // where things were placed; nil but in tests
	style      string                      // the caller's DejaVu style, "" or "B"
	face       int                         // the font of the run being drawn, 0 between runs
	faceFamily string                      // the family gofpdf draws that font in
	dejaVu     [len(dejaVuFonts)]fontUse   // how the document uses each weight of DejaVu Sans
	fallbacks  [len(fallbackFonts)]fontUse // how the document uses each fallback font
	shaper     shaper                      // shapes and draws Devanagari and emoji
}

// newDoc starts a document on the chosen paper with its fonts, footer and metadata.
func newDoc(o Options, title, running, corner string) *doc {
	pdf := gofpdf.New("P", "mm", o.Paper.gofpdfName(), "")
	made := o.made()
	d := &doc{pdf: pdf, running: running, corner: corner, made: made, started: map[string]sectionStart{}, trace: o.trace}
	pageW, pageH := pdf.GetPageSize()
	d.pageH = pageH
	d.left, d.right = margin, pageW-margin
	d.width = d.right - d.left
	d.bottom = d.pageH - footerGap - 4
	for i := range d.dejaVu {
		d.dejaVu[i].runes = ownRunes() // until the content is known (see holds)
	}
	pdf.SetMargins(d.left, bodyTop, margin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCreationDate(made)
	pdf.SetModificationDate(made)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(sanitize(title), true)
	pdf.SetCreator("Leadbridge", true)
	pdf.SetProducer("Leadbridge", true)
	pdf.SetHeaderFuncMode(d.header, true)
	pdf.SetFooterFunc(d.footer)
	pdf.AddPage()
	return d
}

// finish writes the document to w. gofpdf's errors are sticky, so one check covers
// everything drawn.
func (d *doc) finish(w io.Writer) error {
	d.start(0) // a heading with nothing after it
	d.drawRefs()
	d.pageNumbers()
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

func (d *doc) header() {
	defer d.keepStyle()()
	if d.pdf.PageNo() > 1 {
		d.font("", sizeSmall, mutedColour)
		m := d.pdf.GetCellMargin()
		d.text(d.left-m, 8, d.width*0.7, d.running, "L")
		d.text(d.right-d.width*0.3+m, 8, d.width*0.3, d.corner, "R")
		d.hline(d.left, d.right, 11.5, 0.15, ruleColour)
	}
}

func (d *doc) footer() {
	defer d.keepStyle()()
	y := d.pageH - footerGap + 4
	d.hline(d.left, d.right, y-1.5, 0.15, ruleColour)
	d.font("B", sizeSmall, mutedColour)
	// Cells pad their text by the cell margin: the outer texts are moved by it, so that
	// they reach the margins.
	m := d.pdf.GetCellMargin()
	d.text(d.left-m, y, d.width/3, orDefault(d.notice, "Confidential"), "L")
	d.font("", sizeSmall, mutedColour)
	d.text(d.left+d.width/3, y, d.width/3, "Made "+talent.FormatDate(d.made), "C")
}

// pageNumbers writes "Page N of M" in the footer of every page once the count is known,
// so that the text is measured as printed and ends at the right margin.
func (d *doc) pageNumbers() {
	n := d.pdf.PageCount()
	y := d.pageH - footerGap + 4
	for i := 1; i <= n; i++ {
		d.turnTo(i, "", sizeSmall, mutedColour)
		d.text(d.right-d.width/3+d.pdf.GetCellMargin(), y, d.width/3, fmt.Sprintf("Page %d of %d", i, n), "R")
	}
}

// keepStyle returns a function that restores the style the caller had set. gofpdf
// restores its own font after the header and footer of a new page, but not d.style, nor
// the record of which font is gofpdf's.
func (d *doc) keepStyle() func() {
	style, face, family := d.style, d.face, d.faceFamily
	return func() { d.style, d.face, d.faceFamily = style, face, family }
}

// font sets the type style ("" or "B"), size and colour.
func (d *doc) font(style string, size float64, c rgb) {
	d.style = style
	family, _ := d.familyOf(0, "")
	d.pdf.SetFont(family, style, size)
	d.face, d.faceFamily = 0, family
	// gofpdf formats a colour each time it is set, which adds up over thousands of
	// table cells, most of them in the colour already set.
	if r, g, b := d.pdf.GetTextColor(); (rgb{r, g, b}) != c {
		d.pdf.SetTextColor(c.r, c.g, c.b)
	}
}

// lineHeight is the distance between baselines for type of the given size.
func lineHeight(size float64) float64 { return size * lineFactor }

// text draws one line of text in a box of width w at (x, y), cut to fit. Every string
// reaches gofpdf through here, or through vertical, sanitised.
func (d *doc) text(x, y, w float64, s, align string) {
	d.drawText(x, y, w, visual(d.fit(sanitize(s), w)), align)
}

// y and setY read and move the writing position.
func (d *doc) y() float64     { return d.pdf.GetY() }
func (d *doc) setY(y float64) { d.pdf.SetY(y) }

// space moves down by h millimetres, after whatever is waiting to be drawn.
func (d *doc) space(h float64) {
	if len(d.pending) > 0 {
		d.pending = append(d.pending, pendingHeading{h: h, draw: func() { d.space(h) }})
		return
	}
	d.pdf.SetY(d.pdf.GetY() + h)
}

// need starts a new page unless h millimetres are left on this one.
func (d *doc) need(h float64) {
	if d.y()+h > d.bottom {
		d.pdf.AddPage()
	}
}

// layoutTrace records where a document placed its headings, lines and table rows, so
// that tests can check the layout rules on what the writer knows it placed.
type layoutTrace struct{ items []placed }

// placed is one heading, line or table row, or a goal's title, and its page.
type placed struct {
	kind  placedKind
	page  int
	table int    // the table a row belongs to, counted from 1
	text  string // a heading's or goal's title
}

type placedKind int

const (
	placedHeading placedKind = iota
	placedLine
	placedRow
	placedGoal
)

// place records something placed on the current page when the layout is traced.
func (d *doc) place(kind placedKind, text string) {
	if d.trace != nil {
		d.trace.items = append(d.trace.items, placed{kind: kind, page: d.pdf.PageNo(), table: d.tables, text: text})
	}
}

// hline draws a horizontal rule.
func (d *doc) hline(x1, x2, y, weight float64, c rgb) {
	d.draw(c, weight)
	d.pdf.Line(x1, y, x2, y)
}

// fill sets the fill colour.
func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }

// draw sets the line colour and weight.
func (d *doc) draw(c rgb, weight float64) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(weight)
}
