package talent

import (
	"fmt"
	"strings"
	"time"
)

// PackValidDays is how long a rating pack can be answered, counted from the day it is made.
const PackValidDays = 30

// KeptAnonymous reports whether answers from this kind of rater are anonymous when they
// come from a rating pack: peers and direct reports, who may not speak freely otherwise.
func (r Relationship) KeptAnonymous() bool { return r == RelPeer || r == RelDirectReport }

// NamesRater reports whether a rating pack to this kind of rater must say who answers it:
// a mentor's or a manager's. The person answers their own, and peers and direct reports
// answer anonymously.
func (r Relationship) NamesRater() bool { return r != RelSelf && !r.KeptAnonymous() }

// Rater names this kind of rater as a sentence about the person rated does: "a peer",
// "a direct report", "their mentor", "their manager", "the owner"; "themselves" for
// their own.
func (r Relationship) Rater() string {
	switch r {
	case RelSelf:
		return "themselves"
	case RelPeer, RelDirectReport:
		return "a " + strings.ToLower(r.Label())
	case RelOwner:
		return "the owner"
	}
	return "their " + strings.ToLower(r.Label())
}

// Packable reports whether a rating pack can ask this kind of rater; the owner has the app.
func (r Relationship) Packable() bool { return r.Valid() && r != RelOwner }

// JudgesDerailer reports whether this kind of rater sees enough to judge a derailer. A
// direct report sees how the person treats people, builds the team and copes with the
// change of role; a peer sees relationships, change and how far beyond their own function
// they look; whether business objectives are met is for those who see the whole job.
func (r Relationship) JudgesDerailer(d Derailer) bool {
	switch r {
	case RelDirectReport:
		return d == DerailerRelationships || d == DerailerTeam || d == DerailerAdapting
	case RelPeer:
		return d == DerailerRelationships || d == DerailerAdapting || d == DerailerNarrow
	}
	return d.Valid()
}

// RatingPack is a rating form sent to one rater who does not have Leadbridge, answered in
// a browser and sent back as a response file. The owner sees who it was sent to and
// whether it came back; for an anonymous kind of rater, never which answer it brought.
type RatingPack struct {
	ID           int64
	Code         string // random, one-time: a response is accepted once
	PersonID     int64
	Relationship Relationship
	// RaterID or RaterName say who it was sent to, for the owner's list only: a pack for
	// an anonymous kind of rater never carries the name in its file.
	RaterID    int64
	RaterName  string
	Behaviours []int64 // the behaviours it asks about, as the standard was when it was made
	Made       time.Time
	Expires    time.Time
	Returned   time.Time // zero until a response is imported
	Meta
}

// Validate checks a pack before it is made.
func (p *RatingPack) Validate() error {
	p.RaterName = CleanName(p.RaterName)
	p.Made, p.Expires = Day(p.Made), Day(p.Expires)
	switch {
	case p.PersonID == 0:
		return Invalid("person", "Choose the person the ratings are about.")
	case !p.Relationship.Packable():
		return Invalid("kind", "Choose the kind of rater: self, peer, direct report, mentor or manager.")
	case p.Relationship == RelSelf && p.RaterID != 0 && p.RaterID != p.PersonID:
		return Invalid("rater", "A self-rating pack goes to the person themselves.")
	case p.Relationship != RelSelf && p.RaterID != 0 && p.RaterID == p.PersonID:
		return Invalid("rater", "People rate themselves with a self-rating pack.")
	case p.Relationship.NamesRater() && p.RaterID == 0 && p.RaterName == "":
		return Invalid("rater", "Name the %s who will answer this pack.", strings.ToLower(p.Relationship.Label()))
	case len(p.Behaviours) == 0:
		return Invalid("standard", "The leadership standard has no behaviours to rate.")
	case !p.Expires.After(p.Made):
		return Invalid("expires", "A pack must expire after the day it is made.")
	}
	return checkText("rater", "Rater", &p.RaterName, MaxNameLen)
}

// Expired reports whether the pack can no longer be answered on day.
func (p RatingPack) Expired(day time.Time) bool { return Day(day).After(p.Expires) }

// Status says in words whether the pack came back.
func (p RatingPack) Status(asOf time.Time) string {
	switch {
	case !p.Returned.IsZero():
		return "Returned " + FormatDate(p.Returned)
	case p.Expired(asOf):
		return "Expired " + FormatDate(p.Expires)
	}
	return fmt.Sprintf("Sent %s, open until %s", FormatDate(p.Made), FormatDate(p.Expires))
}
