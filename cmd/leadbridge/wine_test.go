//go:build wine

package main

import (
	"bytes"
	"debug/pe"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// The tests of the Windows build: `make test-windows` builds leadbridge.exe and the MSI,
// prepares Wine, and runs these with the paths in the environment. They run under Wine,
// and compare what the Windows build writes with what this package's Linux build writes.

// windowsBuild is the file the variable env names, which make test-windows sets.
func windowsBuild(t *testing.T, env string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		t.Fatalf("%s is not set: run these tests with `make test-windows`, which builds the Windows version and sets it", env)
	}
	return p
}

// TestWindowsPackage checks what make package-windows made: a 64-bit GUI program with the
// icon, manifest and version, and an MSI that installs it per user, with a Start-menu
// shortcut and the upgrade code every version shares.
func TestWindowsPackage(t *testing.T) {
	exe, msi := windowsBuild(t, "LEADBRIDGE_WINDOWS_EXE"), windowsBuild(t, "LEADBRIDGE_WINDOWS_MSI")
	version := windowsBuild(t, "LEADBRIDGE_VERSION")
	out := tool(t, "file", exe)
	if !strings.Contains(out, "PE32+ executable (GUI) x86-64") {
		t.Errorf("file %s = %q, want a PE32+ GUI program for x86-64", exe, out)
	}
	f, err := pe.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rsrc := f.Section(".rsrc")
	if rsrc == nil {
		t.Fatal("leadbridge.exe has no resources (icon, manifest, version)")
	}
	data, err := rsrc.Data()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ProductName", "Leadbridge", "ProductVersion", version} {
		if !bytes.Contains(data, utf16Bytes(want)) {
			t.Errorf("the version resource lacks %q", want)
		}
	}
	for _, want := range []string{"longPathAware", "permonitorv2", "asInvoker"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("the manifest lacks %q", want)
		}
	}
	if !bytes.Contains(data, []byte("\x89PNG")) && !bytes.Contains(data, []byte{40, 0, 0, 0}) {
		t.Error("no icon image in the resources")
	}

	props := tool(t, "msiinfo", "export", msi, "Property")
	for _, want := range []string{"ProductName\tLeadbridge", "ProductVersion\t" + version, "UpgradeCode\t{35A2DCF6-F522-4A8E-9DE1-DF3D358EA68C}"} {
		if !strings.Contains(props, want) {
			t.Errorf("MSI properties lack %q:\n%s", want, props)
		}
	}
	if s := tool(t, "msiinfo", "export", msi, "Shortcut"); !strings.Contains(s, "ProgramMenuFolder\tLeadbridge\tStartMenuShortcut\t[INSTALLDIR]leadbridge.exe") {
		t.Errorf("MSI has no Start-menu shortcut to leadbridge.exe:\n%s", s)
	}
	if s := tool(t, "msiinfo", "export", msi, "Upgrade"); !strings.Contains(s, "WIX_UPGRADE_DETECTED") {
		t.Errorf("MSI does not replace older versions:\n%s", s)
	}
	// Word count bit 3 (8): installing needs no administrator rights.
	if s := tool(t, "msiinfo", "suminfo", msi); !strings.Contains(s, "Source: 10 ") {
		t.Errorf("MSI summary does not say it installs without elevation (Source 10):\n%s", s)
	}
}

func utf16Bytes(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// tool runs a Linux tool and returns its output, failing the test if it fails.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// wine runs a Windows program under the Wine that make test-windows prepared.
type wine struct {
	prefix string
	env    []string
}

func newWine(t *testing.T) *wine {
	t.Helper()
	w := &wine{
		prefix: windowsBuild(t, "WINEPREFIX"),
		// No menu entries on the host, no .NET or Gecko prompts; the paper as on the
		// Linux side (see leadbridge).
		env: append(os.Environ(), "WINEDEBUG=-all", "WINEDLLOVERRIDES=winemenubuilder.exe=d;mscoree=d;mshtml=d", "LANG=en_GB.UTF-8"),
	}
	// Each test starts Wine afresh, so that its programs see this test's display.
	w.stopAll()
	t.Cleanup(w.stopAll)
	return w
}

// stopAll ends every program of this Wine and Wine's server.
func (w *wine) stopAll() {
	kill := exec.Command("wineserver", "-k")
	kill.Env = w.env
	_ = kill.Run()
	wait := exec.Command("wineserver", "-w")
	wait.Env = w.env
	_ = wait.Run()
}

// run runs exe (a Windows path or a file on this system) with args and returns what it did.
func (w *wine) run(t *testing.T, extraEnv []string, exe string, args ...string) result {
	t.Helper()
	cmd := exec.Command("wine", append([]string{exe}, args...)...)
	cmd.Env = append(append([]string{}, w.env...), extraEnv...)
	return runCommand(t, cmd)
}

// folder makes a folder for the test under C:\users in Wine, with a space and letters
// outside ASCII in its name, and returns its Windows and Linux paths.
func (w *wine) folder(t *testing.T, name string) (win, linux string) {
	t.Helper()
	linux = filepath.Join(w.prefix, "drive_c", "users", "Zoë Ñandú", name)
	if err := os.RemoveAll(linux); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(linux, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(linux) })
	return `C:\users\Zoë Ñandú\` + name, linux
}

// TestWindowsCommandLine runs leadbridge.exe's commands under Wine on data in a folder
// whose name has spaces and non-ASCII letters: each exits as on Linux, prints what it
// prints there, and writes valid PDFs whose text is the Linux build's for the same data.
func TestWindowsCommandLine(t *testing.T) {
	exe := windowsBuild(t, "LEADBRIDGE_WINDOWS_EXE")
	w := newWine(t)
	win, linux := w.folder(t, "My Leadbridge Data")
	db := win + `\demo.db`

	w.run(t, nil, exe, "help").expect(t, 0, "leadbridge demo --db FILE")
	w.run(t, nil, exe, "demo", "--db", db, "--people", "40").expect(t, 0, "sample business")
	w.run(t, nil, exe, "check", "--db", db).expect(t, 0, "")
	w.run(t, nil, exe, "check", "--db", win+`\missing.db`).expect(t, 1, "There is no data file at "+win+`\missing.db`)
	w.run(t, nil, exe, "export", "plan", "--db", db).expect(t, 2, "export plan needs --person")

	w.run(t, nil, exe, "export", "staff", "--db", db, "--out", win+`\staff.csv`).expect(t, 0, "")

	// The same documents from the Linux build, from a copy of the same data.
	ref := t.TempDir()
	copyFile(t, filepath.Join(linux, "demo.db"), filepath.Join(ref, "demo.db"))
	leadbridge(t, "export", "staff", "--db", filepath.Join(ref, "demo.db"), "--out", filepath.Join(ref, "staff.csv")).expect(t, 0, "")
	person := firstPersonWithPlan(t, filepath.Join(ref, "demo.db"))
	leadbridge(t, "export", "plan", "--db", filepath.Join(ref, "demo.db"), "--person", person, "--paper", "a4", "--out", filepath.Join(ref, "plan.pdf")).expect(t, 0, "")
	leadbridge(t, "export", "succession", "--db", filepath.Join(ref, "demo.db"), "--paper", "a4", "--out", filepath.Join(ref, "succession.pdf")).expect(t, 0, "")
	w.run(t, nil, exe, "export", "plan", "--db", db, "--person", person, "--paper", "a4", "--out", win+`\plan.pdf`).expect(t, 0, "")
	w.run(t, nil, exe, "export", "succession", "--db", db, "--paper", "a4", "--out", win+`\succession.pdf`).expect(t, 0, "")
	if a, b := readFile(t, filepath.Join(linux, "staff.csv")), readFile(t, filepath.Join(ref, "staff.csv")); a != b {
		t.Errorf("staff list from Windows differs from Linux's:\n%s\n---\n%s", a, b)
	}
	for _, doc := range []string{"plan.pdf", "succession.pdf"} {
		got := filepath.Join(linux, doc)
		if size := pdfInfo(t, got, "Page size"); !strings.Contains(size, "A4") {
			t.Errorf("%s from Windows: page size %q, want A4", doc, size)
		}
		if a, b := pdfText(t, got), pdfText(t, filepath.Join(ref, doc)); a != b {
			t.Errorf("text of %s from Windows differs from Linux's", doc)
		} else if !strings.Contains(a, person) {
			t.Errorf("%s does not name %s", doc, person)
		}
	}

	t.Run("ImportNonLatinNames", func(t *testing.T) {
		csv := "name,job title,team\nZoë Ñandú,Head of Sales,Sales\nДмитрий Иванов,Engineer,Build\n李小龍,Designer,Build\nΑλέξανδρος Παππάς,Analyst,Finance\n"
		if err := os.WriteFile(filepath.Join(linux, "people.csv"), []byte(csv), 0o600); err != nil {
			t.Fatal(err)
		}
		staffDB := win + `\staff.db`
		w.run(t, nil, exe, "import", "staff", "--db", staffDB, win+`\people.csv`).expect(t, 0, "Imported 4 people")
		w.run(t, nil, exe, "export", "staff", "--db", staffDB, "--out", win+`\people-out.csv`).expect(t, 0, "")
		out := readFile(t, filepath.Join(linux, "people-out.csv"))
		for _, name := range []string{"Zoë Ñandú", "Дмитрий Иванов", "李小龍", "Αλέξανδρος Παππάς"} {
			if !strings.Contains(out, name) {
				t.Errorf("exported staff lacks %q:\n%s", name, out)
			}
		}
		w.run(t, nil, exe, "export", "plan", "--db", staffDB, "--person", "李小龍", "--out", win+`\li.pdf`).expect(t, 0, "")
		if text := pdfText(t, filepath.Join(linux, "li.pdf")); !strings.Contains(text, "李小龍") {
			t.Errorf("plan for 李小龍 does not name them:\n%s", text)
		}
	})

	t.Run("FromCommandPrompt", func(t *testing.T) {
		// Typed at Command Prompt, in a terminal (script gives Wine one): the output shows
		// there and %ERRORLEVEL% holds the exit code.
		exeWin := `Z:` + strings.ReplaceAll(exe, "/", `\`)
		for code, args := range map[int]string{0: "help", 1: `check --db C:\missing.db`} {
			line := fmt.Sprintf(`wine cmd /c "%s %s & echo EXIT=%%ERRORLEVEL%%"`, exeWin, args)
			cmd := exec.Command("script", "-qc", line, "/dev/null")
			cmd.Env = w.env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s: %v\n%s", line, err, out)
			}
			want := map[int]string{0: "Usage:", 1: `There is no data file at C:\missing.db`}[code]
			if !strings.Contains(string(out), want) || !strings.Contains(string(out), fmt.Sprintf("EXIT=%d", code)) {
				t.Errorf("%s printed\n%s\nwant %q and EXIT=%d", line, out, want, code)
			}
		}
	})

	t.Run("LongPath", func(t *testing.T) {
		long := win + `\` + strings.Repeat(`a long folder name for a deep path\`, 8) + "leadbridge.db"
		if len(long) <= 260 {
			t.Fatalf("path of %d characters is not long", len(long))
		}
		w.run(t, nil, exe, "demo", "--db", long, "--people", "5").expect(t, 0, "sample business")
		w.run(t, nil, exe, "check", "--db", long).expect(t, 0, "")
	})

	t.Run("NetworkDriveRefused", func(t *testing.T) {
		// Drive N: is a folder of this system that Wine reports as a network drive.
		_, share := w.folder(t, "share")
		link := filepath.Join(w.prefix, "dosdevices", "n:")
		os.Remove(link)
		if err := os.Symlink(share, link); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Remove(link) })
		w.run(t, nil, "reg", "add", `HKLM\Software\Wine\Drives`, "/v", "n:", "/d", "network", "/f").expect(t, 0, "")
		w.stopAll() // Wine reads the drives' types when it starts
		copyFile(t, filepath.Join(linux, "demo.db"), filepath.Join(share, "demo.db"))
		for _, p := range []string{`N:\demo.db`, `\\server\share\demo.db`} {
			r := w.run(t, nil, exe, "export", "staff", "--db", p, "--out", win+`\net.csv`)
			r.expect(t, 1, "is on a network drive")
		}
		if _, err := os.Stat(filepath.Join(linux, "net.csv")); err == nil {
			t.Error("a refused command wrote its output")
		}
		// check changes nothing, so it still reads a file on a network drive.
		w.run(t, nil, exe, "check", "--db", `N:\demo.db`).expect(t, 0, "")
		w.run(t, []string{"LEADBRIDGE_NETWORK_DRIVE=1"}, exe, "export", "staff", "--db", `N:\demo.db`, "--out", win+`\net.csv`).expect(t, 0, "")
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if err := os.WriteFile(to, []byte(readFile(t, from)), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestWindowsGUI starts leadbridge.exe's window under Wine on a virtual display: it draws
// its window on the sample business, and a second start on the same data is refused by
// the single-instance lock.
func TestWindowsGUI(t *testing.T) {
	exe := windowsBuild(t, "LEADBRIDGE_WINDOWS_EXE")
	w := newWine(t)
	win, _ := w.folder(t, "GUI Data")
	db := win + `\demo.db`
	w.run(t, nil, exe, "demo", "--db", db, "--people", "40").expect(t, 0, "sample business")
	display := startXvfb(t)
	first := w.start(t, display, exe, "--db", db)
	waitWindow(t, display, "Leadbridge", 120*time.Second)
	shot := filepath.Join("..", "..", "build", "windows", "wine-window.png")
	waitFor(t, 60*time.Second, "a non-blank window", func() bool {
		return screenshot(display, shot) && colours(t, shot) > 16
	}, display)

	second := w.start(t, display, exe, "--db", db)
	waitWindow(t, display, "Leadbridge cannot open its data", 60*time.Second)
	screenshot(display, filepath.Join("..", "..", "build", "windows", "wine-second-start.png"))
	second.stop()
	first.stop()
}

// TestWindowsInstaller installs the MSI under Wine for the current user, runs the
// installed program's command line and window, installs a newer MSI over it, and
// uninstalls, which removes the program and its shortcut and leaves the data.
func TestWindowsInstaller(t *testing.T) {
	msi := windowsBuild(t, "LEADBRIDGE_WINDOWS_MSI")
	w := newWine(t)
	user := wineUser(t, w)
	program := filepath.Join(user, "AppData", "Local", "Programs", "Leadbridge", "leadbridge.exe")
	shortcut := filepath.Join(user, "AppData", "Roaming", "Microsoft", "Windows", "Start Menu", "Programs", "Leadbridge.lnk")
	data := filepath.Join(user, "AppData", "Roaming", "leadbridge", "leadbridge.db")
	os.RemoveAll(filepath.Dir(data))
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(data)) })

	w.run(t, nil, "msiexec", "/i", `Z:`+strings.ReplaceAll(msi, "/", `\`), "/qn").expect(t, 0, "")
	for _, p := range []string{program, shortcut} {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("after installing: %v", err)
		}
	}
	installed := `C:\users\` + filepath.Base(user) + `\AppData\Local\Programs\Leadbridge\leadbridge.exe`
	w.run(t, nil, installed, "help").expect(t, 0, "Usage:")

	// Started as from the Start menu, without --db: the data goes to %AppData%\leadbridge.
	display := startXvfb(t)
	app := w.start(t, display, installed)
	waitWindow(t, display, "Leadbridge", 120*time.Second)
	app.stop()
	if _, err := os.Stat(data); err != nil {
		t.Fatalf("the installed program did not make its data in %%AppData%%\\leadbridge: %v", err)
	}
	// Wine keeps access lists as Unix modes: an access list for the user alone shows as
	// a folder and file that others on this system may not read.
	for _, p := range []string{filepath.Dir(data), data} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o007 != 0 {
			t.Errorf("%s has mode %v, want it closed to others", p, fi.Mode().Perm())
		}
	}

	// A newer version replaces this one in place.
	newer := filepath.Join(t.TempDir(), "Leadbridge-newer.msi")
	tool(t, "wixl", "-a", "x64", "-D", "Version=99.0.0", "-D", "Exe="+relative(t, windowsBuild(t, "LEADBRIDGE_WINDOWS_EXE")),
		"-D", "Icon="+relative(t, filepath.Join(filepath.Dir(msi), "windows", "leadbridge.ico")), "-o", newer, filepath.Join("..", "..", "resources", "windows", "leadbridge.wxs"))
	w.run(t, nil, "msiexec", "/i", `Z:`+strings.ReplaceAll(newer, "/", `\`), "/qn").expect(t, 0, "")
	if got := installedVersions(t, w); len(got) != 1 || got[0] != "99.0.0" {
		t.Errorf("installed versions after the upgrade = %v, want only 99.0.0", got)
	}

	w.run(t, nil, "msiexec", "/x", `Z:`+strings.ReplaceAll(newer, "/", `\`), "/qn").expect(t, 0, "")
	for _, p := range []string{program, shortcut} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("after uninstalling, %s: %v, want it gone", p, err)
		}
	}
	if got := installedVersions(t, w); len(got) != 0 {
		t.Errorf("installed versions after uninstalling = %v, want none", got)
	}
	if _, err := os.Stat(data); err != nil {
		t.Errorf("uninstalling touched the data: %v", err)
	}
}

// wineUser is the Linux path of the Windows user's folder in Wine's C:\users, the one
// with an AppData folder (Wine also makes "Public").
func wineUser(t *testing.T, w *wine) string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(w.prefix, "drive_c", "users", "*", "AppData", "Roaming"))
	if err != nil || len(found) != 1 {
		t.Fatalf("Wine's user folder: %v %v", found, err)
	}
	return filepath.Dir(filepath.Dir(found[0]))
}

// relative is path relative to the working folder, as wixl takes its sources.
func relative(t *testing.T, path string) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

// installedVersions lists the versions of Leadbridge that Windows's list of installed
// programs holds.
func installedVersions(t *testing.T, w *wine) []string {
	t.Helper()
	var versions []string
	for _, root := range []string{`HKCU`, `HKLM`} {
		r := w.run(t, nil, "reg", "query", root+`\Software\Microsoft\Windows\CurrentVersion\Uninstall`, "/s")
		var name, version string
		for _, line := range strings.Split(r.stdout, "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "HKEY_") {
				if name == "Leadbridge" {
					versions = append(versions, version)
				}
				name, version = "", ""
			}
			if f := strings.Fields(line); len(f) >= 3 && f[1] == "REG_SZ" {
				switch f[0] {
				case "DisplayName":
					name = strings.Join(f[2:], " ")
				case "DisplayVersion":
					version = f[2]
				}
			}
		}
		if name == "Leadbridge" {
			versions = append(versions, version)
		}
	}
	return versions
}

// started is a Windows program running under Wine.
type started struct {
	cmd  *exec.Cmd
	log  *bytes.Buffer
	done chan error
}

// start runs a Windows program under Wine on display without waiting for it.
func (w *wine) start(t *testing.T, display, exe string, args ...string) *started {
	t.Helper()
	cmd := exec.Command("wine", append([]string{exe}, args...)...)
	cmd.Env = append(append([]string{}, w.env...), "DISPLAY="+display)
	s := &started{cmd: cmd, log: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = s.log, s.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.done <- cmd.Wait() }()
	t.Cleanup(s.stop)
	return s
}

// stop ends the program, and Wine's processes with it.
func (s *started) stop() {
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Kill()
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
	}
}
