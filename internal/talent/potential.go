package talent

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Potential is leadership potential, derived, never entered. The empty value means there
// is not enough evidence to say.
type Potential string

const (
	PotentialLow      Potential = "low"
	PotentialModerate Potential = "moderate"
	PotentialHigh     Potential = "high"
)

// Potentials lists the levels in ascending order.
var Potentials = []Potential{PotentialLow, PotentialModerate, PotentialHigh}

// Label is the potential as shown to people.
func (p Potential) Label() string {
	switch p {
	case PotentialLow:
		return "Low"
	case PotentialModerate:
		return "Moderate"
	case PotentialHigh:
		return "High"
	}
	return "Not enough evidence"
}

// Rank orders potential highest first, for sorting people: high, moderate, low, and not
// enough evidence last.
func (p Potential) Rank() int {
	switch p {
	case PotentialHigh:
		return 0
	case PotentialModerate:
		return 1
	case PotentialLow:
		return 2
	}
	return 3
}

// The thresholds of the potential rule.
const (
	// MinEvidenceShare is the share of the standard's behaviours that must be rated (not
	// "No evidence yet") before potential is derived.
	MinEvidenceShare = 0.5
	// HighAverage and ModerateAverage are the behaviour averages at which the behaviour
	// band starts.
	HighAverage     = 3.0
	ModerateAverage = 2.0
	// AssessmentMaxAgeDays is how old the latest assessment may be before the person is
	// listed as needing a new one.
	AssessmentMaxAgeDays = 365
)

// PotentialResult is potential derived for one person, with the evidence behind it.
type PotentialResult struct {
	Potential   Potential   // "" when there is not enough evidence
	Performance Performance // the latest performance rating, "" when none
	Basis       Assessment  // the assessment the result rests on; zero when none
	Average     float64     // average of the rated behaviours
	Rated       int         // behaviours rated in Basis
	Total       int         // behaviours in the standard
	Explanation string      // the rule's result in words
	// Below are the competencies Basis rates on average under the target, lowest
	// first: the person's largest gaps.
	Below []CompetencyScore
}

// CompetencyScore is the average rating of a competency's behaviours on one assessment.
type CompetencyScore struct {
	CompetencyID int64
	Score        float64
}

// PotentialResults are potential results by person ID.
type PotentialResults map[int64]PotentialResult

// Of returns a person's result; someone never assessed by another person gets the rule's
// "not assessed yet" for the standard.
func (ps PotentialResults) Of(std Standard, personID int64) PotentialResult {
	if r, ok := ps[personID]; ok {
		return r
	}
	return DerivePotential(std, nil)
}

// Assessed reports whether the person has a completed assessment by someone else.
func (r PotentialResult) Assessed() bool { return r.Basis.ID != 0 || !r.Basis.Date.IsZero() }

// AssessmentMaxAge says in words how old the latest assessment may be, as an owner
// counts it: "12 months" for a whole year, otherwise in days.
func AssessmentMaxAge() string {
	if AssessmentMaxAgeDays%365 == 0 {
		return strconv.Itoa(AssessmentMaxAgeDays/365*12) + " months"
	}
	return strconv.Itoa(AssessmentMaxAgeDays) + " days"
}

// NeedsAssessment reports whether the person should be assessed: never assessed by
// someone else, not enough evidence, no performance rating on any assessment by someone
// else, or the latest assessment is over a year old. The first three keep the person off
// the 9-box; the last does not.
func (r PotentialResult) NeedsAssessment(asOf time.Time) bool {
	_, placed := Place(r)
	return !placed || DaysBetween(r.Basis.Date, asOf) > AssessmentMaxAgeDays
}

// MinRated returns how many behaviours must be rated, for a standard of total behaviours.
func MinRated(total int) int {
	n := int(float64(total)*MinEvidenceShare + 0.999999)
	return max(n, 1)
}

// DerivePotential applies Leadbridge's one potential rule:
//
//  1. The basis is the latest completed assessment by someone other than the person.
//     Self-assessments are shown beside it, never used alone.
//  2. At least half the standard's behaviours must be rated (not "No evidence yet");
//     otherwise the result is "Not enough evidence".
//  3. The behaviour average sets a band: 3.0 or more High, 2.0 or more Moderate, else Low.
//  4. Each potential input at its low end lowers the band by one step, to Low at most:
//     does not want to lead, low learning agility, low engagement.
//
// Tenure and current technical performance never enter it.
func DerivePotential(std Standard, assessments []Assessment) PotentialResult {
	res := PotentialResult{Total: std.BehaviourCount()}
	basis, ok := latestOthers(assessments, func(Assessment) bool { return true })
	if perf, ok := latestOthers(assessments, func(a Assessment) bool { return a.Performance != "" }); ok {
		res.Performance = perf.Performance
	}
	if !ok {
		res.Explanation = "Not assessed yet: no completed assessment by someone other than the person."
		return res
	}
	res.Basis = basis
	sum := 0
	for _, c := range std.Competencies {
		csum, n := 0, 0
		for _, b := range c.Behaviours {
			if r := basis.Rating(b.ID); r.Rated() {
				csum += int(r)
				n++
			}
		}
		sum += csum
		res.Rated += n
		if n > 0 && csum < int(TargetRating)*n {
			res.Below = append(res.Below, CompetencyScore{c.ID, float64(csum) / float64(n)})
		}
	}
	sort.SliceStable(res.Below, func(i, j int) bool { return res.Below[i].Score < res.Below[j].Score })
	if need := MinRated(res.Total); res.Rated < need {
		res.Explanation = fmt.Sprintf("Not enough evidence: %d of %d %s rated; at least %d %s needed.",
			res.Rated, res.Total, Plural(res.Total, "behaviour", "behaviours"), need, Plural(need, "is", "are"))
		return res
	}
	res.Average = float64(sum) / float64(res.Rated)
	res.Potential, res.Explanation = applyRule(res, sum)
	return res
}

// applyRule sets the band from res.Average and lowers it for each low input of the basis.
func applyRule(res PotentialResult, sum int) (Potential, string) {
	band := 0
	switch {
	case res.Average >= HighAverage:
		band = 2
	case res.Average >= ModerateAverage:
		band = 1
	}
	// The average is shown rounded down, so that 2.96 reads 2.9 beside Moderate rather
	// than 3.0, which would contradict the rule's own threshold.
	tenths := sum * 10 / res.Rated
	a := res.Basis
	parts := []string{fmt.Sprintf("behaviours average %d.%d across %d of %d rated", tenths/10, tenths%10, res.Rated, res.Total)}
	lowered := 0
	for _, in := range []struct {
		low   bool
		words string
	}{
		{a.Aspiration == AspirationNo, "does not want to lead"},
		{a.LearningAgility == LevelLow, "learns slowly"},
		{a.Engagement == LevelLow, "low engagement"},
	} {
		if in.low {
			lowered++
			parts = append(parts, in.words+" (one step lower)")
		}
	}
	parts = append(parts, inputWords(a)...)
	p := Potentials[max(band-lowered, 0)]
	return p, p.Label() + ": " + strings.Join(parts, "; ") + "."
}

// inputWords describes the potential inputs that did not lower the band.
func inputWords(a Assessment) []string {
	var w []string
	switch a.Aspiration {
	case AspirationYes:
		w = append(w, "wants to lead")
	case AspirationUnsure:
		w = append(w, "unsure about leading")
	case "":
		w = append(w, "aspiration not recorded")
	}
	switch a.LearningAgility {
	case LevelHigh:
		w = append(w, "learns fast")
	case LevelMedium:
		w = append(w, "learns steadily")
	}
	switch a.Engagement {
	case LevelHigh:
		w = append(w, "highly engaged")
	case LevelMedium:
		w = append(w, "engaged")
	}
	return w
}

// latestOthers returns the most recent completed assessment not made by the person
// themselves that satisfies keep, most recent by Newer.
func latestOthers(as []Assessment, keep func(Assessment) bool) (Assessment, bool) {
	var best Assessment
	found := false
	for _, a := range as {
		if !byOther(a) || !keep(a) {
			continue
		}
		if !found || Newer(a, best) {
			best, found = a, true
		}
	}
	return best, found
}
