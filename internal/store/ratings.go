package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

// ratingSecretKey is the setting that holds the data file's key for rating packs.
const ratingSecretKey = "rating_packs.secret"

// RatingSecret returns the data file's own key for rating packs' checksums. It never
// leaves the data file: a response can only be checked against the file that made its
// pack. With create, it is made from 32 random bytes the first time a pack needs it;
// without, a file that never made a pack has none, and a response to one is refused as
// answering a pack this file did not make, with nothing written.
func (db *DB) RatingSecret(ctx context.Context, create bool) ([]byte, error) {
	const read = "SELECT value FROM settings WHERE key = ?"
	var key string
	var err error
	if create {
		err = db.update(ctx, func(tx *txn) error {
			fresh := make([]byte, 32)
			if _, err := rand.Read(fresh); err != nil {
				return fmt.Errorf("make rating pack key: %w", err)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
				ratingSecretKey, hex.EncodeToString(fresh)); err != nil {
				return fmt.Errorf("save rating pack key: %w", err)
			}
			return tx.QueryRowContext(ctx, read, ratingSecretKey).Scan(&key)
		})
	} else {
		err = db.view(ctx, func(tx *txn) error {
			err := tx.QueryRowContext(ctx, read, ratingSecretKey).Scan(&key)
			if errors.Is(err, sql.ErrNoRows) {
				return unknownPack()
			}
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	b, err := hex.DecodeString(key)
	if err != nil || len(b) < 32 {
		return nil, fmt.Errorf("rating pack key is damaged")
	}
	return b, nil
}

// unknownPack refuses a response to a pack the data file has no record of.
func unknownPack() error {
	return talent.Errorf(talent.ENOTFOUND, "This response answers a rating pack that this data file did not make (or has since erased). Import it into the data file the pack was made from.")
}

const packCols = `id, code, person_id, relationship, rater_id, rater_name, behaviours, made, expires, returned, ` + metaCols

// SavePack records a new rating pack; its code is the caller's.
func (db *DB) SavePack(ctx context.Context, p *talent.RatingPack) error {
	w := *p
	if err := w.Validate(); err != nil {
		return err
	}
	if w.Code == "" {
		return errors.New("rating pack without a code")
	}
	ids, err := json.Marshal(w.Behaviours)
	if err != nil {
		return fmt.Errorf("rating pack behaviours: %w", err)
	}
	err = db.update(ctx, func(tx *txn) error {
		if err := require(ctx, tx, "people", w.PersonID, "The person the ratings are about no longer exists."); err != nil {
			return err
		}
		if w.RaterID != 0 {
			if err := require(ctx, tx, "people", w.RaterID, "The rater chosen no longer exists."); err != nil {
				return err
			}
		}
		db.stampNew(&w.Meta)
		err := tx.insert(ctx, &w.ID, `INSERT INTO rating_packs (code, person_id, relationship, rater_id, rater_name, behaviours,
			made, expires, `+metaCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{w.Code, w.PersonID, w.Relationship, idArg(w.RaterID), w.RaterName, string(ids),
				dateArg(w.Made), dateArg(w.Expires)}, metaArgs(w.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert rating pack: %w", err)
		}
		return db.audit(ctx, tx, "rating pack", fmt.Sprintf("Rating pack %d made for a %s.", w.ID, strings.ToLower(w.Relationship.Label())))
	})
	if err == nil {
		*p = w
	}
	return err
}

// RatingPacks returns the packs made about a person, newest first.
func (db *DB) RatingPacks(ctx context.Context, personID int64) ([]talent.RatingPack, error) {
	var out []talent.RatingPack
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT "+packCols+" FROM rating_packs WHERE person_id = ? ORDER BY made DESC, id DESC", personID)
		if err != nil {
			return fmt.Errorf("query rating packs: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPack(rows)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

func scanPack(s scanner) (talent.RatingPack, error) {
	var p talent.RatingPack
	var ids string
	dest := append([]any{&p.ID, &p.Code, &p.PersonID, &p.Relationship, idCol{&p.RaterID}, &p.RaterName, &ids,
		dateCol{&p.Made}, dateCol{&p.Expires}, dateCol{&p.Returned}}, metaDest(&p.Meta)...)
	if err := s.Scan(dest...); err != nil {
		return p, fmt.Errorf("scan rating pack: %w", err)
	}
	if err := json.Unmarshal([]byte(ids), &p.Behaviours); err != nil {
		return p, fmt.Errorf("read rating pack behaviours: %w", err)
	}
	return p, nil
}

// ReturnPack takes in the response to the pack with this code, in one transaction:
// answer, given the pack and the standard, checks the response and returns the
// assessment it brings, or refuses it; the assessment is saved and the pack marked
// returned today. A refusal, or any failure, changes nothing. The pack is not linked to
// the assessment: for an anonymous pack, nothing on file says whose answer it was.
func (db *DB) ReturnPack(ctx context.Context, code string, answer func(talent.RatingPack, talent.Standard) (talent.Assessment, error)) (talent.Assessment, error) {
	var a talent.Assessment
	err := db.update(ctx, func(tx *txn) error {
		p, err := scanPack(tx.QueryRowContext(ctx, "SELECT "+packCols+" FROM rating_packs WHERE code = ?", code))
		if errors.Is(err, sql.ErrNoRows) {
			return unknownPack()
		} else if err != nil {
			return err
		}
		std, err := loadStandard(ctx, tx)
		if err != nil {
			return err
		}
		if a, err = answer(p, std); err != nil {
			return err
		}
		if err := db.saveAssessment(ctx, tx, std, &a); err != nil {
			return err
		}
		return db.markReturned(ctx, tx, p, &a)
	})
	return a, err
}

// markReturned marks a pack returned today. For an anonymous answer, the pack, the answer
// and the audit entry carry the day alone, not the time, and the entry names no pack:
// the answers to several packs returned on one day cannot be matched to the packs by
// when they came in.
func (db *DB) markReturned(ctx context.Context, tx *txn, p talent.RatingPack, a *talent.Assessment) error {
	now := db.clock()
	detail := fmt.Sprintf("Rating pack %d returned.", p.ID)
	if a.Anonymous() {
		now = talent.Day(now)
		a.CreatedAt, a.UpdatedAt = now, now
		detail = "An anonymous rating pack returned."
		if _, err := tx.ExecContext(ctx, "UPDATE assessments SET created_at = ?1, updated_at = ?1 WHERE id = ?2", stamp(now), a.ID); err != nil {
			return fmt.Errorf("stamp anonymous answer: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "UPDATE rating_packs SET returned = ?, updated_by = ?, updated_at = ? WHERE id = ?",
		talent.FormatDate(now), db.actor, stamp(now), p.ID); err != nil {
		return fmt.Errorf("mark rating pack returned: %w", err)
	}
	return db.auditAt(ctx, tx, now, "rating pack", detail)
}
