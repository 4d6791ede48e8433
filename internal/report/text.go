package report

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"leadbridge/resources"
)

// placeholder stands in for a character the font cannot draw, so that a name in an
// unsupported script still shows that something is there.
const placeholder = '□'

// glyphSet records which runes of the Basic Multilingual Plane a font can draw.
type glyphSet [0x10000 / 64]uint64

func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && g[r/64]&(1<<(uint(r)%64)) != 0
}

func (g *glyphSet) add(r rune) { g[r/64] |= 1 << (uint(r) % 64) }

// fallbackFonts are tried in order for a rune DejaVu Sans cannot draw.
var fallbackFonts = [...]cutFont{
	newCutFont("droidfallback", "", resources.DroidSansFallback),
	newCutFont("nanumsquare", "", resources.NanumSquare),
}

// coverage records which font draws which rune.
type coverage struct {
	all      *glyphSet                     // every rune some font draws
	fallback [len(fallbackFonts)]*glyphSet // what each fallback draws that no earlier font does
}

// fontCoverage parses the fonts' character maps once.
var fontCoverage = sync.OnceValue(func() *coverage {
	regular := cmapGlyphs(resources.DejaVuSans)
	bold := cmapGlyphs(resources.DejaVuSansBold)
	for i := range regular {
		regular[i] &= bold[i]
	}
	c := &coverage{all: regular}
	for i, f := range fallbackFonts {
		glyphs, own := cmapGlyphs(f.data), new(glyphSet)
		for r := rune(firstUnshaped); r < 0x10000; r++ {
			if glyphs.has(r) && unshaped(r) && !c.all.has(r) {
				own.add(r)
				c.all.add(r)
			}
		}
		c.fallback[i] = own
	}
	return c
})

// drawableRunes returns the runes some embedded font can draw: both weights of DejaVu
// Sans, or a fallback.
func drawableRunes() *glyphSet { return fontCoverage().all }

// faceOf returns which font draws r: 0 for DejaVu Sans (and for runes no font has,
// which sanitize has replaced), i+1 for fallbackFonts[i], then the shaped faces
// faceDevanagari and faceEmoji.
func (c *coverage) faceOf(r rune) int {
	switch {
	case r < 0x0900:
		return 0
	case devanagari(r):
		return faceDevanagari
	case !c.all.has(r):
		return faceEmoji
	case r < firstUnshaped:
		return 0
	}
	for i, g := range c.fallback {
		if g.has(r) {
			return i + 1
		}
	}
	return 0
}

// firstUnshaped is where the CJK blocks begin.
const firstUnshaped = 0x2E80

// unshaped reports whether r is a CJK character drawn as one glyph on its own, without
// the shaping that gofpdf cannot do: ideographs, kana, precomposed Hangul syllables and
// compatibility jamo, CJK punctuation and full-width forms. Combining marks are left
// out because they would need positioning.
func unshaped(r rune) bool {
	switch {
	case unicode.Is(unicode.Mn, r):
		return false
	case r >= firstUnshaped && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return false
}

// cmapGlyphs reads the BMP character map of a TrueType font. A font it cannot read
// yields an empty set, which sanitize turns into placeholders rather than a failed
// document.
func cmapGlyphs(font []byte) *glyphSet {
	set := new(glyphSet)
	eachGlyph(font, func(r rune, _ uint16) { set.add(r) })
	return set
}

// eachGlyph calls f with every code point of the BMP character map (platform 3,
// encoding 1, format 4) of a TrueType font that maps to a real glyph (not glyph 0),
// and that glyph.
func eachGlyph(font []byte, f func(r rune, glyph uint16)) {
	table := ttfTable(font, "cmap")
	if len(table) < 4 {
		return
	}
	n := int(be16(table, 2))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if be16(table, rec) == 3 && be16(table, rec+2) == 1 {
			off := int(be32(table, rec+4))
			if off < len(table) {
				readFormat4(table[off:], f)
			}
			break
		}
	}
}

// ttfTable returns the bytes of the named table, or nil.
func ttfTable(font []byte, tag string) []byte {
	n := int(be16(font, 4))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil
		}
		if string(font[rec:rec+4]) == tag {
			off, length := int(be32(font, rec+8)), int(be32(font, rec+12))
			if off < 0 || length < 0 || off+length > len(font) {
				return nil
			}
			return font[off : off+length]
		}
	}
	return nil
}

// readFormat4 calls f with every code point that maps to a real glyph (not glyph 0).
func readFormat4(sub []byte, f func(r rune, glyph uint16)) {
	if be16(sub, 0) != 4 {
		return
	}
	segs := int(be16(sub, 6)) / 2
	ends, starts := 14, 16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	if ranges+2*segs > len(sub) {
		return
	}
	for s := 0; s < segs; s++ {
		start, end := int(be16(sub, starts+2*s)), int(be16(sub, ends+2*s))
		delta, rangeOff := int(be16(sub, deltas+2*s)), int(be16(sub, ranges+2*s))
		for c := start; c <= end && c < 0xFFFF; c++ {
			glyph := (c + delta) & 0xFFFF
			if rangeOff != 0 {
				at := ranges + 2*s + rangeOff + 2*(c-start)
				if at+2 > len(sub) {
					break
				}
				if glyph = int(be16(sub, at)); glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				f(rune(c), uint16(glyph))
			}
		}
	}
}

func be16(b []byte, at int) uint16 {
	if at < 0 || at+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[at:])
}

func be32(b []byte, at int) uint32 {
	if at < 0 || at+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[at:])
}

// sanitize makes any string safe to hand to the document and readable in print:
// invalid UTF-8 and runes no font can draw (scripts that need shaping other than
// Devanagari, for one) become the placeholder; tabs become spaces; other control and
// invisible formatting characters are dropped, but for the joiners and selectors inside
// a shaped run (see joiner). Line breaks are kept for the wrapper to honour.
func sanitize(s string) string {
	glyphs := drawableRunes()
	clean := true
	for _, r := range s {
		if r != '\n' && (r == utf8.RuneError || !printable(glyphs, r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inShaped := false // whether the last rune written is drawn by a shaped font
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		shaped := false
		switch {
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(placeholder)
		case joiner(r) && inShaped:
			b.WriteRune(r)
			shaped = true
		case unicode.IsControl(r), invisible(r):
		case glyphs.has(r):
			b.WriteRune(r)
		case shapable(r):
			b.WriteRune(r)
			shaped = true
		default:
			b.WriteRune(placeholder)
		}
		inShaped = shaped || (inShaped && (unicode.IsControl(r) || invisible(r)))
	}
	return b.String()
}

// printable reports whether r goes to the PDF unchanged.
func printable(glyphs *glyphSet, r rune) bool {
	return glyphs.has(r) && !unicode.IsControl(r) && !invisible(r)
}

// invisible reports runes that only steer how neighbouring characters are drawn (joiners,
// variation selectors, direction marks, byte-order marks).
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}
