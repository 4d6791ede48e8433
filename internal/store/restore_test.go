package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func names(t *testing.T, db *DB) string {
	t.Helper()
	people, err := db.People(context.Background())
	must(t, err)
	var ns []string
	for _, p := range people {
		ns = append(ns, p.Name)
	}
	return strings.Join(ns, ", ")
}

func TestRestore(t *testing.T) {
	db, now := openClock(t)
	ctx := context.Background()
	addPerson(t, db, "Zoë Ångström")
	backup, err := db.AutoBackup(ctx)
	must(t, err)
	*now = now.Add(2 * time.Hour)
	addPerson(t, db, "李小龍")

	// Readers and writers keep going while the file is swapped; none may fail.
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				_, err := db.People(ctx)
				errs <- err
			}
		}()
	}
	res, err := db.Restore(ctx, backup)
	wg.Wait()
	close(errs)
	if err != nil {
		t.Fatalf("Restore() = %v", err)
	}
	for err := range errs {
		if err != nil {
			t.Errorf("a read during the restore failed: %v", err)
		}
	}
	if got := names(t, db); got != "Zoë Ångström" {
		t.Errorf("people after restore = %s, want only Zoë Ångström", got)
	}
	if res.From.Path != backup || !res.From.Made.Equal(testNow) || !strings.Contains(res.SafetyCopy, "before-restore") {
		t.Errorf("Restored = %+v", res)
	}
	safety := openAt(t, res.SafetyCopy)
	if got := names(t, safety); got != "Zoë Ångström, 李小龍" {
		t.Errorf("safety copy holds %s, want the data as it was before", got)
	}
	addPerson(t, db, "محمد") // the store still writes
	log, _ := db.AuditLog(ctx)
	if last := log[len(log)-1]; last.Action != "restore" || !strings.Contains(last.Detail, filepath.Base(backup)) {
		t.Errorf("last audit entry = %+v, want the restore", last)
	}
	if got := mode(t, db.Path()); got != 0o600 {
		t.Errorf("restored data file mode = %o, want 600", got)
	}
	if ents, _ := filepath.Glob(filepath.Join(filepath.Dir(db.Path()), ".leadbridge-restore-*")); len(ents) > 0 {
		t.Errorf("restore left %v behind", ents)
	}
}

// unusableBackups returns files a restore must refuse, by name, with the words the
// refusal must contain.
func unusableBackups(t *testing.T, dir string) map[string][2]string {
	t.Helper()
	valid, err := os.ReadFile(closedDB(t, t.TempDir()))
	must(t, err)
	newer := bytes.Clone(valid)
	binary.BigEndian.PutUint32(newer[60:64], 9)
	damagedPage := bytes.Clone(valid)
	page := int(binary.BigEndian.Uint16(valid[16:18]))
	for i := page; i < 2*page; i++ {
		damagedPage[i] = 0xA5
	}
	files := map[string][]byte{
		"not a database": []byte("name,team\nZoë,Tools\n"), "cut short": valid[:len(valid)-1000],
		"newer version": newer, "damaged": damagedPage, "another program's": foreignDB(t),
	}
	out := map[string][2]string{}
	for name, content := range files {
		p := filepath.Join(dir, name+".db")
		must(t, os.WriteFile(p, content, 0o600))
		want := "cannot be restored"
		if name == "newer version" {
			want = "newer version"
		}
		out[name] = [2]string{p, want}
	}
	out["missing"] = [2]string{filepath.Join(dir, "missing.db"), "does not exist"}
	out["a folder"] = [2]string{dir, "is a folder"}
	return out
}

func TestRestore_RefusesUnusableBackups(t *testing.T) {
	db := openTest(t)
	addPerson(t, db, "Zoë Ångström")
	before, err := os.ReadFile(db.Path())
	must(t, err)
	for name, c := range unusableBackups(t, t.TempDir()) {
		t.Run(name, func(t *testing.T) {
			_, err := db.Restore(context.Background(), c[0])
			wantCode(t, err, talent.EINVALID)
			if msg := talent.ErrorMessage(err); !strings.Contains(msg, c[1]) {
				t.Errorf("message = %q, want it to contain %q", msg, c[1])
			}
		})
	}
	if got := names(t, db); got != "Zoë Ångström" {
		t.Errorf("people after refused restores = %s", got)
	}
	if after, _ := os.ReadFile(db.Path()); !bytes.Equal(before, after) {
		t.Errorf("a refused restore changed the data file")
	}
	if bs, _ := db.Backups(); len(bs) != 0 {
		t.Errorf("refused restores made %d backups, want none", len(bs))
	}
}

func TestRestoreFile_DamagedData(t *testing.T) {
	dir := t.TempDir()
	path := closedDB(t, dir)
	db := openAt(t, path)
	backup, err := db.AutoBackup(context.Background())
	must(t, err)
	must(t, db.Close())
	b, _ := os.ReadFile(path)
	page := int(binary.BigEndian.Uint16(b[16:18]))
	for i := page; i < 2*page; i++ {
		b[i] = 0xA5
	}
	must(t, os.WriteFile(path, b, 0o600))
	_, err = Open(path, testOptions())
	if !Restorable(err) {
		t.Fatalf("Open(damaged) = %v, want a refusal a backup fixes", err)
	}
	if msg := talent.ErrorMessage(err); !strings.Contains(msg, "is damaged. Restore the newest backup") {
		t.Errorf("message with a backup at hand = %q, want it to point to the backup", msg)
	}
	db, res, err := RestoreFile(path, backup, testOptions())
	if err != nil {
		t.Fatalf("RestoreFile() = %v", err)
	}
	defer db.Close()
	if got := names(t, db); got != "Ελένη Παπαδοπούλου" {
		t.Errorf("people after restore = %s", got)
	}
	if kept, _ := os.ReadFile(res.SafetyCopy); !bytes.Equal(kept, b) || !strings.HasPrefix(filepath.Base(res.SafetyCopy), "refused-") {
		t.Errorf("damaged file kept as %s (same bytes: %v), want it moved aside unchanged", res.SafetyCopy, bytes.Equal(kept, b))
	}
	if bs, _ := db.Backups(); len(bs) != 1 {
		t.Errorf("backups listed = %d, want 1 (the damaged file is not a backup)", len(bs))
	}
}

func TestRestoreFile_OpenDataAndRefusals(t *testing.T) {
	dir := t.TempDir()
	path := closedDB(t, dir)
	db := openAt(t, path)
	backup, err := db.AutoBackup(context.Background())
	must(t, err)
	addPerson(t, db, "李小龍")
	must(t, db.Close())
	db, res, err := RestoreFile(path, backup, testOptions())
	if err != nil {
		t.Fatalf("RestoreFile(sound data) = %v", err)
	}
	if got := names(t, db); got != "Ελένη Παπαδοπούλου" || !strings.Contains(res.SafetyCopy, "before-restore") {
		t.Errorf("after restore: %s, safety copy %s", got, res.SafetyCopy)
	}
	must(t, db.Close())

	other := filepath.Join(t.TempDir(), "notes.db")
	content := []byte("my meeting notes")
	must(t, os.WriteFile(other, content, 0o600))
	if _, _, err := RestoreFile(other, backup, testOptions()); Restorable(err) || !strings.Contains(talent.ErrorMessage(err), "not a Leadbridge data file") {
		t.Errorf("RestoreFile(not ours) = %v, want the refusal unchanged", err)
	}
	if got, _ := os.ReadFile(other); !bytes.Equal(got, content) {
		t.Errorf("RestoreFile changed a file that is not Leadbridge's")
	}
}
