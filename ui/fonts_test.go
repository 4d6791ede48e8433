package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
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
	stamps := map[string]int64{}
	for _, f := range bundledFonts {
		path := filepath.Join(share, "fonts", f.name)
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, f.data) {
			t.Errorf("%s: %d bytes, %v; want the bundled font", f.name, len(got), err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", f.name, fi.Mode().Perm())
		}
		// Back-date the file so that a rewrite would show.
		old := fi.ModTime().Add(-time.Hour)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		stamps[f.name] = old.UnixNano()
	}
	if err := UseBundledFonts(cache); err != nil {
		t.Fatalf("UseBundledFonts again: %v", err)
	}
	if got := os.Getenv("XDG_DATA_DIRS"); got != want {
		t.Errorf("XDG_DATA_DIRS after a second start = %q, want %q", got, want)
	}
	for _, f := range bundledFonts {
		fi, err := os.Stat(filepath.Join(share, "fonts", f.name))
		if err != nil || fi.ModTime().UnixNano() != stamps[f.name] {
			t.Errorf("%s was written again on a second start", f.name)
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
