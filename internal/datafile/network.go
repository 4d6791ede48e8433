package datafile

import (
	"os"
	"strings"

	"leadbridge/internal/talent"
)

// NetworkDriveEnv is the environment variable that, set to 1, lets Leadbridge keep its
// data on a network drive after all.
const NetworkDriveEnv = "LEADBRIDGE_NETWORK_DRIVE"

// CheckLocal refuses a data file on another computer (a network drive or share), where
// SQLite's locking cannot be relied on and data can be lost, as SQLite's own documentation
// warns, unless the user asked for it with NetworkDriveEnv. It changes nothing.
func CheckLocal(db string) error {
	return refuseRemote(db, OnNetwork(db), os.Getenv(NetworkDriveEnv) == "1")
}

func refuseRemote(db string, remote, allowed bool) error {
	if !remote || allowed {
		return nil
	}
	return talent.Errorf(talent.EINVALID, "%s is on a network drive. Data kept on a network drive can be lost or damaged when the connection drops or two computers use it, so Leadbridge did not open it. Copy the file to a folder on this computer and open the copy. To use it where it is all the same, set %s=1 before starting Leadbridge.", db, NetworkDriveEnv)
}

// uncPath reports whether a Windows path names a file on another computer: \\server\share\…
// (or with forward slashes), also in its long form \\?\UNC\server\share\…. Device paths
// such as \\?\C:\… and \\.\… are local.
func uncPath(p string) bool {
	p = strings.ReplaceAll(p, "/", `\`)
	if rest, ok := strings.CutPrefix(p, `\\?\`); ok {
		return len(rest) > 4 && strings.EqualFold(rest[:4], `UNC\`)
	}
	return len(p) > 2 && strings.HasPrefix(p, `\\`) && p[2] != '.' && p[2] != '?' && p[2] != '\\'
}
