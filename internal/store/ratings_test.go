package store

import (
	"context"
	"testing"

	"leadbridge/internal/talent"
)

// TestReturnPack_AnonymousAnswerKeepsTheDayAlone returns an anonymous peer's pack at
// half past one and finds only the day on the answer, on the pack and in the audit log,
// so that answers returned on one day cannot be matched to packs by their times.
func TestReturnPack_AnonymousAnswerKeepsTheDayAlone(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	zoe := addPerson(t, db, "Zoë Ångström")
	b := standard(t, db).Competencies[0].Behaviours[0].ID
	day := talent.Day(testNow)
	pack := talent.RatingPack{Code: "code-1", PersonID: zoe.ID, Relationship: talent.RelPeer, Behaviours: []int64{b},
		Made: day.AddDate(0, 0, -2), Expires: day.AddDate(0, 0, 12)}
	must(t, db.SavePack(ctx, &pack))

	a, err := db.ReturnPack(ctx, "code-1", func(p talent.RatingPack, _ talent.Standard) (talent.Assessment, error) {
		return talent.Assessment{PersonID: p.PersonID, Relationship: p.Relationship, Date: day, Round: p.Made,
			Source: talent.SourcePack, Ratings: []talent.BehaviourRating{{BehaviourID: b, Rating: 3}}}, nil
	})
	must(t, err)
	midnight := stamp(day)
	for _, q := range []struct {
		what, query string
		id          int64
	}{
		{"the answer's created_at", "SELECT created_at FROM assessments WHERE id = ?", a.ID},
		{"the answer's updated_at", "SELECT updated_at FROM assessments WHERE id = ?", a.ID},
		{"the pack's updated_at", "SELECT updated_at FROM rating_packs WHERE id = ?", pack.ID},
		{"the audit entry's time", "SELECT at FROM audit ORDER BY id DESC LIMIT 1", 0},
	} {
		args := []any{q.id}
		if q.id == 0 {
			args = nil
		}
		var got string
		must(t, db.db.QueryRow(q.query, args...).Scan(&got))
		if got != midnight {
			t.Errorf("%s = %s, want the day alone (%s)", q.what, got, midnight)
		}
	}
}
