package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"leadbridge/internal/datafile"
)

// sqliteMagic is the 16-byte string every SQLite database file starts with.
const sqliteMagic = "SQLite format 3\x00"

// headerSize is the size of the SQLite file header; a shorter file is cut short.
const headerSize = 100

// prepareFile makes sure path can be handed to SQLite: the folder exists (readable by the
// user alone when we create it) and the file is either new and empty (created readable by
// the user alone, because SQLite would create it 0644 and its -wal and -shm files copy
// the file's mode) or an existing, writable Leadbridge database this version can open. A file is only read, so a refused
// file stays exactly as it was.
func prepareFile(path string, known int) error {
	if err := datafile.MkdirPrivate(filepath.Dir(path)); err != nil {
		return fileError("Leadbridge cannot create the folder %s: %s.", filepath.Dir(path), osReason(err))
	}
	f, err := datafile.CreatePrivate(path)
	if err == nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("create data file: %w", err)
		}
		return nil
	}
	if !errors.Is(err, os.ErrExist) {
		return fileError("Leadbridge cannot create the data file %s: %s.", path, osReason(err))
	}
	if err := inspectFile(path, known); err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return fileError("Leadbridge cannot read the data file %s: %s.", path, osReason(err))
	}
	// SQLite would open a read-only file read-only and leave -wal and -shm files beside
	// it, then fail at the first save.
	if info.Mode().Perm()&0o200 == 0 {
		return fileError("The data file %s is read-only, so Leadbridge could not save anything in it. Make it writable, or copy it and open the copy.", path)
	}
	return nil
}

// tighten makes a file copied in from elsewhere readable by the user alone, since the
// data is personal. It runs only once the file is known to be sound Leadbridge data, so
// a refused file keeps its mode. Failing (a file owned by someone else) is no reason to
// refuse the file.
func tighten(path string) {
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o077 != 0 {
		os.Chmod(path, info.Mode().Perm()&0o700)
	}
}

// inspect checks an existing file, as inspectFile does, against the schema versions
// this build knows.
func inspect(path string) error {
	ms, err := embeddedMigrations()
	if err != nil {
		return err
	}
	return inspectFile(path, len(ms))
}

// inspectFile checks an existing file's header without SQLite.
func inspectFile(path string, known int) error {
	f, err := os.Open(path)
	if err != nil {
		return fileError("Leadbridge cannot read the data file %s: %s.", path, osReason(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fileError("Leadbridge cannot read the data file %s: %s.", path, osReason(err))
	}
	if info.IsDir() {
		return fileError("%s is a folder, not a data file. Choose a file name inside it instead.", path)
	}
	hdr := make([]byte, headerSize)
	n, err := io.ReadFull(f, hdr)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fileError("Leadbridge cannot read the data file %s: %s.", path, osReason(err))
	}
	hdr = hdr[:n]
	if err := checkHeader(path, hdr, info.Size(), known, fileSize(path+"-wal") > 0); err != nil {
		return err
	}
	if unmarked(hdr) {
		return checkOwnTables(path)
	}
	return nil
}

// applicationID marks a SQLite file as Leadbridge's: PRAGMA application_id, header
// bytes 68 to 71, set when a file is made or first opened by a version that knows it.
const applicationID = 0x4C424447 // "LBDG"

// unmarked reports whether a file with a schema predates the application ID, so that
// only its tables can tell whether it is a Leadbridge file.
func unmarked(hdr []byte) bool {
	return len(hdr) >= 72 && binary.BigEndian.Uint32(hdr[60:64]) >= 1 && binary.BigEndian.Uint32(hdr[68:72]) == 0
}

// checkOwnTables refuses a file without the tables of Leadbridge's first schema, read
// as immutable so that nothing is written to a file that may be some other program's.
func checkOwnTables(path string) error {
	want, err := firstSchemaTables()
	if err != nil {
		return err
	}
	c, err := sql.Open("sqlite", dsnImmutable(path))
	if err != nil {
		return fmt.Errorf("open data file: %w", err)
	}
	defer c.Close()
	rows, err := c.Query("SELECT name FROM sqlite_schema WHERE type = 'table'")
	if err != nil {
		return openError(path, err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return openError(path, err)
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return openError(path, err)
	}
	for _, t := range want {
		if !have[t] {
			return notOurs(path)
		}
	}
	return nil
}

// createTable finds the tables a migration creates.
var createTable = regexp.MustCompile(`(?m)^CREATE TABLE (\w+)`)

// firstSchemaTables lists the tables of the first migration, which every Leadbridge
// file holds.
func firstSchemaTables() ([]string, error) {
	ms, err := embeddedMigrations()
	if err != nil {
		return nil, err
	}
	var names []string
	for _, m := range createTable.FindAllStringSubmatch(ms[0].sql, -1) {
		names = append(names, m[1])
	}
	return names, nil
}

func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// fileSize is the size of the file at path, 0 when there is none.
func fileSize(path string) int64 {
	if fi, err := os.Stat(path); err == nil {
		return fi.Size()
	}
	return 0
}

// checkHeader refuses files that are not SQLite databases, that were cut short, or whose
// schema version (user_version, bytes 60 to 63) is newer than this build knows. walPending
// says a write-ahead log waits to be replayed into the file.
func checkHeader(path string, hdr []byte, size int64, known int, walPending bool) error {
	if size == 0 {
		return nil
	}
	m := min(len(hdr), len(sqliteMagic))
	if string(hdr[:m]) != sqliteMagic[:m] {
		return notOurs(path)
	}
	if size < headerSize {
		return truncated(path)
	}
	page := int64(binary.BigEndian.Uint16(hdr[16:18]))
	if page == 1 {
		page = 65536 // how the header writes the largest page size
	}
	if page < 512 || page > 65536 || page&(page-1) != 0 {
		return damaged(path)
	}
	if size%page != 0 || cutAtPage(hdr, size, page, walPending) {
		return truncated(path)
	}
	if id := binary.BigEndian.Uint32(hdr[68:72]); id != 0 && id != applicationID {
		return notOurs(path)
	}
	v := int(binary.BigEndian.Uint32(hdr[60:64]))
	if v > known {
		return newerVersion(v, known)
	}
	// Schema version 0 with tables (a non-zero schema cookie) is some other program's
	// database; migrating it would write Leadbridge's tables into it.
	if v == 0 && binary.BigEndian.Uint32(hdr[40:44]) != 0 {
		return notOurs(path)
	}
	return nil
}

// cutAtPage reports whether the file is shorter than the page count in its header (bytes
// 28 to 31), which the header vouches for when its change counter (bytes 24 to 27) equals
// bytes 92 to 95. A crash part-way through folding a write-ahead log into the file can
// leave it shorter for a while, so with a log waiting the check is left to SQLite.
func cutAtPage(hdr []byte, size, page int64, walPending bool) bool {
	pages := int64(binary.BigEndian.Uint32(hdr[28:32]))
	return !walPending && pages > 0 && bytes.Equal(hdr[24:28], hdr[92:96]) && size < pages*page
}

func notOurs(path string) error {
	return refuse(refusedForeign, "%s is not a Leadbridge data file. Choose another file, or give a new file name to start afresh.", path)
}

func truncated(path string) error {
	return refuse(refusedDamaged, "The data file %s is incomplete: it was cut short, perhaps by an interrupted copy. %s", path, whatToDo(path))
}

// osReason puts a file-system error into plain words.
func osReason(err error) string {
	switch {
	case errors.Is(err, os.ErrPermission):
		return "permission denied; check that your user account may read and write it"
	case errors.Is(err, os.ErrNotExist):
		return "it does not exist"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
