package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func TestBackup(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	for _, n := range unicodeNames {
		addPerson(t, db, n)
	}
	dst := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(ctx, dst); err != nil {
		t.Fatalf("Backup() = %v", err)
	}
	if got := mode(t, dst); got != 0o600 {
		t.Errorf("backup mode = %o, want 600", got)
	}
	ents, _ := os.ReadDir(filepath.Dir(dst))
	if len(ents) != 1 {
		t.Errorf("backup folder holds %d files, want only the backup", len(ents))
	}
	if err := checkCopy(ctx, dst); err != nil {
		t.Errorf("integrity check of backup = %v", err)
	}
	cp := openAt(t, dst)
	people, err := cp.People(ctx)
	if err != nil || len(people) != len(unicodeNames) {
		t.Fatalf("People() in backup = %d, %v; want %d", len(people), err, len(unicodeNames))
	}
	log, _ := db.AuditLog(ctx)
	if last := log[len(log)-1]; last.Action != "backup" || !strings.Contains(last.Detail, dst) {
		t.Errorf("last audit entry = %+v, want the backup", last)
	}
}

func TestBackup_RefusesExistingFile(t *testing.T) {
	db := openTest(t)
	dst := filepath.Join(t.TempDir(), "keep.db")
	content := []byte("an earlier backup")
	if err := os.WriteFile(dst, content, 0o600); err != nil {
		t.Fatal(err)
	}
	err := db.Backup(context.Background(), dst)
	wantCode(t, err, talent.ECONFLICT)
	if got, _ := os.ReadFile(dst); !bytes.Equal(got, content) {
		t.Errorf("existing file was overwritten")
	}
	ents, _ := os.ReadDir(filepath.Dir(dst))
	if len(ents) != 1 {
		t.Errorf("folder holds %d files after a refused backup, want 1", len(ents))
	}
}

func TestBackup_MissingFolderLeavesNothing(t *testing.T) {
	db := openTest(t)
	dst := filepath.Join(t.TempDir(), "no such folder", "copy.db")
	err := db.Backup(context.Background(), dst)
	wantCode(t, err, talent.EINVALID)
	if fileExists(filepath.Dir(dst)) {
		t.Errorf("Backup created the missing folder")
	}
}

func TestBackup_FailureRemovesTempFile(t *testing.T) {
	db := openTest(t)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := db.Backup(ctx, filepath.Join(dir, "copy.db")); err == nil {
		t.Fatalf("Backup() with a cancelled context succeeded")
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("failed backup left %d files behind", len(ents))
	}
}
