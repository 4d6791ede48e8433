package demo

import (
	"math"
	"time"

	"leadbridge/internal/talent"
)

// history is how a person has been assessed.
type history int

const (
	histNone    history = iota // never assessed by anyone else
	histThin                   // assessed, but with too few behaviours rated
	histStale                  // latest assessment over a year old
	histRegular                // assessed within the last year
)

// traits are what a person is really like in the sample business; assessments, moments
// and nominations are noisy observations of them.
type traits struct {
	history history
	placed  bool       // the latest assessment places them on the 9-box
	box     talent.Box // where, when placed
	band    int        // behaviour-average band of the latest assessment: 0 low, 1 moderate, 2 high

	level    float64   // leadership level today on the 1–4 rating scale
	growth   float64   // rating points gained per year
	offsets  []float64 // strength (+) or weakness (−) per competency, in standard order
	selfBias float64   // how much higher they rate themselves than others do

	aspiration talent.Aspiration
	agility    talent.Level
	engagement talent.Level
	derailer   talent.Derailer
	concern    talent.Concern // of derailer

	readiness   talent.Readiness // the nearest readiness they are nominated at, if any
	mentor      *member
	mentorSince time.Time
	candidate   bool   // has a development plan
	target      string // the role their plan prepares them for
}

// bandRange is the behaviour average each band covers, as in talent.DerivePotential.
var bandRange = [3][2]float64{{1, talent.ModerateAverage}, {talent.ModerateAverage, talent.HighAverage}, {talent.HighAverage, 4.01}}

// planTraits decides who has been assessed how, and where each placed person sits on
// the 9-box. The first nine placed people fill the nine boxes, so every box has someone
// in it once the business has about 25 people.
func (g *generator) planTraits() {
	var placed []*member
	for _, m := range g.members {
		g.baseTraits(m)
		if m.role == roleOwner || !m.p.Active() {
			continue
		}
		m.history = g.drawHistory(m)
		if (m.history == histRegular || m.history == histStale) && m.promoted.IsZero() {
			placed = append(placed, m)
		}
	}
	boxes := shuffled(g, talent.Boxes())
	for i, m := range shuffled(g, placed) {
		if i < len(boxes) {
			m.box = boxes[i]
		} else {
			m.box = g.randomBox(m.role != roleStaff)
		}
		g.fitBox(m)
	}
	g.owner.history, g.owner.box = histRegular, talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh}
	g.fitBox(g.owner)
	g.owner.aspiration = talent.AspirationYes
	for _, m := range g.members {
		if !m.promoted.IsZero() {
			m.history, m.box = histRegular, talent.Box{Performance: talent.PerformanceMeets, Potential: talent.PotentialHigh}
			if m.promoted.Before(g.today.AddDate(0, -6, 0)) {
				m.box.Performance = talent.PerformanceExceeds
			}
			g.fitBox(m)
		}
	}
}

// baseTraits gives everyone a level, strengths and inputs; fitBox overrides them for
// people placed on the grid.
func (g *generator) baseTraits(m *member) {
	m.level = 1.6 + 1.4*g.rng.Float64()
	m.growth = 0.15 + 0.4*g.rng.Float64()
	m.selfBias = 0.3*g.rng.NormFloat64() + 0.15
	m.offsets = make([]float64, len(g.std.Competencies))
	mean := 0.0
	for i := range m.offsets {
		m.offsets[i] = 1.2 * (g.rng.Float64() - 0.5)
		mean += m.offsets[i]
	}
	for i := range m.offsets {
		m.offsets[i] -= mean / float64(len(m.offsets))
	}
	m.aspiration = pickWeighted(g, []talent.Aspiration{talent.AspirationYes, talent.AspirationUnsure, talent.AspirationNo}, 40, 35, 25)
	m.agility = pickWeighted(g, talent.Levels, 15, 55, 30)
	m.engagement = pickWeighted(g, talent.Levels, 10, 50, 40)
	m.band = -1
	switch r := g.rng.Float64(); {
	case r < 0.05:
		m.derailer, m.concern = pick(g, talent.Derailers), talent.ConcernConcern
	case r < 0.25:
		m.derailer, m.concern = pick(g, talent.Derailers), talent.ConcernWatch
	}
}

func (g *generator) drawHistory(m *member) history {
	if talent.DaysBetween(m.p.StartDate, g.today) < 75 {
		return histNone
	}
	switch r := g.rng.Float64(); {
	case r < 0.08:
		return histNone
	case r < 0.16:
		return histThin
	case r < 0.25:
		return histStale
	}
	return histRegular
}

// randomBox draws a box, leads more often towards the top right.
func (g *generator) randomBox(lead bool) talent.Box {
	if lead {
		return talent.Box{
			Performance: pickWeighted(g, talent.Performances, 10, 50, 40),
			Potential:   pickWeighted(g, talent.Potentials, 15, 50, 35),
		}
	}
	return talent.Box{
		Performance: pickWeighted(g, talent.Performances, 15, 60, 25),
		Potential:   pickWeighted(g, talent.Potentials, 35, 45, 20),
	}
}

// fitBox sets a placed person's level and potential inputs so that the potential rule
// puts them in their box. Some reach Moderate or Low with strong behaviours because they
// do not want to lead or are disengaged: the rule lowers the band one step for each.
func (g *generator) fitBox(m *member) {
	m.placed = true
	m.aspiration = pickWeighted(g, []talent.Aspiration{talent.AspirationYes, talent.AspirationUnsure}, 75, 25)
	m.agility = pickWeighted(g, []talent.Level{talent.LevelMedium, talent.LevelHigh}, 55, 45)
	m.engagement = pickWeighted(g, []talent.Level{talent.LevelMedium, talent.LevelHigh}, 45, 55)
	m.band = potentialIndex(m.box.Potential)
	if m.band < 2 && g.chance(0.35) {
		// Strong behaviours held back by one input: the valued specialist who does not
		// want to lead, or someone who has lost heart.
		m.band++
		if g.chance(0.75) {
			m.aspiration = talent.AspirationNo
		} else {
			m.engagement = talent.LevelLow
		}
	}
	lo, hi := bandRange[m.band][0], math.Min(bandRange[m.band][1], 3.7)
	m.level = lo + 0.15 + (hi-lo-0.3)*g.rng.Float64()
}

func potentialIndex(p talent.Potential) int {
	for i, q := range talent.Potentials {
		if q == p {
			return i
		}
	}
	return 0
}

// pickWeighted picks one of list with the given relative weights.
func pickWeighted[T any](g *generator, list []T, weights ...int) T {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := g.rng.IntN(total)
	for i, w := range weights {
		if r < w {
			return list[i]
		}
		r -= w
	}
	return list[len(list)-1]
}

// levelAt is the person's leadership level on a past date: people grow over time.
func (g *generator) levelAt(m *member, days int) float64 {
	return math.Max(1, m.level-m.growth*float64(days)/365)
}

// weakest returns the indexes of the person's n weakest competencies, weakest first.
func (m *member) weakest(n int) []int {
	idx := make([]int, len(m.offsets))
	for i := range idx {
		idx[i] = i
	}
	// Insertion sort keeps equal offsets in standard order.
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && m.offsets[idx[j]] < m.offsets[idx[j-1]]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx[:min(n, len(idx))]
}
