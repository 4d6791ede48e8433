package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"leadbridge/internal/talent"
)

// KeyRoles returns every key role with its successors, ordered by title.
func (db *DB) KeyRoles(ctx context.Context) ([]talent.KeyRole, error) {
	var out []talent.KeyRole
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryKeyRoles(ctx, tx, "1")
		return err
	})
	return out, err
}

// KeyRolesFor returns the key roles a person is nominated to succeed to, with all their
// successors, ordered by title.
func (db *DB) KeyRolesFor(ctx context.Context, personID int64) ([]talent.KeyRole, error) {
	var out []talent.KeyRole
	err := db.view(ctx, func(tx *txn) (err error) {
		out, err = queryKeyRoles(ctx, tx, "id IN (SELECT role_id FROM successors WHERE person_id = ?)", personID)
		return err
	})
	return out, err
}

// queryKeyRoles loads the key roles matching where (a condition on the key_roles table)
// with their successors: two queries in all.
func queryKeyRoles(ctx context.Context, tx *txn, where string, args ...any) ([]talent.KeyRole, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, title, holder_id, why_critical, "+metaCols+" FROM key_roles WHERE "+where+" ORDER BY title COLLATE FOLD, id", args...)
	if err != nil {
		return nil, fmt.Errorf("query key roles: %w", err)
	}
	defer rows.Close()
	var out []talent.KeyRole
	index := map[int64]int{}
	for rows.Next() {
		var k talent.KeyRole
		if err := rows.Scan(append([]any{&k.ID, &k.Title, idCol{&k.HolderID}, &k.WhyCritical}, metaDest(&k.Meta)...)...); err != nil {
			return nil, fmt.Errorf("scan key role: %w", err)
		}
		index[k.ID] = len(out)
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query key roles: %w", err)
	}
	srows, err := tx.QueryContext(ctx, "SELECT id, role_id, person_id, readiness, note, "+metaCols+" FROM successors WHERE role_id IN (SELECT id FROM key_roles WHERE "+where+") ORDER BY role_id, id", args...)
	if err != nil {
		return nil, fmt.Errorf("query successors: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var s talent.Successor
		if err := srows.Scan(append([]any{&s.ID, &s.RoleID, &s.PersonID, &s.Readiness, &s.Note}, metaDest(&s.Meta)...)...); err != nil {
			return nil, fmt.Errorf("scan successor: %w", err)
		}
		k := &out[index[s.RoleID]]
		k.Successors = append(k.Successors, s)
	}
	return out, srows.Err()
}

// SaveKeyRole creates or updates a key role and replaces its successors. A successor
// already nominated keeps their ID and creation stamp.
func (db *DB) SaveKeyRole(ctx context.Context, k *talent.KeyRole) error {
	w := *k
	w.Successors = append([]talent.Successor(nil), k.Successors...)
	if err := w.Validate(); err != nil {
		return err
	}
	err := db.update(ctx, func(tx *txn) error {
		if err := checkRolePeople(ctx, tx, w); err != nil {
			return err
		}
		if err := db.writeKeyRole(ctx, tx, &w); err != nil {
			return err
		}
		return db.writeSuccessors(ctx, tx, &w)
	})
	if err == nil {
		*k = w
	}
	return err
}

func checkRolePeople(ctx context.Context, tx *txn, k talent.KeyRole) error {
	if k.HolderID != 0 {
		if err := require(ctx, tx, "people", k.HolderID, "The holder chosen for "+k.Title+" no longer exists."); err != nil {
			return err
		}
	}
	for _, s := range k.Successors {
		if err := require(ctx, tx, "people", s.PersonID, "A successor nominated for "+k.Title+" no longer exists."); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) writeKeyRole(ctx context.Context, tx *txn, k *talent.KeyRole) error {
	if k.ID == 0 {
		db.stampNew(&k.Meta)
		err := tx.insert(ctx, &k.ID, "INSERT INTO key_roles (title, holder_id, why_critical, "+metaCols+") VALUES (?, ?, ?, ?, ?, ?, ?)",
			append([]any{k.Title, idArg(k.HolderID), k.WhyCritical}, metaArgs(k.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert key role: %w", err)
		}
		return nil
	}
	db.stampUpdate(&k.Meta)
	err := tx.QueryRowContext(ctx, `UPDATE key_roles SET title = ?, holder_id = ?, why_critical = ?, updated_by = ?, updated_at = ?
		WHERE id = ? RETURNING created_by, created_at`, k.Title, idArg(k.HolderID), k.WhyCritical, k.UpdatedBy, stamp(k.UpdatedAt), k.ID,
	).Scan(&k.CreatedBy, stampCol{&k.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return talent.Errorf(talent.ENOTFOUND, "That key role no longer exists.")
	} else if err != nil {
		return fmt.Errorf("update key role: %w", err)
	}
	return nil
}

// writeSuccessors replaces a role's successors. People already nominated keep their
// nomination's ID and creation stamp, taken from the store rather than from the caller.
func (db *DB) writeSuccessors(ctx context.Context, tx *txn, k *talent.KeyRole) error {
	kept, err := storedSuccessors(ctx, tx, k.ID)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM successors WHERE role_id = ?", k.ID); err != nil {
		return fmt.Errorf("clear successors: %w", err)
	}
	var now talent.Meta
	db.stampNew(&now)
	for i := range k.Successors {
		s := &k.Successors[i]
		s.RoleID, s.ID, s.Meta = k.ID, 0, now
		if old, ok := kept[s.PersonID]; ok {
			s.ID, s.CreatedBy, s.CreatedAt = old.ID, old.CreatedBy, old.CreatedAt
		}
		err := tx.insert(ctx, &s.ID, `INSERT INTO successors (id, role_id, person_id, readiness, note, `+metaCols+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{idArg(s.ID), s.RoleID, s.PersonID, s.Readiness, s.Note}, metaArgs(s.Meta)...)...)
		if err != nil {
			return fmt.Errorf("insert successor: %w", err)
		}
	}
	return nil
}

// storedSuccessors maps each person nominated for a role to their stored nomination.
func storedSuccessors(ctx context.Context, tx *txn, roleID int64) (map[int64]talent.Successor, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, person_id, created_by, created_at FROM successors WHERE role_id = ?", roleID)
	if err != nil {
		return nil, fmt.Errorf("query successors: %w", err)
	}
	defer rows.Close()
	out := map[int64]talent.Successor{}
	for rows.Next() {
		var s talent.Successor
		if err := rows.Scan(&s.ID, &s.PersonID, &s.CreatedBy, stampCol{&s.CreatedAt}); err != nil {
			return nil, fmt.Errorf("scan successor: %w", err)
		}
		out[s.PersonID] = s
	}
	return out, rows.Err()
}

// DeleteKeyRole removes a key role and its successor nominations.
func (db *DB) DeleteKeyRole(ctx context.Context, id int64) error {
	return db.update(ctx, func(tx *txn) error {
		return deleteByID(ctx, tx, "key_roles", id, "That key role no longer exists.")
	})
}
