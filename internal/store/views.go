package store

import (
	"context"

	"leadbridge/internal/talent"
)

// TeamViews returns how each person whose direct reports answered anonymously is seen,
// as talent.ViewsOf allows, by person. It reads everyone's at once, in the same few
// queries whatever the size of the business: what the succession summary needs.
func (db *DB) TeamViews(ctx context.Context) (map[int64]talent.Views, error) {
	out := map[int64]talent.Views{}
	err := db.view(ctx, func(tx *txn) error {
		std, err := loadStandard(ctx, tx)
		if err != nil {
			return err
		}
		all, err := queryAssessments(ctx, tx, `draft = 0 AND person_id IN (SELECT person_id FROM assessments
			WHERE round <> '' AND relationship = 'direct-report' AND draft = 0)`)
		if err != nil {
			return err
		}
		byPerson := map[int64][]talent.Assessment{}
		for _, a := range all {
			byPerson[a.PersonID] = append(byPerson[a.PersonID], a)
		}
		for id, as := range byPerson {
			out[id] = viewsOf(std, as)
		}
		return nil
	})
	return out, err
}

// viewsOf works out the views of one person from their completed assessments, named
// and anonymous.
func viewsOf(std talent.Standard, all []talent.Assessment) talent.Views {
	var named, anonymous []talent.Assessment
	for _, a := range all {
		if a.Anonymous() {
			anonymous = append(anonymous, a)
		} else {
			named = append(named, a)
		}
	}
	return talent.ViewsOf(std, named, anonymous)
}
