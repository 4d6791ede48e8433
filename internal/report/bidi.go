package report

import (
	"slices"
	"strings"
	"unicode"
)

// gofpdf draws characters one after another from left to right, as stored. Arabic and
// Hebrew are stored in reading order, right to left, and Arabic letters change shape
// with their neighbours; without help a name like "محمد" prints as separate letters
// in reverse. visual prepares one line the way a reader expects to see it.

// arabicForm gives, for an Arabic letter, its first presentation form (isolated; then
// final, initial and medial follow in that order) and whether it joins the letter
// after it too (dual-joining) or only the one before it.
type arabicForm struct {
	isolated rune
	dual     bool
}

var arabicForms = map[rune]arabicForm{
	0x0621: {0xFE80, false}, 0x0622: {0xFE81, false}, 0x0623: {0xFE83, false}, 0x0624: {0xFE85, false},
	0x0625: {0xFE87, false}, 0x0626: {0xFE89, true}, 0x0627: {0xFE8D, false}, 0x0628: {0xFE8F, true},
	0x0629: {0xFE93, false}, 0x062A: {0xFE95, true}, 0x062B: {0xFE99, true}, 0x062C: {0xFE9D, true},
	0x062D: {0xFEA1, true}, 0x062E: {0xFEA5, true}, 0x062F: {0xFEA9, false}, 0x0630: {0xFEAB, false},
	0x0631: {0xFEAD, false}, 0x0632: {0xFEAF, false}, 0x0633: {0xFEB1, true}, 0x0634: {0xFEB5, true},
	0x0635: {0xFEB9, true}, 0x0636: {0xFEBD, true}, 0x0637: {0xFEC1, true}, 0x0638: {0xFEC5, true},
	0x0639: {0xFEC9, true}, 0x063A: {0xFECD, true}, 0x0641: {0xFED1, true}, 0x0642: {0xFED5, true},
	0x0643: {0xFED9, true}, 0x0644: {0xFEDD, true}, 0x0645: {0xFEE1, true}, 0x0646: {0xFEE5, true},
	0x0647: {0xFEE9, true}, 0x0648: {0xFEED, false}, 0x0649: {0xFEEF, false}, 0x064A: {0xFEF1, true},
	0x067E: {0xFB56, true}, 0x0686: {0xFB7A, true}, 0x0698: {0xFB8A, false}, 0x06A9: {0xFB8E, true},
	0x06AF: {0xFB92, true}, 0x06CC: {0xFBFC, true},
}

// lamAlef maps the alef that follows a lam to their isolated ligature.
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const (
	lam     = 0x0644
	tatweel = 0x0640
)

// visual returns a sanitised line in display order: every right-to-left run Arabic
// shaped and reversed in place, with the numbers and emoji inside it left as they read,
// and marked with its letters unshaped (see spans). Those letters stay in the order
// drawn, as in any PDF: readers such as pdftotext turn a right-to-left run back into
// reading order themselves.
func visual(s string) string {
	runes := []rune(s)
	if !slices.ContainsFunc(runes, rtl) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(runes); {
		if !rtl(runes[i]) {
			b.WriteRune(runes[i])
			i++
			continue
		}
		end := i + 1
		for j := end; j < len(runes) && !strongLTR(runes[j]); j++ {
			if rtl(runes[j]) {
				end = j + 1
			}
		}
		shown, letters := shapeArabic(runes[i:end]), slices.Clone(runes[i:end])
		reverseRun(shown)
		reverseRun(letters)
		b.WriteRune(spanStart)
		b.WriteString(string(shown))
		b.WriteRune(spanText)
		b.WriteString(string(letters))
		b.WriteRune(spanEnd)
		i = end
	}
	return b.String()
}

// reverseRun reverses a right-to-left run, mirrors its brackets and turns the digit
// groups and emoji sequences inside it back to reading order.
func reverseRun(run []rune) {
	slices.Reverse(run)
	for i := 0; i < len(run); {
		keep := keptInOrder(run[i])
		if keep == nil {
			run[i] = mirror(run[i])
			i++
			continue
		}
		j := i
		for j < len(run) && keep(run[j]) {
			j++
		}
		slices.Reverse(run[i:j])
		i = j
	}
}

// keptInOrder returns, for a rune that starts a group read left to right inside a
// right-to-left run, which runes belong to its group: digits with their separators,
// or the runes of an emoji sequence. It returns nil for other runes.
func keptInOrder(r rune) func(rune) bool {
	switch {
	case unicode.IsDigit(r):
		return func(r rune) bool { return unicode.IsDigit(r) || r == '.' || r == ',' }
	case emojiRune(r):
		return emojiRune
	}
	return nil
}

// emojiRune reports whether r is drawn by the emoji font or steers an emoji sequence.
func emojiRune(r rune) bool { return joiner(r) || fontCoverage().faceOf(r) == faceEmoji }

func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return r
}

// rtl reports whether r is written right to left (Hebrew and Arabic, with their
// presentation forms).
func rtl(r rune) bool {
	return (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// strongLTR reports whether r ends a right-to-left run: a letter of a left-to-right
// script.
func strongLTR(r rune) bool { return unicode.IsLetter(r) && !rtl(r) }

// shapeArabic replaces Arabic letters with the presentation form their neighbours
// call for, and lam followed by alef with their ligature, when the fonts have them.
func shapeArabic(in []rune) []rune {
	out := make([]rune, 0, len(in))
	glyphs := drawableRunes()
	for i := 0; i < len(in); i++ {
		r := in[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev := joinsForward(in, i)
		if lig, ok := lamAlef[nextLetter(in, i)]; r == lam && ok {
			shaped := lig
			if prev {
				shaped++
			}
			if glyphs.has(shaped) {
				out = append(out, shaped)
				i = nextIndex(in, i)
				continue
			}
		}
		form := 0
		switch next := f.dual && joinsBack(in, i); {
		case prev && next:
			form = 3
		case next:
			form = 2
		case prev:
			form = 1
		}
		if shaped := f.isolated + rune(form); glyphs.has(shaped) {
			r = shaped
		}
		out = append(out, r)
	}
	return out
}

// arabicShapes calls add with each form shapeArabic may draw r in, whatever its
// neighbours: the letter's presentation forms, and for lam its ligatures with alef.
func arabicShapes(r rune, add func(rune)) {
	f, ok := arabicForms[r]
	if !ok {
		return
	}
	forms := rune(2) // isolated and final
	if f.dual {
		forms = 4 // initial and medial too
	}
	for i := range forms {
		add(f.isolated + i)
	}
	if r == lam {
		for _, lig := range lamAlef {
			add(lig)
			add(lig + 1)
		}
	}
}

// joinsForward reports whether the letter before in[i] connects to it.
func joinsForward(in []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if unicode.Is(unicode.Mn, in[j]) {
			continue
		}
		f, ok := arabicForms[in[j]]
		return in[j] == tatweel || (ok && f.dual)
	}
	return false
}

// joinsBack reports whether the letter after in[i] can connect to it.
func joinsBack(in []rune, i int) bool {
	next := nextLetter(in, i)
	_, ok := arabicForms[next]
	return ok || next == tatweel
}

// nextLetter returns the letter after in[i], skipping combining marks, or 0.
func nextLetter(in []rune, i int) rune {
	if j := nextIndex(in, i); j < len(in) {
		return in[j]
	}
	return 0
}

func nextIndex(in []rune, i int) int {
	j := i + 1
	for j < len(in) && unicode.Is(unicode.Mn, in[j]) {
		j++
	}
	return j
}
