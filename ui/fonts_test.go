package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unicode"

	"github.com/go-text/typesetting/font"

	"leadbridge/internal/demo"
	"leadbridge/resources"
)

// TestUseBundledFonts lays the fonts out once, points the fallback's search at them
// beside the standard data folders, and leaves both alone on a second start.
func TestUseBundledFonts(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the bundled fonts are laid out on Linux and the BSDs only")
	}
	cache := t.TempDir()
	t.Setenv("XDG_DATA_DIRS", "")
	if err := UseBundledFonts(cache); err != nil {
		t.Fatalf("UseBundledFonts: %v", err)
	}
	share := filepath.Join(cache, "leadbridge")
	want := "/usr/local/share:/usr/share:" + share
	if got := os.Getenv("XDG_DATA_DIRS"); got != want {
		t.Errorf("XDG_DATA_DIRS = %q, want %q", got, want)
	}
	laid := map[string][]byte{hanEveryday: nil, hanRare: nil} // the parts are checked in TestUseBundledFonts_HanInTwoParts
	for _, f := range bundledFonts {
		laid[f.name] = f.data
	}
	stamps := map[string]int64{}
	for name, data := range laid {
		path := filepath.Join(share, "fonts", name)
		got, err := os.ReadFile(path)
		if err != nil || data != nil && !bytes.Equal(got, data) {
			t.Errorf("%s: %d bytes, %v; want the bundled font", name, len(got), err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", name, fi.Mode().Perm())
		}
		// Back-date the file so that a rewrite would show.
		old := fi.ModTime().Add(-time.Hour)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		stamps[name] = old.UnixNano()
	}
	if err := UseBundledFonts(cache); err != nil {
		t.Fatalf("UseBundledFonts again: %v", err)
	}
	if got := os.Getenv("XDG_DATA_DIRS"); got != want {
		t.Errorf("XDG_DATA_DIRS after a second start = %q, want %q", got, want)
	}
	for name := range laid {
		fi, err := os.Stat(filepath.Join(share, "fonts", name))
		if err != nil || fi.ModTime().UnixNano() != stamps[name] {
			t.Errorf("%s was written again on a second start", name)
		}
	}
}

func TestUseBundledFonts_FolderRefused(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the bundled fonts are laid out on Linux and the BSDs only")
	}
	file := filepath.Join(t.TempDir(), "a file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_DATA_DIRS", "/usr/share")
	if err := UseBundledFonts(file); err == nil {
		t.Error("UseBundledFonts under a file: no error")
	}
	if got := os.Getenv("XDG_DATA_DIRS"); got != "/usr/share" {
		t.Errorf("XDG_DATA_DIRS = %q after a failure, want it unchanged", got)
	}
}

// TestUseBundledFonts_HanInTwoParts checks the two parts Droid Sans Fallback is laid in:
// each a font Fyne's fallback reads, under the whole font's family, together drawing
// what the whole draws in the Basic Multilingual Plane, each character in one part only,
// the everyday part holding the Han characters of every name the sample business gives
// and under half the characters; and that the whole font an earlier version laid is
// removed.
func TestUseBundledFonts_HanInTwoParts(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the bundled fonts are laid out on Linux and the BSDs only")
	}
	cache := t.TempDir()
	dir := filepath.Join(cache, "leadbridge", "fonts")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "DroidSansFallbackFull.ttf")
	if err := os.WriteFile(old, resources.DroidSansFallback, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_DATA_DIRS", "")
	if err := UseBundledFonts(cache); err != nil {
		t.Fatalf("UseBundledFonts: %v", err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the whole Droid Sans Fallback an earlier version laid is still there: %v", err)
	}
	whole := parseFont(t, resources.DroidSansFallback)
	everyday, rare := parseFontFile(t, filepath.Join(dir, hanEveryday)), parseFontFile(t, filepath.Join(dir, hanRare))
	for _, part := range []*font.Face{everyday, rare} {
		if got, want := part.Describe().Family, whole.Describe().Family; got != want {
			t.Errorf("a part's family is %q, want %q, the whole font's", got, want)
		}
	}
	var all, inEveryday int
	for it := whole.Cmap.Iter(); it.Next(); {
		r, _ := it.Char()
		if r > 0xFFFF {
			continue // a few letters of other scripts, which the parts leave to other fonts
		}
		all++
		_, e := everyday.NominalGlyph(r)
		_, o := rare.NominalGlyph(r)
		if e == o {
			t.Fatalf("%U (%c): in the everyday part %v, in the rare part %v; want it in one", r, r, e, o)
		}
		if e {
			inEveryday++
		}
	}
	if inEveryday*2 > all {
		t.Errorf("the everyday part draws %d of the %d characters, want under half", inEveryday, all)
	}
	for _, name := range sampleNames(t, 1000) {
		for _, r := range name {
			if _, ok := everyday.NominalGlyph(r); unicode.Is(unicode.Han, r) && !ok {
				t.Errorf("%s, a name of the sample business, holds %c, which the everyday part lacks", name, r)
			}
		}
	}
	for _, r := range []rune{'李', '陈', '龍', '渡', '々', 'さ'} {
		if _, ok := everyday.NominalGlyph(r); !ok {
			t.Errorf("the everyday part lacks %c", r)
		}
	}
	if _, ok := rare.NominalGlyph('\u3400'); !ok { // the first ideograph of Extension A
		t.Error("the rare part lacks U+3400")
	}
}

func parseFont(t *testing.T, data []byte) *font.Face {
	t.Helper()
	f, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("parse a font: %v", err)
	}
	return f
}

func parseFontFile(t *testing.T, path string) *font.Face {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parseFont(t, data)
}

// sampleNames returns the names of a sample business of n people.
func sampleNames(t *testing.T, n int) []string {
	t.Helper()
	db := openStoreAt(t, filepath.Join(t.TempDir(), "leadbridge.db"), testNow)
	ctx := context.Background()
	err := db.Batch(ctx, func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: n, Today: testNow})
		return err
	})
	if err != nil {
		t.Fatalf("generate %d people: %v", n, err)
	}
	people, err := db.Listings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	return names
}
