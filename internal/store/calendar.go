package store

import (
	"context"
	"fmt"

	"leadbridge/internal/talent"
)

// CalendarExport returns what the last calendar file held, by item key: the owner's
// calendar when mentorID is 0, else that mentor's. A calendar never exported holds
// nothing.
func (db *DB) CalendarExport(ctx context.Context, mentorID int64) ([]talent.CalendarEntry, error) {
	var out []talent.CalendarEntry
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT item, date, sequence, cancelled FROM calendar_exports WHERE ifnull(mentor_id, 0) = ? ORDER BY item", mentorID)
		if err != nil {
			return fmt.Errorf("read calendar export: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var e talent.CalendarEntry
			if err := rows.Scan(&e.Key, dateCol{&e.Date}, &e.Sequence, &e.Cancelled); err != nil {
				return fmt.Errorf("read calendar export: %w", err)
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

// SaveCalendarExport replaces what is remembered of a calendar's last file with entries.
func (db *DB) SaveCalendarExport(ctx context.Context, mentorID int64, entries []talent.CalendarEntry) error {
	return db.update(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM calendar_exports WHERE ifnull(mentor_id, 0) = ?", mentorID); err != nil {
			return fmt.Errorf("clear calendar export: %w", err)
		}
		for _, e := range entries {
			if _, err := tx.ExecContext(ctx, "INSERT INTO calendar_exports (mentor_id, item, date, sequence, cancelled) VALUES (?, ?, ?, ?, ?)",
				idArg(mentorID), e.Key, dateArg(e.Date), e.Sequence, e.Cancelled); err != nil {
				return fmt.Errorf("save calendar export: %w", err)
			}
		}
		return nil
	})
}
