package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

const personCols = `id, name, job_title, team, reports_to, start_date, status, left_date, email,
	aspiration, notes, risk_of_leaving, impact_of_loss, retention_note, ` + metaCols

// nameKey is the key a name is matched by (talent.FoldKey), stored beside the name so that
// matching is an index lookup.
func nameKey(name string) string { return talent.FoldKey(name) }

func scanPerson(s scanner, p *talent.Person) error {
	dest := append([]any{&p.ID, &p.Name, &p.JobTitle, &p.Team, idCol{&p.ReportsTo}, dateCol{&p.StartDate},
		&p.Status, dateCol{&p.LeftDate}, &p.Email, &p.Aspiration, &p.Notes, &p.RiskOfLeaving,
		&p.ImpactOfLoss, &p.RetentionNote}, metaDest(&p.Meta)...)
	return s.Scan(dest...)
}

// queryPeople loads the people matching where, by name, with their expertise: two
// queries however many people there are.
func queryPeople(ctx context.Context, tx *txn, where string, args ...any) ([]talent.Person, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+personCols+" FROM people WHERE "+where+" ORDER BY name_key, id", args...)
	if err != nil {
		return nil, fmt.Errorf("query people: %w", err)
	}
	defer rows.Close()
	var people []talent.Person
	index := map[int64]int{}
	for rows.Next() {
		var p talent.Person
		if err := scanPerson(rows, &p); err != nil {
			return nil, fmt.Errorf("scan person: %w", err)
		}
		index[p.ID] = len(people)
		people = append(people, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query people: %w", err)
	}
	return people, loadExpertise(ctx, tx, people, index, where, args)
}

func loadExpertise(ctx context.Context, tx *txn, people []talent.Person, index map[int64]int, where string, args []any) error {
	rows, err := tx.QueryContext(ctx, `SELECT person_id, expertise FROM person_expertise
		WHERE person_id IN (SELECT id FROM people WHERE `+where+`) ORDER BY person_id, position`, args...)
	if err != nil {
		return fmt.Errorf("query expertise: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e string
		if err := rows.Scan(&id, &e); err != nil {
			return fmt.Errorf("scan expertise: %w", err)
		}
		if i, ok := index[id]; ok {
			people[i].Expertise = append(people[i].Expertise, e)
		}
	}
	return rows.Err()
}

// People returns every person, active and left, ordered by name.
func (db *DB) People(ctx context.Context) ([]talent.Person, error) {
	var out []talent.Person
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPeople(ctx, tx, "1")
		return err
	})
	return out, err
}

// Listings returns every person, active and left, ordered by name, with only what a
// list shows of them: one query.
func (db *DB) Listings(ctx context.Context) ([]talent.Listing, error) {
	var out []talent.Listing
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, name, job_title, team, status FROM people ORDER BY name_key, id")
		if err != nil {
			return fmt.Errorf("query people: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var l talent.Listing
			if err := rows.Scan(&l.ID, &l.Name, &l.JobTitle, &l.Team, &l.Status); err != nil {
				return fmt.Errorf("scan person: %w", err)
			}
			out = append(out, l)
		}
		return rows.Err()
	})
	return out, err
}

// Person returns one person.
func (db *DB) Person(ctx context.Context, id int64) (talent.Person, error) {
	var p talent.Person
	err := db.view(ctx, func(tx *txn) (err error) {
		p, err = getPerson(ctx, tx, id)
		return err
	})
	return p, err
}

func getPerson(ctx context.Context, tx *txn, id int64) (talent.Person, error) {
	ps, err := queryPeople(ctx, tx, "id = ?", id)
	if err != nil {
		return talent.Person{}, err
	}
	if len(ps) == 0 {
		return talent.Person{}, talent.Errorf(talent.ENOTFOUND, "That person no longer exists.")
	}
	return ps[0], nil
}

// PeopleWithIDs returns the people with the given IDs, ordered by name; IDs not on file
// are left out.
func (db *DB) PeopleWithIDs(ctx context.Context, ids []int64) ([]talent.Person, error) {
	var out []talent.Person
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPeople(ctx, tx, "id IN (SELECT value FROM json_each(?))", jsonIDs(ids))
		return err
	})
	return out, err
}

// PeopleNamed returns the people whose name matches name, ignoring case, accents and
// extra spaces.
func (db *DB) PeopleNamed(ctx context.Context, name string) ([]talent.Person, error) {
	var out []talent.Person
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPeople(ctx, tx, "name_key = ?", nameKey(name))
		return err
	})
	return out, err
}

// CreatePerson stores a new person and sets p.ID and p.Meta.
func (db *DB) CreatePerson(ctx context.Context, p *talent.Person) error {
	w := *p
	w.ID = 0
	w.Normalize()
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := checkManager(ctx, tx, w); err != nil {
			return err
		}
		db.stampNew(&w.Meta)
		return insertPerson(ctx, tx, &w)
	})
	if err == nil {
		*p = w
	}
	return err
}

// personArgCols are a person's own columns, in the order of appendPersonArgs.
const personArgCols = `name, name_key, job_title, team, reports_to, start_date, status, left_date,
	email, aspiration, notes, risk_of_leaving, impact_of_loss, retention_note`

// personArgCount is the number of personArgCols.
var personArgCount = strings.Count(personArgCols, ",") + 1

// insertPersonSQL inserts one person, who takes the next ID.
var insertPersonSQL = "INSERT INTO people (" + personArgCols + ", " + metaCols + ") VALUES (" +
	strings.Repeat("?, ", personArgCount+metaColCount-1) + "?)"

func insertPerson(ctx context.Context, tx *txn, p *talent.Person) error {
	args := append(appendPersonArgs(nil, p, nameKey(p.Name)), metaArgs(p.Meta)...)
	err := tx.insert(ctx, &p.ID, insertPersonSQL, args...)
	if err != nil {
		return fmt.Errorf("insert person: %w", err)
	}
	return saveExpertise(ctx, tx, p.ID, p.Expertise)
}

// appendPersonArgs appends a person's own columns, from name to retention_note, to args;
// key is nameKey(p.Name). An import appends thousands of people to one slice.
func appendPersonArgs(args []any, p *talent.Person, key string) []any {
	return append(args, p.Name, key, p.JobTitle, p.Team, idArg(p.ReportsTo), dateArg(p.StartDate),
		p.Status, dateArg(p.LeftDate), p.Email, p.Aspiration, p.Notes, p.RiskOfLeaving, p.ImpactOfLoss, p.RetentionNote)
}

// UpdatePerson saves changes to a stored person.
func (db *DB) UpdatePerson(ctx context.Context, p *talent.Person) error {
	w := *p
	w.Normalize()
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := checkManager(ctx, tx, w); err != nil {
			return err
		}
		db.stampUpdate(&w.Meta)
		args := append(appendPersonArgs(nil, &w, nameKey(w.Name)), w.UpdatedBy, stamp(w.UpdatedAt), w.ID)
		err := tx.QueryRowContext(ctx, `UPDATE people SET name = ?, name_key = ?, job_title = ?, team = ?,
			reports_to = ?, start_date = ?, status = ?, left_date = ?, email = ?, aspiration = ?, notes = ?,
			risk_of_leaving = ?, impact_of_loss = ?, retention_note = ?, updated_by = ?, updated_at = ?
			WHERE id = ? RETURNING created_by, created_at`, args...).Scan(&w.CreatedBy, stampCol{&w.CreatedAt})
		if errors.Is(err, sql.ErrNoRows) {
			return talent.Errorf(talent.ENOTFOUND, "That person no longer exists.")
		} else if err != nil {
			return fmt.Errorf("update person: %w", err)
		}
		return saveExpertise(ctx, tx, w.ID, w.Expertise)
	})
	if err == nil {
		*p = w
	}
	return err
}

func saveExpertise(ctx context.Context, tx *txn, personID int64, expertise []string) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM person_expertise WHERE person_id = ?", personID); err != nil {
		return fmt.Errorf("clear expertise: %w", err)
	}
	for i, e := range expertise {
		_, err := tx.ExecContext(ctx, "INSERT INTO person_expertise (person_id, position, expertise) VALUES (?, ?, ?)", personID, i+1, e)
		if err != nil {
			return fmt.Errorf("insert expertise: %w", err)
		}
	}
	return nil
}

// checkManager makes sure p's manager exists and that choosing them makes no loop. It
// reads only the chain of managers above p, so it costs the same in a business of ten
// people or ten thousand.
func checkManager(ctx context.Context, tx *txn, p talent.Person) error {
	if p.ReportsTo == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE chain (id, boss) AS (
			SELECT id, reports_to FROM people WHERE id = ?
			UNION SELECT people.id, people.reports_to FROM people JOIN chain ON people.id = chain.boss)
		SELECT id, boss FROM chain`, p.ReportsTo)
	if err != nil {
		return fmt.Errorf("read reporting line: %w", err)
	}
	defer rows.Close()
	managers := map[int64]int64{}
	for rows.Next() {
		var id, boss int64
		if err := rows.Scan(&id, idCol{&boss}); err != nil {
			return fmt.Errorf("read reporting line: %w", err)
		}
		managers[id] = boss
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read reporting line: %w", err)
	}
	if _, ok := managers[p.ReportsTo]; !ok {
		return talent.Invalid("reportsTo", "The manager chosen for %s no longer exists.", p.Name)
	}
	return talent.CheckReportingLine(p, managers)
}

// dependentQueries count, for one person (bound as :id), the records that depend on
// them, with the words that describe them.
var dependentQueries = []struct{ one, many, query string }{
	{"an assessment", "assessments", "SELECT count(*) FROM assessments WHERE person_id = :id"},
	{"a development plan", "development plans", "SELECT count(*) FROM plans WHERE person_id = :id"},
	{"a mentoring pair", "mentoring pairs", "SELECT count(*) FROM pairs WHERE mentor_id = :id OR mentee_id = :id"},
	{"a training entry", "training entries", "SELECT count(*) FROM training WHERE person_id = :id"},
	{"a leadership moment", "leadership moments", "SELECT count(*) FROM moments WHERE person_id = :id"},
	{"a promotion decision", "promotion decisions", "SELECT count(*) FROM decisions WHERE person_id = :id"},
	{"a successor nomination", "successor nominations", "SELECT count(*) FROM successors WHERE person_id = :id"},
	{"a key role as its holder", "key roles as their holder", "SELECT count(*) FROM key_roles WHERE holder_id = :id"},
	{"a person reporting to them", "people reporting to them", "SELECT count(*) FROM people WHERE reports_to = :id"},
	{"an assessment they gave", "assessments they gave", "SELECT count(*) FROM assessments WHERE rater_id = :id AND person_id <> :id"},
	{"a leadership moment they observed", "leadership moments they observed", "SELECT count(*) FROM moments WHERE observer_id = :id AND person_id <> :id"},
}

// DeletePerson removes a person. While other records refer to them it fails with
// ECONFLICT naming them, unless cascade is set: then everything about the person goes
// in the same transaction, and where they appear in other people's records the reference
// is cleared (their manager, a role's holder) or replaced by talent.FormerStaff (a rater,
// an observer, a mentor, whose pairs end but stay with the mentee). Deleted content is
// overwritten in the file, not just unlinked; ErasePerson goes further.
func (db *DB) DeletePerson(ctx context.Context, id int64, cascade bool) error {
	err := db.update(ctx, func(tx *txn) error {
		p, err := getPerson(ctx, tx, id)
		if err != nil {
			return err
		}
		deps, err := dependents(ctx, tx, id)
		if err != nil {
			return err
		}
		if len(deps) > 0 && !cascade {
			return talent.Errorf(talent.ECONFLICT, "%s still has %s. Mark them as left instead, which keeps their history, or delete these records too.", p.Name, joinWords(deps))
		}
		if _, err := db.replaceReferences(ctx, tx, id); err != nil {
			return err
		}
		if err := deleteByID(ctx, tx, "people", id, "That person no longer exists."); err != nil {
			return err
		}
		return db.audit(ctx, tx, "delete person", fmt.Sprintf("Deleted person %d with everything recorded about them.", id))
	})
	if err == nil && txFrom(ctx) == nil {
		// The write-ahead log still holds the deleted pages; folding it back and
		// truncating it leaves no copy of them behind. A busy reader can delay this
		// until the next checkpoint, which is no reason to report the deletion failed.
		db.gate.RLock()
		db.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
		db.gate.RUnlock()
	}
	return err
}

// dependents describes the records that refer to a person, e.g. "3 assessments".
func dependents(ctx context.Context, tx *txn, id int64) ([]string, error) {
	var out []string
	for _, q := range dependentQueries {
		var n int
		if err := tx.QueryRowContext(ctx, q.query, sql.Named("id", id)).Scan(&n); err != nil {
			return nil, fmt.Errorf("count records about person: %w", err)
		}
		if n > 0 {
			out = append(out, talent.Count(n, q.one, q.many))
		}
	}
	return out, nil
}
