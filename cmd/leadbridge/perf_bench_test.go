package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"leadbridge/internal/benchdata"
)

// The benchmarks in this file run the whole program, as a person would, on the sample
// businesses in build/bench (see internal/benchdata), and measure it from outside.

// benchBinary is the program measured: the release build that `make bench` names in
// LEADBRIDGE_BIN, else the test build (with Fyne's thread checks, a little slower).
func benchBinary(b *testing.B) string {
	if p := os.Getenv("LEADBRIDGE_BIN"); p != "" {
		return p
	}
	b.Logf("LEADBRIDGE_BIN is not set: measuring the test build of leadbridge")
	return binary
}

// BenchmarkLaunch measures from starting the program to its window being shown; the
// home view's figures arrive after that (see BenchmarkOpenHome in ui). It polls the display every few milliseconds, as a
// person watching would notice, rather than asking the app: `xdotool search --sync`
// waits in half-second steps, too coarse for this.
func BenchmarkLaunch(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			d := newDesktop(b, benchdata.Copy(b, n))
			d.start().stop() // the first run makes Fyne's settings and warms the file cache
			var total time.Duration
			for b.Loop() {
				app := d.start()
				total += app.shown
				b.StopTimer()
				app.stop()
				b.StartTimer()
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/launch")
		})
	}
}

// BenchmarkPeakMemory opens the app, goes to the people list, scrolls down it, and reads
// the most memory the process ever held (VmHWM) from the kernel. As in BenchmarkLaunch, a
// first run comes before: once per machine, Fyne scans the system's fonts into an index it
// keeps, which takes memory that no later start needs.
func BenchmarkPeakMemory(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			d := newDesktop(b, benchdata.Copy(b, n))
			d.start().stop()
			var total float64
			for b.Loop() {
				app := d.start()
				app.scrollPeople()
				total += app.peakMB()
				app.stop()
			}
			b.ReportMetric(total/float64(b.N), "MB-peak")
		})
	}
}

// BenchmarkExportPlanCommand runs `leadbridge export plan` for the fullest plan: the
// program starting, opening the data file, printing the owner's copy and exiting.
func BenchmarkExportPlanCommand(b *testing.B) {
	for _, n := range benchdata.Sizes {
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			bin, db := benchBinary(b), benchdata.Copy(b, n)
			person := benchdata.FullestPlan(b, db)
			out := filepath.Join(b.TempDir(), "plan.pdf")
			args := []string{"export", "plan", "--db", db, "--person", strconv.FormatInt(person.ID, 10), "--copy", "owner", "--out", out}
			b.ReportAllocs()
			for b.Loop() {
				cmd := exec.Command(bin, args...)
				cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8")
				if msg, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("leadbridge %s: %v\n%s", strings.Join(args, " "), err, msg)
				}
				b.StopTimer()
				if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
					b.Fatalf("no plan written to %s: %v", out, err)
				}
				os.Remove(out)
				b.StartTimer()
			}
		})
	}
}

// BenchmarkDueCommand runs `leadbridge due` on everyone, as a whole command: the list to
// standard output, and the owner's calendar file, which also records what it exported.
func BenchmarkDueCommand(b *testing.B) {
	for _, n := range benchdata.Sizes {
		for _, format := range []string{"text", "ics"} {
			b.Run(fmt.Sprintf("people=%d/%s", n, format), func(b *testing.B) {
				bin, db := benchBinary(b), benchdata.Copy(b, n)
				args := []string{"due", "--db", db}
				if format == "ics" {
					args = append(args, "--format", "ics", "--out", filepath.Join(b.TempDir(), "due.ics"))
				}
				for b.Loop() {
					cmd := exec.Command(bin, args...)
					cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8")
					if out, err := cmd.CombinedOutput(); err != nil || len(out) == 0 {
						b.Fatalf("leadbridge %s: %v\n%s", strings.Join(args, " "), err, out)
					}
				}
			})
		}
	}
}

// desktop is a virtual display with a data file to open the app on.
type desktop struct {
	b       *testing.B
	bin     string
	db      string
	display string
	env     []string
}

func newDesktop(b *testing.B, db string) *desktop {
	b.Helper()
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Fatalf("%s is not installed; `make bench` installs it", tool)
		}
	}
	d := &desktop{b: b, bin: benchBinary(b), db: db}
	d.display = startXvfb(b)
	home := b.TempDir()
	d.env = append(os.Environ(), "DISPLAY="+d.display, "HOME="+home, "XDG_DATA_HOME="+home, "XDG_CONFIG_HOME="+home,
		"XDG_CACHE_HOME="+home, "LANG=en_US.UTF-8")
	return d
}

// poll checks ok every few milliseconds until it holds, and reports false after limit.
func poll(limit time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(limit)
	for !ok() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
	return true
}

// xdotool runs xdotool on the display and returns what it printed.
func (d *desktop) xdotool(args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = d.env
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

// runningApp is one run of the program on the desktop.
type runningApp struct {
	d      *desktop
	cmd    *exec.Cmd
	log    bytes.Buffer
	window string        // the X window ID
	shown  time.Duration // from start to the window being visible
	exited chan error    // receives the exit once the process ends
}

// start launches the app on the desktop's data file and returns once its window is
// visible.
func (d *desktop) start() *runningApp { return d.launch(d.bin, "--db", d.db) }

// launch starts a program whose window is named Leadbridge and returns once the window
// is visible.
func (d *desktop) launch(bin string, args ...string) *runningApp {
	a := &runningApp{d: d, cmd: exec.Command(bin, args...), exited: make(chan error, 1)}
	a.cmd.Env = d.env
	a.cmd.Stdout, a.cmd.Stderr = &a.log, &a.log
	began := time.Now()
	if err := a.cmd.Start(); err != nil {
		d.b.Fatalf("start leadbridge: %v", err)
	}
	go func() { a.exited <- a.cmd.Wait() }()
	d.b.Cleanup(func() { _ = a.cmd.Process.Kill() })
	shown := poll(60*time.Second, func() bool {
		select {
		case err := <-a.exited:
			d.b.Fatalf("leadbridge stopped before showing its window on display %s: %v\n%s", d.display, err, a.log.String())
		default:
		}
		out, err := d.xdotool("search", "--onlyvisible", "--name", "^Leadbridge$")
		a.window, _, _ = strings.Cut(out, "\n")
		return err == nil && a.window != ""
	})
	if !shown {
		d.b.Fatalf("no Leadbridge window after 60 s; the display shows %q\n%s", d.windowNames(), a.killedLog())
	}
	a.shown = time.Since(began)
	return a
}

// windowNames lists the names of the windows on the display, for failure messages.
func (d *desktop) windowNames() []string {
	ids, _ := d.xdotool("search", "--name", ".")
	var names []string
	for _, id := range strings.Fields(ids) {
		if name, err := d.xdotool("getwindowname", id); err == nil && name != "" {
			names = append(names, name)
		}
	}
	return names
}

// scrollPeople opens the people list (Ctrl+2) and scrolls well down it with the mouse
// wheel, checking on screen that both happened.
func (a *runningApp) scrollPeople() {
	home := a.settled()
	a.do("windowfocus", "--sync", a.window)
	a.do("key", "--window", a.window, "ctrl+2")
	people := a.settled()
	if bytes.Equal(home, people) {
		a.d.b.Fatalf("Ctrl+2 did not change the screen from the home view\n%s", a.killedLog())
	}
	a.do("mousemove", "--window", a.window, "700", "420")
	a.do("click", "--repeat", "60", "--delay", "10", "5")
	if bytes.Equal(people, a.settled()) {
		a.d.b.Fatalf("scrolling did not move the people list\n%s", a.killedLog())
	}
}

func (a *runningApp) do(args ...string) {
	if _, err := a.d.xdotool(args...); err != nil {
		a.d.b.Fatalf("xdotool %s: %v", strings.Join(args, " "), err)
	}
}

// settled waits until the app has stopped using the processor for a moment, so that
// everything asked of it is done and drawn, and returns a screenshot.
func (a *runningApp) settled() []byte {
	last, still := a.cpuTicks(), 0
	settled := poll(30*time.Second, func() bool {
		time.Sleep(50 * time.Millisecond)
		now := a.cpuTicks()
		if now == last {
			still++
		} else {
			still, last = 0, now
		}
		return still >= 4
	})
	if !settled {
		a.d.b.Fatalf("the app kept using the processor for 30 s\n%s", a.killedLog())
	}
	shot := exec.Command("import", "-display", a.d.display, "-window", "root", "png:-")
	png, err := shot.Output()
	if err != nil {
		a.d.b.Fatalf("screenshot: %v", err)
	}
	return png
}

// cpuTicks is the processor time the app has used, from /proc/PID/stat.
func (a *runningApp) cpuTicks() string {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", a.cmd.Process.Pid))
	if err != nil {
		a.d.b.Fatalf("read the app's processor time: %v", err)
	}
	// The fields after the command name, which is in parentheses and may hold spaces;
	// utime and stime are the 12th and 13th of them.
	_, rest, _ := strings.Cut(string(stat), ") ")
	f := strings.Fields(rest)
	return f[11] + "+" + f[12]
}

// peakMB is the largest resident set the app has had, in megabytes.
func (a *runningApp) peakMB() float64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", a.cmd.Process.Pid))
	if err != nil {
		a.d.b.Fatalf("read the app's memory: %v", err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				a.d.b.Fatalf("read VmHWM %q: %v", v, err)
			}
			return kb / 1024
		}
	}
	a.d.b.Fatalf("no VmHWM in /proc/%d/status", a.cmd.Process.Pid)
	return 0
}

// stop ends the app as the desktop does at log-out, and waits for it to exit cleanly.
func (a *runningApp) stop() {
	if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		a.d.b.Fatalf("stop leadbridge: %v", err)
	}
	select {
	case err := <-a.exited:
		if err != nil {
			a.d.b.Fatalf("leadbridge did not exit cleanly: %v\n%s", err, a.log.String())
		}
	case <-time.After(30 * time.Second):
		a.d.b.Fatalf("leadbridge did not exit within 30 s\n%s", a.killedLog())
	}
}

// killedLog ends the app at once and returns what it wrote, for a failure message.
func (a *runningApp) killedLog() string {
	_ = a.cmd.Process.Kill()
	<-a.exited
	return a.log.String()
}
