package report

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"latin", "Zoë Ångström", "Zoë Ångström"},
		{"cyrillic", "Дмитрий Иванов", "Дмитрий Иванов"},
		{"greek", "Ελένη Παπαδοπούλου", "Ελένη Παπαδοπούλου"},
		{"typography", "“Quoted” — 1–2 years…", "“Quoted” — 1–2 years…"},
		{"chinese", "李小龍", "李小龍"},
		{"japanese", "山田花子、ひらがな。カタカナ", "山田花子、ひらがな。カタカナ"},
		{"korean", "김민준", "김민준"},
		{"mixed", "Zoë 李小龍 Ελένη", "Zoë 李小龍 Ελένη"},
		{"devanagari is shaped", "देवनागरी", "देवनागरी"},
		{"devanagari joiners stay", "क्\u200dष", "क्\u200dष"},
		{"tamil has no font", "தமிழ்", "□□□□□"},
		{"conjoining jamo need shaping", "\u1100\u1161", "□□"},
		{"kana combining mark", "か\u3099", "か□"},
		{"emoji", "Great work 🎉!", "Great work 🎉!"},
		{"emoji sequence", "👩‍👩‍👧 family", "👩‍👩‍👧 family"},
		{"joiner after text dropped", "a\u200db", "ab"},
		{"variation selector after a text glyph", "I ❤️ it", "I ❤ it"},
		{"emoji variation selector", "I 🎉\ufe0f it", "I 🎉\ufe0f it"},
		{"flag", "🇬🇷", "🇬🇷"},
		{"outside every font", "\U0001D11E \U00013000", "□ □"},
		{"control", "a\x00b\x1bc\x7f", "abc"},
		{"tab", "a\tb", "a b"},
		{"line breaks", "one\r\ntwo\nthree", "one\ntwo\nthree"},
		{"invalid utf-8", "ab\xffc\xc3", "ab□c□"},
		{"zero width", "co\u200bop\u00ad\ufeff", "coop"},
		{"empty", "", ""},
		{"placeholder itself", "□", "□"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := sanitize(tt.in); got != tt.want {
				t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDrawableRunes(t *testing.T) {
	g := drawableRunes()
	for _, tt := range []struct {
		r    rune
		want bool
	}{
		{'A', true}, {'ë', true}, {'Д', true}, {'Ω', true}, {placeholder, true}, {'…', true}, {'→', true}, {'·', true},
		{'李', true}, {'花', true}, {'ひ', true}, {'カ', true}, {'김', true}, {'、', true}, {'Ａ', true},
		{'द', false}, {0x1100, false}, {0x3099, false}, {0x1F600, false}, {-1, false}, {0x110000, false},
	} {
		if got := g.has(tt.r); got != tt.want {
			t.Errorf("has(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestShapable(t *testing.T) {
	for _, tt := range []struct {
		r    rune
		want bool
	}{
		{'द', true}, {'ि', true}, {0x0964, true}, {0x1F600, true}, {0x1F389, true}, {0x1F1EC, true},
		{'A', false}, {'த', false}, {0x1D11E, false}, {0x13000, false},
	} {
		if got := shapable(tt.r); got != tt.want {
			t.Errorf("shapable(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestCmapGlyphs_NotAFont(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font"), make([]byte, 40)} {
		g := cmapGlyphs(b)
		if g.has('A') {
			t.Errorf("cmapGlyphs(%q) has 'A', want an empty set", b)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"Zoë", "李小龍", "김민준", "か\u3099", "देवनागरी", "🎉", "a\x00b", "\xff\xfe", "👩‍👩‍👧", "Ελένη\r\n", "محمد", "\u202e\u200d"} {
		f.Add(s)
	}
	glyphs := drawableRunes()
	f.Fuzz(func(t *testing.T, in string) {
		out := sanitize(in)
		if !utf8.ValidString(out) {
			t.Fatalf("sanitize(%q) = %q, not valid UTF-8", in, out)
		}
		for _, r := range out {
			if r != '\n' && (unicode.IsControl(r) || !glyphs.has(r) && !shapable(r) && !joiner(r)) {
				t.Fatalf("sanitize(%q) keeps %U, which the fonts cannot print", in, r)
			}
		}
		if n, max := utf8.RuneCountInString(out), len(in); n > max {
			t.Fatalf("sanitize(%q) has %d runes, more than the %d input bytes", in, n, max)
		}
		if again := sanitize(out); again != out {
			t.Fatalf("sanitize is not stable: %q then %q", out, again)
		}
		for shown := range spans(visual(out)) {
			for _, r := range shown {
				if r != '\n' && !printable(glyphs, r) && !shapable(r) && !joiner(r) {
					t.Fatalf("visual(%q) makes %U, which the fonts cannot print", out, r)
				}
			}
		}
	})
}
