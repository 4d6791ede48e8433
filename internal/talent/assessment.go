package talent

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Relationship is how a rater knows the person they assess.
type Relationship string

const (
	RelSelf    Relationship = "self"
	RelManager Relationship = "manager"
	RelMentor  Relationship = "mentor"
	RelPeer    Relationship = "peer"
	RelOwner   Relationship = "owner"
	// RelDirectReport is someone who reports to the person: the view from their team.
	RelDirectReport Relationship = "direct-report"
)

// Relationships lists every relationship.
var Relationships = []Relationship{RelSelf, RelManager, RelMentor, RelPeer, RelDirectReport, RelOwner}

// Valid reports whether r is a known relationship.
func (r Relationship) Valid() bool { return oneOf(r, Relationships) }

// Label is the relationship as shown to people.
func (r Relationship) Label() string {
	switch r {
	case RelSelf:
		return "Self"
	case RelManager:
		return "Manager"
	case RelMentor:
		return "Mentor"
	case RelPeer:
		return "Peer"
	case RelOwner:
		return "Owner"
	case RelDirectReport:
		return "Direct report"
	}
	return string(r)
}

// ParseRelationship reads a relationship as typed on the command line, "direct-report"
// or "direct report", in any case.
func ParseRelationship(s string) (Relationship, bool) {
	r := Relationship(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), " ", "-"))
	return r, r.Valid()
}

// Source says where an assessment came from.
type Source string

const (
	SourceTyped Source = ""      // typed into Leadbridge
	SourcePack  Source = "pack"  // a rating pack's response, imported
	SourcePaper Source = "paper" // a printed rating pack, typed in
)

// Valid reports whether s is a known source.
func (s Source) Valid() bool { return s == SourceTyped || s == SourcePack || s == SourcePaper }

// Label is the source as shown to people.
func (s Source) Label() string {
	switch s {
	case SourcePack:
		return "Rating pack"
	case SourcePaper:
		return "Paper form"
	}
	return "Typed in"
}

// Performance is the rating of how well someone does their current role. The empty value
// means "not rated".
type Performance string

const (
	PerformanceBelow   Performance = "below"
	PerformanceMeets   Performance = "meets"
	PerformanceExceeds Performance = "exceeds"
)

// Performances lists the ratings in ascending order.
var Performances = []Performance{PerformanceBelow, PerformanceMeets, PerformanceExceeds}

// Valid reports whether p is a rating or unset.
func (p Performance) Valid() bool { return p == "" || oneOf(p, Performances) }

// Label is the rating as shown to people.
func (p Performance) Label() string {
	switch p {
	case PerformanceBelow:
		return "Below expectations"
	case PerformanceMeets:
		return "Meets expectations"
	case PerformanceExceeds:
		return "Exceeds expectations"
	}
	return "Not rated"
}

// BehaviourRating is one behaviour's rating in an assessment, with the evidence for it.
type BehaviourRating struct {
	BehaviourID int64
	Rating      Rating
	Evidence    string
}

// Assessment is one rater's dated view of one person against the leadership standard.
// History is kept: growth over time is the point.
type Assessment struct {
	ID       int64
	PersonID int64
	Date     time.Time
	// RaterID is the rater when they are a person in the database; RaterName names the
	// rater otherwise (an outside mentor, or "former staff member" after an erasure).
	RaterID      int64
	RaterName    string
	Relationship Relationship
	Ratings      []BehaviourRating
	Performance  Performance
	// The potential inputs besides behaviours.
	Aspiration      Aspiration
	LearningAgility Level
	Engagement      Level
	Derailers       []DerailerStatus
	// Draft assessments are saved part-done and ignored by every derived result.
	Draft  bool
	Notes  string
	Source Source
	// Round is set on an anonymous answer only: a peer's or direct report's answer whose
	// rater is not recorded, dated by the day its round of rating packs was made.
	// Anonymous answers are only ever shown inside a group's figure (see Views).
	Round time.Time
	Meta
}

// Anonymous reports whether a is an anonymous answer, whose rater is not recorded.
func (a Assessment) Anonymous() bool { return !a.Round.IsZero() }

// Rating returns the rating given to a behaviour, RatingNoEvidence when there is none.
func (a Assessment) Rating(behaviourID int64) Rating {
	for _, r := range a.Ratings {
		if r.BehaviourID == behaviourID {
			return r.Rating
		}
	}
	return RatingNoEvidence
}

// Validate checks an assessment against the standard it rates.
func (a *Assessment) Validate(std Standard) error {
	a.Date = Day(a.Date)
	a.RaterName = CleanName(a.RaterName)
	a.Round = Day(a.Round)
	if err := a.validateRater(); err != nil {
		return err
	}
	switch {
	case !a.Source.Valid():
		return Invalid("source", "An assessment is typed in, from a rating pack or from a paper form.")
	case a.PersonID == 0:
		return Invalid("person", "Choose the person being assessed.")
	case a.Date.IsZero():
		return Invalid("date", "Enter the date of the assessment.")
	case !a.Performance.Valid():
		return Invalid("performance", "Performance must be below, meets or exceeds expectations.")
	case !a.Aspiration.Valid():
		return Invalid("aspiration", "Aspiration must be yes, unsure or no.")
	case !a.LearningAgility.Valid():
		return Invalid("learningAgility", "Learning agility must be low, medium or high.")
	case !a.Engagement.Valid():
		return Invalid("engagement", "Engagement must be low, medium or high.")
	}
	if err := checkDate("date", "Assessment date", a.Date); err != nil {
		return err
	}
	if err := checkDate("round", "Round", a.Round); err != nil {
		return err
	}
	if err := checkOrder("round", "The assessment date", "its round of rating packs", a.Round, a.Date); err != nil {
		return err
	}
	if err := a.validateRatings(std); err != nil {
		return err
	}
	if err := validateDerailers(a.Derailers); err != nil {
		return err
	}
	return checkText("notes", "Notes", &a.Notes, MaxNoteLen)
}

// validateRater checks who the rater is: nobody recorded for an anonymous answer, the
// person themselves for self, someone named for everyone else.
func (a *Assessment) validateRater() error {
	switch {
	case !a.Relationship.Valid():
		return Invalid("relationship", "Choose how the rater knows the person: self, manager, mentor, peer, direct report or owner.")
	case a.Anonymous() && !a.Relationship.KeptAnonymous():
		return Invalid("relationship", "Only answers from peers and direct reports are kept anonymous.")
	case a.Anonymous() && (a.RaterID != 0 || a.RaterName != ""):
		return Invalid("rater", "An anonymous answer does not record who gave it.")
	case a.Source == SourcePaper && a.Relationship.KeptAnonymous() && !a.Anonymous():
		return Invalid("round", "A paper form from a peer or direct report is anonymous: enter the day its round of rating packs was made.")
	case a.Anonymous() && a.Draft:
		return Invalid("draft", "An anonymous answer is saved complete: as a draft it could not be found again to finish.")
	case a.Anonymous():
		return nil
	case a.RaterID == 0 && a.RaterName == "" && a.Relationship != RelSelf:
		return Invalid("rater", "Name the rater.")
	case a.Relationship == RelSelf && a.RaterID != 0 && a.RaterID != a.PersonID:
		return Invalid("rater", "A self-assessment must be made by the person themselves.")
	case a.Relationship != RelSelf && a.RaterID != 0 && a.RaterID == a.PersonID:
		return Invalid("relationship", "When people rate themselves, the relationship is self.")
	}
	return nil
}

func (a *Assessment) validateRatings(std Standard) error {
	known := map[int64]bool{}
	for _, c := range std.Competencies {
		for _, b := range c.Behaviours {
			known[b.ID] = true
		}
	}
	seen := map[int64]bool{}
	for i := range a.Ratings {
		r := &a.Ratings[i]
		switch {
		case !known[r.BehaviourID]:
			return Invalid("ratings", "A rating refers to a behaviour that is not in the leadership standard.")
		case seen[r.BehaviourID]:
			return Invalid("ratings", "A behaviour is rated twice in one assessment.")
		case !r.Rating.Valid():
			return Invalid("ratings", "Rating %d is out of range; use 1 to 4, or No evidence yet.", r.Rating)
		}
		seen[r.BehaviourID] = true
		if err := checkText("ratings", "Evidence", &r.Evidence, MaxNoteLen); err != nil {
			return err
		}
	}
	return nil
}

// CompetencyScores averages an assessment's rated behaviours per competency. Competencies
// with no rated behaviour are absent from the map.
func CompetencyScores(std Standard, a Assessment) map[int64]float64 {
	scores := map[int64]float64{}
	for _, c := range std.Competencies {
		sum, n := 0, 0
		for _, b := range c.Behaviours {
			if r := a.Rating(b.ID); r.Rated() {
				sum += int(r)
				n++
			}
		}
		if n > 0 {
			scores[c.ID] = float64(sum) / float64(n)
		}
	}
	return scores
}

// Newer reports whether a is more recent than b by the one rule that decides which
// assessment counts, on every screen and document: the later date, and on the same date
// the later entered (higher ID). The store's query for everyone's potential follows it too.
func Newer(a, b Assessment) bool {
	if !a.Date.Equal(b.Date) {
		return a.Date.After(b.Date)
	}
	return a.ID > b.ID
}

// ByOthers returns the completed assessments made by someone other than the person,
// newest first by Newer: the first is the one a person's potential rests on.
func ByOthers(as []Assessment) []Assessment {
	var out []Assessment
	for _, a := range as {
		if byOther(a) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b Assessment) int {
		if Newer(a, b) {
			return -1
		}
		if Newer(b, a) {
			return 1
		}
		return 0
	})
	return out
}

// byOther reports whether a is a completed assessment by someone other than the person,
// the kind that counts for their potential. A direct report's view is upward feedback on
// how someone leads now, shown beside potential as the team's figure, and an anonymous
// answer is never shown on its own: neither is ever the basis of potential.
func byOther(a Assessment) bool {
	return !a.Draft && a.Relationship != RelSelf && a.Relationship != RelDirectReport && !a.Anonymous()
}

// NotableGap is how far a self-rating must be from others' to be pointed out: half a step
// of the rating scale. A smaller gap is in line.
const NotableGap = 0.5

// SelfGap is, for one competency, how a person's self-rating compares with others'.
type SelfGap struct {
	CompetencyID int64
	Self, Others float64
	Gap          float64 // Self minus Others: positive means they rate themselves higher
}

// InLine reports whether the self-rating is within NotableGap of others', either way.
func (g SelfGap) InLine() bool { return inLine(g.Gap) }

// inLine reports whether two scores that differ by gap are within NotableGap of each
// other. Scores are averages, whose floating-point error must not pull a gap of exactly
// half a point (13/6 against 5/3) in line.
func inLine(gap float64) bool { return math.Abs(gap) < NotableGap-1e-9 }

// SelfGaps compares the latest completed self-assessment with the average of the latest
// completed assessment from each other rater, latest by Newer. Competencies missing on
// either side are left out; the gaps are shown, not hidden.
func SelfGaps(std Standard, assessments []Assessment) []SelfGap {
	var self *Assessment
	latestByRater := map[string]Assessment{}
	for i, a := range assessments {
		if a.Draft || a.Anonymous() {
			continue
		}
		if a.Relationship == RelSelf {
			if self == nil || Newer(a, *self) {
				self = &assessments[i]
			}
			continue
		}
		key := raterKey(a)
		if prev, ok := latestByRater[key]; !ok || Newer(a, prev) {
			latestByRater[key] = a
		}
	}
	if self == nil || len(latestByRater) == 0 {
		return nil
	}
	selfScores := CompetencyScores(std, *self)
	var gaps []SelfGap
	for _, c := range std.Competencies {
		s, ok := selfScores[c.ID]
		if !ok {
			continue
		}
		sum, n := 0.0, 0
		for _, a := range latestByRater {
			if v, ok := CompetencyScores(std, a)[c.ID]; ok {
				sum += v
				n++
			}
		}
		if n > 0 {
			o := sum / float64(n)
			gaps = append(gaps, SelfGap{CompetencyID: c.ID, Self: s, Others: o, Gap: s - o})
		}
	}
	return gaps
}

func raterKey(a Assessment) string {
	if a.RaterID != 0 {
		return "id:" + strconv.FormatInt(a.RaterID, 10)
	}
	return "name:" + FoldKey(a.RaterName)
}
