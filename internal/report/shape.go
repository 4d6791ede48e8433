package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"leadbridge/resources"
)

// gofpdf draws each character as one glyph. Devanagari reorders and joins letters into
// conjuncts, and emoji lie outside the range gofpdf's fonts can hold, so such runs are
// shaped with go-text/typesetting (HarfBuzz's rules) and drawn as filled outlines. Under
// the outlines lies an invisible run marked with the original text as its ActualText,
// so that search, copying and pdftotext find the name as it was typed.

// shapedFont is a font drawn as outlines, parsed the first time a document needs it.
type shapedFont struct {
	parse func() *font.Font // nil when the font cannot be read
}

func newShapedFont(data []byte) shapedFont {
	return shapedFont{parse: sync.OnceValue(func() *font.Font {
		face, err := font.ParseTTF(bytes.NewReader(data))
		if err != nil {
			return nil
		}
		return face.Font
	})}
}

// has reports whether the font has a glyph for r.
func (f shapedFont) has(r rune) bool {
	ft := f.parse()
	if ft == nil {
		return false
	}
	_, ok := ft.Cmap.Lookup(r)
	return ok
}

// The shaped fonts, by index: Devanagari in both weights, then emoji in one.
const (
	shapedDevanagari = iota
	shapedDevanagariBold
	shapedEmoji
	shapedCount
)

var shapedFonts = [shapedCount]shapedFont{
	newShapedFont(resources.NotoSansDevanagari),
	newShapedFont(resources.NotoSansDevanagariBold),
	newShapedFont(resources.NotoEmoji),
}

// Faces after DejaVu Sans and its fallbacks (see coverage.faceOf) are shaped.
const (
	faceDevanagari = len(fallbackFonts) + 1 + iota
	faceEmoji
)

// shapedFace reports whether a face is drawn as shaped outlines.
func shapedFace(face int) bool { return face >= faceDevanagari }

// devanagari reports whether r belongs to the Devanagari blocks.
func devanagari(r rune) bool {
	return (r >= 0x0900 && r <= 0x097F) || (r >= 0xA8E0 && r <= 0xA8FF) || (r >= 0x1CD0 && r <= 0x1CFF)
}

// shapable reports whether a shaped font draws r: Devanagari in both weights, or the
// emoji font. Only runes DejaVu Sans and its fallbacks lack are asked about, so a font
// is parsed only once a document holds a rune it alone can draw.
func shapable(r rune) bool {
	if devanagari(r) {
		return shapedFonts[shapedDevanagari].has(r) && shapedFonts[shapedDevanagariBold].has(r)
	}
	return r >= 0x2000 && shapedFonts[shapedEmoji].has(r)
}

// joiner reports runes that only steer how the shaped run around them is drawn: zero-
// width (non-)joiners, variation selectors, the keycap mark and emoji tag characters.
// They are kept inside a shaped run and dropped elsewhere.
func joiner(r rune) bool {
	return r == 0x200C || r == 0x200D || r == 0x20E3 || unicode.Is(unicode.Variation_Selector, r) ||
		(r >= 0xE0020 && r <= 0xE007F)
}

// shaper shapes and draws the shaped runs of one document. go-text faces and shapers
// are not safe for concurrent use, so each document has its own.
type shaper struct {
	hb    shaping.HarfbuzzShaper
	faces [shapedCount]*font.Face
	runs  map[shapeKey]shapedRun
}

// outlines holds each glyph's outline as PDF path operators, for every document.
var outlines sync.Map // glyphKey → string

type shapeKey struct {
	font int
	text string
}

type glyphKey struct {
	font int
	gid  font.GID
}

// shapedRun is a run shaped at one unit per font unit: positions and the advance are
// in font units, scaled to the type size when measured or drawn.
type shapedRun struct {
	glyphs  []shapedGlyph
	advance float64
	upem    float64
}

type shapedGlyph struct {
	gid  font.GID
	x, y float64
}

// fontFor returns which shaped font draws a face in a style.
func fontFor(face int, style string) int {
	switch {
	case face == faceEmoji:
		return shapedEmoji
	case style == "B":
		return shapedDevanagariBold
	}
	return shapedDevanagari
}

// shape returns the run shaped in font f, or an empty run when the font cannot be read.
func (s *shaper) shape(f int, text string) shapedRun {
	key := shapeKey{f, text}
	if r, ok := s.runs[key]; ok {
		return r
	}
	if s.runs == nil {
		s.runs = map[shapeKey]shapedRun{}
	}
	if s.faces[f] == nil {
		ft := shapedFonts[f].parse()
		if ft == nil {
			return shapedRun{}
		}
		s.faces[f] = font.NewFace(ft)
	}
	face := s.faces[f]
	runes := []rune(text)
	upem := int(face.Upem())
	out := s.hb.Shape(shaping.Input{
		Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: face,
		Size: fixed.I(upem), Script: language.LookupScript(runes[0]),
	})
	r := shapedRun{upem: float64(upem), glyphs: make([]shapedGlyph, 0, len(out.Glyphs))}
	x := 0.0
	for _, g := range out.Glyphs {
		r.glyphs = append(r.glyphs, shapedGlyph{gid: g.GlyphID, x: x + fromFixed(g.XOffset), y: fromFixed(g.YOffset)})
		x += fromFixed(g.Advance)
	}
	r.advance = x
	s.runs[key] = r
	return r
}

func fromFixed(v fixed.Int26_6) float64 { return float64(v) / 64 }

// width returns how wide the run is at the current type size.
func (d *doc) shapedWidth(text string, face int) float64 {
	r := d.shaper.shape(fontFor(face, d.style), text)
	if r.upem == 0 {
		return 0
	}
	_, size := d.pdf.GetFontSize()
	return r.advance / r.upem * size
}

// drawShaped draws a shaped run from x along the baseline in the text colour, as
// outlines, with the text under it for search; marked says whether the caller has
// already marked the span with its text. It returns the run's width.
func (d *doc) drawShaped(x, baseline float64, text string, face int, marked bool) float64 {
	f := fontFor(face, d.style)
	r := d.shaper.shape(f, text)
	if r.upem == 0 {
		return 0
	}
	pt, size := d.pdf.GetFontSize()
	k := d.pdf.GetConversionRatio()
	scale := pt / r.upem
	red, green, blue := d.pdf.GetTextColor()
	var b strings.Builder
	fmt.Fprintf(&b, "q %s rg 1 0 0 1 %s %s cm %s 0 0 %s 0 0 cm", rgbOp(red, green, blue), num(x*k, 3), num((d.pageH-baseline)*k, 3), num(scale, 7), num(scale, 7))
	for _, g := range r.glyphs {
		if path := d.shaper.outline(f, g.gid); path != "" {
			fmt.Fprintf(&b, " q 1 0 0 1 %s %s cm %s f Q", num(g.x, 2), num(g.y, 2), path)
		}
	}
	b.WriteString(" Q")
	d.pdf.RawWriteStr(b.String())
	w := r.advance / r.upem * size
	d.hiddenText(x, baseline, w, text, marked)
	return w
}

// hiddenText lays an invisible character across width w, marked with text as the text
// it stands for (unless the caller marked it already). pdftotext and search read the
// marked text; the character itself is never seen.
func (d *doc) hiddenText(x, baseline, w float64, text string, marked bool) {
	d.setFace(0, hiddenChar)
	stretch := 100 * w / d.pdf.GetStringWidth(hiddenChar)
	if !marked {
		d.beginActualText(text)
	}
	d.pdf.RawWriteStr(fmt.Sprintf("3 Tr %s Tz", num(stretch, 3)))
	d.pdf.Text(x, baseline, hiddenChar)
	d.pdf.RawWriteStr("100 Tz 0 Tr")
	if !marked {
		d.endActualText()
	}
}

// hiddenChar is the invisible character that carries a shaped run's text.
const hiddenChar = "x"

// beginActualText starts a span whose text, for search and extraction, is text.
func (d *doc) beginActualText(text string) {
	var b strings.Builder
	b.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(text)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">>> BDC")
	d.pdf.RawWriteStr(b.String())
}

func (d *doc) endActualText() { d.pdf.RawWriteStr("EMC") }

// outline returns a glyph's outline as PDF path operators in font units, or "" for a
// glyph with nothing to fill.
func (s *shaper) outline(f int, gid font.GID) string {
	key := glyphKey{f, gid}
	if p, ok := outlines.Load(key); ok {
		return p.(string)
	}
	var b strings.Builder
	if o, ok := s.faces[f].GlyphData(gid).(font.GlyphOutline); ok {
		writePath(&b, o.Segments)
	}
	outlines.Store(key, b.String())
	return b.String()
}

// writePath writes outline segments as PDF path operators. PDF has cubic curves only,
// so quadratic ones are raised to cubic.
func writePath(b *strings.Builder, segs []ot.Segment) {
	var cx, cy float32
	for _, s := range segs {
		a := s.Args
		switch s.Op {
		case ot.SegmentOpMoveTo:
			fmt.Fprintf(b, "%s %s m ", num32(a[0].X), num32(a[0].Y))
			cx, cy = a[0].X, a[0].Y
		case ot.SegmentOpLineTo:
			fmt.Fprintf(b, "%s %s l ", num32(a[0].X), num32(a[0].Y))
			cx, cy = a[0].X, a[0].Y
		case ot.SegmentOpQuadTo:
			c1x, c1y := cx+2*(a[0].X-cx)/3, cy+2*(a[0].Y-cy)/3
			c2x, c2y := a[1].X+2*(a[0].X-a[1].X)/3, a[1].Y+2*(a[0].Y-a[1].Y)/3
			fmt.Fprintf(b, "%s %s %s %s %s %s c ", num32(c1x), num32(c1y), num32(c2x), num32(c2y), num32(a[1].X), num32(a[1].Y))
			cx, cy = a[1].X, a[1].Y
		case ot.SegmentOpCubeTo:
			fmt.Fprintf(b, "%s %s %s %s %s %s c ", num32(a[0].X), num32(a[0].Y), num32(a[1].X), num32(a[1].Y), num32(a[2].X), num32(a[2].Y))
			cx, cy = a[2].X, a[2].Y
		}
	}
	if b.Len() > 0 {
		b.WriteString("h")
	}
}

// num formats a number for a content stream with at most prec decimals: short, and
// never in exponent form.
func num(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// num32 formats a coordinate in font units.
func num32(v float32) string { return num(float64(v), 2) }

// rgbOp is a colour as PDF colour operands.
func rgbOp(r, g, b int) string {
	return fmt.Sprintf("%s %s %s", num(float64(r)/255, 3), num(float64(g)/255, 3), num(float64(b)/255, 3))
}
