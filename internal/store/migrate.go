package store

import (
	"context"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"leadbridge/internal/talent"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema change; version N leaves PRAGMA user_version = N.
type migration struct {
	version int
	name    string
	sql     string
}

// embeddedMigrations reads migrations/NNNN_name.sql in order and checks they are
// numbered 1, 2, 3... without gaps.
func embeddedMigrations() ([]migration, error) {
	names, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	var ms []migration
	for i, e := range names {
		num, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s is out of sequence", e.Name())
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	return ms, nil
}

// migrate brings a file at schema version from up to the newest of ms. A file that
// already holds data is backed up first, so a failed upgrade can always be undone.
func (db *DB) migrate(ctx context.Context, ms []migration, from int) error {
	if from == len(ms) {
		return nil
	}
	if from >= 1 {
		if _, err := db.backupBeforeMigration(ctx, len(ms)); err != nil {
			return err
		}
	}
	// One transaction: an upgrade that fails part-way leaves the file as it was, and a new
	// file is written to disk once rather than once for each version and again for its
	// application ID (see markOwn).
	return db.update(ctx, func(tx *txn) error {
		for _, m := range ms[from:] {
			if err := db.applyMigration(ctx, tx, m); err != nil {
				return fmt.Errorf("apply migration %s: %w", m.name, err)
			}
		}
		if _, err := tx.Tx.ExecContext(ctx, markOwnSQL); err != nil {
			return fmt.Errorf("set application id: %w", err)
		}
		return nil
	})
}

// applyMigration runs one migration and records its version in the same transaction.
// The first one also seeds the leadership standard, so a new file is ready to use.
func (db *DB) applyMigration(ctx context.Context, tx *txn, m migration) error {
	// Migrations hold many statements and run once, so they bypass the statement cache.
	if _, err := tx.Tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.Tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	if m.version == 1 {
		std := talent.DefaultStandard()
		if err := db.saveStandard(ctx, tx, &std); err != nil {
			return fmt.Errorf("seed standard: %w", err)
		}
	}
	return db.audit(ctx, tx, "migrate", fmt.Sprintf("Schema brought to version %d.", m.version))
}

// backupBeforeMigration backs the file up into the backups folder beside it, as
// leadbridge-<time>-before-vN.db, and returns the copy's path.
func (db *DB) backupBeforeMigration(ctx context.Context, to int) (string, error) {
	return db.autoBackup(ctx, fmt.Sprintf("before-v%d", to))
}
