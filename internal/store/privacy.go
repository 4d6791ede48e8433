package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"leadbridge/internal/talent"
)

// reference is a foreign key: table.column refers to parent.parentColumn.
type reference struct {
	table, column, parent, parentColumn string
}

// personScope says, for every table that holds rows about a person, which rows those are:
// an SQL condition on the table with the person's ID bound as :id. It is read from the
// schema, so a table added later is covered without anyone remembering to list it: the
// person's own row in people; every row of a table with a column referring to people
// (assessments they received and gave, pairs they mentor and are mentored in, ...); and
// every row whose parent row is covered (the ratings of those assessments, the meetings of
// those pairs, ...). Other people's rows in people are theirs, not this person's, even
// when they report to this person. Tables come back in schema order, people first.
func personScope(ctx context.Context, tx *txn) ([]string, map[string]string, error) {
	tables, refs, err := schemaGraph(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	conds := map[string][]string{"people": {"id = :id"}}
	// Each pass follows references one step further from people; a table's condition
	// is only built on its parent's once the parent's is complete.
	for done := map[string]bool{"people": true}; ; {
		grew := false
		for _, t := range tables {
			if done[t] {
				continue
			}
			if c, ready := tableCondition(t, refs, done, conds); ready {
				if w, ok := withheld[t]; ok && len(c) > 0 {
					c = []string{"(" + orJoin(c) + " AND " + w + ")"}
				}
				conds[t], done[t], grew = c, true, true
			}
		}
		if !grew {
			break
		}
	}
	var order []string
	out := map[string]string{}
	for _, t := range tables {
		if len(conds[t]) > 0 {
			order = append(order, t)
			out[t] = orJoin(conds[t])
		}
	}
	return order, out, nil
}

// tableCondition builds t's conditions from its references, once every parent it refers
// to has been settled. It reports false while a parent is pending.
func tableCondition(t string, refs []reference, done map[string]bool, conds map[string][]string) ([]string, bool) {
	var c []string
	for _, r := range refs {
		if r.table != t || r.parent == t {
			continue
		}
		switch {
		case r.parent == "people":
			c = append(c, quote(r.column)+" = :id")
		case !done[r.parent]:
			return nil, false
		case len(conds[r.parent]) > 0:
			c = append(c, fmt.Sprintf("%s IN (SELECT %s FROM %s WHERE %s)", quote(r.column), quote(r.parentColumn), quote(r.parent), orJoin(conds[r.parent])))
		}
	}
	return c, true
}

// withheld keeps rows out of a subject-access export: anonymous answers, which would
// tell whose they are, and with them their ratings and derailers. What they say about
// the person comes out as the group figures the rules allow (ratingFigures).
var withheld = map[string]string{"assessments": "round = ''"}

func orJoin(conds []string) string { return "(" + strings.Join(conds, " OR ") + ")" }

// schemaGraph lists the tables in schema order and every foreign key between them.
func schemaGraph(ctx context.Context, tx *txn) ([]string, []reference, error) {
	rows, err := tx.QueryContext(ctx, `SELECT m.name, f."from", f."table", coalesce(f."to", 'rowid')
		FROM sqlite_schema m LEFT JOIN pragma_foreign_key_list(m.name) f
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY m.rowid, f.id, f.seq`)
	if err != nil {
		return nil, nil, fmt.Errorf("read schema: %w", err)
	}
	defer rows.Close()
	var tables []string
	var refs []reference
	for rows.Next() {
		var t string
		var from, parent, to *string
		if err := rows.Scan(&t, &from, &parent, &to); err != nil {
			return nil, nil, fmt.Errorf("read schema: %w", err)
		}
		if len(tables) == 0 || tables[len(tables)-1] != t {
			tables = append(tables, t)
		}
		if from != nil {
			refs = append(refs, reference{t, *from, *parent, *to})
		}
	}
	return tables, refs, rows.Err()
}

// quote writes an SQL identifier.
func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// PersonData returns everything held about one person, for a subject-access request: every
// row of every table that refers to them, directly or through a row of theirs (see
// personScope), exactly as stored, their own record first. Tables without such rows are
// included, empty, so the answer also says what is not held.
func (db *DB) PersonData(ctx context.Context, id int64) (talent.PersonData, error) {
	d := talent.PersonData{PersonID: id}
	err := db.view(ctx, func(tx *txn) error {
		p, err := getPerson(ctx, tx, id)
		if err != nil {
			return err
		}
		d.Name = p.Name
		order, scope, err := personScope(ctx, tx)
		if err != nil {
			return err
		}
		for _, t := range order {
			table, err := dumpRows(ctx, tx, t, scope[t], id)
			if err != nil {
				return err
			}
			d.Tables = append(d.Tables, table)
		}
		vs, err := views(ctx, tx, id)
		if err != nil {
			return err
		}
		std, err := loadStandard(ctx, tx)
		if err != nil {
			return err
		}
		d.Tables = append(d.Tables, ratingFigures(std, vs))
		return nil
	})
	return d, err
}

// ratingFigures is how the person is seen by each group, as the export's table
// "rating_figures": one row per figure and competency the rules allow.
func ratingFigures(std talent.Standard, vs talent.Views) talent.DataTable {
	t := talent.DataTable{Name: "rating_figures", Columns: []string{"figure", "answers", "dates", "competency", "score"}}
	for _, v := range vs.Figures {
		for _, c := range std.Competencies {
			if s, ok := v.Scores[c.ID]; ok {
				t.Rows = append(t.Rows, []string{v.Label, strconv.Itoa(v.Answers), v.Dates(), c.Name, strconv.FormatFloat(s, 'f', 2, 64)})
			}
		}
	}
	return t
}

// dumpRows reads the rows of table matching where, every column as text.
func dumpRows(ctx context.Context, tx *txn, table, where string, id int64) (talent.DataTable, error) {
	out := talent.DataTable{Name: table}
	rows, err := tx.QueryContext(ctx, "SELECT * FROM "+quote(table)+" WHERE "+where, sql.Named("id", id))
	if err != nil {
		return out, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	if out.Columns, err = rows.Columns(); err != nil {
		return out, fmt.Errorf("read %s: %w", table, err)
	}
	vals := make([]any, len(out.Columns))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return out, fmt.Errorf("read %s: %w", table, err)
		}
		row := make([]string, len(vals))
		for i, v := range vals {
			row[i] = text(v)
		}
		out.Rows = append(out.Rows, row)
	}
	return out, rows.Err()
}

// text writes a stored value as text: NULL as "", numbers in full.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []byte:
		return string(v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}

// RecordExport notes in the audit log that a person's data was handed out, with how many
// records, never what they hold.
func (db *DB) RecordExport(ctx context.Context, d talent.PersonData) error {
	tables := 0
	for _, t := range d.Tables {
		if len(t.Rows) > 0 {
			tables++
		}
	}
	return db.Audit(ctx, "export person", fmt.Sprintf("Exported everything held about person %d for a subject-access request: %s from %s.",
		d.PersonID, talent.Count(d.Records(), "1 record", "records"), talent.Count(tables, "1 table", "tables")))
}
