package datafile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/windows"

	"leadbridge/internal/testdir"
)

// The Windows form of the 0700 folder and 0600 file: an access list for the user alone,
// inherited by what SQLite later makes in the folder, in a path with spaces and letters
// outside ASCII.
func TestPrivateOnWindows(t *testing.T) {
	dir := filepath.Join(testdir.New(t), "Zoë Ñandú", "AppData", "leadbridge")
	must(t, MkdirPrivate(dir))
	assertonlyUser(t, dir, true)
	db := filepath.Join(dir, "leadbridge.db")
	f, err := CreatePrivate(db)
	must(t, err)
	must(t, f.Close())
	assertonlyUser(t, db, true)
	// SQLite makes its journal files itself: Windows gives them the folder's entries that
	// are marked to be inherited. (Wine keeps access lists as Unix modes and passes
	// nothing on, so under Wine only the mark can be checked.)
	assertInherited(t, dir)
	if _, err := CreatePrivate(db); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CreatePrivate over an existing file = %v, want ErrExist", err)
	}

	// A folder that was already there keeps its list, and so do files made elsewhere.
	plain := filepath.Join(testdir.New(t), "Documents")
	must(t, os.Mkdir(plain, 0o700))
	must(t, MkdirPrivate(plain))
	assertonlyUser(t, plain, false)
	other := filepath.Join(plain, "other.db")
	must(t, os.WriteFile(other, nil, 0o600))
	assertonlyUser(t, other, false)

	if err := MkdirPrivate(db); err == nil {
		t.Error("MkdirPrivate over a file = nil, want an error")
	}
}

func TestOnNetworkOnWindows(t *testing.T) {
	if local := filepath.Join(testdir.New(t), "leadbridge.db"); OnNetwork(local) {
		t.Errorf("OnNetwork(%q) = true, want false", local)
	}
	if unc := `\\server\share\leadbridge.db`; !OnNetwork(unc) {
		t.Errorf("OnNetwork(%q) = false, want true", unc)
	}
}

// Windows compares names without regard to case, and so does CheckOutput.
func TestCheckOutputIgnoresCaseOnWindows(t *testing.T) {
	dir := filepath.Join(testdir.New(t), "My Data")
	must(t, os.Mkdir(dir, 0o700))
	db := filepath.Join(dir, "Leadbridge.db")
	mustWrite(t, db)
	for _, out := range []string{filepath.Join(dir, "LEADBRIDGE.DB"), filepath.Join(dir, "leadbridge.db-WAL"), filepath.Join(dir, "BACKUPS", "x.csv")} {
		if err := CheckOutput(db, out); err == nil {
			t.Errorf("CheckOutput(%q) = nil, want a refusal", out)
		}
	}
	if err := CheckOutput(db, filepath.Join(dir, "plan.pdf")); err != nil {
		t.Errorf("CheckOutput(plan.pdf) = %v, want it allowed", err)
	}
}

func assertonlyUser(t *testing.T, path string, want bool) {
	t.Helper()
	got, err := onlyUser(path)
	if err != nil {
		t.Fatalf("onlyUser(%s): %v", path, err)
	}
	if got != want {
		t.Errorf("onlyUser(%s) = %v, want %v", path, got, want)
	}
}

// assertInherited checks that the current user's entry in dir's access list passes on to
// the files and folders made inside it.
func assertInherited(t *testing.T, dir string) {
	t.Helper()
	tu, err := windows.GetCurrentProcessToken().GetTokenUser()
	must(t, err)
	sd, err := windows.GetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION)
	must(t, err)
	dacl, _, err := sd.DACL()
	must(t, err)
	for i := range uint32(dacl.AceCount) {
		var ace *windows.ACCESS_ALLOWED_ACE
		must(t, windows.GetAce(dacl, i, &ace))
		if (*windows.SID)(unsafe.Pointer(&ace.SidStart)).Equals(tu.User.Sid) {
			if want := uint8(windows.OBJECT_INHERIT_ACE | windows.CONTAINER_INHERIT_ACE); ace.Header.AceFlags&want != want {
				t.Errorf("%s: the user's entry has flags %#x, want it inherited by files and folders", dir, ace.Header.AceFlags)
			}
			return
		}
	}
	t.Errorf("%s: no entry for the user in %s", dir, sd)
}

// onlyUser reports whether no one but the user may read path: every entry of its access
// list that allows anything is the current user's or the operating system's own
// (LocalSystem, which backs up and scans every file), never another user's or a group's.
func onlyUser(path string) (bool, error) {
	user, err := currentUser()
	if err != nil {
		return false, err
	}
	system, err := windows.CreateWellKnownSid(windows.WinLocalSystemSid)
	if err != nil {
		return false, err
	}
	sd, err := windows.GetNamedSecurityInfo(path, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION)
	if err != nil {
		return false, err
	}
	dacl, _, err := sd.DACL()
	if err != nil || dacl == nil { // no access list at all lets everyone in
		return false, err
	}
	for i := range uint32(dacl.AceCount) {
		var ace *windows.ACCESS_ALLOWED_ACE
		if err := windows.GetAce(dacl, i, &ace); err != nil {
			return false, err
		}
		if ace.Header.AceType != windows.ACCESS_ALLOWED_ACE_TYPE {
			continue
		}
		sid := (*windows.SID)(unsafe.Pointer(&ace.SidStart))
		if !sid.Equals(user) && !sid.Equals(system) {
			return false, nil
		}
	}
	return true, nil
}
