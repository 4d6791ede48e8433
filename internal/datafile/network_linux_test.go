package datafile

import (
	"os"
	"path/filepath"
	"testing"

	"leadbridge/internal/testdir"
)

// mountinfo is a Linux machine's list of mounts (proc(5)) with a local disk, shares of
// each kind a small office uses, local mounts inside and beside them, and a mount point
// with a space in its name.
const mountinfo = `22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
23 22 0:21 / /proc rw,nosuid shared:2 - proc proc rw
40 22 0:35 / /mnt/nas rw,relatime shared:20 - nfs4 nas.local:/export rw,vers=4.2
41 40 0:36 / /mnt/nas/scratch rw shared:21 - tmpfs tmpfs rw
42 22 0:37 / /home/zoe/Office\040Share rw,relatime shared:22 - cifs //fileserver/office rw
43 22 0:38 / /home/zoe/remote rw,nosuid shared:23 master:5 - fuse.sshfs zoe@host:/srv rw,user_id=1000
44 22 0:39 / /run/user/1000/gvfs rw,nosuid shared:24 - fuse.gvfsd-fuse gvfsd-fuse rw,user_id=1000
45 22 0:40 / /mnt/usb rw shared:25 - vfat /dev/sdb1 rw
46 22 0:41 / /mnt/later rw shared:26 - ext4 /dev/sdc1 rw
47 22 0:42 / /mnt/later rw shared:27 - smb3 //server/later rw
`

func TestNetworkMount(t *testing.T) {
	for path, want := range map[string]bool{
		"/home/zoe/.local/share/leadbridge/leadbridge.db":                    false,
		"/mnt/nas/leadbridge.db":                                             true,
		"/mnt/nas":                                                           true,
		"/mnt/nas/scratch/leadbridge.db":                                     false, // a local disk mounted inside the share
		"/mnt/nasty/leadbridge.db":                                           false, // beside it, not in it
		"/home/zoe/Office Share/HR/leadbridge.db":                            true,
		"/home/zoe/Office/leadbridge.db":                                     false,
		"/home/zoe/remote/leadbridge.db":                                     true,
		"/run/user/1000/gvfs/smb-share:server=fs,share=office/leadbridge.db": true,
		"/run/user/1000/gvfs/sftp:host=nas.local/leadbridge.db":              true,
		"/run/user/1000/gvfs/mtp:host=Phone/Internal storage/leadbridge.db":  false, // a phone on the cable
		"/mnt/usb/leadbridge.db":                                             false,
		"/mnt/later/leadbridge.db":                                           true, // the last mount there is the one in use
		"/proc/self":                                                         false,
	} {
		if got := networkMount(mountinfo, path); got != want {
			t.Errorf("networkMount(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestOnNetwork_LocalFolders asks the kernel about this machine's own folders, a data
// file not made yet, and a link to a folder: all local.
func TestOnNetwork_LocalFolders(t *testing.T) {
	dir := testdir.New(t)
	link := filepath.Join(dir, "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "leadbridge.db"), filepath.Join(dir, "new", "folder", "leadbridge.db"),
		filepath.Join(link, "leadbridge.db"), "leadbridge.db"} {
		if OnNetwork(p) {
			t.Errorf("OnNetwork(%q) = true, want false", p)
		}
	}
}
