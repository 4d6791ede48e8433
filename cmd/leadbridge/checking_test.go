package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"leadbridge/internal/store"
	"leadbridge/ui"
)

// visibleWindows lists the names of the visible Leadbridge windows on display.
func visibleWindows(display string) []string {
	find := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Leadbridge", "getwindowname", "%@")
	find.Env = append(os.Environ(), "DISPLAY="+display)
	out, _ := find.Output()
	return strings.Fields(strings.ReplaceAll(strings.TrimSpace(string(out)), " ", "_"))
}

// startApp starts the real binary on db in display and returns it, with what it prints.
func startApp(t *testing.T, db, display string) (*exec.Cmd, *bytes.Buffer, chan error) {
	t.Helper()
	var log bytes.Buffer
	app := exec.Command(binary, "--db", db)
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(), "LANG=en_US.UTF-8", "XDG_DATA_HOME="+t.TempDir())
	app.Stdout, app.Stderr = &log, &log
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Wait() }()
	t.Cleanup(func() {
		if app.ProcessState == nil {
			_ = app.Process.Kill()
			<-done
		}
	})
	return app, &log, done
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
	}{{sound, "Leadbridge"}, {damaged, "Leadbridge cannot open its data"}} {
		app, log, done := startApp(t, c.db, display)
		want := strings.ReplaceAll(c.want, " ", "_")
		waitFor(t, 60*time.Second, "the window "+c.want+" alone", func() bool {
			w := visibleWindows(display)
			return len(w) == 1 && w[0] == want
		}, display)
		if strings.Contains(strings.Join(visibleWindows(display), " "), strings.ReplaceAll(ui.CheckingTitle, " ", "_")) {
			t.Errorf("the checking window stays open beside %s", c.want)
		}
		must(t, app.Process.Signal(syscall.SIGTERM))
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("leadbridge did not exit within 30 s of SIGTERM\n%s", log)
		}
		if strings.Contains(log.String(), "Error in Fyne call thread") {
			t.Errorf("the app touched the UI off its goroutine:\n%s", log)
		}
	}
	if store.NeedsCheck(sound) {
		t.Error("after the app ran and quit, the sound file still needs the full check")
	}
}
