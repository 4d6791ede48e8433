package ratings_test

import (
	"strings"
	"testing"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// TestRequest_Validate checks requests as the pack they make will be checked, before
// any data file is read: who a pack goes to, and whether it must be named.
func TestRequest_Validate(t *testing.T) {
	for _, tc := range []struct {
		name string
		req  ratings.Request
		want string // "" when the request holds
	}{
		{"direct report, not named", ratings.Request{PersonID: 1, Kind: talent.RelDirectReport}, ""},
		{"manager on file", ratings.Request{PersonID: 1, Kind: talent.RelManager, RaterID: 2}, ""},
		{"mentor by name", ratings.Request{PersonID: 1, Kind: talent.RelMentor, RaterName: " Zoë  Ångström "}, ""},
		{"self", ratings.Request{PersonID: 1, Kind: talent.RelSelf}, ""},
		{"manager not named", ratings.Request{PersonID: 1, Kind: talent.RelManager, RaterName: "  "}, "Name the manager who will answer this pack."},
		{"no kind", ratings.Request{PersonID: 1}, "Choose the kind of rater: self, peer, direct report, mentor or manager."},
		{"the owner", ratings.Request{PersonID: 1, Kind: talent.RelOwner, RaterID: 2}, "Choose the kind of rater"},
		{"self to someone else", ratings.Request{PersonID: 1, Kind: talent.RelSelf, RaterID: 2}, "A self-rating pack goes to the person themselves."},
		{"peer to themselves", ratings.Request{PersonID: 1, Kind: talent.RelPeer, RaterID: 1}, "People rate themselves with a self-rating pack."},
		{"name too long", ratings.Request{PersonID: 1, Kind: talent.RelPeer, RaterName: strings.Repeat("ë", talent.MaxNameLen+1)}, "Rater is 201 characters long; the limit is 200."},
		{"no person", ratings.Request{Kind: talent.RelPeer}, "Choose the person the ratings are about."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := tc.req
			req.Today = today
			got := talent.ErrorMessage(req.Validate())
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("Validate() = %q, want %q", got, tc.want)
			}
		})
	}
}
