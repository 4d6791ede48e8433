package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

const assessmentCols = `id, person_id, date, rater_id, rater_name, relationship, performance, aspiration,
	learning_agility, engagement, draft, notes, source, round, ` + metaCols

// queryAssessments loads the assessments matching where (a condition on the assessments
// table), oldest first, with their ratings and derailers: three queries in all. The parts
// are read by the IDs the first query found, so where is worked out only once.
func queryAssessments(ctx context.Context, tx *txn, where string, args ...any) ([]talent.Assessment, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+assessmentCols+" FROM assessments WHERE "+where+" ORDER BY date, id", args...)
	if err != nil {
		return nil, fmt.Errorf("query assessments: %w", err)
	}
	defer rows.Close()
	var out []talent.Assessment
	var ids []int64
	index := map[int64]int{}
	for rows.Next() {
		var a talent.Assessment
		dest := append([]any{&a.ID, &a.PersonID, dateCol{&a.Date}, idCol{&a.RaterID}, &a.RaterName, &a.Relationship,
			&a.Performance, &a.Aspiration, &a.LearningAgility, &a.Engagement, &a.Draft, &a.Notes, &a.Source, dateCol{&a.Round}}, metaDest(&a.Meta)...)
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("scan assessment: %w", err)
		}
		index[a.ID] = len(out)
		out = append(out, a)
		ids = append(ids, a.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query assessments: %w", err)
	}
	in := jsonIDs(ids)
	if err := loadRatings(ctx, tx, out, index, in); err != nil {
		return nil, err
	}
	return out, loadDerailers(ctx, tx, out, index, in)
}

// loadRatings adds the ratings of the assessments whose IDs are in the JSON array ids.
func loadRatings(ctx context.Context, tx *txn, as []talent.Assessment, index map[int64]int, ids string) error {
	rows, err := tx.QueryContext(ctx, `SELECT assessment_id, behaviour_id, rating, evidence FROM assessment_ratings
		WHERE assessment_id IN (SELECT value FROM json_each(?)) ORDER BY assessment_id, behaviour_id`, ids)
	if err != nil {
		return fmt.Errorf("query ratings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, rating int64
		var r talent.BehaviourRating
		// A plain integer scans directly; a named type such as talent.Rating goes through
		// reflection and a round trip through text, which counts at 200,000 ratings.
		if err := rows.Scan(&id, &r.BehaviourID, &rating, &r.Evidence); err != nil {
			return fmt.Errorf("scan rating: %w", err)
		}
		r.Rating = talent.Rating(rating)
		a := &as[index[id]]
		a.Ratings = append(a.Ratings, r)
	}
	return rows.Err()
}

// loadDerailers adds the derailers of the assessments whose IDs are in the JSON array ids.
func loadDerailers(ctx context.Context, tx *txn, as []talent.Assessment, index map[int64]int, ids string) error {
	rows, err := tx.QueryContext(ctx, `SELECT assessment_id, derailer, status, evidence FROM assessment_derailers
		WHERE assessment_id IN (SELECT value FROM json_each(?)) ORDER BY assessment_id, rowid`, ids)
	if err != nil {
		return fmt.Errorf("query derailers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var d talent.DerailerStatus
		if err := rows.Scan(&id, &d.Derailer, &d.Status, &d.Evidence); err != nil {
			return fmt.Errorf("scan derailer: %w", err)
		}
		a := &as[index[id]]
		a.Derailers = append(a.Derailers, d)
	}
	return rows.Err()
}

// Assessments returns one person's assessments, oldest first, without the anonymous
// answers, which are only ever shown inside a group's figure.
func (db *DB) Assessments(ctx context.Context, personID int64) ([]talent.Assessment, error) {
	var out []talent.Assessment
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryAssessments(ctx, tx, "person_id = ? AND round = ''", personID)
		return err
	})
	return out, err
}

// Views returns the figures of how a person is seen by each group of raters, as
// talent.ViewsOf allows them, under the stored standard.
func (db *DB) Views(ctx context.Context, personID int64) (talent.Views, error) {
	var vs talent.Views
	err := db.view(ctx, func(tx *txn) error {
		var err error
		vs, err = views(ctx, tx, personID)
		return err
	})
	return vs, err
}

func views(ctx context.Context, tx *txn, personID int64) (talent.Views, error) {
	std, err := loadStandard(ctx, tx)
	if err != nil {
		return talent.Views{}, err
	}
	all, err := queryAssessments(ctx, tx, "person_id = ? AND draft = 0", personID)
	if err != nil {
		return talent.Views{}, err
	}
	return viewsOf(std, all), nil
}

// Assessment returns one assessment.
func (db *DB) Assessment(ctx context.Context, id int64) (talent.Assessment, error) {
	var a talent.Assessment
	err := db.view(ctx, func(tx *txn) error {
		as, err := queryAssessments(ctx, tx, "id = ?", id)
		if err != nil {
			return err
		}
		if len(as) == 0 {
			return talent.Errorf(talent.ENOTFOUND, "That assessment no longer exists.")
		}
		a = as[0]
		return nil
	})
	return a, err
}

// potentialInputs reads the assessments the potential rule reads: for each person, the
// latest completed one by someone else, and the latest such one that rates performance.
// Ties on date go to the later-entered one (higher ID), as talent.Newer decides.
// Both picks come from one window over each person's assessments, newest first, which
// the assessments_basis index holds in that order: one pass. Each picked assessment comes
// back as one row, its ratings folded into one column ("behaviour:rating,…") without
// their evidence: at 10,000 people that is about 10,000 rows rather than a quarter of a
// million. The rows come in person order, so each person's potential can be derived as
// soon as their rows are in.
const potentialInputs = `WITH basis AS (
	SELECT id, person_id FROM (
		SELECT id, person_id, performance <> '' AS rated,
			row_number() OVER newest AS n,
			count(*) FILTER (WHERE performance <> '') OVER newest AS rated_n
		FROM assessments WHERE ` + byOthers + `
		WINDOW newest AS (PARTITION BY person_id ORDER BY date DESC, id DESC ROWS UNBOUNDED PRECEDING))
	WHERE n = 1 OR (rated AND rated_n = 1))
SELECT a.id, a.person_id, a.date, a.rater_id, a.rater_name, a.relationship, a.performance, a.aspiration,
	a.learning_agility, a.engagement,
	(SELECT group_concat(behaviour_id || ':' || rating, ',') FROM assessment_ratings WHERE assessment_id = a.id)
FROM basis JOIN assessments a ON a.id = basis.id ORDER BY basis.person_id`

// byOthers selects the assessments potential may rest on: completed, by someone other
// than the person, and not an anonymous direct-report or peer round.
const byOthers = `draft = 0 AND relationship NOT IN ('self', 'direct-report') AND round = ''`

// LatestAssessed returns the date of each person's latest assessment potential may rest
// on, in one query: what the agenda needs, without deriving everyone's potential.
func (db *DB) LatestAssessed(ctx context.Context) (map[int64]time.Time, error) {
	out := map[int64]time.Time{}
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT person_id, max(date) FROM assessments WHERE "+byOthers+" GROUP BY person_id")
		if err != nil {
			return fmt.Errorf("query latest assessments: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var d time.Time
			if err := rows.Scan(&id, dateCol{&d}); err != nil {
				return fmt.Errorf("scan latest assessment: %w", err)
			}
			out[id] = d
		}
		return rows.Err()
	})
	return out, err
}

// PotentialResults derives everyone's potential under the stored standard, keyed by
// person; people never assessed by someone else are left out. Each result's Basis keeps
// the assessment without its ratings, derailers or free text, so that ten thousand
// results stay small. It is three queries (two for the standard, one for the assessments)
// however many people there are.
func (db *DB) PotentialResults(ctx context.Context) (talent.PotentialResults, error) {
	out := talent.PotentialResults{}
	err := db.EachPotentialResult(ctx, func(personID int64, r talent.PotentialResult) { out[personID] = r })
	return out, err
}

// EachPotentialResult derives each person's potential as PotentialResults does and hands
// it to fn, in person ID order, as soon as their assessments are in; it lets go of them
// and of the result once fn returns. fn runs inside the read, so it must not call the store.
func (db *DB) EachPotentialResult(ctx context.Context, fn func(personID int64, r talent.PotentialResult)) error {
	return db.view(ctx, func(tx *txn) error {
		std, err := loadStandard(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, potentialInputs)
		if err != nil {
			return fmt.Errorf("query potential inputs: %w", err)
		}
		defer rows.Close()
		var person []talent.Assessment       // one person's, as the rows come in person order
		var ratings []talent.BehaviourRating // theirs end to end, the array reused for the next person
		derive := func() {
			if len(person) > 0 {
				r := talent.DerivePotential(std, person)
				r.Basis.Ratings = nil
				fn(person[0].PersonID, r)
				person, ratings = person[:0], ratings[:0]
			}
		}
		for rows.Next() {
			var a talent.Assessment
			var folded sql.NullString
			if err := rows.Scan(&a.ID, &a.PersonID, dateCol{&a.Date}, idCol{&a.RaterID}, &a.RaterName, &a.Relationship,
				&a.Performance, &a.Aspiration, &a.LearningAgility, &a.Engagement, &folded); err != nil {
				return fmt.Errorf("scan potential input: %w", err)
			}
			if len(person) > 0 && person[0].PersonID != a.PersonID {
				derive()
			}
			start := len(ratings)
			if ratings, err = unfoldRatings(ratings, folded.String); err != nil {
				return err
			}
			a.Ratings = ratings[start:len(ratings):len(ratings)]
			person = append(person, a)
		}
		derive()
		return rows.Err()
	})
}

// unfoldRatings appends the ratings in the "behaviour:rating,…" list potentialInputs
// folds them into.
func unfoldRatings(out []talent.BehaviourRating, s string) ([]talent.BehaviourRating, error) {
	if s == "" {
		return out, nil
	}
	for pair := range strings.SplitSeq(s, ",") {
		id, rating, _ := strings.Cut(pair, ":")
		b, err1 := strconv.ParseInt(id, 10, 64)
		r, err2 := strconv.Atoi(rating)
		if err := cmp.Or(err1, err2); err != nil {
			return nil, fmt.Errorf("read ratings %q: %w", pair, err)
		}
		out = append(out, talent.BehaviourRating{BehaviourID: b, Rating: talent.Rating(r)})
	}
	return out, nil
}

// SaveAssessment creates or updates an assessment with its ratings (put in behaviour ID
// order) and derailers.
func (db *DB) SaveAssessment(ctx context.Context, a *talent.Assessment) error {
	w := *a
	w.Ratings = append([]talent.BehaviourRating(nil), a.Ratings...)
	w.Derailers = append([]talent.DerailerStatus(nil), a.Derailers...)
	err := db.update(ctx, func(tx *txn) error {
		std, err := loadStandard(ctx, tx)
		if err != nil {
			return err
		}
		return db.saveAssessment(ctx, tx, std, &w)
	})
	if err == nil {
		*a = w
	}
	return err
}

// saveAssessment checks an assessment against the standard and the people stored and
// writes it with its ratings (put in behaviour ID order) and derailers.
func (db *DB) saveAssessment(ctx context.Context, tx *txn, std talent.Standard, w *talent.Assessment) error {
	if err := w.Validate(std); err != nil {
		return err
	}
	// Ratings are stored and read back in behaviour order.
	slices.SortFunc(w.Ratings, func(a, b talent.BehaviourRating) int { return cmp.Compare(a.BehaviourID, b.BehaviourID) })
	if err := require(ctx, tx, "people", w.PersonID, "The person being assessed no longer exists."); err != nil {
		return err
	}
	if w.RaterID != 0 {
		if err := require(ctx, tx, "people", w.RaterID, "The rater chosen no longer exists."); err != nil {
			return err
		}
	}
	if err := db.writeAssessment(ctx, tx, w); err != nil {
		return err
	}
	return writeAssessmentParts(ctx, tx, *w)
}

func (db *DB) writeAssessment(ctx context.Context, tx *txn, a *talent.Assessment) error {
	cols := []any{a.PersonID, dateArg(a.Date), idArg(a.RaterID), a.RaterName, a.Relationship, a.Performance,
		a.Aspiration, a.LearningAgility, a.Engagement, a.Draft, a.Notes, a.Source, talent.FormatDate(a.Round)}
	if a.ID == 0 {
		db.stampNew(&a.Meta)
		err := tx.insert(ctx, &a.ID, `INSERT INTO assessments (person_id, date, rater_id, rater_name, relationship,
			performance, aspiration, learning_agility, engagement, draft, notes, source, round, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(cols, metaArgs(a.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert assessment: %w", err)
		}
		return nil
	}
	db.stampUpdate(&a.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE assessments SET person_id = ?, date = ?, rater_id = ?, rater_name = ?,
		relationship = ?, performance = ?, aspiration = ?, learning_agility = ?, engagement = ?, draft = ?, notes = ?,
		source = ?, round = ?, updated_by = ?, updated_at = ? WHERE id = ? RETURNING created_by, created_at`,
		append(cols, a.UpdatedBy, stamp(a.UpdatedAt), a.ID)...).Scan(&a.CreatedBy, stampCol{&a.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That assessment no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update assessment: %w", err)
	}
	return nil
}

// writeAssessmentParts replaces an assessment's ratings and derailers.
func writeAssessmentParts(ctx context.Context, tx *txn, a talent.Assessment) error {
	for _, q := range []string{"DELETE FROM assessment_ratings WHERE assessment_id = ?", "DELETE FROM assessment_derailers WHERE assessment_id = ?"} {
		if _, err := tx.ExecContext(ctx, q, a.ID); err != nil {
			return fmt.Errorf("clear assessment: %w", err)
		}
	}
	for _, r := range a.Ratings {
		_, err := tx.ExecContext(ctx, "INSERT INTO assessment_ratings (assessment_id, behaviour_id, rating, evidence) VALUES (?, ?, ?, ?)",
			a.ID, r.BehaviourID, r.Rating, r.Evidence)
		if err != nil {
			return fmt.Errorf("insert rating: %w", err)
		}
	}
	for _, d := range a.Derailers {
		_, err := tx.ExecContext(ctx, "INSERT INTO assessment_derailers (assessment_id, derailer, status, evidence) VALUES (?, ?, ?, ?)",
			a.ID, d.Derailer, d.Status, d.Evidence)
		if err != nil {
			return fmt.Errorf("insert derailer: %w", err)
		}
	}
	return nil
}

// DeleteAssessment removes an assessment with its ratings and derailers.
func (db *DB) DeleteAssessment(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "assessments", id, "That assessment no longer exists.")
	})
}
