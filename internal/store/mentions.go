package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"leadbridge/internal/talent"
)

// unsearched are the text columns, by name or as table.column, that an erasure does not
// search for a first name: the stamps say who entered a record, not whom it is about, and
// a person's own name is no mention of someone else.
var unsearched = map[string]bool{"created_by": true, "updated_by": true, "people.name": true, "people.name_key": true}

// excerptRunes is how much of a mention's text is shown on each side of the first name.
const excerptRunes = 60

// findMentions lists in e the records that still hold the erased person's first name as a
// word once their full name is replaced, and counts the people on file who share it. A
// first name that begins the full name of someone else on file ("Zoë Smith") is theirs
// and not listed; where that full name is the erased person's own, it is listed, as it
// may be about them. The audit log is not searched: its entries cannot be edited.
func findMentions(ctx context.Context, tx *txn, e *talent.Erasure, tables []string, refs []reference) error {
	words := strings.Fields(e.Name)
	if len(words) < 2 {
		return nil // the first name is the full name, replaced already
	}
	e.FirstName = words[0]
	theirs, err := firstNameTakers(ctx, tx, e)
	if err != nil {
		return err
	}
	for _, t := range tables {
		if t == "audit" {
			continue
		}
		keys, texts, err := searchedColumns(ctx, tx, t)
		if err != nil {
			return err
		}
		if len(keys) == 0 || len(texts) == 0 {
			continue
		}
		rows, err := rowsNaming(ctx, tx, t, keys, texts, e.FirstName)
		if err != nil {
			return err
		}
		for _, v := range rows {
			text, ok := mentionIn(v[len(keys):], e.FirstName, theirs)
			if !ok {
				continue
			}
			people, err := rowPeople(ctx, tx, refs, t, keyMatch(keys), v[:len(keys)])
			if err != nil {
				return err
			}
			e.Mentions = append(e.Mentions, talent.Mention{Kind: recordWords(t)[0], People: people, Text: text})
		}
	}
	return nil
}

// firstNameTakers counts in e the people on file whose first name is e's, and returns
// the full names of those whose name is longer and not e's, longest first, so that a
// mention of one of them is not taken for e's first name.
func firstNameTakers(ctx context.Context, tx *txn, e *talent.Erasure) ([]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT name FROM people WHERE instr(name, ?) = 1", e.FirstName)
	if err != nil {
		return nil, fmt.Errorf("look up first name: %w", err)
	}
	defer rows.Close()
	var theirs []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("look up first name: %w", err)
		}
		if strings.Fields(name)[0] != e.FirstName {
			continue
		}
		e.Namesakes++
		if name != e.FirstName && name != e.Name && !slices.Contains(theirs, name) {
			theirs = append(theirs, name)
		}
	}
	slices.SortFunc(theirs, func(a, b string) int { return len(b) - len(a) })
	return theirs, rows.Err()
}

// searchedColumns returns a table's primary-key columns and the text columns searched
// for mentions.
func searchedColumns(ctx context.Context, tx *txn, table string) (keys, texts []string, err error) {
	keys, all, err := tableColumns(ctx, tx, table)
	for _, c := range all {
		if !unsearched[c] && !unsearched[table+"."+c] {
			texts = append(texts, c)
		}
	}
	return keys, texts, err
}

// mentionIn returns an excerpt of the first of texts that holds first as a word other
// than at the start of one of theirs, and whether there is one.
func mentionIn(texts []any, first string, theirs []string) (string, bool) {
	for _, v := range texts {
		s, ok := v.(string)
		if !ok {
			continue
		}
		masked := s
		for _, name := range theirs {
			// Masking keeps every byte in place, so i below indexes s too.
			masked = strings.ReplaceAll(masked, name, strings.Repeat("\x00", len(name)))
		}
		if i := wholeIndex(masked, first); i >= 0 {
			return excerpt(s, i, len(first)), true
		}
	}
	return "", false
}

// excerpt shortens s to the text around the n bytes at i, on one line.
func excerpt(s string, i, n int) string {
	before, after := []rune(s[:i]), []rune(s[i+n:])
	pre, post := "", ""
	if len(before) > excerptRunes {
		before, pre = before[len(before)-excerptRunes:], "…"
	}
	if len(after) > excerptRunes {
		after, post = after[:excerptRunes], "…"
	}
	return pre + strings.Join(strings.Fields(string(before)+s[i:i+n]+string(after)), " ") + post
}

// keyMatch is the condition that picks a row by its key columns.
func keyMatch(keys []string) string {
	var match []string
	for _, k := range keys {
		match = append(match, quote(k)+" = ?")
	}
	return strings.Join(match, " AND ")
}

// rowPeople names the people whose records the row of table picked by where (with args)
// is among, as personScope counts them: the person it is, or those it refers to,
// directly or through the rows it refers to.
func rowPeople(ctx context.Context, tx *txn, refs []reference, table, where string, args []any) ([]string, error) {
	ids, err := rowPersonIDs(ctx, tx, refs, table, where, args)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, id := range ids {
		var name string
		if err := tx.QueryRowContext(ctx, "SELECT name FROM people WHERE id = ?", id).Scan(&name); err != nil {
			return nil, fmt.Errorf("name person %d: %w", id, err)
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return names, nil
}

func rowPersonIDs(ctx context.Context, tx *txn, refs []reference, table, where string, args []any) ([]int64, error) {
	if table == "people" {
		var id int64
		err := tx.Tx.QueryRowContext(ctx, "SELECT id FROM people WHERE "+where, args...).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return []int64{id}, err
	}
	var ids []int64
	for _, r := range refs {
		if r.table != table || r.parent == table {
			continue
		}
		var v any
		err := tx.Tx.QueryRowContext(ctx, "SELECT "+quote(r.column)+" FROM "+quote(table)+" WHERE "+where, args...).Scan(&v)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("follow %s.%s: %w", table, r.column, err)
		}
		if v == nil {
			continue
		}
		more, err := rowPersonIDs(ctx, tx, refs, r.parent, quote(r.parentColumn)+" = ?", []any{v})
		if err != nil {
			return nil, err
		}
		for _, id := range more {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids, nil
}
