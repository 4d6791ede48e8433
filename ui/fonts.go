package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"leadbridge/internal/report"
	"leadbridge/resources"
)

// Fyne draws text in its own font and, for a character that font lacks, falls back to
// the fonts it finds in the system's font folders, one face per script. A fresh Debian
// machine has few: Devanagari, Korean, Chinese or Japanese names and emoji would show
// as boxes. The documents' fonts cover every script a name is printed in, so they are
// laid in a folder of Leadbridge's own that the fallback searches too. Windows and
// macOS come with fonts for these scripts, which Fyne finds in their font folders.

// bundledFont is a font laid out whole for Fyne's fallback.
type bundledFont struct {
	name string
	data []byte
}

// bundledFonts are the fonts laid out whole for Fyne's fallback.
var bundledFonts = []bundledFont{
	{"DejaVuSans.ttf", resources.DejaVuSans},
	{"DejaVuSans-Bold.ttf", resources.DejaVuSansBold},
	{"NanumSquareR.ttf", resources.NanumSquare},
	{"NotoSansDevanagari-Regular.ttf", resources.NotoSansDevanagari},
	{"NotoSansDevanagari-Bold.ttf", resources.NotoSansDevanagariBold},
	{"NotoEmoji-Regular.ttf", resources.NotoEmoji},
}

// UseBundledFonts lays the bundled fonts in cacheDir/leadbridge/fonts, where they are
// kept between runs, and adds that folder to those Fyne's fallback searches. It must run
// before the first window is made: Fyne lists the system's fonts once. It does nothing
// on systems other than Linux and the BSDs, whose fallback cannot be pointed elsewhere
// and which have fonts of their own.
func UseBundledFonts(cacheDir string) error {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" && runtime.GOOS != "openbsd" {
		return nil
	}
	share := filepath.Join(cacheDir, "leadbridge")
	dir := filepath.Join(share, "fonts")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("make the fonts folder: %w", err)
	}
	for _, f := range bundledFonts {
		if err := layFont(filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	if err := layHan(dir); err != nil {
		return err
	}
	if err := removeStale(dir); err != nil {
		return err
	}
	// Fyne's fallback searches the fonts folder of every XDG data folder. Without the
	// variable the standard says the data folders are these two; keep them.
	dataDirs := os.Getenv("XDG_DATA_DIRS")
	if dataDirs == "" {
		dataDirs = "/usr/local/share:/usr/share"
	}
	if !slices.Contains(filepath.SplitList(dataDirs), share) {
		dataDirs += string(filepath.ListSeparator) + share
	}
	return os.Setenv("XDG_DATA_DIRS", dataDirs)
}

// layFont writes a font file unless it is already there. It writes a temporary file
// first, so that a run cut short leaves no half-written font behind.
func layFont(path string, data []byte) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() == int64(len(data)) {
		return nil
	}
	tmp := path + ".part"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("write a font: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write a font: %w", err)
	}
	return nil
}

// Droid Sans Fallback draws some 28,000 Han ideographs, and Fyne's fallback parses a
// font whole the first time a name needs one of its characters: about 17 MB held for
// good, for the few hundred characters a business's names use. It is laid in two parts
// (see report.SplitFont): the characters in everyday use, the 7 MB that names almost
// always keep to, and the rare ideographs, parsed only once a name holds one. A part
// laid once is kept as it is: name the parts anew when the split changes.
const (
	hanEveryday = "DroidSansFallback-Everyday.ttf"
	hanRare     = "DroidSansFallback-Rare.ttf"
)

// layHan lays the two parts of Droid Sans Fallback unless both are there.
func layHan(dir string) error {
	everyday, rare := filepath.Join(dir, hanEveryday), filepath.Join(dir, hanRare)
	if fileExists(everyday) && fileExists(rare) {
		return nil
	}
	common, rest := report.SplitFont(resources.DroidSansFallback, everydayHan())
	if common == nil {
		return errors.New("split the Han fallback font: the font cannot be cut")
	}
	if err := layFont(everyday, common); err != nil {
		return err
	}
	return layFont(rare, rest)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// removeStale removes from the fonts folder what Leadbridge no longer lays there, such
// as Droid Sans Fallback whole, as earlier versions laid it: the fallback would find it
// beside its parts and parse it whole after all.
func removeStale(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read the fonts folder: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if name == hanEveryday || name == hanRare || slices.ContainsFunc(bundledFonts, func(f bundledFont) bool { return f.name == name }) {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("remove an old font: %w", err)
		}
	}
	return nil
}

// everydayHan returns whether the everyday part of Droid Sans Fallback keeps a rune:
// everything but Han ideographs, and those of the character sets that names are written
// in every day: GB 2312 (mainland China), JIS X 0208 (Japan), the frequently used
// characters of Big5 (Taiwan and Hong Kong) and the hanja of KS X 1001 (Korea). Each
// set is told by the two bytes its encoding gives the character.
func everydayHan() func(rune) bool {
	gb, jis := simplifiedchinese.GBK.NewEncoder(), japanese.EUCJP.NewEncoder()
	big5, ks := traditionalchinese.Big5.NewEncoder(), korean.EUCKR.NewEncoder()
	return func(r rune) bool {
		if !unicode.Is(unicode.Ideographic, r) {
			return true
		}
		g, j, b, k := encodeIn(gb, r), encodeIn(jis, r), encodeIn(big5, r), encodeIn(ks, r)
		big5Code := uint16(b[0])<<8 | uint16(b[1])
		return g[0] >= 0xB0 && g[0] <= 0xF7 && g[1] >= 0xA1 || // GB 2312's two levels of hanzi
			j[0] >= 0xA1 && j[1] >= 0xA1 || // two bytes in EUC-JP: JIS X 0208
			big5Code >= 0xA440 && big5Code <= 0xC67E || // Big5's frequently used hanzi
			k[0] >= 0xCA && k[0] <= 0xFD // KS X 1001's hanja
	}
}

// encodeIn returns the two bytes e encodes r in, or zeros when it takes some other
// number of bytes or none.
func encodeIn(e *encoding.Encoder, r rune) [2]byte {
	var src [utf8.UTFMax]byte
	var dst [4]byte
	n, _, err := e.Transform(dst[:], src[:utf8.EncodeRune(src[:], r)], true)
	if err != nil || n != 2 {
		return [2]byte{}
	}
	return [2]byte{dst[0], dst[1]}
}
