package main

import (
	"bytes"
	"debug/buildinfo"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReleasePackage makes a release as `make package` does, into a folder of its own,
// and checks what comes out: the release build (fyne.Do without the thread checks, no
// emoji font, no local paths, no symbols) in a Linux archive with the icon and the desktop
// entry, and FyneApp.toml left as committed.
func TestReleasePackage(t *testing.T) {
	const root = "../.."
	build := t.TempDir()
	toml, err := os.ReadFile(filepath.Join(root, "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("make", "-C", root, "package", "BUILD="+build)
	cmd.Env = append(os.Environ(), "MAKEFLAGS=", "MAKELEVEL=") // a make of its own, not a part of `make test`
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make package: %v\n%s", err, out)
	}
	if after, _ := os.ReadFile(filepath.Join(root, "FyneApp.toml")); !bytes.Equal(after, toml) {
		t.Errorf("make package changed FyneApp.toml:\n%s", after)
	}

	bin := filepath.Join(build, "leadbridge")
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatalf("read the release build's build settings: %v", err)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if got := settings["-tags"]; got != "migrated_fynedo,no_emoji" {
		t.Errorf("release build tags = %q, want migrated_fynedo,no_emoji", got)
	}
	if settings["-trimpath"] != "true" {
		t.Errorf("release build without -trimpath: %v", settings)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var kept []string
	for _, s := range f.Sections {
		if s.Name == ".symtab" || strings.HasPrefix(s.Name, ".debug_") {
			kept = append(kept, s.Name)
		}
	}
	if len(kept) > 0 {
		t.Errorf("release build keeps %s: it should be stripped (-ldflags \"-s -w\")", strings.Join(kept, " "))
	}

	unpacked := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", filepath.Join(build, "Leadbridge.tar.xz"), "-C", unpacked).CombinedOutput(); err != nil {
		t.Fatalf("unpack the archive: %v\n%s", err, out)
	}
	share := filepath.Join(unpacked, "usr", "local", "share")
	same := map[string]string{
		filepath.Join(unpacked, "usr", "local", "bin", "leadbridge"): bin,
		filepath.Join(share, "pixmaps", appID+".png"):                filepath.Join(root, "resources", "icon.png"),
	}
	for packed, source := range same {
		got, err1 := os.ReadFile(packed)
		want, err2 := os.ReadFile(source)
		if err1 != nil || err2 != nil || !bytes.Equal(got, want) {
			t.Errorf("the archive's %s is not %s (%v, %v)", strings.TrimPrefix(packed, unpacked), source, err1, err2)
		}
	}
	entry, err := os.ReadFile(filepath.Join(share, "applications", appID+".desktop"))
	if err != nil {
		t.Fatalf("no desktop entry in the archive: %v", err)
	}
	for _, line := range []string{"Name=Leadbridge", "Exec=leadbridge", "Icon=" + appID, "Categories=Office;"} {
		if !strings.Contains(string(entry), line+"\n") {
			t.Errorf("desktop entry lacks %q:\n%s", line, entry)
		}
	}
}
