package store

import (
	"context"
	"fmt"
	"sort"

	"leadbridge/internal/talent"
)

// staffRow is one imported row on its way into the store.
type staffRow struct {
	line      int
	person    talent.Person
	storedMgr int64 // the manager when they are already stored
	fileMgr   int   // the manager's index among the rows when they are in the file; -1 otherwise
}

// ImportStaff adds every row or none. Managers are found by name (ignoring case and
// extra spaces) among the rows and the people already stored. Every problem of every bad
// row, the rows' own Problems included, is reported by line in one *talent.ImportError.
// It returns how many people were added.
func (db *DB) ImportStaff(ctx context.Context, rows []talent.StaffRow) (int, error) {
	added := 0
	err := db.update(ctx, func(tx *txn) error {
		plan, err := checkedPlan(ctx, tx, rows)
		if err != nil {
			return err
		}
		if err := db.insertStaff(ctx, tx, plan); err != nil {
			return err
		}
		added = len(plan)
		return db.audit(ctx, tx, "import staff", fmt.Sprintf("Imported %d people.", added))
	})
	return added, err
}

// PreviewStaff says what ImportStaff would add: the same checks, in a read-only
// transaction.
func (db *DB) PreviewStaff(ctx context.Context, rows []talent.StaffRow) (talent.ImportPreview, error) {
	var p talent.ImportPreview
	err := db.view(ctx, func(tx *txn) error {
		plan, err := checkedPlan(ctx, tx, rows)
		if err != nil {
			return err
		}
		p, err = preview(ctx, tx, plan)
		return err
	})
	return p, err
}

// checkedPlan checks rows against the people stored and returns them ready to insert,
// or every problem as one *talent.ImportError.
func checkedPlan(ctx context.Context, tx *txn, rows []talent.StaffRow) ([]staffRow, error) {
	stored, err := storedNames(ctx, tx)
	if err != nil {
		return nil, err
	}
	plan, problems := planImport(rows, stored)
	if len(problems) > 0 {
		return nil, &talent.ImportError{Rows: problems}
	}
	return plan, nil
}

// preview describes a checked plan against the people stored.
func preview(ctx context.Context, tx *txn, plan []staffRow) (talent.ImportPreview, error) {
	p := talent.ImportPreview{People: len(plan)}
	names := map[int64]string{}
	teams := map[string]bool{}
	rows, err := tx.QueryContext(ctx, "SELECT id, name, team FROM people")
	if err != nil {
		return p, fmt.Errorf("read people: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name, team string
		if err := rows.Scan(&id, &name, &team); err != nil {
			return p, fmt.Errorf("read people: %w", err)
		}
		names[id], teams[team] = name, true
	}
	if err := rows.Err(); err != nil {
		return p, fmt.Errorf("read people: %w", err)
	}
	seen := map[int64]bool{}
	for _, r := range plan {
		if t := r.person.Team; t != "" && !teams[t] {
			teams[t] = true
			p.NewTeams = append(p.NewTeams, t)
		}
		if m := r.storedMgr; m != 0 && !seen[m] {
			seen[m] = true
			p.Managers = append(p.Managers, names[m])
		}
	}
	return p, nil
}

// storedNames maps each folded name to the stored people who have it.
func storedNames(ctx context.Context, tx *txn) (map[string][]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, name_key FROM people")
	if err != nil {
		return nil, fmt.Errorf("read names: %w", err)
	}
	defer rows.Close()
	names := map[string][]int64{}
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			return nil, fmt.Errorf("read names: %w", err)
		}
		names[k] = append(names[k], id)
	}
	return names, rows.Err()
}

// planImport checks every row and resolves managers, returning the rows ready to insert
// or every problem found, ordered by line: those the reader found in a row first, then
// the row's own fields, then what it clashes with.
func planImport(rows []talent.StaffRow, stored map[string][]int64) ([]staffRow, []talent.RowError) {
	var problems []talent.RowError
	bad := func(line int, format string, args ...any) {
		problems = append(problems, talent.RowError{Line: line, Message: fmt.Sprintf(format, args...)})
	}
	plan := make([]staffRow, len(rows))
	inFile := map[string][]int{}
	for i, r := range rows {
		plan[i] = staffRow{line: r.Line, person: r.Person(), fileMgr: -1}
		for _, msg := range r.Problems {
			bad(r.Line, "%s", msg)
		}
		if r.Unreadable {
			continue
		}
		p := &plan[i].person
		if err := p.Validate(); err != nil {
			bad(r.Line, "%s", talent.ErrorMessage(err))
		}
		k := nameKey(p.Name)
		if k == "" {
			continue
		}
		if len(stored[k]) > 0 {
			// Most likely the same person; as a manager the name means the stored one.
			bad(r.Line, "%s is already stored; remove the row or change the name.", p.Name)
			continue
		}
		if prev := inFile[k]; len(prev) > 0 {
			bad(r.Line, "%s appears twice in the file (also on line %d).", p.Name, rows[prev[0]].Line)
		}
		inFile[k] = append(inFile[k], i)
	}
	for i, r := range rows {
		if r.Unreadable {
			continue
		}
		if msg := resolveManager(&plan[i], r.ReportsTo, stored, inFile); msg != "" {
			bad(r.Line, "%s", msg)
		}
	}
	problems = append(problems, importLoops(plan)...)
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	return plan, problems
}

// resolveManager finds the row's manager by name and returns a problem, or "".
func resolveManager(r *staffRow, manager string, stored map[string][]int64, inFile map[string][]int) string {
	manager = talent.CleanName(manager)
	if manager == "" {
		return ""
	}
	k := nameKey(manager)
	ids, rows := stored[k], inFile[k]
	switch {
	case k == nameKey(r.person.Name):
		return fmt.Sprintf("%s cannot report to themselves.", r.person.Name)
	case len(ids)+len(rows) == 0:
		return fmt.Sprintf("The manager %q is neither in the file nor among the people already stored.", manager)
	case len(ids)+len(rows) > 1:
		return fmt.Sprintf("The manager %q matches %d people; make the names distinct so the right one is chosen.", manager, len(ids)+len(rows))
	case len(ids) == 1:
		r.storedMgr = ids[0]
	default:
		r.fileMgr = rows[0]
	}
	return ""
}

// importLoops finds rows whose reporting line within the file comes back to them. Rows
// stand in as negative IDs; stored managers cannot report to new people, so loops can
// only run through the file.
func importLoops(plan []staffRow) []talent.RowError {
	managers := map[int64]int64{}
	for i, r := range plan {
		if r.fileMgr >= 0 {
			managers[-int64(i+1)] = -int64(r.fileMgr + 1)
		}
	}
	looped := talent.InReportingLoops(managers)
	var problems []talent.RowError
	for i, r := range plan {
		if looped[-int64(i+1)] {
			problems = append(problems, talent.RowError{Line: r.line, Message: talent.ErrorMessage(talent.ReportingLoop(r.person.Name))})
		}
	}
	return problems
}

// insertStaff writes the planned rows, each manager before the people reporting to them,
// so every row is one insert with its manager already known.
func (db *DB) insertStaff(ctx context.Context, tx *txn, plan []staffRow) error {
	var meta talent.Meta
	db.stampNew(&meta)
	ids := make([]int64, len(plan))
	for _, i := range managersFirst(plan) {
		p := &plan[i].person
		p.ReportsTo, p.Meta = plan[i].storedMgr, meta
		if m := plan[i].fileMgr; m >= 0 {
			p.ReportsTo = ids[m]
		}
		if err := tx.insert(ctx, &ids[i], insertPersonSQL, append(personArgs(*p), metaArgs(meta)...)...); err != nil {
			return fmt.Errorf("import line %d: %w", plan[i].line, err)
		}
	}
	return nil
}

// managersFirst orders the rows so that a manager from the file comes before everyone
// reporting to them. planImport has ruled out loops.
func managersFirst(plan []staffRow) []int {
	order := make([]int, 0, len(plan))
	placed := make([]bool, len(plan))
	for i := range plan {
		var chain []int
		for j := i; j >= 0 && !placed[j]; j = plan[j].fileMgr {
			placed[j] = true
			chain = append(chain, j)
		}
		for k := len(chain) - 1; k >= 0; k-- {
			order = append(order, chain[k])
		}
	}
	return order
}
