package lock

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"leadbridge/internal/talent"
	"leadbridge/internal/testdir"
)

func TestAcquire(t *testing.T) {
	db := filepath.Join(testdir.New(t), "data", "leadbridge.db")
	release, err := Acquire(db)
	if err != nil {
		t.Fatalf("Acquire: %v", err)
	}
	t.Run("SecondHolderRefused", func(t *testing.T) {
		_, err := Acquire(db)
		if got := talent.ErrorCode(err); got != talent.ECONFLICT {
			t.Fatalf("second Acquire code = %q (%v), want %q", got, err, talent.ECONFLICT)
		}
		if msg := talent.ErrorMessage(err); !strings.Contains(msg, "already open in another copy") {
			t.Errorf("message = %q, want it to say the data is in use", msg)
		}
	})
	t.Run("LockFileIsPrivate", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("the lock file holds nothing; on Windows it takes its folder's access list, which datafile's tests check")
		}
		fi, err := os.Stat(db + ".lock")
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != 0o600 {
			t.Errorf("lock file mode = %v, want 0600", got)
		}
	})
	release()
	t.Run("FreeAfterRelease", func(t *testing.T) {
		again, err := Acquire(db)
		if err != nil {
			t.Fatalf("Acquire after release: %v", err)
		}
		again()
	})
}

// TestReleasedWhenHolderDies checks there is no stale lock after a crash: a child process
// takes the lock and is killed; the lock must then be free.
func TestReleasedWhenHolderDies(t *testing.T) {
	if os.Getenv("LOCK_HOLDER") != "" {
		if _, err := Acquire(os.Getenv("LOCK_HOLDER")); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("locked\n")
		// Hold the lock until killed, or until the test is gone and its pipe with it. A
		// bare select{} would not do: with every goroutine blocked the Go runtime ends the
		// process as deadlocked, and the lock with it.
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}
	db := filepath.Join(testdir.New(t), "leadbridge.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestReleasedWhenHolderDies$")
	cmd.Env = append(os.Environ(), "LOCK_HOLDER="+db)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 7)
	if _, err := out.Read(buf); err != nil || string(buf) != "locked\n" {
		t.Fatalf("child did not take the lock: %q %v", buf, err)
	}
	if _, err := Acquire(db); talent.ErrorCode(err) != talent.ECONFLICT {
		t.Fatalf("lock held by the child was not detected: %v", err)
	}
	if !Held(db) {
		t.Error("Held while another process holds the lock = false")
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if Held(db) {
		t.Error("Held after the holder died = true")
	}
	release, err := Acquire(db)
	if err != nil {
		t.Fatalf("lock still held after the holder died: %v", err)
	}
	release()
}

// A command leaves nothing behind that was not there: the lock file goes with the lock
// when Acquire made it, and stays when it was there before.
func TestReleaseLeavesTheFolderAsFound(t *testing.T) {
	dir := testdir.New(t)
	db := filepath.Join(dir, "leadbridge.db")
	release, err := Acquire(db)
	if err != nil {
		t.Fatal(err)
	}
	release()
	if _, err := os.Stat(db + ".lock"); !os.IsNotExist(err) {
		t.Errorf("lock file after release: %v, want it gone", err)
	}
	if err := os.WriteFile(db+".lock", nil, 0o600); err != nil {
		t.Fatal(err)
	}
	release, err = Acquire(db)
	if err != nil {
		t.Fatal(err)
	}
	release()
	if _, err := os.Stat(db + ".lock"); err != nil {
		t.Errorf("lock file that was there before: %v, want it kept", err)
	}
}

func TestHeld(t *testing.T) {
	db := filepath.Join(testdir.New(t), "leadbridge.db")
	if Held(db) {
		t.Fatal("Held with no lock file = true")
	}
	if _, err := os.Stat(db + ".lock"); !os.IsNotExist(err) {
		t.Fatalf("Held made a lock file: %v", err)
	}
	release, err := Acquire(db)
	if err != nil {
		t.Fatal(err)
	}
	if Held(db) {
		t.Error("Held while this process holds the lock = true, want false: no other copy has it")
	}
	release()
	if Held(db) {
		t.Error("Held after release = true")
	}
}
