package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/benchdata"
)

// BenchmarkRatios holds Leadbridge against what the machine and its libraries do with
// nothing of Leadbridge's own, in rounds that take each figure and
// its floor in turn, so that the ratios hold on a busy machine where the times do not:
//
//   - launch to a visible window at 1,000 and 10,000 people, against a bare Fyne window;
//   - `leadbridge export plan` for the fullest plan, against gofpdf alone writing a
//     comparable plan with two embedded faces;
//   - `leadbridge import staff` into a new file of the staff list the 10,000-person
//     sample exports (its active people), against the sqlite3 tool's .import of the
//     same file.
//
// Each ratio is the median of the rounds'.
func BenchmarkRatios(b *testing.B) {
	for _, tool := range []string{"sqlite3", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Fatalf("%s is not installed; `make bench` installs it", tool)
		}
	}
	dir := b.TempDir()
	window, plan := buildFloor(b, dir, "window"), buildFloor(b, dir, "plan")
	fonts := fyneFonts(b)
	d := newDesktop(b, "")
	small, large := benchdata.Copy(b, 1000), benchdata.Copy(b, 10000)
	person := strconv.FormatInt(benchdata.FullestPlan(b, small).ID, 10)
	staff := filepath.Join(dir, "staff.csv") // the larger business's own staff list, as it exports it
	runTimed(b, d.bin, "export", "staff", "--db", large, "--out", staff)

	pdf := filepath.Join(dir, "plan.pdf")
	imported := filepath.Join(dir, "imported.db")
	launch := func(bin string, args ...string) float64 {
		a := d.launch(bin, args...)
		if bin == d.bin {
			a.stop() // cleanly, as a person quits: the next start finds the file as it left it
		} else {
			_ = a.killedLog()
		}
		return float64(a.shown)
	}
	fresh := func(path string) func() {
		return func() {
			for _, f := range []string{path, path + "-wal", path + "-shm", path + ".lock", path + ".checked"} {
				os.Remove(f)
			}
		}
	}
	round := func() [4]float64 {
		bare := launch(window)
		atSmall := launch(d.bin, "--db", small)
		atLarge := launch(d.bin, "--db", large)
		floorPlan := runTimed(b, plan, pdf, fonts[0], fonts[1])
		ourPlan := runTimed(b, d.bin, "export", "plan", "--db", small, "--person", person, "--copy", "owner", "--out", pdf)
		fresh(imported)()
		floorImport := runTimed(b, "sqlite3", imported, ".mode csv", ".import "+staff+" people")
		fresh(imported)()
		ourImport := runTimed(b, d.bin, "import", "staff", "--db", imported, staff)
		return [4]float64{atSmall / bare, atLarge / bare, ourPlan / floorPlan, ourImport / floorImport}
	}
	round() // warm-up: Fyne's font index, the daily backup, the file cache
	var ratios [4][]float64
	for b.Loop() {
		for range 5 {
			r := round()
			for i := range r {
				ratios[i] = append(ratios[i], r[i])
			}
		}
	}
	for i, unit := range []string{"launch1000/floor", "launch10000/floor", "plan/floor", "import/floor"} {
		b.ReportMetric(median(ratios[i]), unit)
	}
}

// buildFloor builds the floor program of that name into dir: testdata/floor/window, a
// bare Fyne window of the same Fyne version titled Leadbridge, or testdata/floor/plan,
// gofpdf alone writing a two-page plan with two embedded faces. They are the project's
// own, so that a fresh machine measures the floors by itself; the third floor, the
// sqlite3 tool, is Debian's.
func buildFloor(b *testing.B, dir, name string) string {
	b.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, "./testdata/floor/"+name)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build the %s floor: %v\n%s", name, err, msg)
	}
	return out
}

// fyneFonts are the regular and bold faces Fyne ships, which the plan floor embeds.
func fyneFonts(b *testing.B) [2]string {
	b.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		b.Fatalf("find Fyne's module: %v", err)
	}
	font := filepath.Join(strings.TrimSpace(string(out)), "theme", "font")
	return [2]string{filepath.Join(font, "NotoSans-Regular.ttf"), filepath.Join(font, "NotoSans-Bold.ttf")}
}

// runTimed runs a command to its end and returns how long it took, in nanoseconds.
func runTimed(b *testing.B, bin string, args ...string) float64 {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8")
	began := time.Now()
	msg, err := cmd.CombinedOutput()
	took := time.Since(began)
	if err != nil {
		b.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, msg)
	}
	return float64(took)
}

func median(vs []float64) float64 {
	vs = slices.Clone(vs)
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
	return vs[len(vs)/2]
}
