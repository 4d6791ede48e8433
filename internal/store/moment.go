package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"leadbridge/internal/talent"
)

// Moments returns one person's leadership moments, newest first; personID 0 returns
// everyone's.
func (db *DB) Moments(ctx context.Context, personID int64) ([]talent.Moment, error) {
	where, args := "1", []any{}
	if personID != 0 {
		where, args = "person_id = ?", append(args, personID)
	}
	var out []talent.Moment
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, person_id, date, observer_id, observer_name, competency_id, derailer,
			positive, text, `+metaCols+` FROM moments WHERE `+where+` ORDER BY date DESC, id DESC`, args...)
		if err != nil {
			return fmt.Errorf("query moments: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var m talent.Moment
			if err := rows.Scan(append([]any{&m.ID, &m.PersonID, dateCol{&m.Date}, idCol{&m.ObserverID}, &m.ObserverName,
				idCol{&m.CompetencyID}, &m.Derailer, &m.Positive, &m.Text}, metaDest(&m.Meta)...)...); err != nil {
				return fmt.Errorf("scan moment: %w", err)
			}
			out = append(out, m)
		}
		return rows.Err()
	})
	return out, err
}

// SaveMoment creates or updates a leadership moment.
func (db *DB) SaveMoment(ctx context.Context, m *talent.Moment) error {
	w := *m
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := checkMoment(ctx, tx, w); err != nil {
			return err
		}
		return db.writeMoment(ctx, tx, &w)
	})
	if err == nil {
		*m = w
	}
	return err
}

func checkMoment(ctx context.Context, tx *txn, m talent.Moment) error {
	if err := require(ctx, tx, "people", m.PersonID, "That person no longer exists."); err != nil {
		return err
	}
	if m.ObserverID != 0 {
		if err := require(ctx, tx, "people", m.ObserverID, "The observer chosen no longer exists."); err != nil {
			return err
		}
	}
	if m.CompetencyID != 0 {
		return require(ctx, tx, "competencies", m.CompetencyID, "The competency chosen is no longer in the leadership standard.")
	}
	return nil
}

func (db *DB) writeMoment(ctx context.Context, tx *txn, m *talent.Moment) error {
	cols := []any{m.PersonID, dateArg(m.Date), idArg(m.ObserverID), m.ObserverName, idArg(m.CompetencyID), m.Derailer, m.Positive, m.Text}
	if m.ID == 0 {
		db.stampNew(&m.Meta)
		err := tx.insert(ctx, &m.ID, `INSERT INTO moments (person_id, date, observer_id, observer_name, competency_id, derailer,
			positive, text, `+metaCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append(cols, metaArgs(m.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert moment: %w", err)
		}
		return nil
	}
	db.stampUpdate(&m.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE moments SET person_id = ?, date = ?, observer_id = ?, observer_name = ?,
		competency_id = ?, derailer = ?, positive = ?, text = ?, updated_by = ?, updated_at = ?
		WHERE id = ? RETURNING created_by, created_at`,
		append(cols, m.UpdatedBy, stamp(m.UpdatedAt), m.ID)...).Scan(&m.CreatedBy, stampCol{&m.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That leadership moment no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update moment: %w", err)
	}
	return nil
}

// DeleteMoment removes a leadership moment.
func (db *DB) DeleteMoment(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "moments", id, "That leadership moment no longer exists.")
	})
}
