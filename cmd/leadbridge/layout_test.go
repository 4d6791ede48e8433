package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreHasNoGUI keeps the records, rules and adapters free of Fyne, so they build and
// test without cgo or a display.
func TestCoreHasNoGUI(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "leadbridge/internal/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") {
			t.Errorf("internal/ depends on %s", pkg)
		}
	}
}

// TestOnlyCmdImportsFyneApp keeps the window driver in one place.
func TestOnlyCmdImportsFyneApp(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "leadbridge/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		for _, imp := range fields[1:] {
			if imp == "fyne.io/fyne/v2/app" && fields[0] != "leadbridge/cmd/leadbridge" {
				t.Errorf("%s imports fyne.io/fyne/v2/app; only cmd/leadbridge may", fields[0])
			}
		}
	}
}

// TestTopLevelLayout keeps the repository's top level to the agreed entries.
func TestTopLevelLayout(t *testing.T) {
	allowed := map[string]bool{"cmd": true, "internal": true, "ui": true, "resources": true,
		"go.mod": true, "go.sum": true, "README.md": true, "FyneApp.toml": true, "Makefile": true}
	out, err := exec.Command("git", "-C", "../..", "ls-files").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for _, f := range strings.Fields(string(out)) {
		top, _, _ := strings.Cut(f, "/")
		if !allowed[top] && !strings.HasPrefix(top, ".") {
			t.Errorf("unexpected top-level entry %q", top)
		}
	}
}
