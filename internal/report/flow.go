package report

import (
	"fmt"
	"strings"
)

// titleBlock opens the first page: a small label line, the title and a subtitle.
func (d *doc) titleBlock(kicker, corner, title, subtitle string) {
	d.setY(headerGap)
	d.font("B", sizeSmall+0.5, accentColour)
	d.text(d.left, d.y(), d.width*0.6, strings.ToUpper(kicker), "L")
	d.text(d.right-d.width*0.4, d.y(), d.width*0.4, strings.ToUpper(corner), "R")
	d.space(lineHeight(sizeSmall) + 3)
	d.font("B", sizeTitle, inkColour)
	for _, line := range d.wrap(sanitize(title), d.width, 2) {
		d.text(d.left, d.y(), d.width, line, "L")
		d.space(lineHeight(sizeTitle) * 0.9)
	}
	if subtitle != "" {
		d.space(1)
		d.font("", sizeH3+1, mutedColour)
		d.paragraphLines(subtitle, d.left, d.width, sizeH3+1, 2)
	}
	d.space(3)
	d.hline(d.left, d.right, d.y(), 0.6, accentColour)
	d.space(5)
}

// heading starts a numbered section. It is drawn by the content that follows, on the
// page where the first lines of that content fit with it (see start), so that it never
// ends a page. After appendices begins, sections are lettered instead.
func (d *doc) heading(title string) { d.headingAs(title, true) }

// unnumbered starts a section that takes no number, so that the sections after it keep
// the numbers they have in a copy without it.
func (d *doc) unnumbered(title string) { d.headingAs(title, false) }

func (d *doc) headingAs(title string, numbered bool) {
	d.wait(5+lineHeight(sizeH2)+4, func() {
		label := ""
		if numbered {
			d.sections++
			label = fmt.Sprint(d.sections)
			if d.lettered {
				label = string(rune('A' + d.sections - 1))
			}
		}
		d.section = title
		if d.y() > headerGap+8 {
			d.space(5)
		}
		d.started[title] = sectionStart{label, d.lettered, d.pdf.PageNo()}
		d.place(placedHeading, title)
		y := d.y()
		d.font("B", sizeH2, accentColour)
		x := d.left
		if label != "" {
			d.text(x, y, 9, label, "L")
			x += 9
		}
		d.text(x, y, d.right-x, title, "L")
		d.setY(y + lineHeight(sizeH2) + 1)
		d.hline(d.left, d.right, d.y(), 0.2, ruleColour)
		d.space(3)
	})
}

// appendices starts the appendices on a new page: the sections after it are lettered
// A, B, C.
func (d *doc) appendices() {
	d.pageBreak()
	d.sections, d.lettered = 0, true
}

// pendingHeading is a heading waiting for the content it belongs with, or a short
// piece of that content queued behind it.
type pendingHeading struct {
	h       float64 // the room it takes
	lines   int     // the lines of content it holds
	heading bool
	draw    func()
}

// start makes room for the first h millimetres of content that holds at least three
// lines or rows, together with the headings and short content waiting for it, and
// draws those first.
func (d *doc) start(h float64) { d.block(h, minRows, func() {}) }

// block draws a piece of content of the given lines whose first lines take h
// millimetres. While headings are waiting and they and the content queued behind them
// hold fewer than three lines, it is queued too; once there are three, all of it is
// drawn on the page where it fits together, so that a heading goes to a new page with
// the start of its content rather than stay at the foot of a page. Each queued piece
// keeps the type style it was given in.
func (d *doc) block(h float64, lines int, draw func()) {
	switch {
	case len(d.pending) == 0:
		d.need(h)
	case d.queuedLines()+lines < minRows:
		style := d.style
		pt, _ := d.pdf.GetFontSize()
		r, g, b := d.pdf.GetTextColor()
		d.pending = append(d.pending, pendingHeading{h: h, lines: lines, draw: func() {
			d.font(style, pt, rgb{r, g, b})
			draw()
		}})
		return
	default:
		d.flush(h)
	}
	draw()
}

// queuedLines counts the lines of content queued under the last heading waiting.
func (d *doc) queuedLines() int {
	n := 0
	for _, p := range d.pending {
		n += p.lines
		if p.heading {
			n = 0
		}
	}
	return n
}

// flush draws what is waiting on the page where it fits with h millimetres more,
// keeping the caller's type style.
func (d *doc) flush(h float64) {
	pending := d.pending
	// Cleared first: the new page's header and footer draw text too.
	d.pending = nil
	for _, p := range pending {
		h += p.h
	}
	d.need(h)
	style := d.style
	pt, _ := d.pdf.GetFontSize()
	r, g, b := d.pdf.GetTextColor()
	for _, p := range pending {
		p.draw()
	}
	d.font(style, pt, rgb{r, g, b})
}

// wait queues a heading. What waits under an earlier heading with some content of its
// own is complete, as a new heading starts, and is drawn first: it is all the content
// that heading has.
func (d *doc) wait(h float64, draw func()) {
	if d.queuedLines() > 0 {
		d.flush(0)
	}
	d.pending = append(d.pending, pendingHeading{h: h, heading: true, draw: draw})
}

// pageBreak ends the page after whatever is waiting to be drawn.
func (d *doc) pageBreak() {
	d.start(0)
	d.pdf.AddPage()
}

// sectionStart is where a section begins: its number or letter, and page.
type sectionStart struct {
	label    string
	appendix bool
	page     int
}

// name is how a reference calls the section: "section 3" or "appendix B".
func (s sectionStart) name() string {
	if s.appendix {
		return "appendix " + s.label
	}
	return "section " + s.label
}

// noteRef writes a one-line muted sentence ending in a reference to the sections titled
// titles: "see section N on page P" (or "appendix L"), "and section M on page Q" for a
// second. The reference is drawn once the document is laid out (drawRefs), so that page
// 1 can point to sections not yet laid out.
func (d *doc) noteRef(s string, titles ...string) {
	lh := lineHeight(sizeBody)
	d.font("", sizeBody, mutedColour)
	d.start(lh)
	d.place(placedLine, "")
	d.refs = append(d.refs, noteRef{page: d.pdf.PageNo(), y: d.y(), s: s, titles: titles})
	d.space(lh + 1.5)
}

// noteRef is a sentence ending in a reference, waiting to be drawn where it was placed.
type noteRef struct {
	page   int
	y      float64
	s      string
	titles []string
}

// drawRefs draws each sentence ending in a reference, now that every section's number
// and page are known.
func (d *doc) drawRefs() {
	for _, r := range d.refs {
		var at []string
		for _, title := range r.titles {
			s := d.started[title]
			at = append(at, fmt.Sprintf("%s on page %d", s.name(), s.page))
		}
		d.turnTo(r.page, "", sizeBody, mutedColour)
		ref := sanitize(" see " + strings.Join(at, " and ") + ".")
		d.drawText(d.left, r.y, d.width, visual(d.fit(sanitize(r.s), d.width-d.strWidth(ref))+ref), "L")
	}
}

// turnTo goes back to page i, once the layout is done, to draw on it in the type style
// given. gofpdf writes a change of font into the page only when it differs from the
// last font set, which need not be the last one set on page i: the size is changed
// twice so that the font is written into page i.
func (d *doc) turnTo(i int, style string, size float64, c rgb) {
	d.pdf.SetPage(i)
	d.pdf.SetFontSize(size + 1)
	d.font(style, size, c)
}

// subheading starts a part of a section; like a heading, it is drawn with the start of
// what follows it.
func (d *doc) subheading(title string) {
	d.wait(1.5+lineHeight(sizeH3)+0.8, func() {
		d.space(1.5)
		d.place(placedHeading, title)
		d.font("B", sizeH3, inkColour)
		d.text(d.left, d.y(), d.width, title, "L")
		d.space(lineHeight(sizeH3) + 0.8)
	})
}

// paragraph writes wrapped body text across the full width, breaking pages between
// lines.
func (d *doc) paragraph(s string) {
	d.font("", sizeBody, inkColour)
	d.paragraphLines(s, d.left, d.width, sizeBody, 0)
	d.space(1.5)
}

// hint writes a muted sentence: what an empty section needs, or a note on what is shown.
func (d *doc) hint(s string) {
	d.font("", sizeBody, mutedColour)
	d.paragraphLines(s, d.left, d.width, sizeBody, 0)
	d.space(1.5)
}

// paragraphLines writes text in the current font in a column, at most maxLines lines
// (0 for no limit), moving to a new page when the column runs out, but never with
// fewer than three of its first lines on a page.
func (d *doc) paragraphLines(s string, x, w, size float64, maxLines int) {
	lh := lineHeight(size)
	lines := d.wrap(sanitize(s), w, maxLines)
	d.block(float64(min(len(lines), minRows))*lh, len(lines), func() {
		for _, line := range lines {
			d.need(lh)
			d.place(placedLine, "")
			d.text(x, d.y(), w, line, "L")
			d.space(lh)
		}
	})
}

// field is one labelled value in a block of facts.
type field struct {
	label, value string
}

// facts writes label and value pairs in two columns, row by row.
func (d *doc) facts(fs []field) {
	colW := (d.width - 8) / 2
	for i := 0; i < len(fs); i += 2 {
		d.factRow(fs[i:min(i+2, len(fs))], colW, 3)
	}
}

// wideFact writes one labelled value across the whole width, in up to six lines: for a
// value that is a list, such as a mentoring pair's focus.
func (d *doc) wideFact(f field) { d.factRow([]field{f}, d.width, 6) }

// factRow writes labelled values side by side in columns of width colW, each value in
// up to maxLines lines.
func (d *doc) factRow(row []field, colW float64, maxLines int) {
	labelW := 29.0
	lh := lineHeight(sizeBody)
	h := 0.0
	for _, f := range row {
		d.font("", sizeBody, inkColour)
		h = max(h, float64(len(d.wrap(sanitize(f.value), colW-labelW, maxLines)))*lh)
	}
	d.block(h+1.5, int(h/lh+0.5), func() {
		y := d.y()
		for c, f := range row {
			x := d.left + float64(c)*(colW+8)
			d.font("", sizeSmall+0.5, mutedColour)
			d.text(x, y+0.4, labelW, f.label, "L")
			d.font("", sizeBody, inkColour)
			d.setY(y)
			d.paragraphLines(f.value, x+labelW, colW-labelW, sizeBody, maxLines)
		}
		d.setY(y + h + 1.5)
	})
}

// bullets writes a list, each item wrapped under its own marker.
func (d *doc) bullets(items []string) {
	for _, it := range items {
		d.font("", sizeBody, inkColour)
		lines := d.wrap(sanitize(it), d.width-5, 6)
		d.block(lineHeight(sizeBody)*float64(min(len(lines), minRows))+0.8, len(lines), func() {
			d.text(d.left+0.5, d.y(), 4, "•", "L")
			d.paragraphLines(it, d.left+5, d.width-5, sizeBody, 6)
			d.space(0.8)
		})
	}
}

// ruledLines fills the space left on the page with writing lines, at least min of them,
// under a heading.
func (d *doc) ruledLines(minLines int, reserve float64) {
	const gap = 8.0
	d.start(gap*float64(minLines) + reserve)
	for y := d.y() + gap; y <= d.bottom-reserve; y += gap {
		d.place(placedLine, "")
		d.hline(d.left, d.right, y, 0.15, ruleColour)
		d.setY(y)
	}
	d.space(4)
}

// signOffHeight is the room signOff takes.
const signOffHeight = 20.0

// signOff draws signature lines for the named parties and the date.
func (d *doc) signOff(parties ...string) {
	d.start(signOffHeight)
	d.place(placedLine, "")
	y := d.y() + 12
	n := float64(len(parties))
	gap := 8.0
	w := (d.width - gap*(n-1)) / n
	for i, p := range parties {
		x := d.left + float64(i)*(w+gap)
		d.hline(x, x+w, y, 0.3, inkColour)
		d.font("", sizeSmall, mutedColour)
		d.text(x, y+1, w, p, "L")
	}
	d.setY(y + 8)
}

// labelled writes a small label above a paragraph of free text.
func (d *doc) labelled(label, text string) {
	d.start(lineHeight(sizeSmall) + lineHeight(sizeBody)*2)
	d.font("", sizeSmall+0.5, mutedColour)
	d.text(d.left, d.y(), d.width, label, "L")
	d.space(lineHeight(sizeSmall) + 0.5)
	d.paragraph(text)
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// joinNonEmpty joins the non-empty strings with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// yesNo picks the word for a flag.
func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

// figure is one headline number with what it counts.
type figure struct {
	value, label, note string
}

// figures draws headline numbers side by side in shaded panels.
func (d *doc) figures(fs []figure) {
	const gap, h = 4.0, 25.0
	d.start(h + 4)
	d.place(placedLine, "")
	n := float64(len(fs))
	w := (d.width - gap*(n-1)) / n
	y := d.y()
	for i, f := range fs {
		x := d.left + float64(i)*(w+gap)
		d.fill(shadeColour)
		d.pdf.Rect(x, y, w, h, "F")
		d.fill(accentColour)
		d.pdf.Rect(x, y, 0.9, h, "F")
		d.font("B", 17, accentColour)
		d.text(x+4, y+2.5, w-6, f.value, "L")
		d.font("B", sizeTable, inkColour)
		d.text(x+4, y+10.5, w-6, f.label, "L")
		d.font("", sizeSmall-0.5, mutedColour)
		d.setY(y + 14.5)
		d.paragraphLines(f.note, x+4, w-6, sizeSmall-0.5, 2)
	}
	d.setY(y + h + 4)
}
