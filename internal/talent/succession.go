package talent

import (
	"sort"
	"time"
)

// Readiness is how soon a successor could step into a key role.
type Readiness string

const (
	ReadyEmergency Readiness = "emergency"
	ReadyNow       Readiness = "now"
	Ready1to2Years Readiness = "1-2y"
	Ready3Plus     Readiness = "3y+"
)

// Readinesses lists readiness levels from soonest to latest, the order successors are
// grouped in. Emergency cover comes first: it is who steps in tomorrow, if only for now.
var Readinesses = []Readiness{ReadyEmergency, ReadyNow, Ready1to2Years, Ready3Plus}

// Valid reports whether r is a known readiness.
func (r Readiness) Valid() bool { return oneOf(r, Readinesses) }

// Label is the readiness as shown to people.
func (r Readiness) Label() string {
	switch r {
	case ReadyEmergency:
		return "Emergency cover"
	case ReadyNow:
		return "Ready now"
	case Ready1to2Years:
		return "Ready in 1–2 years"
	case Ready3Plus:
		return "Ready in 3+ years"
	}
	return string(r)
}

// Rank orders readiness best first, for comparing candidates: ready now, then emergency
// cover (a stopgap, not a successor), then 1–2 years, then 3+ years; unset comes last.
func (r Readiness) Rank() int {
	switch r {
	case ReadyNow:
		return 0
	case ReadyEmergency:
		return 1
	case Ready1to2Years:
		return 2
	case Ready3Plus:
		return 3
	}
	return 4
}

// BestReadiness finds, for each person nominated as a successor, their best readiness
// (by Rank) across the roles.
func BestReadiness(roles []KeyRole) map[int64]Readiness {
	best := map[int64]Readiness{}
	for _, role := range roles {
		for _, sc := range role.Successors {
			if cur, ok := best[sc.PersonID]; !ok || sc.Readiness.Rank() < cur.Rank() {
				best[sc.PersonID] = sc.Readiness
			}
		}
	}
	return best
}

// KeyRole is a role the business depends on.
type KeyRole struct {
	ID          int64
	Title       string
	HolderID    int64 // 0 when the role is vacant
	WhyCritical string
	Successors  []Successor
	Meta
}

// Successor is a person nominated to step into a key role.
type Successor struct {
	ID        int64
	RoleID    int64
	PersonID  int64
	Readiness Readiness
	Note      string
	Meta
}

// Validate checks a key role and its successors.
func (k *KeyRole) Validate() error {
	k.Title = CleanName(k.Title)
	if err := checkName("title", "Role title", &k.Title); err != nil {
		return err
	}
	if err := checkText("whyCritical", "Why it is critical", &k.WhyCritical, MaxNoteLen); err != nil {
		return err
	}
	seen := map[int64]bool{}
	for i := range k.Successors {
		s := &k.Successors[i]
		if err := s.Validate(*k); err != nil {
			return err
		}
		if seen[s.PersonID] {
			return Invalid("successors", "The same person is nominated twice for %s.", k.Title)
		}
		seen[s.PersonID] = true
	}
	return nil
}

// Validate checks one successor against the role it is nominated for.
func (s *Successor) Validate(role KeyRole) error {
	switch {
	case s.PersonID == 0:
		return Invalid("successor", "Choose the successor.")
	case s.PersonID == role.HolderID:
		return Invalid("successor", "The person who holds %s cannot be its successor.", role.Title)
	case !s.Readiness.Valid():
		return Invalid("readiness", "Choose a readiness: emergency cover, ready now, ready in 1–2 years or ready in 3+ years.")
	}
	return checkText("note", "Note", &s.Note, MaxNoteLen)
}

// HasReadyNow reports whether the role has at least one successor ready now.
func (k KeyRole) HasReadyNow() bool {
	for _, s := range k.Successors {
		if s.Readiness == ReadyNow {
			return true
		}
	}
	return false
}

// Bench is the business's bench strength: the share of key roles with at least one
// successor ready now.
type Bench struct {
	Roles, Covered int
}

// Share is Covered/Roles, or 0 when there are no key roles.
func (b Bench) Share() float64 {
	if b.Roles == 0 {
		return 0
	}
	return float64(b.Covered) / float64(b.Roles)
}

// Percent is the share as a whole percentage.
func (b Bench) Percent() int { return int(b.Share()*100 + 0.5) }

// BenchPoint is the bench strength recorded on a day.
type BenchPoint struct {
	Date  time.Time
	Bench Bench
}

// BenchStrength measures bench strength across the key roles.
func BenchStrength(roles []KeyRole) Bench {
	b := Bench{Roles: len(roles)}
	for _, r := range roles {
		if r.HasReadyNow() {
			b.Covered++
		}
	}
	return b
}

// SoleExpert is critical expertise that only one active person holds.
type SoleExpert struct {
	Expertise string
	PersonID  int64
}

// SoleExpertise finds expertise held by exactly one active person, a risk when that
// person leaves or is promoted. Expertise is matched without regard to case.
func SoleExpertise(people []Person) []SoleExpert {
	holders := map[string][]int64{}
	names := map[string]string{}
	for _, p := range people {
		if !p.Active() {
			continue
		}
		for _, e := range p.Expertise {
			k := FoldKey(e)
			if k == "" {
				continue
			}
			if _, ok := names[k]; !ok {
				names[k] = CleanName(e)
			}
			if ids := holders[k]; len(ids) > 0 && ids[len(ids)-1] == p.ID {
				continue // the same person listing it twice is still one holder
			}
			holders[k] = append(holders[k], p.ID)
		}
	}
	var out []SoleExpert
	for k, ids := range holders {
		if len(ids) == 1 {
			out = append(out, SoleExpert{Expertise: names[k], PersonID: ids[0]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return CompareNames(out[i].Expertise, out[j].Expertise) < 0 })
	return out
}

// ExposedRole is a key role with nobody ready to step in now, scored by how much its
// loss would hurt.
type ExposedRole struct {
	Role    KeyRole
	Score   int       // the holder's risk of leaving × the impact of losing them, 1 to 9
	Closest Readiness // the nearest readiness among its successors; "" when none is named
}

// MostExposed ranks the key roles nobody is ready to step into now, most exposed first:
// by the holder's risk of leaving × impact of loss, then by how far the closest
// successor is from ready, a vacant role first among equals. A role with someone ready now is not exposed. Every key role
// weighs the same for criticality, as none is recorded beyond being named key; a vacant
// role scores highest, its holder already gone.
func MostExposed(roles []KeyRole, people map[int64]Person) []ExposedRole {
	var out []ExposedRole
	for _, r := range roles {
		if r.HasReadyNow() {
			continue
		}
		e := ExposedRole{Role: r, Score: 9}
		if r.HolderID != 0 {
			e.Score = LossScore(people[r.HolderID])
		}
		for _, s := range r.Successors {
			if e.Closest == "" || s.Readiness.Rank() < e.Closest.Rank() {
				e.Closest = s.Readiness
			}
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if vi, vj := out[i].Role.HolderID == 0, out[j].Role.HolderID == 0; vi != vj {
			return vi
		}
		return out[i].Closest.Rank() > out[j].Closest.Rank()
	})
	return out
}

// LossScore is how much losing a person would hurt, 1 to 9: their risk of leaving ×
// the impact of losing them, each unrated level counted as medium.
func LossScore(p Person) int { return levelWeight(p.RiskOfLeaving) * levelWeight(p.ImpactOfLoss) }

// levelWeight weighs a risk or impact level for ranking. An unrated level counts as
// medium, so that a holder nobody has rated does not rank as safe.
func levelWeight(l Level) int {
	switch l {
	case LevelHigh:
		return 3
	case LevelLow:
		return 1
	}
	return 2
}
