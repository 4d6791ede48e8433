package demo

import (
	"unicode"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// customers and projects give observations the concrete detail real notes have.
var customers = []string{
	"Hartmann GmbH", "Northfield Foods", "Brennan Dairies", "Vega Packaging", "Kowalczyk Logistics",
	"Atlas Marine", "Lindqvist Bakeries", "Çelik Otomotiv", "Dubois Emballages", "Sørensen Fisk",
	"Papadakis Olive Oil", "Nakamura Seiki", "Al-Mansour Trading", "Green Valley Brewery", "Medtec Devices",
}

var projects = []string{
	"the new laser cutter installation", "the ERP switch-over", "the spring stock-take", "the ISO 9001 audit",
	"the move to the new unit", "the Hartmann rush order", "the price increase letters", "the year-end close",
	"the trade show in Hannover", "the racking safety inspection", "the night-shift trial", "the new starter induction",
}

// bankKey returns the text bank for a competency key: its own, or "" for the generic one.
func bankKey(key string) string {
	if _, ok := evidence[key]; ok {
		return key
	}
	return ""
}

// vars are the placeholder values for a text about m.
func (g *generator) vars(m *member) []string {
	return []string{
		"{name}", m.call,
		"{colleague}", g.colleagueOf(m).call,
		"{customer}", pick(g, customers),
		"{project}", pick(g, projects),
	}
}

// colleagueOf picks someone m works with day to day: a team mate for staff, a team
// member for a lead, and otherwise whoever is closest.
func (g *generator) colleagueOf(m *member) *member {
	var pool []*member
	if m.team != nil {
		pool = m.team.activeStaff(m)
	}
	switch {
	case len(pool) > 0:
		return pick(g, pool)
	case m.team != nil && m.team.lead != m:
		return m.team.lead
	case m.manager != nil:
		return m.manager
	}
	return g.teams[0].lead
}

// behaviourLine is an observation of one behaviour, done well or not yet.
func (g *generator) behaviourLine(m *member, b behaviourRef, good bool) string {
	obs := anyEvidence
	if lines := evidence[g.keys[b.comp]]; b.pos < len(lines) {
		obs = lines[b.pos]
	}
	line := obs.poor
	switch {
	case good:
		line = obs.good
	case m.role == roleStaff && staffNotYet[g.keys[b.comp]] != "":
		line = staffNotYet[g.keys[b.comp]]
	}
	return fill(line, g.vars(m)...)
}

// derailerLine describes a derailer as seen in m: a worrying sign, or progress.
func (g *generator) derailerLine(m *member, d talent.Derailer, progress bool) string {
	lines := derailerLines[string(d)]
	line := lines[len(lines)-1]
	if !progress {
		line = pick(g, lines[:len(lines)-1])
	}
	return fill(line, g.vars(m)...)
}

// evidenceChance is how often a rater writes down what they saw, by relationship. The
// banks are written as others' observations, so self-assessments carry ratings only.
var evidenceChance = map[talent.Relationship]float64{
	talent.RelManager: 0.45, talent.RelOwner: 0.45, talent.RelMentor: 0.5, talent.RelPeer: 0.3,
}

// withEvidence turns ratings into the assessment's behaviour ratings, with evidence on
// some and the occasional "No evidence yet" that the rater explains. A rater notes at
// most one observation per competency, as people do when they write these up.
func (g *generator) withEvidence(m *member, s sitting, r []talent.Rating) []talent.BehaviourRating {
	out := make([]talent.BehaviourRating, 0, len(r))
	noted := make([]bool, len(g.std.Competencies))
	for i, v := range r {
		b := g.behaviours[i]
		switch {
		case v.Rated():
			br := talent.BehaviourRating{BehaviourID: b.id, Rating: v}
			if !noted[b.comp] && g.chance(evidenceChance[s.rel]) {
				br.Evidence = g.behaviourLine(m, b, v >= talent.TargetRating)
				noted[b.comp] = true
			}
			out = append(out, br)
		case s.rel != talent.RelSelf && g.chance(0.04):
			out = append(out, talent.BehaviourRating{BehaviourID: b.id, Evidence: fill(pick(g, noEvidenceLines), g.vars(m)...)})
		}
	}
	return out
}

// assessmentNote is the rater's summary: always for a thin assessment, often for a
// manager's latest one.
func (g *generator) assessmentNote(m *member, s sitting) string {
	if s.thin {
		return fill(pick(g, thinNotes), g.vars(m)...)
	}
	if !s.latest || !m.placed || s.rel == talent.RelSelf || !g.chance(0.55) {
		return ""
	}
	weak := m.weakest(len(m.offsets))
	vars := append(g.vars(m),
		"{strength}", g.competencyName(weak[len(weak)-1]),
		"{focus}", g.competencyName(weak[0]))
	notes := assessmentNotes[potentialIndex(m.box.Potential)]
	if m.aspiration == talent.AspirationNo {
		notes = specialistNotes
	}
	return fill(pick(g, notes), vars...)
}

// competencyName is a competency's name as it reads inside a sentence.
func (g *generator) competencyName(i int) string {
	name := g.std.Competencies[i].Name
	first, size := utf8.DecodeRuneInString(name)
	if second, _ := utf8.DecodeRuneInString(name[size:]); unicode.IsLower(second) {
		return string(unicode.ToLower(first)) + name[size:]
	}
	return name
}
