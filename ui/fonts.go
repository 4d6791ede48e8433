package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"leadbridge/resources"
)

// Fyne draws text in its own font and, for a character that font lacks, falls back to
// the fonts it finds in the system's font folders, one face per script. A fresh Debian
// machine has few: Devanagari, Korean, Chinese or Japanese names and emoji would show
// as boxes. The documents' fonts cover every script a name is printed in, so they are
// laid in a folder of Leadbridge's own that the fallback searches too. Windows and
// macOS come with fonts for these scripts, which Fyne finds in their font folders.

// bundledFonts are the files laid out for Fyne's fallback.
var bundledFonts = []struct {
	name string
	data []byte
}{
	{"DejaVuSans.ttf", resources.DejaVuSans},
	{"DejaVuSans-Bold.ttf", resources.DejaVuSansBold},
	{"DroidSansFallbackFull.ttf", resources.DroidSansFallback},
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
