package datafile

import (
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestUNCPath(t *testing.T) {
	for p, want := range map[string]bool{
		`\\server\share\leadbridge.db`:         true,
		`//server/share/leadbridge.db`:         true,
		`\\?\UNC\server\share\leadbridge.db`:   true,
		`\\?\unc\server\share\leadbridge.db`:   true,
		`\\?\C:\Users\Zoë\leadbridge.db`:       false,
		`\\.\C:\leadbridge.db`:                 false,
		`C:\Users\Zoë\AppData\leadbridge.db`:   false,
		`N:\leadbridge.db`:                     false, // a mapped drive: Windows tells
		`leadbridge.db`:                        false,
		`\leadbridge.db`:                       false,
		`\\`:                                   false,
		`/home/zoe/.local/share/leadbridge.db`: false,
	} {
		if got := uncPath(p); got != want {
			t.Errorf("uncPath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestRefuseRemote(t *testing.T) {
	db := `N:\Shared\leadbridge.db`
	err := refuseRemote(db, true, false)
	if talent.ErrorCode(err) != talent.EINVALID {
		t.Fatalf("refuseRemote(remote) = %v, want an EINVALID refusal", err)
	}
	for _, want := range []string{db, "network drive", "Copy the file", NetworkDriveEnv + "=1"} {
		if !strings.Contains(talent.ErrorMessage(err), want) {
			t.Errorf("message %q lacks %q", talent.ErrorMessage(err), want)
		}
	}
	if err := refuseRemote(db, true, true); err != nil {
		t.Errorf("refuseRemote(remote, allowed) = %v, want nil", err)
	}
	if err := refuseRemote(db, false, false); err != nil {
		t.Errorf("refuseRemote(local) = %v, want nil", err)
	}
}
