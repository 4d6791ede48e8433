package report

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"leadbridge/internal/talent"
)

// Section titles the brief refers to.
const (
	exposedSection = "Where the business is exposed"
	nineBoxSection = "The 9-box"
	stalledSection = "Stalled development"
	assessSection  = "People needing an assessment, by team"
)

// How many rows each list of the brief shows. They are cut so that the brief fits page
// 1 on Letter, the shorter paper, whatever the size of the business; each list says how
// many there are in all and where the rest are.
const (
	briefExposed  = 4
	briefHighRisk = 3
	briefStalled  = 3
	briefTeams    = 5
)

// brief writes page 1, what the owner decides on before appraisals: bench strength and
// its trend, the most exposed key roles, the people at high risk of leaving whom nobody
// could replace, the longest stalled development and who is due an assessment. The
// detail starts on page 2.
func (w *successionWriter) brief() {
	w.titleBlock("Succession summary", "Owner only", "Decision brief",
		fmt.Sprintf("Period %s to %s. The detail of every key role and person follows from page 2.",
			talent.FormatDate(w.s.From), talent.FormatDate(w.s.To)))
	o := w.s.Overview
	w.figures([]figure{
		w.benchFigure(),
		{fmt.Sprint(len(o.RolesWithoutReady)), "Roles exposed", "with no successor ready now"},
		{fmt.Sprint(len(o.StalledPlans)), "Plans stalled", fmt.Sprintf("no goal update for %d days or more", talent.StalledAfterDays)},
		{fmt.Sprint(len(o.NeedingAssessment)), "To assess", "people needing an assessment"},
	})
	w.paragraph(w.benchChange())
	w.briefExposed()
	w.briefHighRisk()
	w.briefStalled()
	w.briefAssess()
	w.pageBreak()
}

// briefExposed ranks the key roles nobody is ready to step into now.
func (w *successionWriter) briefExposed() {
	w.subheading("Key roles most exposed")
	exposed := talent.MostExposed(w.s.Roles, w.s.People)
	switch {
	case len(w.s.Roles) == 0:
		w.hint("No key roles are recorded yet.")
		return
	case len(exposed) == 0:
		w.hint("Every key role has a successor ready now.")
		return
	}
	t := table{cols: []column{
		{title: "Key role", share: 0.37, align: "L", bold: true},
		{title: "Held by", share: 0.23, align: "L"},
		{title: "Risk × impact", share: 0.2, align: "L"},
		{title: "Closest successor", share: 0.2, align: "L"},
	}, maxLines: 1}
	for _, e := range exposed[:min(len(exposed), briefExposed)] {
		closest := "None named"
		if e.Closest != "" {
			closest = e.Closest.Label()
		}
		t.rows = append(t.rows, []string{e.Role.Title, w.holder(e.Role), w.riskImpact(e.Role), closest})
	}
	w.table(t)
	w.noteRef(fmt.Sprintf("%d of %d key roles have no successor ready now, most exposed first:",
		len(exposed), len(w.s.Roles)), keyRolesSection)
}

// uncovered is what a person at high risk of leaving holds that nobody could take on.
type uncovered struct {
	id        int64
	holds     []string
	roles     bool // holds a key role, in keyRolesSection
	expertise bool // holds expertise nobody else has, in exposedSection
}

// briefHighRisk lists the people at high risk of leaving who hold a key role nobody is
// ready to step into now, or expertise nobody else has, most damaging loss first, and
// refers to the sections that list those roles and that expertise.
func (w *successionWriter) briefHighRisk() {
	w.subheading("High risk of leaving, no successor")
	holds := map[int64]*uncovered{}
	holder := func(id int64) *uncovered {
		if holds[id] == nil {
			holds[id] = &uncovered{id: id}
		}
		return holds[id]
	}
	for _, r := range w.s.Overview.RolesWithoutReady {
		u := holder(r.HolderID)
		u.holds, u.roles = append(u.holds, r.Title), true
	}
	for _, e := range w.s.Overview.SoleExperts {
		u := holder(e.PersonID)
		u.holds, u.expertise = append(u.holds, "Expertise: "+e.Expertise), true
	}
	var people []uncovered
	var roles, expertise bool
	for _, id := range w.byName(slices.Collect(maps.Keys(holds))) {
		if p, ok := w.s.People[id]; ok && p.Active() && p.RiskOfLeaving == talent.LevelHigh {
			people = append(people, *holds[id])
			roles, expertise = roles || holds[id].roles, expertise || holds[id].expertise
		}
	}
	if len(people) == 0 {
		w.hint("Nobody at high risk of leaving holds a key role or expertise that nobody else could take on.")
		return
	}
	impact := func(u uncovered) int { return slices.Index(talent.Levels, w.s.People[u.id].ImpactOfLoss) }
	slices.SortStableFunc(people, func(a, b uncovered) int { return cmp.Compare(impact(b), impact(a)) })
	t := table{cols: []column{
		{title: "Person", share: 0.3, align: "L", bold: true},
		{title: "Impact of loss", share: 0.16, align: "L"},
		{title: "Holds, with nobody ready to take it on", share: 0.54, align: "L"},
	}, maxLines: 1}
	for _, u := range people[:min(len(people), briefHighRisk)] {
		t.rows = append(t.rows, []string{w.name(u.id), w.s.People[u.id].ImpactOfLoss.Label(), strings.Join(u.holds, "; ")})
	}
	w.table(t)
	var sections []string
	if roles {
		sections = append(sections, keyRolesSection)
	}
	if expertise {
		sections = append(sections, exposedSection)
	}
	w.noteRef(fmt.Sprintf("%d %s at high risk whom nobody is ready to replace:", len(people),
		talent.Plural(len(people), "person", "people")), sections...)
}

// briefStalled lists the development stalled longest.
func (w *successionWriter) briefStalled() {
	w.subheading("Stalled development")
	plans := slices.Clone(w.s.Overview.StalledPlans)
	if len(plans) == 0 {
		w.hint(fmt.Sprintf("No plan has a goal that has gone %d days without an update.", talent.StalledAfterDays))
		return
	}
	slices.SortStableFunc(plans, func(a, b talent.StalledPlan) int { return cmp.Compare(w.daysStalled(b), w.daysStalled(a)) })
	t := table{cols: []column{
		{title: "Person", share: 0.3, align: "L", bold: true},
		{title: "Stalled goal", share: 0.52, align: "L"},
		{title: "Days stalled", share: 0.18, align: "R"},
	}, maxLines: 1}
	for _, sp := range plans[:min(len(plans), briefStalled)] {
		goal := sp.Goals[0].Title
		if more := len(sp.Goals) - 1; more > 0 {
			goal = fmt.Sprintf("%s (and %d more)", goal, more)
		}
		t.rows = append(t.rows, []string{w.name(sp.Plan.PersonID), goal, fmt.Sprint(w.daysStalled(sp))})
	}
	w.table(t)
	w.noteRef(fmt.Sprintf("%d %s stalled, with no goal update for %d days or more:", len(plans),
		talent.Plural(len(plans), "plan has", "plans have"), talent.StalledAfterDays), stalledByTeam)
}

// briefAssess counts who is due an assessment, why, and in which teams most are.
func (w *successionWriter) briefAssess() {
	w.subheading("Due an assessment")
	o := w.s.Overview
	if len(o.NeedingAssessment) == 0 {
		w.hint("Everyone has a recent assessment with enough evidence to be placed.")
		return
	}
	w.paragraph(fmt.Sprintf("%d %s due an assessment: %d not on the 9-box (never assessed, too little evidence or no performance rating) and %d whose latest assessment is over a year old.",
		len(o.NeedingAssessment), talent.Plural(len(o.NeedingAssessment), "person is", "people are"), len(o.NotPlaced), len(w.staleAssessed())))
	teams := map[string]int{}
	for _, id := range o.NeedingAssessment {
		teams[orDefault(w.s.People[id].Team, noTeam)]++
	}
	names := slices.Collect(maps.Keys(teams))
	slices.SortStableFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(teams[b], teams[a]), talent.CompareNames(a, b))
	})
	var most []string
	for _, n := range names[:min(len(names), briefTeams)] {
		most = append(most, fmt.Sprintf("%s %d", n, teams[n]))
	}
	w.paragraph("Most in " + strings.Join(most, ", ") + ".")
	w.noteRef("Each of them, with the reason:", assessSection)
}
