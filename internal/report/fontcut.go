package report

import (
	"encoding/binary"
	"maps"
	"slices"
)

// A fontIndex is what cutting a TrueType font needs of it, read once: the glyph of each
// character, and where each glyph's outline lies.
type fontIndex struct {
	font    []byte
	glyphs  []uint16 // by character of the Basic Multilingual Plane; 0 for none
	loca    []int    // where each glyph's outline starts in glyf, and where the last ends
	glyf    []byte
	hmtx    []byte
	metrics int // the glyphs with an advance of their own in hmtx
}

// indexFont reads a TrueType font's character map and glyph locations, or returns nil
// when the font is not one it can cut.
func indexFont(font []byte) *fontIndex {
	head, hhea, maxp := ttfTable(font, "head"), ttfTable(font, "hhea"), ttfTable(font, "maxp")
	x := &fontIndex{font: font, glyf: ttfTable(font, "glyf"), hmtx: ttfTable(font, "hmtx"), glyphs: make([]uint16, 0x10000)}
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 || x.glyf == nil {
		return nil
	}
	n, long := int(be16(maxp, 4)), be16(head, 50) == 1
	x.metrics = int(be16(hhea, 34))
	if x.metrics == 0 || len(x.hmtx) < 4*x.metrics+2*(n-x.metrics) {
		return nil
	}
	loca := ttfTable(font, "loca")
	x.loca = make([]int, n+1)
	for i := range x.loca {
		if long {
			x.loca[i] = int(be32(loca, 4*i))
		} else {
			x.loca[i] = 2 * int(be16(loca, 2*i))
		}
		if x.loca[i] > len(x.glyf) || (i > 0 && x.loca[i] < x.loca[i-1]) {
			return nil
		}
	}
	eachGlyph(font, func(r rune, g uint16) {
		if int(g) < n {
			x.glyphs[r] = g
		}
	})
	return x
}

// outline returns the bytes of glyph g in glyf.
func (x *fontIndex) outline(g int) []byte { return x.glyf[x.loca[g]:x.loca[g+1]] }

// components calls f with the offset in outline of each glyph number a composite
// glyph is built from; a simple glyph has none.
func components(outline []byte, f func(at int)) {
	if len(outline) < 10 || be16(outline, 0) < 0x8000 {
		return
	}
	const (
		wordArgs   = 1 << 0
		scale      = 1 << 3
		more       = 1 << 5
		xyScale    = 1 << 6
		twoByTwo   = 1 << 7
		headerSize = 10
	)
	for at := headerSize; at+4 <= len(outline); {
		flags := be16(outline, at)
		f(at + 2)
		at += 6
		if flags&wordArgs != 0 {
			at += 2
		}
		switch {
		case flags&scale != 0:
			at += 2
		case flags&xyScale != 0:
			at += 4
		case flags&twoByTwo != 0:
			at += 8
		}
		if flags&more == 0 {
			return
		}
	}
}

// SplitFont cuts a TrueType font in two: the glyphs of the characters in reports true,
// and those of the rest, each part a font of its own with the source's names and
// metrics. The screens lay the parts of a large font for Fyne's fallback, which parses
// a font whole the first time it needs one of its characters: a part drawing only the
// characters in common use is parsed in a fraction of the memory. It returns nil parts
// when the font is not one it can cut.
func SplitFont(font []byte, in func(rune) bool) (yes, no []byte) {
	x := indexFont(font)
	if x == nil {
		return nil, nil
	}
	var a, b []rune
	for r, g := range x.glyphs {
		switch {
		case g == 0:
		case in(rune(r)):
			a = append(a, rune(r))
		default:
			b = append(b, rune(r))
		}
	}
	yes, no = x.cut(a), x.cut(b)
	if yes == nil || no == nil {
		return nil, nil
	}
	return yes, no
}

// cut returns a TrueType font holding only the glyphs that draw runes (and glyph 0,
// and the glyphs those are built from), with the source's metrics, so that a document
// using it looks as with the whole font. It returns nil when runes are too many to map
// in one table.
func (x *fontIndex) cut(runes []rune) []byte {
	keep := map[int]bool{0: true}
	queue := []int{0}
	add := func(g int) {
		if g < len(x.loca)-1 && !keep[g] {
			keep[g] = true
			queue = append(queue, g)
		}
	}
	for _, r := range runes {
		if r >= 0 && r < 0x10000 && x.glyphs[r] != 0 {
			add(int(x.glyphs[r]))
		}
	}
	for len(queue) > 0 {
		g := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		outline := x.outline(g)
		components(outline, func(at int) { add(int(be16(outline, at))) })
	}
	old := slices.Sorted(maps.Keys(keep))
	renumber := make(map[int]int, len(old))
	for i, g := range old {
		renumber[g] = i
	}
	cmap := x.cmapFor(runes, renumber)
	if cmap == nil {
		return nil
	}
	glyf, loca, hmtx := x.glyphTables(old, renumber)
	n := uint16(len(old))
	head := slices.Clone(ttfTable(x.font, "head"))
	binary.BigEndian.PutUint32(head[8:], 0)  // the checksum adjustment, which assemble writes
	binary.BigEndian.PutUint16(head[50:], 1) // loca holds long offsets
	hhea := slices.Clone(ttfTable(x.font, "hhea"))
	binary.BigEndian.PutUint16(hhea[34:], n) // every glyph has its advance in hmtx
	maxp := slices.Clone(ttfTable(x.font, "maxp"))
	binary.BigEndian.PutUint16(maxp[4:], n)
	tables := map[string][]byte{"cmap": cmap, "glyf": glyf, "loca": loca, "hmtx": hmtx, "head": head, "hhea": hhea, "maxp": maxp}
	// post keeps its header but not the glyph names, which go by glyph number: version 3.
	if post := ttfTable(x.font, "post"); len(post) >= 32 {
		tables["post"] = slices.Clone(post[:32])
		binary.BigEndian.PutUint32(tables["post"], 0x00030000)
	}
	for _, tag := range []string{"OS/2", "name", "cvt ", "fpgm", "prep", "gasp"} {
		if t := ttfTable(x.font, tag); t != nil {
			tables[tag] = t
		}
	}
	return assemble(tables)
}

// glyphTables returns glyf, loca (long offsets) and hmtx for the glyphs old, numbered
// anew, composite glyphs pointing at their parts' new numbers.
func (x *fontIndex) glyphTables(old []int, renumber map[int]int) (glyf, loca, hmtx []byte) {
	size := 0
	for _, g := range old {
		size += padded(len(x.outline(g)))
	}
	glyf = make([]byte, 0, size)
	loca = make([]byte, 0, 4*(len(old)+1))
	hmtx = make([]byte, 0, 4*len(old))
	for _, g := range old {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, x.outline(g)...)
		outline := glyf[start:]
		components(outline, func(at int) {
			binary.BigEndian.PutUint16(outline[at:], uint16(renumber[int(be16(outline, at))]))
		})
		glyf = glyf[:start+padded(len(outline))] // the padding made is zeros
		advance := 4 * min(g, x.metrics-1)
		hmtx = append(hmtx, x.hmtx[advance:advance+2]...)
		if g < x.metrics {
			hmtx = append(hmtx, x.hmtx[4*g+2:4*g+4]...)
		} else {
			at := 4*x.metrics + 2*(g-x.metrics)
			hmtx = append(hmtx, x.hmtx[at:at+2]...)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	return glyf, loca, hmtx
}

// cmapFor returns a character map (platform 3, encoding 1, format 4) from runes to the
// new numbers of their glyphs, or nil when it would not fit in one format 4 table.
func (x *fontIndex) cmapFor(runes []rune, renumber map[int]int) []byte {
	type segment struct{ start, end, delta int }
	var segs []segment
	sorted := slices.Clone(runes)
	slices.Sort(sorted)
	for _, r := range slices.Compact(sorted) {
		if r < 0 || r >= 0xFFFF || x.glyphs[r] == 0 {
			continue
		}
		g := renumber[int(x.glyphs[r])]
		if n := len(segs); n > 0 && segs[n-1].end == int(r)-1 && segs[n-1].delta == (g-int(r))&0xFFFF {
			segs[n-1].end++
			continue
		}
		segs = append(segs, segment{int(r), int(r), (g - int(r)) & 0xFFFF})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1}) // the closing segment, to glyph 0
	length := 16 + 8*len(segs)
	if length > 0xFFFF {
		return nil
	}
	search := 1
	for search*2 <= len(segs) {
		search *= 2
	}
	words := []int{0, 1, 3, 1, 0, 12, // the table's header and its one encoding record
		4, length, 0, 2 * len(segs), 2 * search, bitLength(search) - 1, 2*len(segs) - 2*search}
	for _, s := range segs {
		words = append(words, s.end)
	}
	words = append(words, 0)
	for _, s := range segs {
		words = append(words, s.start)
	}
	for _, s := range segs {
		words = append(words, s.delta)
	}
	for range segs {
		words = append(words, 0) // no idRangeOffset: every segment maps by its delta
	}
	out := make([]byte, 0, 2*len(words))
	for _, w := range words {
		out = binary.BigEndian.AppendUint16(out, uint16(w))
	}
	return out
}

// bitLength returns the number of bits n needs.
func bitLength(n int) int {
	b := 0
	for ; n > 0; n >>= 1 {
		b++
	}
	return b
}

// assemble writes tables as a TrueType font, with the directory's checksums and the
// whole font's checksum adjustment in head.
func assemble(tables map[string][]byte) []byte {
	tags := slices.Sorted(maps.Keys(tables))
	search := 1
	for search*2 <= len(tags) {
		search *= 2
	}
	size := 12 + 16*len(tags)
	for _, t := range tables {
		size += padded(len(t))
	}
	out := binary.BigEndian.AppendUint32(make([]byte, 0, size), 0x00010000)
	for _, v := range []int{len(tags), 16 * search, bitLength(search) - 1, 16*len(tags) - 16*search} {
		out = binary.BigEndian.AppendUint16(out, uint16(v))
	}
	offset, headAt := 12+16*len(tags), 0
	for _, tag := range tags {
		t := tables[tag]
		if tag == "head" {
			headAt = offset
		}
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(t))
		out = binary.BigEndian.AppendUint32(out, uint32(offset))
		out = binary.BigEndian.AppendUint32(out, uint32(len(t)))
		offset += padded(len(t))
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
		out = out[:padded(len(out))] // the padding made is zeros
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// padded returns n rounded up to whole 32-bit words, which TrueType tables and glyph
// outlines are aligned to.
func padded(n int) int { return (n + 3) &^ 3 }

// checksum is the TrueType checksum of a table: the sum of its 32-bit words, the last
// padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
