package main

import (
	"bufio"
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSmokeUnderXvfb starts the real binary on a demo database in a virtual display,
// checks that it draws a window with something in it, and that it exits cleanly.
func TestSmokeUnderXvfb(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed; `make test` installs it (apt-get install xvfb xdotool imagemagick)", tool)
		}
	}
	db := demoDB(t, "1000")
	display := startXvfb(t)

	var log bytes.Buffer
	app := exec.Command(binary, "--db", db)
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(), "LANG=en_US.UTF-8", "XDG_DATA_HOME="+t.TempDir())
	app.Stdout, app.Stderr = &log, &log
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Wait() }()
	defer func() {
		if app.ProcessState == nil {
			_ = app.Process.Kill()
		}
	}()

	waitFor(t, 60*time.Second, "a visible Leadbridge window", func() bool {
		find := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Leadbridge")
		find.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := find.Output()
		return err == nil && len(bytes.TrimSpace(out)) > 0
	}, display)
	shot := screenshotPath(t)
	waitFor(t, 30*time.Second, "a non-blank window", func() bool {
		return screenshot(display, shot) && colours(t, shot) > 16
	}, display)

	if err := app.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("leadbridge did not exit cleanly: %v\n%s", err, log.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("leadbridge did not exit within 30 s of SIGTERM\n%s", log.String())
	}
	if strings.Contains(log.String(), "Error in Fyne call thread") {
		t.Errorf("the app touched the UI off its goroutine:\n%s", log.String())
	}
	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("after a clean exit the write-ahead log still holds %d bytes", fi.Size())
	}
}

// startXvfb runs a virtual display for the test and returns its name. Xvfb picks a free
// display itself (-displayfd), so that tests and benchmarks never collide over a number.
// -noreset keeps it from restarting whenever its last client leaves, as each xdotool
// call does: a program connecting during such a restart finds no display.
func startXvfb(tb testing.TB) string {
	tb.Helper()
	return startXvfbSized(tb, "1280x800")
}

// startXvfbSized runs a virtual display with a screen of the given size, such as
// "1366x768".
func startXvfbSized(tb testing.TB, size string) string {
	tb.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		tb.Fatalf("pipe: %v", err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-noreset", "-screen", "0", size+"x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	err = x.Start()
	w.Close()
	if err != nil {
		tb.Fatalf("start Xvfb: %v", err)
	}
	tb.Cleanup(func() { _ = x.Process.Signal(syscall.SIGTERM); _ = x.Wait() })
	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			tb.Fatalf("Xvfb stopped before naming its display")
		}
		return ":" + n
	case <-time.After(10 * time.Second):
		tb.Fatalf("Xvfb named no display within 10 s")
	}
	return ""
}

// waitFor polls ok until it holds or the time is up.
func waitFor(t *testing.T, limit time.Duration, what string, ok func() bool, display string) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s on display %s after %s", what, display, limit)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// screenshotPath is where the smoke run keeps its screenshot: the build folder, for people
// to look at after `make test`.
func screenshotPath(t *testing.T) string {
	dir := filepath.Join("..", "..", "build")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "smoke.png")
}

func screenshot(display, path string) bool {
	cmd := exec.Command("import", "-display", display, "-window", "root", path)
	return cmd.Run() == nil
}

// colours counts the distinct colours in a PNG, a cheap test for "something was drawn".
func colours(t *testing.T, path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return 0
	}
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}
