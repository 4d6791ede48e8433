package report

import (
	"bytes"
	"math/bits"
	"reflect"
	"sync"
	"time"
	"unicode/utf8"
)

// gofpdf reads the whole of a font each time a document registers it, and again when
// it embeds the glyphs used (its UTF8CutFont too). That was most of the time a plan took
// (each weight of DejaVu Sans is over 700 KB) and, with Chinese, Japanese or Korean
// names, most of the time a summary took (Droid Sans Fallback is 4 MB, with 28,000
// characters). So a document registers instead a cut of each font holding only the
// characters it can draw in that font, cut from an index of the font read once per
// process (see fontcut.go): the characters of its content, known before the first line
// is drawn, and for DejaVu Sans those of the program's own text as well (ownRunes). A
// font is registered when it is first used. A character the cut does not hold still
// prints: the document then registers the whole font as well, under a second name, and
// draws the run holding it in that.

// cutFont is a font a document registers cut to the characters it draws.
type cutFont struct {
	family, style string // the name and style it is registered under in a document
	data          []byte
	index         func() *fontIndex // read on first use; nil when the font cannot be cut
}

func newCutFont(family, style string, data []byte) cutFont {
	return cutFont{family: family, style: style, data: data, index: sync.OnceValue(func() *fontIndex { return indexFont(data) })}
}

// fontUse is how one document uses one font.
type fontUse struct {
	runes      *glyphSet // the characters the cut holds; nil for none
	cut, whole bool      // which forms of the font the document has registered
}

// holds records the values whose text the document prints, so that its fonts are cut
// to the characters they hold. It must come before the first line is drawn.
func (d *doc) holds(content any) {
	sets := contentRunes(content)
	for i := range d.dejaVu {
		d.dejaVu[i].runes = sets[0]
	}
	for i := range d.fallbacks {
		d.fallbacks[i].runes = sets[i+1]
	}
}

// familyOf returns the family and style that draw text in a face of gofpdf's (see
// coverage.faceOf): DejaVu Sans in the caller's style, or a fallback, which comes in one
// weight.
func (d *doc) familyOf(face int, text string) (family, style string) {
	if face > 0 {
		return d.register(&fallbackFonts[face-1], &d.fallbacks[face-1], text), ""
	}
	i := 0
	if d.style == "B" {
		i = 1
	}
	return d.register(&dejaVuFonts[i], &d.dejaVu[i], text), d.style
}

// register returns the family that draws text in f, registering a form of the font on
// its first use: the cut while it holds every character of text, the whole font
// otherwise.
func (d *doc) register(f *cutFont, use *fontUse, text string) string {
	if use.runes.hasAll(text) {
		if use.cut {
			return f.family
		}
		if x := f.index(); x != nil {
			if font := x.cut(use.runes.runes()); font != nil {
				d.pdf.AddUTF8FontFromBytes(f.family, f.style, font)
				use.cut = true
				return f.family
			}
		}
		use.runes = nil // the font cannot be cut: all its text goes to the whole font
	}
	family := f.family + "whole"
	if !use.whole {
		// Each document gets its own copy of the font: gofpdf pads font tables in place
		// as it writes, which would race between documents sharing one slice.
		d.pdf.AddUTF8FontFromBytes(family, f.style, bytes.Clone(f.data))
		use.whole = true
	}
	return family
}

// hasAll reports whether every rune of s is in the set; a nil set has none.
func (g *glyphSet) hasAll(s string) bool {
	if g == nil {
		return false
	}
	for _, r := range s {
		if !g.has(r) {
			return false
		}
	}
	return true
}

// runes returns the runes in the set, in order.
func (g *glyphSet) runes() []rune {
	var out []rune
	for i, w := range g {
		for ; w != 0; w &= w - 1 {
			out = append(out, rune(64*i+bits.TrailingZeros64(w)))
		}
	}
	return out
}

// ownText holds the characters of the program's own text (its labels, headings and
// footers, the punctuation it puts between the content's words, the marks it draws)
// beyond printable ASCII and Latin-1. TestOwnText finds every character written in the
// code among ownRunes.
const ownText = "–—“”•…→□☐⚠"

// ownRunes returns the characters every cut of DejaVu Sans holds, whatever the content:
// those of the program's own text, which may be in any document. Latin-1 is held whole:
// its marks (· × « ») are the program's, and gofpdf lists the widths of the first 256
// characters a font has in every document, which then stay those of the whole font.
var ownRunes = sync.OnceValue(func() *glyphSet {
	g := new(glyphSet)
	for r := rune(' '); r <= '~'; r++ {
		g.add(r)
	}
	for r := rune(0xA0); r <= 0xFF; r++ {
		g.add(r)
	}
	for _, r := range ownText {
		g.add(r)
	}
	return g
})

var timeType = reflect.TypeFor[time.Time]()

// contentRunes returns, by face (see coverage.faceOf), the runes the strings v holds
// are drawn with in the fonts gofpdf draws: for DejaVu Sans, face 0, with the program's
// own characters, and for each fallback font, or nil when there are none.
func contentRunes(v any) [1 + len(fallbackFonts)]*glyphSet {
	c := fontCoverage()
	var sets [1 + len(fallbackFonts)]*glyphSet
	own := *ownRunes()
	sets[0] = &own
	add := func(r rune) {
		if f := c.faceOf(r); f < len(sets) {
			if sets[f] == nil {
				sets[f] = new(glyphSet)
			}
			sets[f].add(r)
		}
	}
	seen := map[uintptr]bool{}
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, r := range v.String() {
				if r < utf8.RuneSelf {
					continue // printable ASCII is the program's own, and the rest is never drawn
				}
				add(r)
				if rtl(r) {
					arabicShapes(r, add)
				}
			}
		case reflect.Pointer:
			if !v.IsNil() && !seen[v.Pointer()] {
				seen[v.Pointer()] = true
				walk(v.Elem())
			}
		case reflect.Interface:
			walk(v.Elem())
		case reflect.Struct:
			if v.Type() == timeType {
				return // its strings, the zone's names, are never printed as they are
			}
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	if v != nil {
		walk(reflect.ValueOf(v))
	}
	return sets
}
