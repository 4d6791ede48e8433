package report

import (
	"bytes"
	"math/bits"
	"reflect"
	"sync"
	"time"
)

// gofpdf reads the whole of a font each time a document registers it, and again when
// it embeds the glyphs used (its UTF8CutFont too). For the fallback fonts that was the
// largest part of the time a summary took (Droid Sans Fallback is 4 MB, with 28,000
// characters), so a document registers instead a cut of each fallback holding only the
// characters of its content that the font draws, cut from an index of the font read
// once per process (see fontcut.go). The content is known before the first line is
// drawn: such characters come from the records printed, never from the program's own
// text. A character the content did not hold still prints: the document then registers
// the whole font as well, under a second name.

// fallbackFont is a font that draws runes DejaVu Sans lacks.
type fallbackFont struct {
	family string // the name it is registered under in a document
	data   []byte
	index  func() *fontIndex // read on first use; nil when the font cannot be cut
}

func newFallbackFont(family string, data []byte) fallbackFont {
	return fallbackFont{family: family, data: data, index: sync.OnceValue(func() *fontIndex { return indexFont(data) })}
}

// fallbackUse is how one document uses one fallback font.
type fallbackUse struct {
	runes      *glyphSet // the characters of the content the font draws; nil for none
	cut, whole bool      // which forms of the font the document has registered
}

// holds records the values whose text the document prints, so that its fallback fonts
// are cut to the characters they hold.
func (d *doc) holds(content any) {
	for i, runes := range fallbackRunes(content) {
		d.fallbacks[i].runes = runes
	}
}

// fallbackFamily returns the family that draws text in fallback font i, registering a
// form of the font on its first use: the cut while the content holds every character of
// text, the whole font otherwise.
func (d *doc) fallbackFamily(i int, text string) string {
	f, use := fallbackFonts[i], &d.fallbacks[i]
	if use.runes.hasAll(text) {
		if use.cut {
			return f.family
		}
		if x := f.index(); x != nil {
			if font := x.cut(use.runes.runes()); font != nil {
				d.pdf.AddUTF8FontFromBytes(f.family, "", font)
				use.cut = true
				return f.family
			}
		}
		use.runes = nil // the font cannot be cut: all its text goes to the whole font
	}
	family := f.family + "whole"
	if !use.whole {
		// Each document gets its own copy, for the reason newDoc gives.
		d.pdf.AddUTF8FontFromBytes(family, "", bytes.Clone(f.data))
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

var timeType = reflect.TypeFor[time.Time]()

// fallbackRunes returns, for each fallback font, the runes of the strings v holds that
// the font draws, or nil when there are none.
func fallbackRunes(v any) [len(fallbackFonts)]*glyphSet {
	c := fontCoverage()
	var sets [len(fallbackFonts)]*glyphSet
	seen := map[uintptr]bool{}
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, r := range v.String() {
				if f := c.faceOf(r); f > 0 && f <= len(fallbackFonts) {
					if sets[f-1] == nil {
						sets[f-1] = new(glyphSet)
					}
					sets[f-1].add(r)
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
