package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"leadbridge/internal/talent"
)

// Decisions returns one person's promotion decisions, newest first; personID 0 returns
// everyone's.
func (db *DB) Decisions(ctx context.Context, personID int64) ([]talent.Decision, error) {
	where, args := "1", []any{}
	if personID != 0 {
		where, args = "person_id = ?", append(args, personID)
	}
	var out []talent.Decision
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, person_id, role, date, outcome, promotion_date, reason, `+metaCols+`
			FROM decisions WHERE `+where+` ORDER BY date DESC, id DESC`, args...)
		if err != nil {
			return fmt.Errorf("query decisions: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var d talent.Decision
			if err := rows.Scan(append([]any{&d.ID, &d.PersonID, &d.Role, dateCol{&d.Date}, &d.Outcome,
				dateCol{&d.PromotionDate}, &d.Reason}, metaDest(&d.Meta)...)...); err != nil {
				return fmt.Errorf("scan decision: %w", err)
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	return out, err
}

// RecordDecision saves a decision (a new one when d.ID is 0). A decision to promote also,
// in the same transaction, puts the role on the person's plan (creating the plan when they
// have none) and replaces the plan's unfinished milestones with the transition
// check-points counted from the promotion date.
func (db *DB) RecordDecision(ctx context.Context, d *talent.Decision) error {
	w := *d
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := require(ctx, tx, "people", w.PersonID, "That person no longer exists."); err != nil {
			return err
		}
		if err := db.writeDecision(ctx, tx, &w); err != nil {
			return err
		}
		if w.Outcome != talent.OutcomePromote {
			return nil
		}
		return db.applyPromotion(ctx, tx, w)
	})
	if err == nil {
		*d = w
	}
	return err
}

func (db *DB) writeDecision(ctx context.Context, tx *txn, d *talent.Decision) error {
	cols := []any{d.PersonID, d.Role, dateArg(d.Date), d.Outcome, dateArg(d.PromotionDate), d.Reason}
	if d.ID == 0 {
		db.stampNew(&d.Meta)
		err := tx.insert(ctx, &d.ID, `INSERT INTO decisions (person_id, role, date, outcome, promotion_date, reason, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(cols, metaArgs(d.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert decision: %w", err)
		}
		return nil
	}
	db.stampUpdate(&d.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE decisions SET person_id = ?, role = ?, date = ?, outcome = ?, promotion_date = ?,
		reason = ?, updated_by = ?, updated_at = ? WHERE id = ? RETURNING created_by, created_at`,
		append(cols, d.UpdatedBy, stamp(d.UpdatedAt), d.ID)...).Scan(&d.CreatedBy, stampCol{&d.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That decision no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update decision: %w", err)
	}
	return nil
}

// applyPromotion records a promotion on the person's development plan.
func (db *DB) applyPromotion(ctx context.Context, tx *txn, d talent.Decision) error {
	plans, err := queryPlans(ctx, tx, wholePlans, "person_id = ?", d.PersonID)
	if err != nil {
		return err
	}
	p := talent.Plan{PersonID: d.PersonID, Start: d.PromotionDate, Phase: talent.PhaseAt(d.PromotionDate, db.now())}
	if len(plans) == 1 {
		p = plans[0]
	}
	p.TargetRole = d.Role
	var done []talent.Milestone
	for _, m := range p.Milestones {
		if m.Done {
			done = append(done, m)
		}
	}
	p.Milestones = append(done, talent.TransitionMilestones(d.PromotionDate)...)
	if err := p.Validate(); err != nil {
		return err
	}
	return db.savePlan(ctx, tx, &p)
}
