package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"leadbridge/internal/datafile"
	"leadbridge/internal/lock"
)

// verify checks an existing data file before anything may write to it, without changing
// a byte of it or of the files beside it. It reports false, having checked nothing, only
// when another copy of Leadbridge has the file open: that copy checked it when it opened
// it, and the normal open's quick check follows.
//
// SQLite's quick check does not see an index out of step with its table; only the full
// integrity check does. Both read the whole file, so their cost grows with the business
// (the full check takes seconds at 10,000 people). So the full check runs once per change
// made outside Leadbridge, and no check runs on a file as Leadbridge left it: when it
// closes a file cleanly it records the file's size and modification time beside it
// (datafile.CheckedPath), and a file that still matches that record was checked when it
// was opened and changed since only by Leadbridge's own transactions. Opening the data
// costs the same at 10 people as at 10,000.
func verify(ctx context.Context, path string, holdsLock bool) (bool, error) {
	if !journalPending(path) {
		if knownSound(path) {
			return true, nil
		}
		return true, checkIntegrity(ctx, path, dsnImmutable(path))
	}
	if !holdsLock && lock.Held(path) {
		return false, nil
	}
	// A crash left a journal that only a normal open replays, and a normal open of a
	// file that then proves damaged would fold the journal into it and delete it: the
	// files a repair needs. So check a private copy of the file and its journals.
	return true, checkCopyOf(ctx, path)
}

// NeedsCheck reports whether opening the data file at path runs the full integrity
// check (see verify), whose cost grows with the data: the app then says it is checking
// rather than seem not to start.
func NeedsCheck(path string) bool {
	return fileExists(path) && (journalPending(path) || !knownSound(path))
}

// knownSound reports whether a file without a journal beside it needs no check: it is
// as Leadbridge last left it (stampMatches), or empty, as a new file is, with nothing in
// it to be damaged.
func knownSound(path string) bool {
	return fileSize(path) == 0 || stampMatches(path)
}

// journalPending reports whether SQLite keeps a write-ahead log or rollback journal
// beside the file.
func journalPending(path string) bool {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if fileExists(path + suffix) {
			return true
		}
	}
	return false
}

// checkIntegrity runs the full integrity check through dsn and refuses the file at path
// as damaged when it fails.
func checkIntegrity(ctx context.Context, path, dsn string) error {
	c, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("open data file: %w", err)
	}
	defer c.Close()
	var res string
	if err := c.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&res); err != nil {
		return openError(path, err)
	}
	if res != "ok" {
		return damaged(path)
	}
	return nil
}

// checkCopyOf fully checks a copy of the file at path and its journals, made in a
// private temporary folder and removed afterwards.
func checkCopyOf(ctx context.Context, path string) error {
	dir, cp, err := privateCopy(path)
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	return checkIntegrity(ctx, path, fileURI(cp))
}

// privateCopy copies the file at path and its journals into a new temporary folder,
// readable by the user alone, and returns the folder (for the caller to remove) and the
// copy.
func privateCopy(path string) (dir, cp string, err error) {
	dir, err = os.MkdirTemp("", "leadbridge-check-")
	if err != nil {
		return "", "", fmt.Errorf("make a folder to check the data file in: %w", err)
	}
	cp = filepath.Join(dir, "data.db")
	for _, suffix := range []string{"", "-wal", "-journal"} {
		if err := copyFile(path+suffix, cp+suffix); err != nil {
			os.RemoveAll(dir)
			return "", "", fileError("Leadbridge cannot read the data file %s: %s.", path, osReason(err))
		}
	}
	return dir, cp, nil
}

// copyFile copies src to dst; a src that does not exist is skipped.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// stampOf is what the record of a checked file holds: its size and modification time.
func stampOf(path string) (string, bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", false
	}
	return "size " + strconv.FormatInt(fi.Size(), 10) + " modified " + strconv.FormatInt(fi.ModTime().UnixNano(), 10) + "\n", true
}

// stampMatches reports whether the file is as Leadbridge last left it, fully checked.
func stampMatches(path string) bool {
	want, ok := stampOf(path)
	if !ok {
		return false
	}
	got, err := os.ReadFile(datafile.CheckedPath(path))
	return err == nil && strings.TrimSpace(string(got)) == strings.TrimSpace(want)
}

// writeStamp records that the file at path, just closed cleanly with its log folded in,
// is sound. A failure only means the next open runs the full check.
func writeStamp(path string) {
	if journalPending(path) {
		return
	}
	if s, ok := stampOf(path); ok {
		_ = os.WriteFile(datafile.CheckedPath(path), []byte(s), 0o600)
	}
}
