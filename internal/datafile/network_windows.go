package datafile

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// OnNetwork reports whether the file at path is on another computer: a UNC path
// (\\server\share\…) or a drive letter Windows reports as a network drive.
func OnNetwork(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	if uncPath(abs) {
		return true
	}
	root, err := windows.UTF16PtrFromString(filepath.VolumeName(abs) + `\`)
	return err == nil && windows.GetDriveType(root) == windows.DRIVE_REMOTE
}
