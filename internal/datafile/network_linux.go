package datafile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// OnNetwork reports whether the file at path, or the folder it would be made in, is on
// another computer: on a mounted file system of a kind that reaches its data over the
// network (NFS, SMB, SSHFS, …), or in a share the desktop's file manager opened.
func OnNetwork(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	// The mount that holds a file is that of its real folder: follow links as far as
	// the path exists (a new data file does not yet).
	dir, rest := abs, ""
	for {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			abs = filepath.Join(real, rest)
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir, rest = parent, filepath.Join(filepath.Base(dir), rest)
	}
	mounts, err := os.ReadFile("/proc/self/mountinfo")
	return err == nil && networkMount(string(mounts), abs)
}

// networkFS are the kinds of file system, as the kernel names them, that keep their data
// on another computer.
var networkFS = map[string]bool{
	"nfs": true, "nfs4": true, "cifs": true, "smb3": true, "smbfs": true, "ncpfs": true,
	"afs": true, "coda": true, "ceph": true, "glusterfs": true, "lustre": true,
	"fuse.sshfs": true, "fuse.glusterfs": true, "fuse.s3fs": true, "fuse.rclone": true,
	"fuse.davfs2": true, "davfs": true, "fuse.cephfs": true, "fuse.curlftpfs": true,
}

// gvfsRemote are the beginnings of the folders in which GNOME's file manager shows the
// network places it has opened (smb-share:server=…,share=…).
var gvfsRemote = []string{"smb-share:", "sftp:", "ftp:", "ftps:", "dav:", "davs:", "afp-volume:", "nfs:", "google-drive:"}

// networkMount reports whether path lies on another computer by mountinfo, the kernel's
// list of mounts (proc(5)): the mount whose point is the longest that holds path
// decides, the last one mounted there when several are.
func networkMount(mountinfo, path string) bool {
	best, fstype := "", ""
	for _, line := range strings.Split(mountinfo, "\n") {
		fields := strings.Fields(line)
		sep := -1
		for i, f := range fields {
			if f == "-" && i >= 6 {
				sep = i
				break
			}
		}
		if sep < 0 || sep+1 >= len(fields) {
			continue
		}
		point := unescapeMount(fields[4])
		if !within(path, point) || len(point) < len(best) {
			continue
		}
		best, fstype = point, fields[sep+1]
	}
	if networkFS[fstype] {
		return true
	}
	if fstype == "fuse.gvfsd-fuse" {
		first, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(path, best), "/"), "/")
		for _, p := range gvfsRemote {
			if strings.HasPrefix(first, p) {
				return true
			}
		}
	}
	return false
}

// within reports whether path is the mount point or lies under it.
func within(path, point string) bool {
	if point == "/" {
		return strings.HasPrefix(path, "/")
	}
	return path == point || strings.HasPrefix(path, point+"/")
}

// unescapeMount undoes mountinfo's escapes: a space, tab, newline or backslash in a
// mount point is written as a backslash and three octal digits.
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 <= len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
