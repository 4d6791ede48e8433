package report

import (
	"bytes"
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// fallbackText is drawn by both fallback fonts: Droid Sans Fallback, whose ideographs
// are mostly built from parts, and NanumSquare.
const fallbackText = "李小龍 山田花子、ひらがな 김민준"

// TestFallbackCut draws fallbackText in both weights in documents that hold all of it,
// part of it, none of it, or so many characters that no cut can map them, and reads the
// pages back as pixels: each must look exactly as with the whole fonts, embedding the
// cut of a font only for text the document holds, and the whole font otherwise.
func TestFallbackCut(t *testing.T) {
	var everyOther strings.Builder
	for r := rune(0x4E00); r < 0x9FA0; r += 2 {
		everyOther.WriteRune(r)
	}
	draw := func(held string) rendered {
		return render(t, func(b *bytes.Buffer) error {
			d := newDoc(Options{Made: made}, "Cut", "Cut", "")
			d.holds(held)
			for i, style := range []string{"", "B"} {
				d.font(style, 30, inkColour)
				d.text(d.left, 30+20*float64(i), d.width, fallbackText, "L")
			}
			return d.finish(b)
		})
	}
	whole := draw("")
	if got, want := fontNames(whole), []string{"utf8dejavu", "utf8dejavuB", "utf8droidfallbackwhole", "utf8nanumsquarewhole"}; !slices.Equal(got, want) {
		t.Fatalf("a document holding no text embeds %v, want %v", got, want)
	}
	wholePage := whole.page1()
	for _, tt := range []struct {
		name, held string
		fonts      []string
	}{
		{"all held", fallbackText, []string{"utf8dejavu", "utf8dejavuB", "utf8droidfallback", "utf8nanumsquare"}},
		{"part held", "李小龍 Zoë", []string{"utf8dejavu", "utf8dejavuB", "utf8droidfallback", "utf8droidfallbackwhole", "utf8nanumsquarewhole"}},
		{"too many to cut", everyOther.String() + fallbackText, []string{"utf8dejavu", "utf8dejavuB", "utf8droidfallbackwhole", "utf8nanumsquare"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := draw(tt.held)
			if got := fontNames(r); !slices.Equal(got, tt.fonts) {
				t.Errorf("embeds %v, want %v", got, tt.fonts)
			}
			mustContain(t, r.flat(), strings.Fields(fallbackText)...)
			if !samePixels(r.page1(), wholePage) {
				t.Errorf("the page differs from the same text drawn with the whole fonts")
			}
		})
	}
}

// fontNames returns the names of the fonts a document embeds, in order.
func fontNames(r rendered) []string {
	var names []string
	for _, line := range strings.Split(r.fonts(), "\n")[2:] {
		if f := strings.Fields(line); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	slices.Sort(names)
	return names
}

func samePixels(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				return false
			}
		}
	}
	return true
}

// TestContentRunes finds the characters each font draws wherever a value holds
// strings: in fields exported or not, maps, slices, interfaces and pointers, a pointer
// that leads back to itself included. DejaVu Sans's are added to the program's own, and
// hold every form an Arabic letter may be drawn in.
func TestContentRunes(t *testing.T) {
	type node struct {
		name string
		next *node
	}
	loop := &node{name: "山田"}
	loop.next = loop
	v := struct {
		Person talent.Person
		People map[int64]talent.Person
		Notes  []any
		Loop   *node
		When   time.Time
	}{
		Person: talent.Person{Name: "Zoë 李小龍 Ελένη", Expertise: []string{"ひらがな"}},
		People: map[int64]talent.Person{1: {Name: "김민준"}},
		Notes:  []any{"花子", 3, nil, "\u0644\u0627"}, // lam alef
		Loop:   loop,
		When:   made,
	}
	got := contentRunes(v)
	for i, want := range []string{ // in code point order
		"Εέηλν" +
			"\u0627\u0644" + // alef, lam
			"\uFE8D\uFE8E" + // alef, isolated and final
			"\uFEDD\uFEDE\uFEDF\uFEE0" + // lam, in its four forms
			"\uFEF5\uFEF6\uFEF7\uFEF8\uFEF9\uFEFA\uFEFB\uFEFC", // lam with each alef, isolated and final
		"がなひら子小山李田花龍",
		"김민준",
	} {
		if got[i] == nil {
			t.Errorf("face %d: none found, want %q", i, want)
		} else if runes := string(notOwn(got[i])); runes != want {
			t.Errorf("face %d: %q, want %q", i, runes, want)
		}
	}
	for _, v := range []any{nil, "Zoë", PlanDoc{}} {
		got := contentRunes(v)
		if got[0] == nil || string(notOwn(got[0])) != "" || got[1] != nil || got[2] != nil {
			t.Errorf("contentRunes(%#v) = %v, want the program's own characters only", v, got)
		}
	}
}

// notOwn returns the runes of a set that are not among the program's own characters.
func notOwn(g *glyphSet) []rune {
	return slices.DeleteFunc(g.runes(), ownRunes().has)
}

// TestDocuments_FontsCut prints documents of businesses with names in many scripts
// and with most of what a document can hold: each document's content holds every
// character it draws in a fallback font, and every character it draws in DejaVu Sans is
// its content's or among the program's own, so none embeds a whole font.
func TestDocuments_FontsCut(t *testing.T) {
	ctx := context.Background()
	db := importedInScripts(t)
	s, err := LoadSuccession(ctx, db, made)
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	fonts := fontNames(renderSuccession(t, s, Options{Made: made}))
	mustContain(t, strings.Join(fonts, " "), "utf8droidfallback", "utf8nanumsquare")
	mustNotContain(t, strings.Join(fonts, " "), "whole")
	people, err := db.People(ctx)
	if err != nil {
		t.Fatalf("People: %v", err)
	}
	for _, p := range people {
		d, err := LoadPlan(ctx, db, p.ID, made)
		if err != nil {
			t.Fatalf("LoadPlan: %v", err)
		}
		if whole := wholeFonts(renderPlan(t, d, Options{Made: made, Copy: Owner})); whole != nil {
			t.Errorf("the plan of %q embeds %v", p.Name, whole)
		}
	}
	blank := PlanDoc{Person: talent.Person{ID: 4, Name: "Ngozi Okonkwo", Status: talent.StatusActive}, Standard: testStandard()}
	for _, c := range []Copy{Mentor, Owner} {
		for name, p := range map[string]PlanDoc{"full": fullPlan(), "blank": blank} {
			if whole := wholeFonts(renderPlan(t, p, Options{Made: made, Copy: c})); whole != nil {
				t.Errorf("the %s copy of the %s plan embeds %v", c, name, whole)
			}
		}
	}
	if whole := wholeFonts(renderSuccession(t, fullSuccession(60), Options{Made: made})); whole != nil {
		t.Errorf("the summary of 60 people embeds %v", whole)
	}
}

// wholeFonts returns the whole fonts a document embeds, or nil.
func wholeFonts(r rendered) []string {
	var whole []string
	for _, f := range fontNames(r) {
		if strings.Contains(f, "whole") {
			whole = append(whole, f)
		}
	}
	return whole
}

// withWholeFonts makes DejaVu Sans a font that cannot be cut until the test ends, so
// that documents drawn meanwhile use the whole fonts, as before fonts were cut.
func withWholeFonts(t *testing.T) {
	saved := dejaVuFonts
	t.Cleanup(func() { dejaVuFonts = saved })
	for i := range dejaVuFonts {
		dejaVuFonts[i].index = func() *fontIndex { return nil }
	}
}

// latinPlan is fullPlan with every name and text in the Latin script.
func latinPlan() PlanDoc {
	p := fullPlan()
	p.Manager, p.Mentor.Name, p.Nominations[0].Holder = "Eleni Papadopoulou", "Dmitri Ivanov", "Lee Siu-lung"
	p.People[2], p.People[3] = talent.Person{ID: 2, Name: p.Mentor.Name}, talent.Person{ID: 3, Name: p.Manager}
	p.Plan.Goals[0].Actions[1].Text = "Shadow Dmitri at the weekly operations review"
	p.Training[1].Provider = "Hellenic Institute"
	p.Moments[1].ObserverName = "Mohammed from Sales"
	p.Derailers = collectDerailers(p.Latest, []talent.Assessment{*p.Previous, *p.Latest}, p.Moments)
	return p
}

// TestDocuments_DejaVuCut prints both copies of a plan whose content is all in the
// Latin script, and a summary of names in many scripts, once with DejaVu Sans cut and
// once whole: the cut documents embed only the cuts, and read back as the same words
// in the same places, drawn in the same pixels on every page.
func TestDocuments_DejaVuCut(t *testing.T) {
	latin := latinPlan()
	if held := contentRunes(latin); len(notOwn(held[0])) != 0 || held[1] != nil || held[2] != nil {
		t.Fatalf("the plan holds characters beyond Latin-1 and the program's own: %q", string(notOwn(held[0])))
	}
	s, err := LoadSuccession(context.Background(), importedInScripts(t), made)
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	phrases := []string{menteeName, "Dmitri Ivanov", "Eleni Papadopoulou", "In person, café downstairs",
		"Read “The Making of a Manager”, chapters 1–4", "Mohammed from Sales"}
	for _, doc := range []struct {
		name    string
		write   func(*bytes.Buffer) error
		phrases []string
	}{
		{"mentor copy", func(b *bytes.Buffer) error { return WritePlan(b, latin, Options{Made: made, Copy: Mentor}) }, phrases},
		{"owner copy", func(b *bytes.Buffer) error { return WritePlan(b, latin, Options{Made: made, Copy: Owner}) }, phrases},
		{"summary in many scripts", func(b *bytes.Buffer) error { return WriteSuccession(b, s, Options{Made: made}) }, nil},
	} {
		t.Run(doc.name, func(t *testing.T) {
			cut := render(t, doc.write)
			withWholeFonts(t)
			whole := render(t, doc.write)
			fonts := fontNames(cut)
			if !slices.Contains(fonts, "utf8dejavu") || !slices.Contains(fonts, "utf8dejavuB") || wholeFonts(cut) != nil {
				t.Errorf("embeds %v, want the cuts of DejaVu Sans and no whole font", fonts)
			}
			if fonts := fontNames(whole); !slices.Contains(fonts, "utf8dejavuwhole") || !slices.Contains(fonts, "utf8dejavuwholeB") {
				t.Fatalf("with DejaVu Sans whole, embeds %v", fonts)
			}
			words, wholeWords := cut.words(), whole.words()
			if len(words) < 200 || !slices.Equal(words, wholeWords) {
				t.Errorf("%d words read back, want the %d of the document drawn whole, in the same places", len(words), len(wholeWords))
			}
			mustContain(t, cut.flat(), doc.phrases...)
			pages := cut.pages()
			if whole.pages() != pages {
				t.Fatalf("%d pages, want %d", pages, whole.pages())
			}
			for n := 1; n <= pages; n++ {
				if !samePixels(cut.page(n), whole.page(n)) {
					t.Errorf("page %d differs from the document drawn whole", n)
				}
			}
		})
	}
}

// TestDejaVuCut_CharacterNotHeld draws, in both weights, a line with letters that
// neither the content nor the program's own text holds: the document registers the
// whole font beside the cut for that line, which reads back, and the page looks exactly
// as with DejaVu Sans whole.
func TestDejaVuCut_CharacterNotHeld(t *testing.T) {
	const held, unheld = "Held by the content", "Жук and Ωmega"
	for _, r := range "ЖΩ" {
		if fontCoverage().faceOf(r) != 0 || !drawableRunes().has(r) || ownRunes().has(r) {
			t.Fatalf("%q is not a letter DejaVu Sans draws outside the program's own characters", r)
		}
	}
	draw := func() rendered {
		return render(t, func(b *bytes.Buffer) error {
			d := newDoc(Options{Made: made}, "Cut", "Cut", "")
			d.holds(held)
			for i, style := range []string{"", "B"} {
				d.font(style, 20, inkColour)
				d.text(d.left, 30+30*float64(i), d.width, held, "L")
				d.text(d.left, 40+30*float64(i), d.width, unheld, "L")
			}
			return d.finish(b)
		})
	}
	r := draw()
	if got, want := fontNames(r), []string{"utf8dejavu", "utf8dejavuB", "utf8dejavuwhole", "utf8dejavuwholeB"}; !slices.Equal(got, want) {
		t.Errorf("embeds %v, want %v", got, want)
	}
	mustContain(t, r.flat(), held, unheld)
	withWholeFonts(t)
	whole := draw()
	if got, want := fontNames(whole), []string{"utf8dejavuwhole", "utf8dejavuwholeB"}; !slices.Equal(got, want) {
		t.Fatalf("with DejaVu Sans whole, embeds %v, want %v", got, want)
	}
	if !samePixels(r.page1(), whole.page1()) {
		t.Errorf("the page differs from the same text drawn with DejaVu Sans whole")
	}
}

// TestOwnText reads the strings and characters written in the code of this package and
// of talent, whose labels and dates the documents print, and finds every character
// DejaVu Sans draws in them among the program's own (ownRunes), so that no document
// needs a whole font for the program's own text; and finds every character of ownText
// used there, drawn by DejaVu Sans and not already held as ASCII or Latin-1.
func TestOwnText(t *testing.T) {
	used := new(glyphSet)
	for _, dir := range []string{".", "../talent"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("the code in %s: %v, %d files", dir, err, len(files))
		}
		for _, path := range files {
			// fold.go holds the letters that searches fold, which are never printed.
			if strings.HasSuffix(path, "_test.go") || path == filepath.Join("..", "talent", "fold.go") {
				continue
			}
			for _, r := range literalRunes(t, path) {
				if r < 0x10000 && printable(drawableRunes(), r) && fontCoverage().faceOf(r) == 0 {
					used.add(r)
					if !ownRunes().has(r) {
						t.Errorf("%s: %q is written in the code but is not among the program's own characters (ownText)", path, r)
					}
				}
			}
		}
	}
	for _, r := range ownText {
		if r <= 0xFF || !used.has(r) {
			t.Errorf("ownText holds %q, which is Latin-1 or not written in the code", r)
		}
	}
}

// literalRunes returns the runes of every string and character literal in a Go file
// but ownText's.
func literalRunes(t *testing.T, path string) []rune {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var runes []rune
	ast.Inspect(f, func(n ast.Node) bool {
		if spec, ok := n.(*ast.ValueSpec); ok && spec.Names[0].Name == "ownText" {
			return false // the list itself, which the code is checked against
		}
		lit, ok := n.(*ast.BasicLit)
		if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if lit.Kind == token.CHAR {
			// Unquote gives '\xff' as the byte, not the rune.
			var r rune
			r, _, _, err = strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\'')
			s = string(r)
		}
		if err != nil {
			t.Fatalf("%s: %s: %v", path, lit.Value, err)
		}
		runes = append(runes, []rune(s)...)
		return true
	})
	return runes
}
