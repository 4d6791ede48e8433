package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// stampLayout writes timestamps in UTC with fixed width, so they sort as text.
const stampLayout = "2006-01-02T15:04:05.000Z"

// metaCols are the columns every record carries, in the order metaDest scans them.
const metaCols = "created_by, created_at, updated_by, updated_at"

// metaColCount is the number of metaCols.
var metaColCount = strings.Count(metaCols, ",") + 1

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func stamp(t time.Time) string { return t.UTC().Format(stampLayout) }

// metaArgs are the values for metaCols.
func metaArgs(m talent.Meta) []any {
	return []any{m.CreatedBy, stamp(m.CreatedAt), m.UpdatedBy, stamp(m.UpdatedAt)}
}

// metaDest are the scan destinations for metaCols.
func metaDest(m *talent.Meta) []any {
	return []any{&m.CreatedBy, stampCol{&m.CreatedAt}, &m.UpdatedBy, stampCol{&m.UpdatedAt}}
}

// stampCol scans a timestamp column.
type stampCol struct{ t *time.Time }

func (c stampCol) Scan(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("timestamp column holds %T", v)
	}
	t, err := time.Parse(stampLayout, s)
	if err != nil {
		return fmt.Errorf("stored timestamp %q: %w", s, err)
	}
	*c.t = t
	return nil
}

// dateArg is a date as stored: YYYY-MM-DD, or NULL for no date.
func dateArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return talent.FormatDate(t)
}

// dateCol scans a date column; NULL is the zero time.
type dateCol struct{ t *time.Time }

func (c dateCol) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.t = time.Time{}
		return nil
	case string:
		t, err := talent.ParseDate(v)
		if err != nil {
			return fmt.Errorf("stored date %q: %w", v, err)
		}
		*c.t = t
		return nil
	}
	return fmt.Errorf("date column holds %T", v)
}

// idArg is a reference as stored: NULL for none.
func idArg(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// idCol scans a nullable reference; NULL is 0.
type idCol struct{ id *int64 }

func (c idCol) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.id = 0
		return nil
	case int64:
		*c.id = v
		return nil
	}
	return fmt.Errorf("reference column holds %T", v)
}

// jsonIDs encodes IDs for SQL's json_each, which lets one statement take a whole list.
func jsonIDs(ids []int64) string {
	if len(ids) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ids) // a slice of integers always encodes
	return string(b)
}

// exists reports whether a row with id is in table.
func exists(ctx context.Context, tx *txn, table string, id int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look up %s %d: %w", table, id, err)
	}
	return n > 0, nil
}

// require returns an ENOTFOUND error with msg when no row with id is in table.
func require(ctx context.Context, tx *txn, table string, id int64, msg string) error {
	ok, err := exists(ctx, tx, table, id)
	if err != nil {
		return err
	}
	if !ok {
		return talent.Errorf(talent.ENOTFOUND, "%s", msg)
	}
	return nil
}

// deleteByID deletes one row, or returns an ENOTFOUND error with msg when it is gone.
func deleteByID(ctx context.Context, tx *txn, table string, id int64, msg string) error {
	res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete from %s: %w", table, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete from %s: %w", table, err)
	} else if n == 0 {
		return talent.Errorf(talent.ENOTFOUND, "%s", msg)
	}
	return nil
}

// joinWords lists phrases as a sentence does: "a, b and c".
func joinWords(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// storedMeta maps IDs to their stored creation stamp; query selects id, created_by and
// created_at. Parts of a record that is saved whole are deleted and written again, and
// this is how they keep their IDs and stamps.
func storedMeta(ctx context.Context, tx *txn, query string, args ...any) (map[int64]talent.Meta, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read stored stamps: %w", err)
	}
	defer rows.Close()
	out := map[int64]talent.Meta{}
	for rows.Next() {
		var id int64
		var m talent.Meta
		if err := rows.Scan(&id, &m.CreatedBy, stampCol{&m.CreatedAt}); err != nil {
			return nil, fmt.Errorf("read stored stamps: %w", err)
		}
		out[id] = m
	}
	return out, rows.Err()
}

// keepMeta returns the Meta for a part about to be written again: its stored creation
// stamp with now as the update, when *id is one of stored; otherwise now throughout,
// and *id is cleared so the part gets a fresh ID rather than one the caller made up.
func keepMeta(stored map[int64]talent.Meta, id *int64, now talent.Meta) talent.Meta {
	old, ok := stored[*id]
	if !ok {
		*id = 0
		return now
	}
	now.CreatedBy, now.CreatedAt = old.CreatedBy, old.CreatedAt
	return now
}
