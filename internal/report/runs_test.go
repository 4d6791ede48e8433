package report

import (
	"bytes"
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// mixedName has runs in DejaVu Sans and in both fallback fonts.
const mixedName = "Zoë 李小龍 Ελένη 山田花子 김민준"

func TestRuns(t *testing.T) {
	type run struct {
		text string
		face int
	}
	for _, tt := range []struct {
		name string
		in   string
		want []run
	}{
		{"empty", "", nil},
		{"latin", "Zoë Ångström", []run{{"Zoë Ångström", 0}}},
		{"chinese", "李小龍", []run{{"李小龍", 1}}},
		{"japanese with punctuation", "山田花子、ひらがな。", []run{{"山田花子、ひらがな。", 1}}},
		{"korean", "김민준", []run{{"김민준", 2}}},
		{"mixed", mixedName, []run{{"Zoë ", 0}, {"李小龍", 1}, {" Ελένη ", 0}, {"山田花子", 1}, {" ", 0}, {"김민준", 2}}},
		{"placeholder stays in DejaVu", "□李", []run{{"□", 0}, {"李", 1}}},
		{"devanagari", "प्रिया Sharma", []run{{"प्रिया", faceDevanagari}, {" Sharma", 0}}},
		{"emoji sequence in one run", "Ana 👩‍👩‍👧 Silva", []run{{"Ana ", 0}, {"👩‍👩‍👧", faceEmoji}, {" Silva", 0}}},
		{"devanagari joiner stays", "क्\u200dष", []run{{"क्\u200dष", faceDevanagari}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []run
			for text, face := range runs(tt.in) {
				got = append(got, run{text, face})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("runs(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// testDoc is a document with the body font set, for measuring.
func testDoc(style string) *doc {
	d := newDoc(Options{Made: made}, "Runs", "Runs", "")
	d.font(style, sizeBody, inkColour)
	return d
}

func TestStrWidth(t *testing.T) {
	d := testDoc("")
	em := sizeBody * 25.4 / 72 // an ideograph is one em wide
	if got := d.strWidth("李"); math.Abs(got-em) > 0.01 {
		t.Errorf("strWidth(李) = %v, want one em, %v", got, em)
	}
	if got := d.strWidth("김"); got < em/2 || got > em {
		t.Errorf("strWidth(김) = %v, want between half an em and an em (%v)", got, em)
	}
	parts := []string{"Zoë ", "李小龍", " Ελένη ", "山田花子", " ", "김민준"}
	sum := 0.0
	for _, p := range parts {
		sum += d.strWidth(p)
	}
	if got := d.strWidth(mixedName); math.Abs(got-sum) > 1e-9 {
		t.Errorf("strWidth(%q) = %v, want the sum of its runs, %v", mixedName, got, sum)
	}
}

// TestStrWidth_RestoresFont measures and draws CJK text in bold and checks that the
// caller's bold DejaVu font is back afterwards.
func TestStrWidth_RestoresFont(t *testing.T) {
	d := testDoc("B")
	before := d.pdf.GetStringWidth("Zoë Ångström")
	d.strWidth(mixedName)
	d.text(d.left, d.y(), d.width, mixedName, "C")
	if after := d.pdf.GetStringWidth("Zoë Ångström"); after != before {
		t.Errorf("width of Latin text after a CJK run = %v, want the bold width %v", after, before)
	}
	if d.style != "B" || d.face != 0 {
		t.Errorf("style, face = %q, %d; want \"B\", 0", d.style, d.face)
	}
}

func TestFitAndWrap_Mixed(t *testing.T) {
	d := testDoc("")
	long := strings.Repeat(mixedName+" ", 4)
	for _, w := range []float64{6, 12, 25, 40, 80} {
		t.Run(strconv.FormatFloat(w, 'f', -1, 64), func(t *testing.T) {
			fit := d.fit(long, w)
			if got := d.strWidth(fit); got > w {
				t.Errorf("fit to %v is %v wide: %q", w, got, fit)
			}
			if head := strings.TrimSuffix(fit, ellipsis); !strings.HasPrefix(long, head) || head == fit {
				t.Errorf("fit(%v) = %q, want a start of the text and an ellipsis", w, fit)
			}
			lines := d.wrap(long, w, 0)
			for _, l := range lines {
				if got := d.strWidth(l); got > w && utf8.RuneCountInString(l) > 1 {
					t.Errorf("line %q is %v wide, more than %v", l, got, w)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields(long), ""); got != want {
				t.Errorf("wrapped lines hold %q, want %q", got, want)
			}
		})
	}
}

// TestTable_NarrowColumnCutsMixedName prints a long mixed name in a narrow column of
// one line and checks in the PDF that it is cut with an ellipsis inside the column.
func TestTable_NarrowColumnCutsMixedName(t *testing.T) {
	d := testDoc("")
	d.table(table{maxLines: 1, cols: []column{{title: "Name", share: 0.2, align: "L"}, {title: "Note", share: 0.8, align: "L"}},
		rows: [][]string{{mixedName + " Ångström", "Next to the name"}}})
	r := render(t, func(b *bytes.Buffer) error { return d.finish(b) })
	mustContain(t, r.flat(), "Zoë 李小龍", "…", "Next to the name")
	mustNotContain(t, r.flat(), "Ångström")
	colRight := (d.left + 0.2*d.width - cellPadX) * 72 / 25.4
	seen := 0
	for _, w := range r.words() {
		if !strings.Contains(mixedName, strings.TrimSuffix(w.text, ellipsis)) {
			continue
		}
		seen++
		if w.xMax > colRight+0.5 {
			t.Errorf("%q ends at %.1f pt, past the column's edge at %.1f pt", w.text, w.xMax, colRight)
		}
	}
	if seen < 2 {
		t.Errorf("found %d words of the name in the PDF, want at least 2", seen)
	}
}

// word is one word pdftotext found, with its box in points from the page's top left.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var wordBox = regexp.MustCompile(`<word xMin="([^"]*)" yMin="([^"]*)" xMax="([^"]*)" yMax="([^"]*)">([^<]*)</word>`)

// words returns the document's words with their boxes.
func (r rendered) words() []word {
	r.t.Helper()
	var out []word
	for _, m := range wordBox.FindAllStringSubmatch(r.pdftotext("-bbox"), -1) {
		var box [4]float64
		for i := range box {
			v, err := strconv.ParseFloat(m[i+1], 64)
			if err != nil {
				r.t.Fatalf("bbox %q: %v", m[i+1], err)
			}
			box[i] = v
		}
		out = append(out, word{m[5], box[0], box[1], box[2], box[3]})
	}
	return out
}

// fonts returns the names of the fonts pdffonts finds in the document.
func (r rendered) fonts() string {
	r.t.Helper()
	out, err := exec.Command("pdffonts", r.path).CombinedOutput()
	if err != nil {
		r.t.Fatalf("pdffonts: %v\n%s", err, out)
	}
	return string(out)
}

// TestFallbackFontsAreLazy shows that a document embeds a fallback font only when its
// text needs it.
func TestFallbackFontsAreLazy(t *testing.T) {
	for _, tt := range []struct {
		name, manager  string
		want, unwanted []string
	}{
		{"none", managerName, nil, []string{"droidfallback", "nanumsquare"}},
		{"chinese", "李小龍", []string{"droidfallback"}, []string{"nanumsquare"}},
		{"korean", "김민준", []string{"nanumsquare"}, []string{"droidfallback"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := fullPlan()
			p.Manager = tt.manager
			fonts := renderPlan(t, p, Options{Made: made, Copy: Mentor}).fonts()
			mustContain(t, fonts, tt.want...)
			mustNotContain(t, fonts, tt.unwanted...)
		})
	}
}
