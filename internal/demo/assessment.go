package demo

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"leadbridge/internal/talent"
)

// sitting is one planned assessment: who rates whom, when.
type sitting struct {
	date      time.Time
	rater     *member
	raterName string // a rater from outside the business, when rater is nil
	rel       talent.Relationship
	thin      bool // too few behaviours rated to derive potential
	latest    bool // the latest assessment by someone else, the one potential rests on
}

// outsideMentor is the owner's own mentor, who is not on the staff.
const outsideMentor = "Margaret Holt (business mentor, Chamber of Commerce)"

// behaviourRef locates a behaviour of the standard.
type behaviourRef struct {
	id        int64
	comp, pos int
}

// writeAssessments writes up to two years of assessments per person, oldest first, so
// that the latest one of a day is also the last entered.
func (g *generator) writeAssessments(ctx context.Context) error {
	for _, m := range g.members {
		for _, s := range g.sittings(m) {
			a := g.assessment(m, s)
			if err := g.svc.SaveAssessment(ctx, &a); err != nil {
				return fmt.Errorf("demo: save assessment of %s: %w", m.p.Name, err)
			}
			g.sum.Assessments++
		}
	}
	return nil
}

func (g *generator) sittings(m *member) []sitting {
	var out []sitting
	switch {
	case m.role == roleOwner:
		// Nobody inside rates the owner; an outside mentor gives their view.
		return []sitting{{date: g.daysAgo(45, 200), raterName: outsideMentor, rel: talent.RelMentor, latest: true}}
	case !m.p.Active():
		out = g.pastSittings(m, m.p.LeftDate.AddDate(0, 0, -g.between(30, 200)), g.between(0, 2))
	case m.history == histNone:
		return g.selfSitting(m, g.daysAgo(5, 60), 0.25)
	case m.history == histThin:
		out = g.pastSittings(m, g.daysAgo(20, 200), 1)
	case m.history == histStale:
		out = g.pastSittings(m, g.daysAgo(380, 640), g.between(1, 2))
	default:
		out = g.pastSittings(m, g.daysAgo(10, 300), pickWeighted(g, []int{1, 2, 3}, 30, 45, 25))
	}
	if len(out) == 0 {
		return nil
	}
	for i := range out {
		out[i].thin = m.history == histThin
	}
	out[0].latest = true
	out = append(out, g.mentorSitting(m, out[0].date)...)
	out = append(out, g.selfSitting(m, out[0].date.AddDate(0, 0, -g.between(0, 14)), 0.55)...)
	if len(out) > 2 {
		out = append(out, g.selfSitting(m, out[len(out)-2].date.AddDate(0, 0, -g.between(0, 10)), 0.3)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].date.Before(out[j].date) })
	return out
}

// pastSittings plans count assessments by others, the newest on newest and each earlier
// one four to eight months before the next, none in a person's first weeks and none
// older than two years (for people still here).
func (g *generator) pastSittings(m *member, newest time.Time, count int) []sitting {
	earliest := m.p.StartDate.AddDate(0, 0, 45)
	if m.p.Active() {
		earliest = later(earliest, g.today.AddDate(0, 0, -730))
		newest = later(newest, m.p.StartDate.AddDate(0, 0, 45+g.between(0, 20)))
	}
	var out []sitting
	for date := newest; len(out) < count && !date.Before(earliest) && date.Before(g.today); date = date.AddDate(0, 0, -g.between(120, 240)) {
		if len(out) == 0 {
			out = append(out, g.bossSitting(m, date))
		} else {
			out = append(out, g.earlierSitting(m, date))
		}
	}
	return out
}

// mentorSitting is most mentors' view of their mentee, given during the mentoring and
// before the manager's latest assessment, which potential rests on.
func (g *generator) mentorSitting(m *member, latest time.Time) []sitting {
	if m.mentor == nil {
		return nil
	}
	lo, hi := m.mentorSince.AddDate(0, 0, 21), latest.AddDate(0, 0, -7)
	if lo.After(hi) || !g.chance(0.7) {
		return nil
	}
	date := lo.AddDate(0, 0, g.between(0, talent.DaysBetween(lo, hi)))
	return []sitting{{date: date, rater: m.mentor, rel: talent.RelMentor}}
}

func (g *generator) selfSitting(m *member, date time.Time, p float64) []sitting {
	if !g.chance(p) || date.Before(m.p.StartDate.AddDate(0, 0, 30)) {
		return nil
	}
	return []sitting{{date: date, rater: m, rel: talent.RelSelf}}
}

// managerAt is who managed m on a date: before a recent promotion, the predecessor.
func (g *generator) managerAt(m *member, date time.Time) *member {
	if m.predecessor != nil && date.Before(m.promoted) {
		return m.predecessor
	}
	if b := m.manager; b.predecessor != nil && date.Before(b.promoted) {
		return b.predecessor
	}
	return m.manager
}

// bossSitting is an assessment by whoever managed m on the date.
func (g *generator) bossSitting(m *member, date time.Time) sitting {
	boss := g.managerAt(m, date)
	if boss == g.owner {
		return sitting{date: date, rater: boss, rel: talent.RelOwner}
	}
	return sitting{date: date, rater: boss, rel: talent.RelManager}
}

// earlierSitting varies the raters of older assessments: a peer or the manager.
func (g *generator) earlierSitting(m *member, date time.Time) sitting {
	if peer := g.peerOf(m, date); peer != nil && g.chance(0.6) {
		return sitting{date: date, rater: peer, rel: talent.RelPeer}
	}
	return g.bossSitting(m, date)
}

// peerOf finds someone who worked beside m on a date: a team mate, or another manager
// at the same level.
func (g *generator) peerOf(m *member, date time.Time) *member {
	var pool []*member
	switch m.role {
	case roleStaff:
		pool = m.team.staff
	case roleLead:
		for _, t := range g.teams {
			if t.head == m.manager {
				pool = append(pool, t.lead)
			}
		}
	case roleSiteHead:
		pool = g.heads
	}
	for range 5 {
		if len(pool) == 0 {
			return nil
		}
		p := pick(g, pool)
		if p != m && p.p.StartDate.Before(date) && (p.p.Active() || p.p.LeftDate.After(date)) {
			return p
		}
	}
	return nil
}

func (g *generator) assessment(m *member, s sitting) talent.Assessment {
	mean := g.levelAt(m, talent.DaysBetween(s.date, g.today))
	if s.rel == talent.RelSelf {
		mean += m.selfBias
	}
	ratings := g.rate(m, mean, g.ratedShare(s), s.latest && m.placed)
	if s.latest && m.placed {
		g.fitBand(ratings, m.band)
	}
	a := talent.Assessment{
		PersonID:     m.p.ID,
		Date:         s.date,
		RaterName:    s.raterName,
		Relationship: s.rel,
		Ratings:      g.withEvidence(m, s, ratings),
		Performance:  g.performance(m, s),
		Notes:        g.assessmentNote(m, s),
	}
	if s.rater != nil {
		a.RaterID = s.rater.p.ID
	}
	a.Aspiration, a.LearningAgility, a.Engagement = g.inputs(m, s)
	if s.rel != talent.RelSelf {
		a.Derailers = g.derailerStatuses(m, s)
	}
	return a
}

// ratedShare is the share of behaviours a rater has seen enough of to rate: managers
// see most, peers less, and a thin assessment too little to judge potential.
func (g *generator) ratedShare(s sitting) float64 {
	switch {
	case s.thin:
		return 0.15 + 0.2*g.rng.Float64()
	case s.rel == talent.RelSelf:
		return 0.85 + 0.15*g.rng.Float64()
	case s.rel == talent.RelPeer:
		return 0.55 + 0.25*g.rng.Float64()
	}
	return 0.7 + 0.25*g.rng.Float64()
}

// rate draws a rating for each behaviour around the person's level and strengths; 0 is
// "No evidence yet". When full is set, enough are rated for potential to be derived.
func (g *generator) rate(m *member, mean, share float64, full bool) []talent.Rating {
	r := make([]talent.Rating, len(g.behaviours))
	rated := 0
	for i, b := range g.behaviours {
		if g.chance(share) {
			r[i] = g.ratingNear(mean + m.offsets[b.comp])
			rated++
		}
	}
	for need := talent.MinRated(len(r)) + 2; full && rated < need; {
		if i := g.rng.IntN(len(r)); r[i] == talent.RatingNoEvidence {
			r[i] = g.ratingNear(mean + m.offsets[g.behaviours[i].comp])
			rated++
		}
	}
	return r
}

func (g *generator) ratingNear(v float64) talent.Rating {
	v += 0.45 * g.rng.NormFloat64()
	return talent.Rating(min(max(int(math.Round(v)), 1), 4))
}

// fitBand nudges ratings one step at a time until their average lies in the band the
// person's box needs, as a rater's judgement would settle.
func (g *generator) fitBand(r []talent.Rating, band int) {
	lo, hi := bandRange[band][0], bandRange[band][1]
	for {
		sum, n := 0, 0
		for _, v := range r {
			if v.Rated() {
				sum, n = sum+int(v), n+1
			}
		}
		avg := float64(sum) / float64(n)
		switch {
		case avg < lo:
			g.nudge(r, +1)
		case avg >= hi:
			g.nudge(r, -1)
		default:
			return
		}
	}
}

// nudge moves one rated behaviour, chosen at random, one step by d.
func (g *generator) nudge(r []talent.Rating, d int) {
	start := g.rng.IntN(len(r))
	for k := range r {
		i := (start + k) % len(r)
		if v := int(r[i]) + d; r[i].Rated() && v >= 1 && v <= 4 {
			r[i] = talent.Rating(v)
			return
		}
	}
}

func (g *generator) performance(m *member, s sitting) talent.Performance {
	switch s.rel {
	case talent.RelManager, talent.RelOwner:
		if m.placed {
			if !s.latest && m.box.Performance != talent.PerformanceBelow && g.chance(0.4) {
				return talent.PerformanceBelow
			}
			return m.box.Performance
		}
		return pickWeighted(g, talent.Performances, 15, 60, 25)
	case talent.RelSelf:
		if g.chance(0.6) {
			return pickWeighted(g, []talent.Performance{talent.PerformanceMeets, talent.PerformanceExceeds}, 60, 40)
		}
	}
	return ""
}

func (g *generator) inputs(m *member, s sitting) (talent.Aspiration, talent.Level, talent.Level) {
	asp := m.aspiration
	if !s.latest && asp == talent.AspirationYes && g.chance(0.35) {
		asp = talent.AspirationUnsure // the wish to lead often grows with the first tastes of it
	}
	if s.rel == talent.RelSelf {
		return asp, "", ""
	}
	return asp, m.agility, m.engagement
}

// derailerStatuses rates all five derailers; most are none. A derailer on watch was
// often a concern in the past.
func (g *generator) derailerStatuses(m *member, s sitting) []talent.DerailerStatus {
	out := make([]talent.DerailerStatus, 0, len(talent.Derailers))
	for _, d := range talent.Derailers {
		st := talent.DerailerStatus{Derailer: d, Status: talent.ConcernNone}
		if d == m.derailer {
			st.Status = m.concern
			if !s.latest && m.concern == talent.ConcernWatch && g.chance(0.3) {
				st.Status = talent.ConcernConcern
			}
			if st.Status == talent.ConcernConcern || g.chance(0.6) {
				st.Evidence = g.derailerLine(m, d, false)
			}
		}
		out = append(out, st)
	}
	return out
}
