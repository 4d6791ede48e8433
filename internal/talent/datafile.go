package talent

import (
	"context"
	"fmt"
	"time"
)

// BackupInfo describes one of Leadbridge's own backups of the data file.
type BackupInfo struct {
	Path string
	Made time.Time
	Size int64 // bytes
}

// Restored says what a restore did.
type Restored struct {
	From BackupInfo // the backup now in use
	// SafetyCopy is where the data as it was just before the restore was kept.
	SafetyCopy string
}

// String tells the user what happened, in plain words.
func (r Restored) String() string {
	return fmt.Sprintf("Restored the data from the backup made on %s. The data as it was just before is kept in %s, in case you need it.",
		r.From.Made.Local().Format("2 January 2006 at 15:04"), r.SafetyCopy)
}

// AuditEntry is one line of the append-only audit log: what was done, when and by whom,
// with counts but never the data itself.
type AuditEntry struct {
	ID     int64
	At     time.Time
	Actor  string
	Action string // a short verb phrase, e.g. "erase person"
	Detail string
}

// DataFileService looks after the data file as a whole: backups, restores and the audit
// log.
type DataFileService interface {
	// Backup writes a checked snapshot of the data to dst, which must not exist yet.
	Backup(ctx context.Context, dst string) error
	// AutoBackup makes the day's backup into the backups folder beside the data file,
	// unless the newest there is under a day old, and returns its path ("" when none was
	// needed).
	AutoBackup(ctx context.Context) (string, error)
	// Backups lists Leadbridge's own backups beside the data file, newest first.
	Backups() ([]BackupInfo, error)
	// Restore replaces the data with a backup, after backing up the current data; the
	// service stays usable and holds the restored data afterwards.
	Restore(ctx context.Context, backupPath string) (Restored, error)
	// PurgeBackups removes every one of Leadbridge's backups, so that nothing erased
	// survives in them, and then makes one fresh backup of the current data. It returns
	// how many were removed and the fresh backup's path.
	PurgeBackups(ctx context.Context) (removed int, fresh string, err error)
	// AuditLog returns the audit log, oldest entry first.
	AuditLog(ctx context.Context) ([]AuditEntry, error)
}
