package datafile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The Windows forms of modes 0700 and 0600: an access list that grants the current user
// full control and nothing to anyone else, marked protected so that it takes nothing from
// the folders above. A folder's entry is inherited by everything made inside it, so that
// SQLite's journal files, the lock and the backups are private too. Each is given when
// the folder or file is made, so it is never readable by others even for a moment.
const (
	privateFolder = "D:P(A;OICI;FA;;;%s)"
	privateFile   = "D:P(A;;FA;;;%s)"
)

// MkdirPrivate makes the folder dir readable by the user alone when it does not exist;
// parents it lacks are made as ordinary folders, which take their own parent's access
// list. An existing folder keeps its access list.
func MkdirPrivate(dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return err
	}
	sa, err := private(privateFolder)
	if err != nil {
		return err
	}
	p, err := windows.UTF16PtrFromString(longPath(dir))
	if err != nil {
		return &fs.PathError{Op: "mkdir", Path: dir, Err: err}
	}
	err = windows.CreateDirectory(p, sa)
	if errors.Is(err, fs.ErrExist) {
		return os.MkdirAll(dir, 0o700) // nil for a folder, an error for a file in its place
	}
	if err != nil {
		return &fs.PathError{Op: "mkdir", Path: dir, Err: err}
	}
	return nil
}

// CreatePrivate makes the new file path, readable by the user alone, and opens it for
// reading and writing. It fails with an error satisfying errors.Is(err, fs.ErrExist)
// when something is already there.
func CreatePrivate(path string) (*os.File, error) {
	sa, err := private(privateFile)
	if err != nil {
		return nil, err
	}
	p, err := windows.UTF16PtrFromString(longPath(path))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	h, err := windows.CreateFile(p, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, sa, windows.CREATE_NEW, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(h), path), nil
}

// private is the security attributes for sddl, filled in with the current user.
func private(sddl string) (*windows.SecurityAttributes, error) {
	user, err := currentUser()
	if err != nil {
		return nil, err
	}
	sd, err := windows.SecurityDescriptorFromString(fmt.Sprintf(sddl, user))
	if err != nil {
		return nil, fmt.Errorf("private access list: %w", err)
	}
	return &windows.SecurityAttributes{Length: uint32(unsafe.Sizeof(windows.SecurityAttributes{})), SecurityDescriptor: sd}, nil
}

// longPath gives path the \\?\ form that lets Windows's own calls take paths longer
// than 260 characters, as Go's os package does for its calls.
func longPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil || strings.HasPrefix(abs, `\\?\`) {
		return path
	}
	if rest, ok := strings.CutPrefix(abs, `\\`); ok {
		return `\\?\UNC\` + rest
	}
	return `\\?\` + abs
}

// currentUser is the security identifier of the user this process runs as.
func currentUser() (*windows.SID, error) {
	tu, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return nil, fmt.Errorf("current user: %w", err)
	}
	return tu.User.Sid, nil
}
