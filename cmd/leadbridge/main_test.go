package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the real leadbridge program, built once for the tests in this package. It is
// built without the migrated_fynedo tag so that Fyne's thread checks stay on.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "leadbridge-test-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "leadbridge")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building leadbridge: " + err.Error())
	}
	stopBus := sessionBus()
	code := m.Run()
	stopBus()
	os.RemoveAll(dir)
	os.Exit(code)
}

// sessionBus gives the programs the tests start a desktop session bus of the tests' own,
// as a desktop has one, and returns how to stop it. Without one, each start of the app
// under Xvfb has D-Bus start a bus of its own that outlives the test, and each such bus
// holds a file watch, of which a user has only so many.
func sessionBus() (stop func()) {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return func() {}
	}
	bus := exec.Command("dbus-daemon", "--session", "--nofork", "--print-address=1")
	out, err := bus.StdoutPipe()
	if err != nil || bus.Start() != nil {
		return func() {} // no D-Bus here: the app then does without, as the tests check
	}
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		_ = bus.Process.Kill()
		_ = bus.Wait()
		return func() {}
	}
	os.Setenv("DBUS_SESSION_BUS_ADDRESS", strings.TrimSpace(addr))
	return func() {
		_ = bus.Process.Kill()
		_ = bus.Wait()
		os.Unsetenv("DBUS_SESSION_BUS_ADDRESS")
	}
}

// result is what one run of the binary produced.
type result struct {
	code           int
	stdout, stderr string
}

// leadbridge runs the binary with args and returns its exit code and output.
func leadbridge(t *testing.T, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "LANG=en_GB.UTF-8", "LC_ALL=", "LC_PAPER=")
	return runCommand(t, cmd)
}

// runCommand runs cmd and returns its exit code and output. A run that could not start,
// or that printed a stack trace, fails the test.
func runCommand(t *testing.T, cmd *exec.Cmd) result {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running %v: %v", cmd.Args, err)
	}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic:") {
		t.Fatalf("%v printed a stack trace:\n%s", cmd.Args, r.stderr)
	}
	return r
}

// expect fails the test unless the run exited with code and stderr contains want.
func (r result) expect(t *testing.T, code int, want string) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code = %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
	if want != "" && !strings.Contains(r.stdout+r.stderr, want) {
		t.Fatalf("output does not contain %q\nstdout: %s\nstderr: %s", want, r.stdout, r.stderr)
	}
}

// demoDB makes a sample database of n people in a temporary folder.
func demoDB(t *testing.T, n string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	leadbridge(t, "demo", "--db", db, "--people", n).expect(t, 0, "sample business")
	return db
}

func TestAppIDMatchesFyneAppToml(t *testing.T) {
	toml, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`ID = "` + appID + `"`, `Version = "` + version + `"`} {
		if !strings.Contains(string(toml), want) {
			t.Errorf("FyneApp.toml does not contain %s", want)
		}
	}
}
