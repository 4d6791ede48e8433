package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

const trainingCols = `id, person_id, title, provider, kind, competency_id, planned_date, completed_date, hours,
	cost_cents, status, reflection, ` + metaCols

// TrainingLog returns the entries matching f, by planned date (or completion date when
// none was planned).
func (db *DB) TrainingLog(ctx context.Context, f talent.TrainingFilter) ([]talent.Training, error) {
	var conds []string
	var args []any
	if f.PersonID != 0 {
		conds, args = append(conds, "person_id = ?"), append(args, f.PersonID)
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		from, to := "0000-00-00", "9999-99-99"
		if !f.From.IsZero() {
			from = talent.FormatDate(f.From)
		}
		if !f.To.IsZero() {
			to = talent.FormatDate(f.To)
		}
		conds = append(conds, "(planned_date BETWEEN ? AND ? OR completed_date BETWEEN ? AND ?)")
		args = append(args, from, to, from, to)
	}
	where := "1"
	if len(conds) > 0 {
		where = strings.Join(conds, " AND ")
	}
	var out []talent.Training
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+trainingCols+" FROM training WHERE "+where+" ORDER BY coalesce(planned_date, completed_date), id", args...)
		if err != nil {
			return fmt.Errorf("query training: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var t talent.Training
			if err := rows.Scan(append([]any{&t.ID, &t.PersonID, &t.Title, &t.Provider, &t.Kind, idCol{&t.CompetencyID},
				dateCol{&t.PlannedDate}, dateCol{&t.CompletedDate}, &t.Hours, &t.CostCents, &t.Status, &t.Reflection},
				metaDest(&t.Meta)...)...); err != nil {
				return fmt.Errorf("scan training: %w", err)
			}
			out = append(out, t)
		}
		return rows.Err()
	})
	return out, err
}

// SaveTraining creates or updates a training entry.
func (db *DB) SaveTraining(ctx context.Context, t *talent.Training) error {
	w := *t
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := require(ctx, tx, "people", w.PersonID, "The person this training is for no longer exists."); err != nil {
			return err
		}
		if w.CompetencyID != 0 {
			if err := require(ctx, tx, "competencies", w.CompetencyID, "The competency chosen is no longer in the leadership standard."); err != nil {
				return err
			}
		}
		return db.writeTraining(ctx, tx, &w)
	})
	if err == nil {
		*t = w
	}
	return err
}

func (db *DB) writeTraining(ctx context.Context, tx *txn, t *talent.Training) error {
	cols := []any{t.PersonID, t.Title, t.Provider, t.Kind, idArg(t.CompetencyID), dateArg(t.PlannedDate),
		dateArg(t.CompletedDate), t.Hours, t.CostCents, t.Status, t.Reflection}
	if t.ID == 0 {
		db.stampNew(&t.Meta)
		err := tx.insert(ctx, &t.ID, `INSERT INTO training (person_id, title, provider, kind, competency_id, planned_date,
			completed_date, hours, cost_cents, status, reflection, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(cols, metaArgs(t.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert training: %w", err)
		}
		return nil
	}
	db.stampUpdate(&t.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE training SET person_id = ?, title = ?, provider = ?, kind = ?, competency_id = ?,
		planned_date = ?, completed_date = ?, hours = ?, cost_cents = ?, status = ?, reflection = ?, updated_by = ?,
		updated_at = ? WHERE id = ? RETURNING created_by, created_at`,
		append(cols, t.UpdatedBy, stamp(t.UpdatedAt), t.ID)...).Scan(&t.CreatedBy, stampCol{&t.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That training entry no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update training: %w", err)
	}
	return nil
}

// DeleteTraining removes a training entry.
func (db *DB) DeleteTraining(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "training", id, "That training entry no longer exists.")
	})
}
