package demo

import (
	"math"
	"sort"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// personNotes are the things a small business writes down about its people.
var personNotes = []string{
	"Works four days a week (not Fridays) since returning from parental leave.",
	"First-aider for the site; renewed the certificate this year.",
	"Runs the five-a-side team and organises the summer barbecue.",
	"Joined from a competitor and brought a strong network in the food industry.",
	"Came through the apprenticeship scheme.",
	"Prefers instructions in writing; has said so in one-to-ones.",
	"Fire warden for the ground floor.",
	"Studying part-time for an HNC in engineering; the company pays half.",
	"Would like to move to days when the night shift ends.",
	"Member of the health and safety committee.",
	"Looks after the apprentices informally, and they go to them first.",
	"Happy to travel to customer sites at short notice ✈️",
	"Speaks three languages and helps Sales with customers abroad.",
}

var leaverNotes = []string{
	"Left for a job closer to home; said they would consider coming back.",
	"Left to start their own business. Parted on good terms.",
	"Moved abroad with their family.",
	"Left for a larger company and a team leader role we could not offer at the time.",
}

const retiredNote = "Retired after a long career here; still helps out at the trade show."

var retentionNotes = []string{
	"Approached by a competitor twice this year. Discussed a pay review and a clearer path to team leader.",
	"Partner is relocating next year; explore remote work for the quoting part of the job.",
	"Feels stuck in the role; a development plan and a mentor were agreed at the last review.",
	"The only person who knows this: {expertise}. Start writing it down and train a second person this year.",
	"Has mentioned going part-time in the next two years; plan the handover now.",
	"Workload has been too high since the team lost a member; recruit before the busy season.",
}

// planDetails fills in what the person record holds besides name and place: expertise,
// aspiration, notes and the owner-only retention fields.
func (g *generator) planDetails() {
	g.owner.p.Expertise = []string{"Pricing of large orders", "The bank and insurance relationships"}
	g.owner.p.Aspiration = talent.AspirationYes
	for _, t := range g.teams {
		g.giveExpertise(t)
	}
	for _, m := range g.members[1:] {
		m.p.Aspiration = m.aspiration
		if m.history == histNone && g.chance(0.3) {
			m.p.Aspiration = "" // not asked yet
		}
		g.note(m)
	}
	g.retention()
}

// giveExpertise shares the team's know-how. Each rare expertise goes to exactly one
// person of the team, preferring staff, and a recently promoted lead keeps theirs: the
// expert who became a manager is exactly whose knowledge needs a successor.
func (g *generator) giveExpertise(t *team) {
	people := append([]*member{t.lead}, t.activeStaff(nil)...)
	for _, m := range people {
		n := pickWeighted(g, []int{0, 1, 2}, 30, 50, 20)
		if m.role == roleLead {
			n = 1
		}
		for _, e := range shuffled(g, t.kind.expertise)[:n] {
			m.p.Expertise = append(m.p.Expertise, e)
		}
	}
	if m := t.head; m != nil && m.role == roleSiteHead && len(m.p.Expertise) == 0 {
		m.p.Expertise = []string{"Site budget and costs"}
	}
	// The longest serving hold the rare know-how.
	holders := append([]*member(nil), people[1:]...)
	sort.SliceStable(holders, func(i, j int) bool { return holders[i].p.StartDate.Before(holders[j].p.StartDate) })
	if !t.lead.promoted.IsZero() || len(holders) == 0 {
		holders = append([]*member{t.lead}, holders...)
	}
	t.rare = make([]*member, len(t.kind.rare))
	for i, e := range t.kind.rare {
		if i < len(holders) {
			t.rare[i] = holders[i]
			holders[i].p.Expertise = append(holders[i].p.Expertise, e)
		}
	}
}

func (g *generator) note(m *member) {
	switch {
	case !m.promoted.IsZero():
		m.p.Notes = "Promoted from " + m.oldTitle + " to " + m.p.JobTitle + " on " + talent.FormatDate(m.promoted) + "."
	case m.team != nil && m.team.lead.predecessor == m:
		m.p.Notes = "Left to run the warehouse of a larger company; " + m.team.lead.call + " took over the team."
	case !m.p.Active() && m.p.LeftDate.Sub(m.p.StartDate) > 10*365*24*time.Hour:
		m.p.Notes = retiredNote
	case !m.p.Active():
		m.p.Notes = pick(g, leaverNotes)
	case g.chance(0.15):
		m.p.Notes = pick(g, personNotes)
	}
}

// retention rates risk of leaving and impact of loss for about a third of the people,
// and makes a few both high: the people the owner must not lose.
func (g *generator) retention() {
	critical := max(2, int(math.Round(float64(g.n)/60)))
	for _, m := range shuffled(g, g.members[1:]) {
		if !m.p.Active() {
			continue
		}
		switch {
		case critical > 0 && (m.role == roleLead || len(m.p.Expertise) > 1):
			m.p.RiskOfLeaving, m.p.ImpactOfLoss = talent.LevelHigh, talent.LevelHigh
			critical--
		case g.chance(0.3):
			m.p.RiskOfLeaving = pickWeighted(g, talent.Levels, 50, 35, 15)
			m.p.ImpactOfLoss = pickWeighted(g, talent.Levels, 30, 45, 25)
		default:
			continue
		}
		if m.p.RiskOfLeaving != talent.LevelLow && m.p.ImpactOfLoss == talent.LevelHigh {
			m.p.RetentionNote = g.retentionNote(m)
		}
	}
}

func (g *generator) retentionNote(m *member) string {
	line := pick(g, retentionNotes)
	n := len(m.p.Expertise)
	if n == 0 {
		if strings.Contains(line, "{expertise}") {
			line = retentionNotes[0]
		}
		return line
	}
	return fill(line, "{expertise}", m.p.Expertise[n-1])
}
