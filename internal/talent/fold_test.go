package talent_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"leadbridge/internal/talent"
)

func TestFoldKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{zoeNFC, "zoe orsted"},
		{zoeNFD, "zoe orsted"},
		{"  ZOË\t\u00a0ØRSTED ", "zoe orsted"},
		{"Ådne", "adne"},
		{"Émile", "emile"},
		{"Nguyễn Thị", "nguyen thi"},
		{"Łukasz Øberg", "lukasz oberg"},
		{"Ελένη", "ελενη"},
		{"ΣΟΦΙΑΣ", "σοφιασ"},
		{"Σοφίας", "σοφιασ"},
		{"Дмитрий Ёлкин", "дмитрии елкин"}, // й and ё fold as accented letters do
		{"李小龍", "李小龍"},
		{"निकिता", "निकिता"}, // Devanagari vowel signs are letters, not accents
		{"Ana 🌻 Sol", "ana 🌻 sol"},
		{"O'Brien-McAllister 2", "o'brien-mcallister 2"},
		{"ΕΛΈΝΗ Παπαδοπούλου", "ελενη παπαδοπουλου"},
		{"Łucja Đorđević Øster", "lucja dordevic oster"},
		{"李小龍 and 김민준", "李小龍 and 김민준"},
		{"NGUYỄN ΐ", "nguyen ι"},
		{" \t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := talent.FoldKey(tt.in); got != tt.want {
				t.Errorf("FoldKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldKey_TwoSpellingsAreOneName(t *testing.T) {
	if zoeNFC == zoeNFD {
		t.Fatal("the two spellings are the same bytes; the test proves nothing")
	}
	if a, b := talent.FoldKey(zoeNFC), talent.FoldKey(zoeNFD); a != b {
		t.Errorf("FoldKey(NFC) = %q, FoldKey(NFD) = %q; want one key", a, b)
	}
}

// TestCompareNames checks the order names are listed in everywhere: by their fold keys,
// so that accented initials sort with their letter. Names are compared as stored, in NFC.
func TestCompareNames(t *testing.T) {
	names := []string{"Zoë Ørsted", "émile Zola", "Ådne Berg", "adam Smith", "Zoe Orsted", "Émile Zola", "Ørjan", "Bo", "李小龍", "Ελένη", "  Ana  ", "ana"}
	got := slices.Clone(names)
	slices.SortStableFunc(got, talent.CompareNames)
	want := []string{"adam Smith", "Ådne Berg", "  Ana  ", "ana", "Bo", "émile Zola", "Émile Zola", "Ørjan", "Zoë Ørsted", "Zoe Orsted", "Ελένη", "李小龍"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %q\nwant     %q", got, want)
	}
	for _, a := range append(names, "", " ", "a b", "ab", "a  b", "Zo\xeb") {
		for _, b := range append(names, "", " ", "a b", "ab", "a  b", "Zo\xeb") {
			if got, want := talent.CompareNames(a, b), strings.Compare(talent.FoldKey(a), talent.FoldKey(b)); got != want {
				t.Errorf("CompareNames(%q, %q) = %d, want %d, as their fold keys compare", a, b, got, want)
			}
		}
	}
}

func FuzzCompareNames(f *testing.F) {
	f.Add("Zoë Ørsted", "zoe orsted")
	f.Add(" Ådne ", "adne")
	f.Add("a\u0301", "á")
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = norm.NFC.String(a), norm.NFC.String(b) // as all text is stored
		if got, want := talent.CompareNames(a, b), strings.Compare(talent.FoldKey(a), talent.FoldKey(b)); got != want {
			t.Fatalf("CompareNames(%q, %q) = %d, keys compare %d", a, b, got, want)
		}
	})
}
