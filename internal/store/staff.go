package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"leadbridge/internal/talent"
)

// staffRow is one imported row on its way into the store.
type staffRow struct {
	line      int
	person    talent.Person
	key       string // nameKey(person.Name)
	storedMgr int64  // the manager when they are already stored
	fileMgr   int    // the manager's index among the rows when they are in the file; -1 otherwise
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
	stored, err := storedPeople(ctx, tx)
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

// directory is who an import can name: people by folded name and by email, each under
// an ID of type T (stored IDs, or indexes of the file's rows).
type directory[T comparable] struct {
	byName  map[string][]T
	byEmail map[string][]T
	email   map[T]string
}

// newDirectory makes an empty directory with room for n people.
func newDirectory[T comparable](n int) directory[T] {
	return directory[T]{byName: make(map[string][]T, n), byEmail: make(map[string][]T, n), email: make(map[T]string, n)}
}

// add lists id under its folded name key and its email.
func (d directory[T]) add(id T, key, email string) {
	d.byName[key] = append(d.byName[key], id)
	if e := emailKey(email); e != "" {
		d.byEmail[e] = append(d.byEmail[e], id)
		d.email[id] = e
	}
}

// same returns the people listed under key who may be the person with that email: all of
// them, unless both have an email and the two differ. Two people may share a name; their
// different email addresses tell them apart.
func (d directory[T]) same(key, email string) []T {
	e := emailKey(email)
	var out []T
	for _, id := range d.byName[key] {
		if other := d.email[id]; e == "" || other == "" || other == e {
			out = append(out, id)
		}
	}
	return out
}

// twice reports whether two rows of one name are one person entered twice: they have the
// same email address or, where either has none, the same job title and start date.
func twice(a, b talent.Person) bool {
	if ea, eb := emailKey(a.Email), emailKey(b.Email); ea != "" && eb != "" {
		return ea == eb
	}
	return a.JobTitle == b.JobTitle && a.StartDate.Equal(b.StartDate)
}

// named returns the people a "reports to" cell means: those with that email, when it is
// one of theirs, else those with that name.
func (d directory[T]) named(cell string) []T {
	if ids := d.byEmail[emailKey(cell)]; len(ids) > 0 {
		return ids
	}
	return d.byName[nameKey(cell)]
}

// emailKey is an email address as matched: case aside, as mail systems treat it.
func emailKey(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// storedPeople lists the stored people by folded name and email.
func storedPeople(ctx context.Context, tx *txn) (directory[int64], error) {
	d := newDirectory[int64](0)
	rows, err := tx.QueryContext(ctx, "SELECT id, name_key, email FROM people")
	if err != nil {
		return d, fmt.Errorf("read names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var k, email string
		if err := rows.Scan(&id, &k, &email); err != nil {
			return d, fmt.Errorf("read names: %w", err)
		}
		d.add(id, k, email)
	}
	return d, rows.Err()
}

// planImport checks every row and resolves managers, returning the rows ready to insert
// or every problem found, ordered by line: those the reader found in a row first, then
// the row's own fields, then what it clashes with.
func planImport(rows []talent.StaffRow, stored directory[int64]) ([]staffRow, []talent.RowError) {
	var problems []talent.RowError
	bad := func(line int, format string, args ...any) {
		problems = append(problems, talent.RowError{Line: line, Message: fmt.Sprintf(format, args...)})
	}
	plan, own := checkRows(rows)
	inFile := newDirectory[int](len(rows))
	for i, r := range rows {
		for _, msg := range r.Problems {
			bad(r.Line, "%s", msg)
		}
		if r.Unreadable {
			continue
		}
		if own[i] != nil {
			bad(r.Line, "%s", talent.ErrorMessage(own[i]))
		}
		p, k := &plan[i].person, plan[i].key
		if k == "" {
			continue
		}
		if len(stored.same(k, p.Email)) > 0 {
			// Most likely the same person; as a manager the name means the stored one.
			bad(r.Line, "%s is already stored; remove the row or change the name.", p.Name)
			continue
		}
		for _, j := range inFile.byName[k] {
			if twice(plan[j].person, *p) {
				bad(r.Line, "%s appears twice in the file (also on line %d).", p.Name, rows[j].Line)
				break
			}
		}
		inFile.add(i, k, p.Email)
	}
	managers := managerFinder{stored: stored, inFile: inFile, found: map[string]managerMatch{}}
	for i, r := range rows {
		if r.Unreadable {
			continue
		}
		if msg := managers.resolve(plan, i, r.ReportsTo); msg != "" {
			bad(r.Line, "%s", msg)
		}
	}
	problems = append(problems, importLoops(plan)...)
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	return plan, problems
}

// checkRows makes each row a person with its name key, and checks the person's own
// fields, returning the problem of each row, if any. The rows need nothing from each
// other here, so a large file is shared out among the processors.
func checkRows(rows []talent.StaffRow) ([]staffRow, []error) {
	plan, own := make([]staffRow, len(rows)), make([]error, len(rows))
	check := func(from, to int) {
		for i := from; i < to; i++ {
			r := rows[i]
			plan[i] = staffRow{line: r.Line, person: r.Person(), fileMgr: -1}
			if !r.Unreadable {
				own[i] = plan[i].person.Validate()
				plan[i].key = nameKey(plan[i].person.Name)
			}
		}
	}
	const least = 500 // rows a processor is worth starting for
	parts := min(runtime.GOMAXPROCS(0), max(1, len(rows)/least))
	var wg sync.WaitGroup
	for n := range parts {
		wg.Go(func() { check(n*len(rows)/parts, (n+1)*len(rows)/parts) })
	}
	wg.Wait()
	return plan, own
}

// managerFinder looks up the people a "reports to" cell names, once for each cell: many
// rows name the same manager.
type managerFinder struct {
	stored directory[int64]
	inFile directory[int]
	found  map[string]managerMatch
}

// managerMatch is who one "reports to" cell names, as cleaned: stored people and rows of
// the file.
type managerMatch struct {
	manager string
	ids     []int64
	rows    []int
}

func (f managerFinder) named(cell string) managerMatch {
	m, ok := f.found[cell]
	if !ok {
		m.manager = talent.CleanName(cell)
		if m.manager != "" {
			m.ids, m.rows = f.stored.named(m.manager), f.inFile.named(m.manager)
		}
		f.found[cell] = m
	}
	return m
}

// resolve finds the manager of the plan's row i by email or name and returns a problem,
// or "".
func (f managerFinder) resolve(plan []staffRow, i int, cell string) string {
	m := f.named(cell)
	manager, ids, rows := m.manager, m.ids, m.rows
	if manager == "" {
		return ""
	}
	r := &plan[i]
	switch {
	case len(ids) == 0 && len(rows) == 1 && rows[0] == i:
		return fmt.Sprintf("%s cannot report to themselves.", r.person.Name)
	case len(ids)+len(rows) == 0:
		return fmt.Sprintf("The manager %q is neither in the file nor among the people already stored.", manager)
	case len(ids)+len(rows) > 1:
		return fmt.Sprintf("The manager %q matches %d people; write the manager's email address instead, or make the names distinct.", manager, len(ids)+len(rows))
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

// insertStaff writes the planned rows, many to a statement: a statement's own cost (its
// cursors on the table and each index) is most of a one-row insert's. The rows take the
// IDs SQLite would give them one by one, so that people can name a manager from the
// file by ID; each manager comes before the people reporting to them, as the checks of
// a statement's rows against the rows it has already written need.
func (db *DB) insertStaff(ctx context.Context, tx *txn, plan []staffRow) error {
	var meta talent.Meta
	db.stampNew(&meta)
	shared := append([]any{talent.StatusActive}, metaArgs(meta)...)
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM people").Scan(&last); err != nil {
		return fmt.Errorf("read people: %w", err)
	}
	ids := make([]int64, len(plan))
	order := managersFirst(plan)
	for n, i := range order {
		ids[i] = last + int64(n) + 1
	}
	// The statements are prepared on the transaction's own connection: the shared cache
	// would prepare each of them, with its thousands of parameters, once more on another
	// connection, for statements that serve one import only.
	stmts := map[int]*sql.Stmt{}
	defer func() {
		for _, s := range stmts {
			s.Close()
		}
	}()
	// One slice of arguments serves every statement: the driver has copied them by the
	// time a statement has run.
	args := make([]any, 0, len(shared)+min(staffBatch, len(order))*staffColCount)
	for start := 0; start < len(order); start += staffBatch {
		batch := order[start:min(start+staffBatch, len(order))]
		s, ok := stmts[len(batch)]
		if !ok {
			var err error
			if s, err = tx.Tx.PrepareContext(ctx, insertStaffSQL(len(batch))); err != nil {
				return fmt.Errorf("prepare import: %w", err)
			}
			stmts[len(batch)] = s
		}
		args = append(args[:0], shared...)
		for _, i := range batch {
			p := &plan[i].person
			p.ReportsTo, p.Meta = plan[i].storedMgr, meta
			if m := plan[i].fileMgr; m >= 0 {
				p.ReportsTo = ids[m]
			}
			args = append(args, ids[i], p.Name, plan[i].key, p.JobTitle, p.Team, idArg(p.ReportsTo), dateArg(p.StartDate), p.Email)
		}
		if _, err := s.ExecContext(ctx, args...); err != nil {
			lo, hi := plan[batch[0]].line, plan[batch[0]].line
			for _, i := range batch {
				lo, hi = min(lo, plan[i].line), max(hi, plan[i].line)
			}
			return fmt.Errorf("import rows between lines %d and %d: %w", lo, hi, err)
		}
	}
	return nil
}

// staffBatch is how many people one statement of an import inserts: enough that the
// statements' own cost is small beside the rows', well within SQLite's limit of 32,766
// parameters a statement.
const staffBatch = 200

// staffCols are the columns an import writes for each person, in the order insertStaff
// gives them: the ID, and what a spreadsheet holds (talent.StaffRow). Every imported
// person is active, with the import's Meta, so those values are bound once for each
// statement; the other columns hold their defaults, as a person made from a
// spreadsheet row leaves them.
const staffCols = "id, name, name_key, job_title, team, reports_to, start_date, email"

// staffColCount is the number of staffCols.
var staffColCount = strings.Count(staffCols, ",") + 1

// insertStaffSQL inserts n people with their IDs given. The values all rows share, the
// status and the Meta, are parameters ?1 to ?5, which every row names; then come each
// person's staffCols (SQLite numbers a plain ? one past the highest number before it).
func insertStaffSQL(n int) string {
	shared := make([]string, 1+metaColCount)
	for i := range shared {
		shared[i] = fmt.Sprintf("?%d", i+1)
	}
	row := "(" + strings.Join(shared, ", ") + strings.Repeat(", ?", staffColCount) + ")"
	return "INSERT INTO people (status, " + metaCols + ", " + staffCols + ") VALUES " + strings.Repeat(row+", ", n-1) + row
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
