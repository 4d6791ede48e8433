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
	app := startApp(t, db, display)

	waitWindow(t, display, "Leadbridge", 60*time.Second)
	shot := screenshotPath(t)
	waitFor(t, 30*time.Second, "a non-blank window", func() bool {
		return screenshot(display, shot) && colours(t, shot) > 16
	}, display)

	if err := app.quit(t); err != nil {
		t.Fatalf("leadbridge did not exit cleanly: %v\n%s", err, app.log.String())
	}
	if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() > 0 {
		t.Errorf("after a clean exit the write-ahead log still holds %d bytes", fi.Size())
	}
}

// xvfbApp is the real program running in a virtual display, with what it prints.
type xvfbApp struct {
	cmd  *exec.Cmd
	log  bytes.Buffer
	done chan error
}

// startApp starts the real program on the data file db in display, with a home and data
// folder of its own and env added to its environment (a later entry wins). It is killed
// at the end of the test if still running.
func startApp(t *testing.T, db, display string, env ...string) *xvfbApp {
	t.Helper()
	a := &xvfbApp{cmd: exec.Command(binary, "--db", db), done: make(chan error, 1)}
	a.cmd.Env = append(append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(), "LANG=en_US.UTF-8", "XDG_DATA_HOME="+t.TempDir()), env...)
	a.cmd.Stdout, a.cmd.Stderr = &a.log, &a.log
	if err := a.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { a.done <- a.cmd.Wait() }()
	t.Cleanup(func() {
		if a.cmd.ProcessState == nil {
			_ = a.cmd.Process.Kill()
			<-a.done
		}
	})
	return a
}

// quit ends the program as the desktop does at log-out, checks that it exits within 30 s
// never having touched the window off its UI goroutine, and returns how it exited.
func (a *xvfbApp) quit(t *testing.T) error {
	t.Helper()
	if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var exit error
	select {
	case exit = <-a.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("leadbridge did not exit within 30 s of SIGTERM\n%s", a.log.String())
	}
	if strings.Contains(a.log.String(), "Error in Fyne call thread") {
		t.Errorf("the app touched the UI off its goroutine:\n%s", a.log.String())
	}
	return exit
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

// waitWindow waits for a visible window whose name is exactly name.
func waitWindow(t *testing.T, display, name string, limit time.Duration) {
	t.Helper()
	waitFor(t, limit, "window named "+name, func() bool {
		find := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^"+name+"$")
		find.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := find.Output()
		return err == nil && len(bytes.TrimSpace(out)) > 0
	}, display)
}
