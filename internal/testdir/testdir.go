// Package testdir gives tests a temporary folder that can also be cleaned up when the
// tests run under Wine.
package testdir

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

// New is t.TempDir, except on Windows, where the tests also run under Wine 8: Wine lacks
// the way of deleting a file (FileDispositionInformationEx) that Go's os.RemoveAll uses
// there, so t.TempDir's clean-up would fail. There the folder is removed one entry at a
// time.
func New(t testing.TB) string {
	t.Helper()
	if runtime.GOOS != "windows" {
		return t.TempDir()
	}
	dir, err := os.MkdirTemp("", "leadbridge-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var all []string
		filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
			all = append(all, p)
			return err
		})
		slices.Reverse(all) // what is inside a folder goes before the folder
		for _, p := range all {
			if err := os.Remove(p); err != nil {
				t.Errorf("clean up: %v", err)
			}
		}
	})
	return dir
}
