package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// recordNames names the records of each table, for telling people what an erasure
// removes and which records still mention them. A table missing here is still erased
// and searched, and named by its table name.
var recordNames = map[string][2]string{
	"people":               {"a person record", "person records"},
	"key_roles":            {"a key role", "key roles"},
	"person_expertise":     {"an expertise entry", "expertise entries"},
	"assessments":          {"an assessment", "assessments"},
	"assessment_ratings":   {"a behaviour rating", "behaviour ratings"},
	"assessment_derailers": {"a derailer rating", "derailer ratings"},
	"successors":           {"a successor nomination", "successor nominations"},
	"plans":                {"a development plan", "development plans"},
	"goals":                {"a development goal", "development goals"},
	"actions":              {"a development action", "development actions"},
	"progress_notes":       {"a progress note", "progress notes"},
	"milestones":           {"a transition milestone", "transition milestones"},
	"pairs":                {"a mentoring pair", "mentoring pairs"},
	"pair_goals":           {"a mentoring agreement goal", "mentoring agreement goals"},
	"pair_focus":           {"a mentoring focus competency", "mentoring focus competencies"},
	"meetings":             {"a mentoring meeting", "mentoring meetings"},
	"training":             {"a training entry", "training entries"},
	"moments":              {"a leadership moment", "leadership moments"},
	"decisions":            {"a promotion decision", "promotion decisions"},
	"calendar_exports":     {"an entry of their calendar as a mentor", "entries of their calendar as a mentor"},
	"rating_packs":         {"a rating pack", "rating packs"},
}

// referenceUpdates clear or replace a person (bound as :id) where they appear in other
// people's records, with the words for what changed. Pairs they mentored end: the mentor
// has gone, and the mentee keeps the history.
var referenceUpdates = []struct{ one, many, query string }{
	{"an assessment they gave", "assessments they gave",
		"UPDATE assessments SET rater_id = NULL, rater_name = :former, updated_by = :actor, updated_at = :at WHERE rater_id = :id AND person_id <> :id"},
	{"a leadership moment they observed", "leadership moments they observed",
		"UPDATE moments SET observer_id = NULL, observer_name = :former, updated_by = :actor, updated_at = :at WHERE observer_id = :id AND person_id <> :id"},
	{"a mentoring pair they mentored", "mentoring pairs they mentored",
		"UPDATE pairs SET mentor_id = NULL, mentor_name = :former, status = 'ended', updated_by = :actor, updated_at = :at WHERE mentor_id = :id"},
	{"a key role they held", "key roles they held",
		"UPDATE key_roles SET holder_id = NULL, updated_by = :actor, updated_at = :at WHERE holder_id = :id"},
	{"a person who reported to them", "people who reported to them",
		"UPDATE people SET reports_to = NULL, updated_by = :actor, updated_at = :at WHERE reports_to = :id AND id <> :id"},
}

// replaceReferences takes a person out of other people's records, leaving FormerStaff
// where a name is needed, and says what it changed. The records that are the person's own
// then go with them through the schema's cascades.
func (db *DB) replaceReferences(ctx context.Context, tx *txn, id int64) ([]talent.RecordCount, error) {
	var out []talent.RecordCount
	for _, u := range referenceUpdates {
		res, err := tx.ExecContext(ctx, u.query, sql.Named("id", id), sql.Named("former", talent.FormerStaff),
			sql.Named("actor", db.actor), sql.Named("at", stamp(db.clock())))
		if err != nil {
			return nil, fmt.Errorf("replace references to person: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return nil, fmt.Errorf("replace references to person: %w", err)
		}
		out = append(out, talent.RecordCount{N: int(n), One: u.one, Many: u.many})
	}
	return out, nil
}

// errPreview rolls back an erasure that was only made to see what it would do.
var errPreview = errors.New("erasure preview")

// PreviewErasure says what ErasePerson would remove and change, by making the erasure and
// rolling it back, so the preview and the real thing cannot disagree.
func (db *DB) PreviewErasure(ctx context.Context, id int64) (talent.Erasure, error) {
	var e talent.Erasure
	err := db.update(ctx, func(tx *txn) (err error) {
		if e, err = db.erase(ctx, tx, id); err != nil {
			return err
		}
		return errPreview
	})
	if !errors.Is(err, errPreview) {
		return talent.Erasure{}, err
	}
	return db.countBackups(e)
}

// ErasePerson removes a person and everything about them in one transaction (as
// DeletePerson with cascade does), replaces them by FormerStaff where they appear in other
// people's records, notes, record stamps and audit entries, lists the records that still
// mention their first name (see findMentions), and records the erasure in the audit log
// with counts only. Then it rewrites the file and empties the write-ahead log, so that no copy
// of what was removed stays in the data file, its -wal or its -shm. Backups made before
// still hold the person until they are rotated out or purged (see PurgeBackups); the
// Erasure says how many there are. It cannot run inside a Batch.
func (db *DB) ErasePerson(ctx context.Context, id int64) (talent.Erasure, error) {
	if txFrom(ctx) != nil {
		return talent.Erasure{}, errors.New("erase person inside a batch")
	}
	var e talent.Erasure
	err := db.update(ctx, func(tx *txn) (err error) {
		if e, err = db.erase(ctx, tx, id); err != nil {
			return err
		}
		replaced := 0
		for _, c := range e.Replaced {
			replaced += c.N
		}
		return db.audit(ctx, tx, "erase person", fmt.Sprintf("Erased a person and %s; %s in other people's records now %s %q or nothing.",
			talent.Count(e.Records(), "1 record", "records"), talent.Count(replaced, "1 mention", "mentions"), talent.Plural(replaced, "reads", "read"), talent.FormerStaff))
	})
	if err != nil {
		return talent.Erasure{}, err
	}
	if err := db.compact(ctx); err != nil {
		// The erasure itself is saved; what failed leaves traces only until Close
		// folds the log away again.
		return e, fmt.Errorf("%w (%v)", talent.Errorf(talent.ECONFLICT, "%s was erased, but Leadbridge was busy, so traces stay in its working files until it closes. Close Leadbridge to finish.", e.Name), err)
	}
	return db.countBackups(e)
}

func (db *DB) countBackups(e talent.Erasure) (talent.Erasure, error) {
	bs, err := db.Backups()
	e.Backups = len(bs)
	return e, err
}

// erase does the work of an erasure inside tx and says what it did.
func (db *DB) erase(ctx context.Context, tx *txn, id int64) (talent.Erasure, error) {
	p, err := getPerson(ctx, tx, id)
	if err != nil {
		return talent.Erasure{}, err
	}
	e := talent.Erasure{PersonID: id, Name: p.Name}
	tables, refs, err := schemaGraph(ctx, tx)
	if err != nil {
		return e, err
	}
	before, err := rowCounts(ctx, tx, tables)
	if err != nil {
		return e, err
	}
	if e.Replaced, err = db.replaceReferences(ctx, tx, id); err != nil {
		return e, err
	}
	shared, err := nameShared(ctx, tx, p)
	if err != nil {
		return e, err
	}
	// The audit log's trigger lets a detail lose only the name of someone on file, so
	// its details are rewritten before the person goes.
	audited, err := scrubAudit(ctx, tx, p.Name, shared)
	if err != nil {
		return e, err
	}
	if err := deleteByID(ctx, tx, "people", id, "That person no longer exists."); err != nil {
		return e, err
	}
	named, err := scrubName(ctx, tx, p.Name, shared, tables)
	if err != nil {
		return e, err
	}
	e.Replaced = append(e.Replaced, talent.RecordCount{N: named, One: "a record that named them", Many: "records that named them"},
		talent.RecordCount{N: audited, One: "an audit log entry that named them", Many: "audit log entries that named them"})
	if err := findMentions(ctx, tx, &e, tables, refs); err != nil {
		return e, err
	}
	after, err := rowCounts(ctx, tx, tables)
	if err != nil {
		return e, err
	}
	for _, t := range tables {
		if n := before[t] - after[t]; n > 0 && t != "people" {
			e.Removed = append(e.Removed, talent.RecordCount{N: n, One: recordWords(t)[0], Many: recordWords(t)[1]})
		}
	}
	return e, nil
}

// recordWords names the records of table, for one and for many.
func recordWords(table string) [2]string {
	if w, ok := recordNames[table]; ok {
		return w
	}
	return [2]string{"a record in " + table, "records in " + table}
}

func rowCounts(ctx context.Context, tx *txn, tables []string) (map[string]int, error) {
	out := map[string]int{}
	for _, t := range tables {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+quote(t)).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}

// nameShared reports whether someone else on file has p's name. Such a name is left
// alone wherever it is written: it may be theirs.
func nameShared(ctx context.Context, tx *txn, p talent.Person) (bool, error) {
	var others int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM people WHERE name_key = ? AND id <> ?", nameKey(p.Name), p.ID).Scan(&others); err != nil {
		return false, fmt.Errorf("look up name: %w", err)
	}
	return others > 0, nil
}

// scrubAudit replaces the erased person's full name by FormerStaff in the audit log: as
// the actor of entries they made when they used the app, and in details, where the file
// name of an export can carry it. It returns how many entries it changed, unless the
// name is shared.
func scrubAudit(ctx context.Context, tx *txn, name string, shared bool) (int, error) {
	if shared {
		return 0, nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM audit WHERE actor = :name OR instr(detail, :name) > 0", sql.Named("name", name)).Scan(&n); err != nil {
		return 0, fmt.Errorf("search audit log: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE audit SET actor = ? WHERE actor = ?", talent.FormerStaff, name); err != nil {
		return 0, fmt.Errorf("replace name in audit log: %w", err)
	}
	_, err := scrubRows(ctx, tx, "audit", []string{"id"}, []string{"detail"}, name)
	return n, err
}

// scrubName replaces the erased person's full name by FormerStaff wherever it is still
// written outside the audit log: in notes about others ("handed over to Zoë Ångström")
// and in the stamps of records they entered when they used the app. It returns how many
// rows it changed, unless the name is shared.
func scrubName(ctx context.Context, tx *txn, name string, shared bool, tables []string) (int, error) {
	if shared {
		return 0, nil
	}
	changed := 0
	for _, t := range tables {
		if t == "audit" {
			continue // scrubAudit's: its trigger allows only an erasure's own changes
		}
		n, err := scrubTable(ctx, tx, t, name)
		if err != nil {
			return 0, err
		}
		changed += n
	}
	return changed, nil
}

// scrubTable replaces name in the text columns of one table's rows, keyed by the table's
// primary key.
func scrubTable(ctx context.Context, tx *txn, table, name string) (int, error) {
	keys, texts, err := tableColumns(ctx, tx, table)
	if err != nil || len(texts) == 0 || len(keys) == 0 {
		return 0, err
	}
	return scrubRows(ctx, tx, table, keys, texts, name)
}

// scrubRows replaces name in the texts columns of the table's rows that hold it, keyed
// by the keys columns.
func scrubRows(ctx context.Context, tx *txn, table string, keys, texts []string, name string) (int, error) {
	rows, err := rowsNaming(ctx, tx, table, keys, texts, name)
	if err != nil {
		return 0, err
	}
	var set []string
	for _, c := range texts {
		set = append(set, quote(c)+" = ?")
	}
	query := "UPDATE " + quote(table) + " SET " + strings.Join(set, ", ") + " WHERE " + keyMatch(keys)
	for _, v := range rows {
		for i := len(keys); i < len(v); i++ {
			if s, ok := v[i].(string); ok {
				v[i] = replaceName(s, name, talent.FormerStaff)
			}
		}
		if _, err := tx.Tx.ExecContext(ctx, query, append(v[len(keys):], v[:len(keys)]...)...); err != nil {
			return 0, fmt.Errorf("replace name in %s: %w", table, err)
		}
	}
	return len(rows), nil
}

// rowsNaming returns the key and text columns of the rows whose text holds name.
func rowsNaming(ctx context.Context, tx *txn, table string, keys, texts []string, name string) ([][]any, error) {
	var hits []string
	for _, c := range texts {
		hits = append(hits, "instr("+quote(c)+", :name) > 0")
	}
	cols := append(append([]string{}, keys...), texts...)
	for i := range cols {
		cols[i] = quote(cols[i])
	}
	rows, err := tx.Tx.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+quote(table)+" WHERE "+strings.Join(hits, " OR "), sql.Named("name", name))
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", table, err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("search %s: %w", table, err)
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}

// tableColumns returns a table's primary-key columns and its text columns.
func tableColumns(ctx context.Context, tx *txn, table string) (keys, texts []string, err error) {
	rows, err := tx.Tx.QueryContext(ctx, "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY pk, cid", table)
	if err != nil {
		return nil, nil, fmt.Errorf("read columns of %s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, typ string
		var pk int
		if err := rows.Scan(&name, &typ, &pk); err != nil {
			return nil, nil, fmt.Errorf("read columns of %s: %w", table, err)
		}
		if pk > 0 {
			keys = append(keys, name)
		} else if strings.EqualFold(typ, "TEXT") {
			texts = append(texts, name)
		}
	}
	return keys, texts, rows.Err()
}

// replaceName replaces each whole-word occurrence of name in s (see wholeAt).
func replaceName(s, name, with string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, name)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if wholeAt(s, i, name) {
			b.WriteString(with)
		} else {
			b.WriteString(name)
		}
		s = s[i+len(name):]
	}
}

// wholeIndex returns where s first holds name as a whole word, or -1.
func wholeIndex(s, name string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return -1
		}
		if wholeAt(s, from+i, name) {
			return from + i
		}
		from += i + len(name)
	}
}

// wholeAt reports whether name, found at byte i of s, stands there as a whole word.
// Where the name begins or ends in a script written without spaces between words
// (Chinese, Japanese, Korean, Thai) any occurrence counts, since no space marks where
// the name ends.
func wholeAt(s string, i int, name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+len(name):])
	return (i == 0 || !joins(before, first)) && (i+len(name) == len(s) || !joins(after, last))
}

// joins reports whether neighbour, next to edge (the name's first or last letter), makes
// them one word.
func joins(neighbour, edge rune) bool {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	unspaced := unicode.In(edge, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
	return word(neighbour) && word(edge) && !unspaced
}

// compact rewrites the whole data file and empties the write-ahead log. Secure delete
// zeroes what a deletion frees, but copies of a row can linger in pages that were
// reorganised earlier, and the log keeps old pages until a checkpoint; VACUUM builds every
// page afresh, and the checkpoint folds the log into the file and truncates it.
func (db *DB) compact(ctx context.Context) error {
	db.gate.RLock()
	defer db.gate.RUnlock()
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	var busy, frames, done int
	if err := conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &frames, &done); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	if busy != 0 {
		return errors.New("checkpoint blocked by a reader")
	}
	return nil
}
