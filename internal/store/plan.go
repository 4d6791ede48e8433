package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"leadbridge/internal/talent"
)

// planParts locates a goal inside the plans being loaded.
type planParts struct {
	plans map[int64]int
	goals map[int64][2]int // goal ID to plan index and goal index
}

// planDetail is how much of each plan queryPlans loads.
type planDetail int

const (
	wholePlans   planDetail = iota // everything in them
	planOutlines                   // no actions, and progress notes with only their dates
	duePlans                       // outlines with their actions: every date the agenda reads
)

// queryPlans loads the plans matching where (a condition on the plans table): five
// queries however many plans there are, four for outlines.
func queryPlans(ctx context.Context, tx *txn, detail planDetail, where string, args ...any) ([]talent.Plan, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, person_id, target_role, start, review, phase, "+metaCols+" FROM plans WHERE "+where+" ORDER BY id", args...)
	if err != nil {
		return nil, fmt.Errorf("query plans: %w", err)
	}
	defer rows.Close()
	var out []talent.Plan
	idx := planParts{plans: map[int64]int{}, goals: map[int64][2]int{}}
	for rows.Next() {
		var p talent.Plan
		if err := rows.Scan(append([]any{&p.ID, &p.PersonID, &p.TargetRole, dateCol{&p.Start}, dateCol{&p.Review}, &p.Phase}, metaDest(&p.Meta)...)...); err != nil {
			return nil, fmt.Errorf("scan plan: %w", err)
		}
		idx.plans[p.ID] = len(out)
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query plans: %w", err)
	}
	in := " IN (SELECT id FROM plans WHERE " + where + ")"
	if err := loadGoals(ctx, tx, out, idx, in, args); err != nil {
		return nil, err
	}
	gin := " IN (SELECT id FROM goals WHERE plan_id" + in + ")"
	if detail != planOutlines {
		if err := loadActions(ctx, tx, out, idx, gin, args); err != nil {
			return nil, err
		}
	}
	if err := loadNotes(ctx, tx, out, idx, detail, gin, args); err != nil {
		return nil, err
	}
	return out, loadMilestones(ctx, tx, out, idx, in, args)
}

func loadGoals(ctx context.Context, tx *txn, out []talent.Plan, idx planParts, in string, args []any) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, plan_id, competency_id, title, due, status, progress, measure, support, obstacle, "+metaCols+" FROM goals WHERE plan_id"+in+" ORDER BY plan_id, position, id", args...)
	if err != nil {
		return fmt.Errorf("query goals: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var g talent.Goal
		if err := rows.Scan(append([]any{&g.ID, &g.PlanID, &g.CompetencyID, &g.Title, dateCol{&g.Due}, &g.Status, &g.Progress, &g.Measure, &g.Support, &g.Obstacle}, metaDest(&g.Meta)...)...); err != nil {
			return fmt.Errorf("scan goal: %w", err)
		}
		p := &out[idx.plans[g.PlanID]]
		idx.goals[g.ID] = [2]int{idx.plans[g.PlanID], len(p.Goals)}
		p.Goals = append(p.Goals, g)
	}
	return rows.Err()
}

func loadActions(ctx context.Context, tx *txn, out []talent.Plan, idx planParts, in string, args []any) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, goal_id, kind, text, due, done FROM actions WHERE goal_id"+in+" ORDER BY goal_id, position, id", args...)
	if err != nil {
		return fmt.Errorf("query actions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a talent.Action
		if err := rows.Scan(&a.ID, &a.GoalID, &a.Kind, &a.Text, dateCol{&a.Due}, &a.Done); err != nil {
			return fmt.Errorf("scan action: %w", err)
		}
		at := idx.goals[a.GoalID]
		g := &out[at[0]].Goals[at[1]]
		g.Actions = append(g.Actions, a)
	}
	return rows.Err()
}

func loadNotes(ctx context.Context, tx *txn, out []talent.Plan, idx planParts, detail planDetail, in string, args []any) error {
	cols := "id, goal_id, date"
	if detail == wholePlans {
		cols += ", text, " + metaCols
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+cols+" FROM progress_notes WHERE goal_id"+in+" ORDER BY goal_id, date, id", args...)
	if err != nil {
		return fmt.Errorf("query progress notes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n talent.ProgressNote
		dest := []any{&n.ID, &n.GoalID, dateCol{&n.Date}}
		if detail == wholePlans {
			dest = append(append(dest, &n.Text), metaDest(&n.Meta)...)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("scan progress note: %w", err)
		}
		at := idx.goals[n.GoalID]
		g := &out[at[0]].Goals[at[1]]
		g.Notes = append(g.Notes, n)
	}
	return rows.Err()
}

func loadMilestones(ctx context.Context, tx *txn, out []talent.Plan, idx planParts, in string, args []any) error {
	rows, err := tx.QueryContext(ctx, "SELECT id, plan_id, label, focus, due, done, done_date, notes FROM milestones WHERE plan_id"+in+" ORDER BY plan_id, due, id", args...)
	if err != nil {
		return fmt.Errorf("query milestones: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m talent.Milestone
		if err := rows.Scan(&m.ID, &m.PlanID, &m.Label, &m.Focus, dateCol{&m.Due}, &m.Done, dateCol{&m.DoneDate}, &m.Notes); err != nil {
			return fmt.Errorf("scan milestone: %w", err)
		}
		p := &out[idx.plans[m.PlanID]]
		p.Milestones = append(p.Milestones, m)
	}
	return rows.Err()
}

// Plan returns a person's plan, or an ENOTFOUND error when they have none.
func (db *DB) Plan(ctx context.Context, personID int64) (talent.Plan, error) {
	var p talent.Plan
	err := db.view(ctx, func(tx *txn) error {
		ps, err := queryPlans(ctx, tx, wholePlans, "person_id = ?", personID)
		if err != nil {
			return err
		}
		if len(ps) == 0 {
			return talent.Errorf(talent.ENOTFOUND, "This person has no development plan yet.")
		}
		p = ps[0]
		return nil
	})
	return p, err
}

// PlanOutlines returns every plan in outline: its goals with the dates of their progress
// notes, and its milestones; no actions, and none of the notes' text or stamps. That is
// what the overview reads, and at 10,000 people it is half the memory of every plan whole.
func (db *DB) PlanOutlines(ctx context.Context) ([]talent.Plan, error) {
	var out []talent.Plan
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPlans(ctx, tx, planOutlines, "1")
		return err
	})
	return out, err
}

// DuePlans returns every plan as PlanOutlines does, with the actions of its goals: the
// agenda reads their due dates, and nothing of the notes but theirs.
func (db *DB) DuePlans(ctx context.Context) ([]talent.Plan, error) {
	var out []talent.Plan
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPlans(ctx, tx, duePlans, "1")
		return err
	})
	return out, err
}

// SavePlan creates or replaces a plan with its goals, actions, notes and milestones. Parts
// that keep their ID keep their creation stamp, which is what a goal's stalled check
// counts from.
func (db *DB) SavePlan(ctx context.Context, p *talent.Plan) error {
	w := clonePlan(*p)
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error { return db.savePlan(ctx, tx, &w) })
	if err == nil {
		*p = w
	}
	return err
}

func clonePlan(p talent.Plan) talent.Plan {
	p.Goals = append([]talent.Goal(nil), p.Goals...)
	for i := range p.Goals {
		g := &p.Goals[i]
		g.Actions = append([]talent.Action(nil), g.Actions...)
		g.Notes = append([]talent.ProgressNote(nil), g.Notes...)
	}
	p.Milestones = append([]talent.Milestone(nil), p.Milestones...)
	return p
}

func (db *DB) savePlan(ctx context.Context, tx *txn, p *talent.Plan) error {
	if err := require(ctx, tx, "people", p.PersonID, "That person no longer exists."); err != nil {
		return err
	}
	if p.ID != 0 {
		if err := require(ctx, tx, "plans", p.ID, "That development plan no longer exists."); err != nil {
			return err
		}
	}
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM plans WHERE person_id = ?", p.PersonID).Scan(&other)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("look up plan: %w", err)
	}
	if other != 0 && other != p.ID {
		return talent.Errorf(talent.ECONFLICT, "This person already has a development plan; open it to make changes.")
	}
	for _, g := range p.Goals {
		if err := require(ctx, tx, "competencies", g.CompetencyID, fmt.Sprintf("The goal %q is tied to a competency that is no longer in the leadership standard.", g.Title)); err != nil {
			return err
		}
	}
	if err := db.writePlan(ctx, tx, p); err != nil {
		return err
	}
	if err := db.writeGoals(ctx, tx, p); err != nil {
		return err
	}
	return db.writeMilestones(ctx, tx, p.ID, p.Milestones)
}

func (db *DB) writePlan(ctx context.Context, tx *txn, p *talent.Plan) error {
	cols := []any{p.PersonID, p.TargetRole, dateArg(p.Start), dateArg(p.Review), p.Phase}
	if p.ID == 0 {
		db.stampNew(&p.Meta)
		err := tx.insert(ctx, &p.ID, "INSERT INTO plans (person_id, target_role, start, review, phase, "+metaCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
			append(cols, metaArgs(p.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert plan: %w", err)
		}
		return nil
	}
	db.stampUpdate(&p.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE plans SET person_id = ?, target_role = ?, start = ?, review = ?, phase = ?,
		updated_by = ?, updated_at = ? WHERE id = ? RETURNING created_by, created_at`,
		append(cols, p.UpdatedBy, stamp(p.UpdatedAt), p.ID)...).Scan(&p.CreatedBy, stampCol{&p.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That development plan no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update plan: %w", err)
	}
	return nil
}

// writeGoals replaces a plan's goals with their actions and progress notes.
func (db *DB) writeGoals(ctx context.Context, tx *txn, p *talent.Plan) error {
	goalMeta, err := storedMeta(ctx, tx, "SELECT id, created_by, created_at FROM goals WHERE plan_id = ?", p.ID)
	if err != nil {
		return err
	}
	actionMeta, err := storedMeta(ctx, tx, "SELECT a.id, a.created_by, a.created_at FROM actions a JOIN goals g ON g.id = a.goal_id WHERE g.plan_id = ?", p.ID)
	if err != nil {
		return err
	}
	noteMeta, err := storedMeta(ctx, tx, "SELECT n.id, n.created_by, n.created_at FROM progress_notes n JOIN goals g ON g.id = n.goal_id WHERE g.plan_id = ?", p.ID)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM goals WHERE plan_id = ?", p.ID); err != nil {
		return fmt.Errorf("clear goals: %w", err)
	}
	var now talent.Meta
	db.stampNew(&now)
	for i := range p.Goals {
		g := &p.Goals[i]
		g.PlanID, g.Meta = p.ID, keepMeta(goalMeta, &g.ID, now)
		err := tx.insert(ctx, &g.ID, `INSERT INTO goals (id, plan_id, competency_id, title, due, status, progress, measure, support, obstacle, position, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{idArg(g.ID), g.PlanID, g.CompetencyID, g.Title, dateArg(g.Due), g.Status, g.Progress, g.Measure, g.Support, g.Obstacle, i + 1}, metaArgs(g.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert goal: %w", err)
		}
		if err := writeGoalParts(ctx, tx, g, actionMeta, noteMeta, now); err != nil {
			return err
		}
	}
	return nil
}

func writeGoalParts(ctx context.Context, tx *txn, g *talent.Goal, actionMeta, noteMeta map[int64]talent.Meta, now talent.Meta) error {
	for i := range g.Actions {
		a := &g.Actions[i]
		a.GoalID = g.ID
		m := keepMeta(actionMeta, &a.ID, now)
		err := tx.insert(ctx, &a.ID, `INSERT INTO actions (id, goal_id, kind, text, due, done, position, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{idArg(a.ID), a.GoalID, a.Kind, a.Text, dateArg(a.Due), a.Done, i + 1}, metaArgs(m)...)...)
		if err != nil {
			return fmt.Errorf("insert action: %w", err)
		}
	}
	for i := range g.Notes {
		n := &g.Notes[i]
		n.GoalID, n.Meta = g.ID, keepMeta(noteMeta, &n.ID, now)
		err := tx.insert(ctx, &n.ID, `INSERT INTO progress_notes (id, goal_id, date, text, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{idArg(n.ID), n.GoalID, dateArg(n.Date), n.Text}, metaArgs(n.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert progress note: %w", err)
		}
	}
	return nil
}

// DeletePlan removes a plan with its goals and milestones.
func (db *DB) DeletePlan(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "plans", id, "That development plan no longer exists.")
	})
}
