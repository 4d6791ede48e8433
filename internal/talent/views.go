package talent

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// MinGroup is the fewest answers an anonymous group's figure is ever drawn from, for the
// group as for each competency in it. Fewer answers from a group wait, and count only
// inside the combined figure of others, and there only once at least MinGroup anonymous
// answers are pooled: a figure drawn from one or two people would tell whose it is. The
// combined figure keeps the rule per competency too, for each round it takes in as for
// the pool.
const MinGroup = 3

// View is one figure of how a person is seen: a competency score (the average of rated
// behaviours, averaged again across the answers in it) per competency, from answers
// dated First to Last.
type View struct {
	Label        string
	Relationship Relationship // "" for the combined figure of others
	Round        time.Time    // the round of packs, for an anonymous group
	Answers      int
	First, Last  time.Time
	Scores       map[int64]float64 // by competency ID; a competency with too few answers is absent
}

// Dates says when the answers in the view were given.
func (v View) Dates() string {
	if v.First.Equal(v.Last) {
		return FormatDate(v.First)
	}
	return FormatDate(v.First) + " to " + FormatDate(v.Last)
}

// Views is how a person is seen by each group, with what is held back.
type Views struct {
	Figures []View
	Held    []string // sentences on the anonymous answers not shown yet
}

// ViewsOf works out the figures the rules allow for one person from their named
// (completed, not anonymous) assessments and their anonymous answers:
//
//   - Self and Manager: the latest completed self-assessment and manager's assessment.
//   - Each round of anonymous answers from one group (peers, direct reports) that holds at
//     least MinGroup answers, oldest round first, so that rounds can be compared.
//   - Others: everyone but the person, each named rater's latest assessment and the
//     latest round of each anonymous group; answers from a round too small to show count
//     here only when at least MinGroup of them are pooled, and are held back otherwise.
//     A competency that some, but fewer than MinGroup, of a shown round's answers or of
//     the pool's rated is left out of it: the round's own figure leaves it out too, and
//     with the other figures shown beside it, the combined one would give those few away.
func ViewsOf(std Standard, named, anonymous []Assessment) Views {
	var vs Views
	if v, ok := latestView(std, named, RelSelf, "Self"); ok {
		vs.Figures = append(vs.Figures, v)
	}
	if v, ok := latestView(std, named, RelManager, "Manager"); ok {
		vs.Figures = append(vs.Figures, v)
	}
	others := latestByNamedRater(named)
	var parts [][]Assessment // the anonymous answers in others: each shown round, and the pool
	var pooled []Assessment
	for _, r := range Relationships {
		rounds := roundsOf(anonymous, r)
		for i, round := range rounds {
			latest := i == len(rounds)-1
			if len(round) >= MinGroup {
				label := fmt.Sprintf("%s, round of %s (%d answers)", groupName(r), FormatDate(round[0].Round), len(round))
				vs.Figures = append(vs.Figures, groupView(std, round, label, r, MinGroup))
				if latest {
					others = append(others, round...)
					parts = append(parts, round)
				}
			} else if latest {
				pooled = append(pooled, round...)
			}
		}
	}
	if len(pooled) >= MinGroup {
		others = append(others, pooled...)
		parts = append(parts, pooled)
	} else if len(pooled) > 0 {
		vs.Held = append(vs.Held, fmt.Sprintf("%s from %s %s held back until at least %d anonymous answers can be shown together.",
			Count(len(pooled), "One anonymous answer", "anonymous answers"), groupsOf(pooled), Plural(len(pooled), "is", "are"), MinGroup))
	}
	if len(others) > 0 {
		combined := groupView(std, others, "Others (combined)", "", 1)
		for _, part := range parts {
			combined = withoutThinCompetencies(std, combined, part)
		}
		vs.Figures = append(vs.Figures, combined)
	}
	return vs
}

// latestView is the latest completed named assessment of one relationship, as a view.
func latestView(std Standard, named []Assessment, rel Relationship, label string) (View, bool) {
	var best *Assessment
	for i, a := range named {
		if a.Draft || a.Anonymous() || a.Relationship != rel {
			continue
		}
		if best == nil || Newer(a, *best) {
			best = &named[i]
		}
	}
	if best == nil {
		return View{}, false
	}
	return groupView(std, []Assessment{*best}, label+" ("+FormatDate(best.Date)+")", rel, 1), true
}

// latestByNamedRater is each named rater's latest completed assessment of the person.
func latestByNamedRater(named []Assessment) []Assessment {
	latest := map[string]Assessment{}
	var keys []string
	for _, a := range named {
		if a.Draft || a.Anonymous() || a.Relationship == RelSelf {
			continue
		}
		k := raterKey(a)
		prev, ok := latest[k]
		if !ok {
			keys = append(keys, k)
		}
		if !ok || Newer(a, prev) {
			latest[k] = a
		}
	}
	out := make([]Assessment, 0, len(keys))
	for _, k := range keys {
		out = append(out, latest[k])
	}
	return out
}

// roundsOf splits one group's anonymous answers into rounds, oldest first.
func roundsOf(anonymous []Assessment, rel Relationship) [][]Assessment {
	byRound := map[time.Time][]Assessment{}
	var days []time.Time
	for _, a := range anonymous {
		if !a.Anonymous() || a.Draft || a.Relationship != rel {
			continue
		}
		if _, ok := byRound[a.Round]; !ok {
			days = append(days, a.Round)
		}
		byRound[a.Round] = append(byRound[a.Round], a)
	}
	slices.SortFunc(days, func(a, b time.Time) int { return a.Compare(b) })
	out := make([][]Assessment, 0, len(days))
	for _, d := range days {
		out = append(out, byRound[d])
	}
	return out
}

// groupView averages answers per competency, leaving out a competency rated in fewer
// than min of them.
func groupView(std Standard, as []Assessment, label string, rel Relationship, min int) View {
	v := View{Label: label, Relationship: rel, Answers: len(as), Scores: map[int64]float64{}}
	sums, counts := map[int64]float64{}, map[int64]int{}
	for _, a := range as {
		if v.First.IsZero() || a.Date.Before(v.First) {
			v.First = a.Date
		}
		if a.Date.After(v.Last) {
			v.Last = a.Date
		}
		if a.Anonymous() {
			v.Round = a.Round
		}
		for c, s := range CompetencyScores(std, a) {
			sums[c] += s
			counts[c]++
		}
	}
	for c, n := range counts {
		if n >= min {
			v.Scores[c] = sums[c] / float64(n)
		}
	}
	return v
}

// withoutThinCompetencies drops from v each competency that some, but fewer than
// MinGroup, of the group's answers rated: its figure would lean on one or two of them.
func withoutThinCompetencies(std Standard, v View, group []Assessment) View {
	counts := map[int64]int{}
	for _, a := range group {
		for c := range CompetencyScores(std, a) {
			counts[c]++
		}
	}
	for c, n := range counts {
		if n < MinGroup {
			delete(v.Scores, c)
		}
	}
	return v
}

// groupName is a group of raters of one kind, in the plural.
func groupName(r Relationship) string {
	switch r {
	case RelPeer:
		return "Peers"
	case RelDirectReport:
		return "Direct reports"
	}
	return r.Label()
}

// groupsOf names the groups that answers come from: "direct reports", "peers and direct reports".
func groupsOf(as []Assessment) string {
	var ws []string
	for _, r := range Relationships {
		for _, a := range as {
			if a.Relationship == r {
				ws = append(ws, strings.ToLower(groupName(r)))
				break
			}
		}
	}
	return joinWords(ws)
}
