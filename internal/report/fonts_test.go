package report

import (
	"bytes"
	"context"
	"image"
	"slices"
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

// TestFallbackRunes finds the characters each fallback font draws wherever a value
// holds strings: in fields exported or not, maps, slices, interfaces and pointers, a
// pointer that leads back to itself included.
func TestFallbackRunes(t *testing.T) {
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
		Person: talent.Person{Name: "Zoë 李小龍", Expertise: []string{"ひらがな"}},
		People: map[int64]talent.Person{1: {Name: "김민준"}},
		Notes:  []any{"花子", 3, nil},
		Loop:   loop,
		When:   made,
	}
	got := fallbackRunes(v)
	for i, want := range []string{"がなひら子小山李田花龍", "김민준"} { // in code point order
		if got[i] == nil {
			t.Errorf("fallback %d: none found, want %q", i, want)
		} else if string(got[i].runes()) != want {
			t.Errorf("fallback %d: %q, want %q", i, string(got[i].runes()), want)
		}
	}
	for _, v := range []any{nil, "Zoë", PlanDoc{}} {
		if got := fallbackRunes(v); got[0] != nil || got[1] != nil {
			t.Errorf("fallbackRunes(%#v) = %v, want none", v, got)
		}
	}
}

// TestDocuments_FallbacksCut prints the summary and every plan of a business with
// names in many scripts: each document's content holds every character it draws in a
// fallback font, so none embeds a whole fallback font.
func TestDocuments_FallbacksCut(t *testing.T) {
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
		if fonts := fontNames(renderPlan(t, d, Options{Made: made, Copy: Owner})); slices.ContainsFunc(fonts, func(f string) bool { return strings.HasSuffix(f, "whole") }) {
			t.Errorf("the plan of %q embeds %v", p.Name, fonts)
		}
	}
}
