package demo

import (
	"math/rand/v2"
	"net/mail"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestASCIIFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Zoë", "zoe"},
		{"Ångström", "angstrom"},
		{"Łukasz", "lukasz"},
		{"Wróblewski", "wroblewski"},
		{"Müller", "muller"},
		{"Groß", "gross"},
		{"Núñez", "nunez"},
		{"Yılmaz", "yilmaz"},
		{"Nguyễn", "nguyen"},
		{"Ødegaard", "odegaard"},
		{"Mæland", "maeland"},
		{"Ọlájùmọ̀kẹ́", "olajumoke"},
		{"O'Brien", "obrien"},
		{"Al-Sayed", "al-sayed"},
		{"Дмитрий", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := asciiFold(tc.in); got != tc.want {
				t.Errorf("asciiFold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNames draws names the way a 10,000-person business does and checks that they are
// valid, rarely repeat, cover many scripts, and give valid, unique email addresses.
func TestNames(t *testing.T) {
	g := &generator{rng: rand.New(rand.NewPCG(1, 2)), names: map[string]bool{}, emails: map[string]bool{}}
	const n = 10000
	distinct := map[string]bool{}
	scripts := map[string]bool{}
	for range n {
		name := g.drawName()
		distinct[name.full] = true
		if !utf8.ValidString(name.full) || strings.TrimSpace(name.full) != name.full || name.call == "" {
			t.Fatalf("name %q (called %q) is not a clean name", name.full, name.call)
		}
		for _, r := range name.full {
			scripts[scriptOf(r)] = true
		}
		addr := g.email(name)
		if a, err := mail.ParseAddress(addr); err != nil || a.Address != addr {
			t.Fatalf("email %q for %q is not a valid address: %v", addr, name.full, err)
		}
	}
	if got := len(distinct); got < n*99/100 {
		t.Errorf("distinct names = %d of %d, want duplicates to be rare", got, n)
	}
	if got := len(g.emails); got != n {
		t.Errorf("distinct emails = %d, want %d", got, n)
	}
	for _, s := range []string{"latin", "greek", "cyrillic", "arabic", "han", "hangul", "devanagari", "kana"} {
		if !scripts[s] {
			t.Errorf("no name uses the %s script", s)
		}
	}
}

func scriptOf(r rune) string {
	switch {
	case r < 0x250:
		return "latin"
	case r >= 0x370 && r < 0x400:
		return "greek"
	case r >= 0x400 && r < 0x530:
		return "cyrillic"
	case r >= 0x600 && r < 0x700:
		return "arabic"
	case r >= 0x900 && r < 0x980:
		return "devanagari"
	case r >= 0x3040 && r < 0x3100:
		return "kana"
	case r >= 0x4e00 && r < 0xa000:
		return "han"
	case r >= 0xac00 && r < 0xd7b0:
		return "hangul"
	}
	return "other"
}
