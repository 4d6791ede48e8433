package demo

import (
	"context"
	"fmt"
	"math"
	"time"

	"leadbridge/internal/talent"
)

// plannedRole is a key role before it is written.
type plannedRole struct {
	title, why string
	holder     *member
	pool       []*member // who could succeed
	successors []plannedSuccessor
}

type plannedSuccessor struct {
	m         *member
	readiness talent.Readiness
	note      string
}

// readinessPatterns are the successor line-ups the key roles take in turn. Every
// readiness appears within the first four roles, and some roles have nobody ready now.
var readinessPatterns = [][]talent.Readiness{
	{talent.ReadyNow, talent.Ready1to2Years},
	{talent.ReadyEmergency, talent.Ready1to2Years, talent.Ready3Plus},
	{talent.ReadyNow, talent.Ready3Plus},
	{talent.ReadyEmergency, talent.Ready1to2Years},
	{talent.ReadyEmergency, talent.ReadyNow},
	{talent.Ready1to2Years, talent.Ready3Plus},
	{talent.ReadyNow, talent.Ready1to2Years, talent.Ready3Plus},
	{talent.ReadyEmergency},
}

var successorNotes = map[talent.Readiness][]string{
	talent.ReadyEmergency: {
		"Could keep things running for a few weeks: knows the people and the customers, not the budget.",
		"Stood in for {holder} for two weeks last summer; things held up.",
		"Would cover in a crisis, but has said they do not want the job for good.",
	},
	talent.ReadyNow: {
		"Has stood in for {holder} during absences and asked to be considered; ready to take it on.",
		"Strong on the leadership standard in the last two assessments; would need help with budgets at first.",
	},
	talent.Ready1to2Years: {
		"Needs a year of leading bigger pieces of work first, with a mentor.",
		"Strong in the job; still takes work back when delegating. Working on it with a mentor.",
		"Needs broader experience of the business outside their own area first.",
	},
	talent.Ready3Plus: {
		"Early in their career with clear ambition; give stretch tasks and review every year.",
		"Has the team's respect; needs broader experience outside the team first.",
	},
}

const (
	whyOwner = "Holds the relationships with the bank and the largest customers, and signs off every large order and every hire."
	whyHead  = "Runs the site day to day; its customers and staff look to this person first."
)

// planKeyRoles names about one key role per eight people: the managing director, site
// managers, team leads, then specialists whose know-how nobody else has.
func (g *generator) planKeyRoles() {
	leads := func(head *member) []*member {
		var out []*member
		for _, t := range g.teams {
			if head == nil || t.head == head {
				out = append(out, t.lead)
			}
		}
		return out
	}
	roles := []plannedRole{{title: g.owner.p.JobTitle, why: whyOwner, holder: g.owner, pool: leads(nil)}}
	for _, m := range g.members {
		if m.role == roleSiteHead {
			roles[0].pool = append(roles[0].pool, m)
			roles = append(roles, plannedRole{title: m.p.JobTitle, why: whyHead, holder: m, pool: leads(m)})
		}
	}
	for _, t := range g.teams {
		roles = append(roles, plannedRole{title: t.lead.p.JobTitle + siteSuffix(t), why: t.kind.whyLead, holder: t.lead, pool: t.activeStaff(nil)})
	}
	for _, t := range g.teams {
		for i, m := range t.rare {
			if m != nil && m.role == roleStaff {
				roles = append(roles, plannedRole{title: t.kind.specialists[i] + siteSuffix(t), why: t.kind.whyRare[i], holder: m, pool: t.activeStaff(m)})
			}
		}
	}
	roles = roles[:min(len(roles), max(4, int(math.Round(float64(g.n)/8))))]
	for i := range roles {
		g.nominate(&roles[i], readinessPatterns[i%len(readinessPatterns)])
	}
	g.roles = roles
}

func siteSuffix(t *team) string {
	if t.site == "" {
		return ""
	}
	return ", " + t.site
}

func (g *generator) nominate(r *plannedRole, pattern []talent.Readiness) {
	used := map[*member]bool{r.holder: true}
	for _, rd := range pattern {
		m := bestFor(rd, r.pool, used, g.today)
		if m == nil {
			continue
		}
		used[m] = true
		if m.readiness == "" || readinessRank(rd) < readinessRank(m.readiness) {
			m.readiness = rd
		}
		note := fill(pick(g, successorNotes[rd]), "{holder}", r.holder.call)
		r.successors = append(r.successors, plannedSuccessor{m: m, readiness: rd, note: note})
	}
}

// bestFor picks the most fitting unused person of pool for a readiness: the strongest
// leader for ready now and 1–2 years, an ambitious junior for 3+ years, the longest
// serving for emergency cover.
func bestFor(rd talent.Readiness, pool []*member, used map[*member]bool, today time.Time) *member {
	var best *member
	bestScore := math.Inf(-1)
	for _, m := range pool {
		if used[m] || !m.p.Active() {
			continue
		}
		tenure := float64(talent.DaysBetween(m.p.StartDate, today)) / 365
		lowPotential := m.placed && m.box.Potential == talent.PotentialLow
		var score float64
		switch rd {
		case talent.ReadyEmergency:
			score = tenure
		case talent.Ready3Plus:
			score = -tenure
			if m.aspiration == talent.AspirationYes && !lowPotential {
				score += 100
			}
		default:
			score = m.level + float64(potentialIndex(m.box.Potential))
			if !m.placed {
				score -= 3
			}
			if m.aspiration == talent.AspirationNo {
				score -= 2
			}
			if !m.promoted.IsZero() {
				score -= 3 // still learning the job they were just given
			}
		}
		if score > bestScore {
			best, bestScore = m, score
		}
	}
	return best
}

// readinessRank orders readiness by how far off the person is, emergency cover last:
// it says who could step in for now, not who is ready.
func readinessRank(r talent.Readiness) int {
	switch r {
	case talent.ReadyNow:
		return 0
	case talent.Ready1to2Years:
		return 1
	case talent.Ready3Plus:
		return 2
	}
	return 3
}

// writeKeyRoles writes the key roles with their successors.
func (g *generator) writeKeyRoles(ctx context.Context) error {
	for _, r := range g.roles {
		k := talent.KeyRole{Title: r.title, HolderID: r.holder.p.ID, WhyCritical: r.why}
		for _, s := range r.successors {
			k.Successors = append(k.Successors, talent.Successor{PersonID: s.m.p.ID, Readiness: s.readiness, Note: s.note})
		}
		if err := g.svc.SaveKeyRole(ctx, &k); err != nil {
			return fmt.Errorf("demo: save key role %s: %w", r.title, err)
		}
		g.sum.KeyRoles++
		g.sum.Successors += len(k.Successors)
	}
	return nil
}
