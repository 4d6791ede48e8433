package store

import (
	"context"
	"fmt"

	"leadbridge/internal/talent"
)

// Standard returns the leadership standard, competencies and behaviours in order.
func (db *DB) Standard(ctx context.Context) (talent.Standard, error) {
	var s talent.Standard
	err := db.view(ctx, func(tx *txn) (err error) {
		s, err = loadStandard(ctx, tx)
		return err
	})
	return s, err
}

func loadStandard(ctx context.Context, tx *txn) (talent.Standard, error) {
	var s talent.Standard
	rows, err := tx.QueryContext(ctx, "SELECT id, key, name, description, position FROM competencies ORDER BY position, id")
	if err != nil {
		return s, fmt.Errorf("query competencies: %w", err)
	}
	defer rows.Close()
	index := map[int64]int{}
	for rows.Next() {
		var c talent.Competency
		if err := rows.Scan(&c.ID, &c.Key, &c.Name, &c.Description, &c.Position); err != nil {
			return s, fmt.Errorf("scan competency: %w", err)
		}
		index[c.ID] = len(s.Competencies)
		s.Competencies = append(s.Competencies, c)
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("query competencies: %w", err)
	}
	brows, err := tx.QueryContext(ctx, "SELECT id, competency_id, text, position FROM behaviours ORDER BY position, id")
	if err != nil {
		return s, fmt.Errorf("query behaviours: %w", err)
	}
	defer brows.Close()
	for brows.Next() {
		var b talent.Behaviour
		if err := brows.Scan(&b.ID, &b.CompetencyID, &b.Text, &b.Position); err != nil {
			return s, fmt.Errorf("scan behaviour: %w", err)
		}
		c := &s.Competencies[index[b.CompetencyID]]
		c.Behaviours = append(c.Behaviours, b)
	}
	return s, brows.Err()
}

// SaveStandard replaces the standard and sets the IDs and positions of new competencies
// and behaviours. Behaviours keep their IDs, so ratings stay attached through edits;
// removing a behaviour that has been rated, or a competency that goals or moments use,
// fails with ECONFLICT naming it.
func (db *DB) SaveStandard(ctx context.Context, s *talent.Standard) error {
	w := cloneStandard(*s)
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error { return db.saveStandard(ctx, tx, &w) })
	if err == nil {
		*s = w
	}
	return err
}

func cloneStandard(s talent.Standard) talent.Standard {
	cs := make([]talent.Competency, len(s.Competencies))
	for i, c := range s.Competencies {
		c.Behaviours = append([]talent.Behaviour(nil), c.Behaviours...)
		cs[i] = c
	}
	return talent.Standard{Competencies: cs}
}

func (db *DB) saveStandard(ctx context.Context, tx *txn, s *talent.Standard) error {
	old, err := loadStandard(ctx, tx)
	if err != nil {
		return err
	}
	goneC, goneB, err := removedParts(old, *s)
	if err != nil {
		return err
	}
	if err := checkRemovable(ctx, tx, goneC, goneB); err != nil {
		return err
	}
	for i := range s.Competencies {
		c := &s.Competencies[i]
		c.Position = i + 1
		if err := db.saveCompetency(ctx, tx, c); err != nil {
			return err
		}
	}
	for _, b := range goneB {
		if err := deleteByID(ctx, tx, "behaviours", b.ID, "That behaviour no longer exists."); err != nil {
			return err
		}
	}
	for _, c := range goneC {
		if err := deleteByID(ctx, tx, "competencies", c.ID, "That competency no longer exists."); err != nil {
			return err
		}
	}
	return nil
}

// removedParts returns what old has and s no longer has. An ID that old never had means
// the standard was edited from a stale copy.
func removedParts(old, s talent.Standard) ([]talent.Competency, []talent.Behaviour, error) {
	oldC, oldB := map[int64]talent.Competency{}, map[int64]talent.Behaviour{}
	for _, c := range old.Competencies {
		oldC[c.ID] = c
		for _, b := range c.Behaviours {
			oldB[b.ID] = b
		}
	}
	stale := talent.Errorf(talent.ENOTFOUND, "The leadership standard was changed elsewhere since it was opened. Reload it and make your changes again.")
	for _, c := range s.Competencies {
		if _, ok := oldC[c.ID]; c.ID != 0 && !ok {
			return nil, nil, stale
		}
		delete(oldC, c.ID)
		for _, b := range c.Behaviours {
			if _, ok := oldB[b.ID]; b.ID != 0 && !ok {
				return nil, nil, stale
			}
			delete(oldB, b.ID)
		}
	}
	var goneC []talent.Competency
	var goneB []talent.Behaviour
	for _, c := range old.Competencies {
		if _, ok := oldC[c.ID]; ok {
			goneC = append(goneC, c)
		}
		for _, b := range c.Behaviours {
			if _, ok := oldB[b.ID]; ok {
				goneB = append(goneB, b)
			}
		}
	}
	return goneC, goneB, nil
}

// checkRemovable refuses to remove a behaviour that has ratings, or a competency that
// goals or leadership moments are tied to: their history would lose its meaning.
func checkRemovable(ctx context.Context, tx *txn, cs []talent.Competency, bs []talent.Behaviour) error {
	for _, b := range bs {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(DISTINCT assessment_id) FROM assessment_ratings WHERE behaviour_id = ?", b.ID).Scan(&n); err != nil {
			return fmt.Errorf("count ratings: %w", err)
		}
		if n > 0 {
			return talent.Errorf(talent.ECONFLICT, "The behaviour %q is rated in %s, so it cannot be removed. Reword it instead, or keep it.", b.Text, talent.Count(n, "an assessment", "assessments"))
		}
	}
	for _, c := range cs {
		var goals, moments int
		err := tx.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM goals WHERE competency_id = ?1), (SELECT count(*) FROM moments WHERE competency_id = ?1)", c.ID).Scan(&goals, &moments)
		if err != nil {
			return fmt.Errorf("count competency use: %w", err)
		}
		var uses []string
		if goals > 0 {
			uses = append(uses, talent.Count(goals, "a development goal", "development goals"))
		}
		if moments > 0 {
			uses = append(uses, talent.Count(moments, "a leadership moment", "leadership moments"))
		}
		if len(uses) > 0 {
			return talent.Errorf(talent.ECONFLICT, "The competency %q is used by %s, so it cannot be removed. Tie those to another competency first.", c.Name, joinWords(uses))
		}
	}
	return nil
}

func (db *DB) saveCompetency(ctx context.Context, tx *txn, c *talent.Competency) error {
	var m talent.Meta
	db.stampNew(&m)
	err := tx.QueryRowContext(ctx, `INSERT INTO competencies (id, key, name, description, position, `+metaCols+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET key = excluded.key, name = excluded.name,
		description = excluded.description, position = excluded.position, updated_by = excluded.updated_by,
		updated_at = excluded.updated_at RETURNING id`,
		append([]any{idArg(c.ID), c.Key, c.Name, c.Description, c.Position}, metaArgs(m)...)...).Scan(&c.ID)
	if err != nil {
		return fmt.Errorf("save competency: %w", err)
	}
	for i := range c.Behaviours {
		b := &c.Behaviours[i]
		b.CompetencyID, b.Position = c.ID, i+1
		err := tx.QueryRowContext(ctx, `INSERT INTO behaviours (id, competency_id, text, position, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET competency_id = excluded.competency_id,
			text = excluded.text, position = excluded.position, updated_by = excluded.updated_by,
			updated_at = excluded.updated_at RETURNING id`,
			append([]any{idArg(b.ID), b.CompetencyID, b.Text, b.Position}, metaArgs(m)...)...).Scan(&b.ID)
		if err != nil {
			return fmt.Errorf("save behaviour: %w", err)
		}
	}
	return nil
}

// BoxLabels returns the 9-box names and next steps: the shipped defaults, overlaid with
// any the business has edited.
func (db *DB) BoxLabels(ctx context.Context) (map[talent.Box]talent.BoxLabel, error) {
	labels := talent.DefaultBoxLabels()
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT performance, potential, name, next_step FROM box_labels")
		if err != nil {
			return fmt.Errorf("query box labels: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var b talent.Box
			var l talent.BoxLabel
			if err := rows.Scan(&b.Performance, &b.Potential, &l.Name, &l.NextStep); err != nil {
				return fmt.Errorf("scan box label: %w", err)
			}
			labels[b] = l
		}
		return rows.Err()
	})
	return labels, err
}

// SaveBoxLabel saves the name and next step of one box.
func (db *DB) SaveBoxLabel(ctx context.Context, b talent.Box, l talent.BoxLabel) error {
	if _, ok := talent.DefaultBoxLabels()[b]; !ok {
		return talent.Invalid("box", "Choose one of the nine boxes.")
	}
	if err := l.Validate(); err != nil {
		return err
	}
	return db.update(ctx, func(tx *txn) error {
		var m talent.Meta
		db.stampNew(&m)
		_, err := tx.ExecContext(ctx, `INSERT INTO box_labels (performance, potential, name, next_step, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (performance, potential) DO UPDATE SET name = excluded.name,
			next_step = excluded.next_step, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
			append([]any{b.Performance, b.Potential, l.Name, l.NextStep}, metaArgs(m)...)...)
		if err != nil {
			return fmt.Errorf("save box label: %w", err)
		}
		return nil
	})
}
