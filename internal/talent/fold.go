package talent

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldKey is the one form in which names and other short text are matched, searched and
// sorted: cleaned as CleanName cleans it, in lower case, and with the accents people leave
// out when they type ("Zoë Ørsted", "ZOE  ORSTED" and the decomposed spelling of the first
// all give "zoe orsted"). Two names are the same name when their keys are equal.
func FoldKey(s string) string {
	return string(AppendFoldKey(nil, s))
}

// AppendFoldKey appends FoldKey(s) to dst, so that several keys can share one allocation.
func AppendFoldKey(dst []byte, s string) []byte {
	f := folder{s: nfc(s)}
	for r, ok := f.next(); ok; r, ok = f.next() {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// CompareNames orders two names as their fold keys order (strings.Compare(FoldKey(a),
// FoldKey(b))), so that "Ådne" and "Émile" come under A and E, not after "Zoë". It is the
// collation the store sorts by, called for every comparison an index makes; so it folds
// the names as it goes rather than building their keys, and takes them as stored, in NFC
// (text in another form still gets a consistent order, but one that may differ).
func CompareNames(a, b string) int {
	fa, fb := folder{s: a}, folder{s: b}
	for {
		ra, okA := fa.next()
		rb, okB := fb.next()
		switch {
		case !okA && !okB:
			return 0
		case !okA:
			return -1
		case !okB:
			return 1
		case ra != rb:
			// UTF-8 orders as code points do, so this agrees with comparing the keys' bytes.
			if ra < rb {
				return -1
			}
			return 1
		}
	}
}

// folder hands out the folded runes of an NFC string one at a time: runs of white space
// become one space, none at either end, letters lower case and without accents.
type folder struct {
	s       string
	i       int
	started bool // a rune other than white space has been handed out
	space   bool // white space was skipped since the last rune handed out
}

func (f *folder) next() (rune, bool) {
	for f.i < len(f.s) {
		r, n := rune(f.s[f.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(f.s[f.i:])
		}
		if unicode.IsSpace(r) {
			f.i += n
			f.space = true
			continue
		}
		if f.space && f.started {
			f.space = false
			return ' ', true // i stays: the rune after the space comes next
		}
		f.space, f.started = false, true
		f.i += n
		return foldRune(r), true
	}
	return 0, false
}

// foldRune lowers a letter's case and drops its accents.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf { // most names are mostly ASCII: no need for the tables
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if p, ok := plainLetters()[r]; ok {
		return p
	}
	return r
}

// plainLetters maps letters with accents to the letter people type when they search, so
// that "zoe" finds "Zoë", "nguyen" finds "Nguyễn" and "eleni" finds "Ελένη". It comes from
// Unicode's own decompositions of the Latin, Greek and Cyrillic letters, plus the few
// letters whose stroke or slash Unicode does not count as an accent, and the Greek final
// sigma, which is a small sigma at the end of a word and so lost its capital in "ΣΟΦΙΑΣ".
// Other scripts keep their marks: in Devanagari or Thai they are letters' vowels. It is
// made at the first search or sort, not at every start: a command that never folds a
// name does not pay for it.
var plainLetters = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ł': 'l', 'ø': 'o', 'ŧ': 't', 'ς': 'σ'}
	for _, block := range [][2]rune{{0xC0, 0x24F}, {0x370, 0x4FF}, {0x1E00, 0x1FFF}} {
		for r := block[0]; r <= block[1]; r++ {
			d := []rune(norm.NFD.String(string(r)))
			if len(d) > 1 && unicode.IsLetter(d[0]) && !slices.ContainsFunc(d[1:], func(c rune) bool { return !unicode.Is(unicode.Mn, c) }) {
				m[r] = d[0]
			}
		}
	}
	return m
})
