package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestWindowFitsALaptopScreen starts the real program on the sample business on a
// 1366×768 screen, the most common small-business laptop, and checks, as the window
// system reports it, that the window lies inside the screen after it opens and after
// each area is visited with Ctrl+1 to Ctrl+8, and that visiting them never resizes it.
func TestWindowFitsALaptopScreen(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed; `make test` installs it (apt-get install xvfb xdotool)", tool)
		}
	}
	const screenW, screenH = 1366, 768
	db := demoDB(t, "40")
	display := startXvfbSized(t, fmt.Sprintf("%dx%d", screenW, screenH))
	app := startApp(t, db, display, "XDG_CONFIG_HOME="+t.TempDir())

	xdo := func(args ...string) string {
		cmd := exec.Command("xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, _ := cmd.Output()
		return strings.TrimSpace(string(out))
	}
	var win string
	waitFor(t, 60*time.Second, "a visible Leadbridge window", func() bool {
		win, _, _ = strings.Cut(xdo("search", "--onlyvisible", "--name", "^Leadbridge$"), "\n")
		return win != ""
	}, display)
	// geometry is the window's place and size; it settles a moment after each change.
	geometry := func() (x, y, w, h int) {
		var last string
		for range 20 {
			time.Sleep(150 * time.Millisecond)
			g := xdo("getwindowgeometry", "--shell", win)
			if g == last {
				break
			}
			last = g
		}
		for _, line := range strings.Fields(last) {
			k, v, _ := strings.Cut(line, "=")
			var n int
			fmt.Sscan(v, &n)
			switch k {
			case "X":
				x = n
			case "Y":
				y = n
			case "WIDTH":
				w = n
			case "HEIGHT":
				h = n
			}
		}
		return x, y, w, h
	}
	x, y, w, h := geometry()
	check := func(when string) {
		t.Helper()
		if x < 0 || y < 0 || x+w > screenW || y+h > screenH || w == 0 {
			t.Errorf("%s the window is %d×%d at %d,%d: it does not fit the %d×%d screen", when, w, h, x, y, screenW, screenH)
		}
	}
	check("after start")
	for i := 1; i <= 8; i++ {
		xdo("key", "--window", win, fmt.Sprintf("ctrl+%d", i))
		nx, ny, nw, nh := geometry()
		if nw != w || nh != h {
			t.Errorf("Ctrl+%d resized the window from %d×%d to %d×%d", i, w, h, nw, nh)
		}
		x, y, w, h = nx, ny, nw, nh
		check(fmt.Sprintf("after Ctrl+%d", i))
	}
	// The lines the README does not call harmless must not show up on a start.
	_ = app.quit(t)
	for _, alarm := range []string{"dbus-launch", "Preferences load error"} {
		if strings.Contains(app.log.String(), alarm) {
			t.Errorf("the terminal shows %q on start:\n%s", alarm, app.log.String())
		}
	}
}
