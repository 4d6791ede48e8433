package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"leadbridge/internal/talent"
)

// pairDetail is how much of each pair queryPairs loads.
type pairDetail int

const (
	wholePairs   pairDetail = iota // everything in them
	pairOutlines                   // no agreement goals or focus, and meetings with only their dates and next dates
)

// queryPairs loads the pairs matching where (a condition on the pairs table), newest
// start first: four queries however many pairs there are, two for outlines.
func queryPairs(ctx context.Context, tx *txn, detail pairDetail, where string, args ...any) ([]talent.Pair, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, mentor_id, mentor_name, mentee_id, start, planned_end, status, every_days,
		format, minutes_each, confidentiality, `+metaCols+` FROM pairs WHERE `+where+` ORDER BY start DESC, id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("query pairs: %w", err)
	}
	defer rows.Close()
	var out []talent.Pair
	index := map[int64]int{}
	for rows.Next() {
		var p talent.Pair
		a := &p.Agreement
		if err := rows.Scan(append([]any{&p.ID, idCol{&p.MentorID}, &p.MentorName, &p.MenteeID, dateCol{&p.Start},
			dateCol{&p.PlannedEnd}, &p.Status, &a.EveryDays, &a.Format, &a.MinutesEach, &a.Confidentiality},
			metaDest(&p.Meta)...)...); err != nil {
			return nil, fmt.Errorf("scan pair: %w", err)
		}
		index[p.ID] = len(out)
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query pairs: %w", err)
	}
	in := " IN (SELECT id FROM pairs WHERE " + where + ")"
	if detail == wholePairs {
		if err := loadPairParts(ctx, tx, out, index, in, args); err != nil {
			return nil, err
		}
	}
	return out, loadMeetings(ctx, tx, out, index, detail, in, args)
}

// loadPairParts adds the agreement goals and the focus competencies.
func loadPairParts(ctx context.Context, tx *txn, out []talent.Pair, index map[int64]int, in string, args []any) error {
	rows, err := tx.QueryContext(ctx, "SELECT pair_id, text FROM pair_goals WHERE pair_id"+in+" ORDER BY pair_id, position", args...)
	if err != nil {
		return fmt.Errorf("query agreement goals: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var goal string
		if err := rows.Scan(&id, &goal); err != nil {
			return fmt.Errorf("scan agreement goal: %w", err)
		}
		a := &out[index[id]].Agreement
		a.Goals = append(a.Goals, goal)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query agreement goals: %w", err)
	}
	frows, err := tx.QueryContext(ctx, "SELECT pair_id, competency_id FROM pair_focus WHERE pair_id"+in+" ORDER BY pair_id, position", args...)
	if err != nil {
		return fmt.Errorf("query pair focus: %w", err)
	}
	defer frows.Close()
	for frows.Next() {
		var id, competency int64
		if err := frows.Scan(&id, &competency); err != nil {
			return fmt.Errorf("scan pair focus: %w", err)
		}
		p := &out[index[id]]
		p.Focus = append(p.Focus, competency)
	}
	return frows.Err()
}

func loadMeetings(ctx context.Context, tx *txn, out []talent.Pair, index map[int64]int, detail pairDetail, in string, args []any) error {
	cols := "id, pair_id, date, next_date"
	if detail == wholePairs {
		cols += ", minutes, topics, agreed_actions, " + metaCols
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+cols+" FROM meetings WHERE pair_id"+in+" ORDER BY pair_id, date, id", args...)
	if err != nil {
		return fmt.Errorf("query meetings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m talent.Meeting
		dest := []any{&m.ID, &m.PairID, dateCol{&m.Date}, dateCol{&m.NextDate}}
		if detail == wholePairs {
			dest = append(append(dest, &m.Minutes, &m.Topics, &m.AgreedActions), metaDest(&m.Meta)...)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("scan meeting: %w", err)
		}
		p := &out[index[m.PairID]]
		p.Meetings = append(p.Meetings, m)
	}
	return rows.Err()
}

// Pairs returns every mentoring pair with its meetings, newest start first.
func (db *DB) Pairs(ctx context.Context) ([]talent.Pair, error) {
	var out []talent.Pair
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPairs(ctx, tx, wholePairs, "1")
		return err
	})
	return out, err
}

// PairOutlines returns every mentoring pair in outline, newest start first: its meetings
// with only their dates and next dates, and no agreement goals or focus. That is what the
// overview, the activity counts and what is due read, and at 10,000 people it is a
// fraction of every pair whole.
func (db *DB) PairOutlines(ctx context.Context) ([]talent.Pair, error) {
	var out []talent.Pair
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPairs(ctx, tx, pairOutlines, "1")
		return err
	})
	return out, err
}

// PairsOf returns the pairs a person is in, as mentor or mentee, with their meetings,
// newest start first.
func (db *DB) PairsOf(ctx context.Context, personID int64) ([]talent.Pair, error) {
	var out []talent.Pair
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryPairs(ctx, tx, wholePairs, "mentor_id = ?1 OR mentee_id = ?1", personID)
		return err
	})
	return out, err
}

// Pair returns one mentoring pair with its meetings.
func (db *DB) Pair(ctx context.Context, id int64) (talent.Pair, error) {
	var p talent.Pair
	err := db.view(ctx, func(tx *txn) error {
		ps, err := queryPairs(ctx, tx, wholePairs, "id = ?", id)
		if err != nil {
			return err
		}
		if len(ps) == 0 {
			return talent.Errorf(talent.ENOTFOUND, "That mentoring pair no longer exists.")
		}
		p = ps[0]
		return nil
	})
	return p, err
}

// SavePair creates or updates a pair and its agreement, not its meetings. A second
// active pair of the same mentor and mentee fails with ECONFLICT.
func (db *DB) SavePair(ctx context.Context, p *talent.Pair) error {
	w := *p
	w.Focus = append([]int64(nil), p.Focus...)
	w.Agreement.Goals = append([]string(nil), p.Agreement.Goals...)
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := checkPair(ctx, tx, w); err != nil {
			return err
		}
		if err := db.writePair(ctx, tx, &w); err != nil {
			return err
		}
		return writePairParts(ctx, tx, w)
	})
	if err == nil {
		*p = w
	}
	return err
}

// checkPair makes sure the people and competencies exist and that the pair would not
// be a second active one of the same mentor and mentee.
func checkPair(ctx context.Context, tx *txn, p talent.Pair) error {
	if p.MentorID != 0 {
		if err := require(ctx, tx, "people", p.MentorID, "The mentor chosen no longer exists."); err != nil {
			return err
		}
	}
	if err := require(ctx, tx, "people", p.MenteeID, "The mentee chosen no longer exists."); err != nil {
		return err
	}
	for _, c := range p.Focus {
		if err := require(ctx, tx, "competencies", c, "A focus competency is no longer in the leadership standard."); err != nil {
			return err
		}
	}
	same, err := queryPairs(ctx, tx, wholePairs, "mentee_id = ? AND status = 'active'", p.MenteeID)
	if err != nil {
		return err
	}
	return talent.CheckPairs(p, same)
}

func (db *DB) writePair(ctx context.Context, tx *txn, p *talent.Pair) error {
	a := p.Agreement
	cols := []any{idArg(p.MentorID), p.MentorName, p.MenteeID, dateArg(p.Start), dateArg(p.PlannedEnd), p.Status, a.EveryDays,
		a.Format, a.MinutesEach, a.Confidentiality}
	if p.ID == 0 {
		db.stampNew(&p.Meta)
		err := tx.insert(ctx, &p.ID, `INSERT INTO pairs (mentor_id, mentor_name, mentee_id, start, planned_end, status, every_days,
			format, minutes_each, confidentiality, `+metaCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append(cols, metaArgs(p.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert pair: %w", err)
		}
		return nil
	}
	db.stampUpdate(&p.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE pairs SET mentor_id = ?, mentor_name = ?, mentee_id = ?, start = ?, planned_end = ?, status = ?,
		every_days = ?, format = ?, minutes_each = ?, confidentiality = ?, updated_by = ?, updated_at = ?
		WHERE id = ? RETURNING created_by, created_at`,
		append(cols, p.UpdatedBy, stamp(p.UpdatedAt), p.ID)...).Scan(&p.CreatedBy, stampCol{&p.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That mentoring pair no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update pair: %w", err)
	}
	return nil
}

// writePairParts replaces the agreement goals and the focus competencies.
func writePairParts(ctx context.Context, tx *txn, p talent.Pair) error {
	for _, q := range []string{"DELETE FROM pair_goals WHERE pair_id = ?", "DELETE FROM pair_focus WHERE pair_id = ?"} {
		if _, err := tx.ExecContext(ctx, q, p.ID); err != nil {
			return fmt.Errorf("clear agreement: %w", err)
		}
	}
	for i, g := range p.Agreement.Goals {
		if _, err := tx.ExecContext(ctx, "INSERT INTO pair_goals (pair_id, position, text) VALUES (?, ?, ?)", p.ID, i+1, g); err != nil {
			return fmt.Errorf("insert agreement goal: %w", err)
		}
	}
	for i, c := range p.Focus {
		_, err := tx.ExecContext(ctx, "INSERT INTO pair_focus (pair_id, competency_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", p.ID, c, i+1)
		if err != nil {
			return fmt.Errorf("insert pair focus: %w", err)
		}
	}
	return nil
}

// DeletePair removes a pair with its meetings.
func (db *DB) DeletePair(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "pairs", id, "That mentoring pair no longer exists.")
	})
}

// SaveMeeting creates or updates a mentoring meeting.
func (db *DB) SaveMeeting(ctx context.Context, m *talent.Meeting) error {
	w := *m
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := require(ctx, tx, "pairs", w.PairID, "That mentoring pair no longer exists."); err != nil {
			return err
		}
		return db.writeMeeting(ctx, tx, &w)
	})
	if err == nil {
		*m = w
	}
	return err
}

func (db *DB) writeMeeting(ctx context.Context, tx *txn, m *talent.Meeting) error {
	cols := []any{m.PairID, dateArg(m.Date), m.Minutes, m.Topics, m.AgreedActions, dateArg(m.NextDate)}
	if m.ID == 0 {
		db.stampNew(&m.Meta)
		err := tx.insert(ctx, &m.ID, `INSERT INTO meetings (pair_id, date, minutes, topics, agreed_actions, next_date, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(cols, metaArgs(m.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		return nil
	}
	db.stampUpdate(&m.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE meetings SET pair_id = ?, date = ?, minutes = ?, topics = ?, agreed_actions = ?,
		next_date = ?, updated_by = ?, updated_at = ? WHERE id = ? RETURNING created_by, created_at`,
		append(cols, m.UpdatedBy, stamp(m.UpdatedAt), m.ID)...).Scan(&m.CreatedBy, stampCol{&m.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That mentoring meeting no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update meeting: %w", err)
	}
	return nil
}

// DeleteMeeting removes a mentoring meeting.
func (db *DB) DeleteMeeting(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "meetings", id, "That mentoring meeting no longer exists.")
	})
}
