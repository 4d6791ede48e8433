package store

import (
	"context"
	"fmt"

	"leadbridge/internal/talent"
)

// writeMilestones replaces a plan's milestones; those that keep their ID keep their
// creation stamp.
func (db *DB) writeMilestones(ctx context.Context, tx *txn, planID int64, ms []talent.Milestone) error {
	stored, err := storedMeta(ctx, tx, "SELECT id, created_by, created_at FROM milestones WHERE plan_id = ?", planID)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM milestones WHERE plan_id = ?", planID); err != nil {
		return fmt.Errorf("clear milestones: %w", err)
	}
	var now talent.Meta
	db.stampNew(&now)
	for i := range ms {
		m := &ms[i]
		m.PlanID = planID
		meta := keepMeta(stored, &m.ID, now)
		err := tx.insert(ctx, &m.ID, `INSERT INTO milestones (id, plan_id, label, focus, due, done, done_date, notes, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{idArg(m.ID), m.PlanID, m.Label, m.Focus, dateArg(m.Due), m.Done, dateArg(m.DoneDate), m.Notes}, metaArgs(meta)...)...)
		if err != nil {
			return fmt.Errorf("insert milestone: %w", err)
		}
	}
	return nil
}
