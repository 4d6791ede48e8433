package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"leadbridge/internal/talent"
)

// AuditEntry is one line of the append-only audit log.
type AuditEntry = talent.AuditEntry

// Audit appends an entry to the audit log, for actions such as exports and erasures that
// must be accounted for. Entries can never be changed or removed.
func (db *DB) Audit(ctx context.Context, action, detail string) error {
	if action = talent.CleanName(action); action == "" {
		return talent.Invalid("action", "Say what was done.")
	}
	return db.update(ctx, func(tx *txn) error { return db.audit(ctx, tx, action, detail) })
}

func (db *DB) audit(ctx context.Context, tx *txn, action, detail string) error {
	return db.auditAt(ctx, tx, db.clock(), action, detail)
}

// auditAt enters what was done as done at the time given.
func (db *DB) auditAt(ctx context.Context, tx *txn, at time.Time, action, detail string) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
		stamp(at), db.actor, action, detail)
	if err != nil {
		return fmt.Errorf("write audit entry: %w", err)
	}
	return nil
}

// AuditExport enters a written export in the audit log, in one transaction with what
// else writing it keeps (also; nil for nothing), such as a summary's bench strength.
func (db *DB) AuditExport(ctx context.Context, action, detail string, also func(context.Context) error) error {
	return db.Batch(ctx, func(ctx context.Context) error {
		if also != nil {
			if err := also(ctx); err != nil {
				return err
			}
		}
		return db.Audit(ctx, action, detail)
	})
}

// AuditLog returns the audit log, oldest entry first.
func (db *DB) AuditLog(ctx context.Context) ([]AuditEntry, error) {
	var out []AuditEntry
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, at, actor, action, detail FROM audit ORDER BY id")
		if err != nil {
			return fmt.Errorf("read audit log: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			if err := rows.Scan(&e.ID, stampCol{&e.At}, &e.Actor, &e.Action, &e.Detail); err != nil {
				return fmt.Errorf("read audit log: %w", err)
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

// Setting returns the value saved under key, or "" when none is saved.
func (db *DB) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := db.view(ctx, func(tx *txn) error {
		err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read setting %q: %w", key, err)
		}
		return nil
	})
	return v, err
}

// SetSetting saves value under key, replacing any earlier value.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	if key == "" {
		return talent.Invalid("key", "A setting needs a name.")
	}
	return db.update(ctx, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
		if err != nil {
			return fmt.Errorf("save setting %q: %w", key, err)
		}
		return nil
	})
}
