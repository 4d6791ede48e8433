package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/store"
)

// visibleWindows lists the names of the visible Leadbridge windows on display.
func visibleWindows(display string) []string {
	find := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Leadbridge", "getwindowname", "%@")
	find.Env = append(os.Environ(), "DISPLAY="+display)
	out, _ := find.Output()
	return strings.Fields(strings.ReplaceAll(strings.TrimSpace(string(out)), " ", "_"))
}

// TestChangedFileIsCheckedBehindAWindow starts the real binary on data files changed
// since Leadbridge closed them, which get the full check: a sound one ends in the app's
// window alone (the checking window gone) and is recorded as checked on exit; a damaged
// one ends in the window saying why it was refused.
func TestChangedFileIsCheckedBehindAWindow(t *testing.T) {
	display := startXvfb(t)
	sound := demoDB(t, "40")
	later := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	must(t, os.Chtimes(sound, later, later))
	damaged := damagedWithBackup(t, false)
	for _, p := range []string{sound, damaged} {
		if !store.NeedsCheck(p) {
			t.Fatalf("%s: a file changed outside Leadbridge does not need the full check", p)
		}
	}

	for _, c := range []struct {
		db, want string
		sound    bool // the app runs and quits cleanly; a refused file ends with an error
	}{{sound, "Leadbridge", true}, {damaged, "Leadbridge cannot open its data", false}} {
		app := startApp(t, c.db, display)
		want := strings.ReplaceAll(c.want, " ", "_")
		waitFor(t, 60*time.Second, "the window "+c.want+" alone", func() bool {
			w := visibleWindows(display)
			return len(w) == 1 && w[0] == want
		}, display)
		if err := app.quit(t); (err == nil) != c.sound {
			t.Errorf("leadbridge on the %s file exited with %v\n%s", c.want, err, app.log.String())
		}
	}
	if store.NeedsCheck(sound) {
		t.Error("after the app ran and quit, the sound file still needs the full check")
	}
}
