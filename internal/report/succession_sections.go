package report

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

func (w *successionWriter) exposure() {
	o := w.s.Overview
	w.heading(exposedSection)
	w.subheading("Expertise only one person holds")
	if len(o.SoleExperts) == 0 {
		w.hint("No critical expertise is held by one person alone, as far as the records show.")
	} else {
		w.hint("Most damaging loss first: the holder's risk of leaving × the impact of losing them, an unrated level counted as medium.")
		t := table{cols: []column{
			{title: "Expertise", share: 0.36, align: "L", bold: true},
			{title: "Held only by", share: 0.3, align: "L"},
			{title: "Risk of leaving", share: 0.17, align: "L"},
			{title: "Impact of loss", share: 0.17, align: "L"},
		}, maxLines: 3}
		experts := slices.Clone(o.SoleExperts)
		slices.SortStableFunc(experts, func(a, b talent.SoleExpert) int {
			return cmp.Compare(talent.LossScore(w.s.People[b.PersonID]), talent.LossScore(w.s.People[a.PersonID]))
		})
		for _, e := range experts {
			p := w.s.People[e.PersonID]
			t.rows = append(t.rows, []string{e.Expertise, w.name(e.PersonID), p.RiskOfLeaving.Label(), p.ImpactOfLoss.Label()})
		}
		w.table(t)
	}
	w.highRisk()
}

// highRiskSection is the title of the appendix of the people at high risk of leaving
// with a high impact of loss.
const highRiskSection = "High risk of leaving and high impact of loss, by team"

func (w *successionWriter) highRisk() {
	w.subheading("High risk of leaving and high impact of loss")
	n := len(w.s.Overview.HighRiskHighImpact)
	if n == 0 {
		w.hint("Nobody is rated both high risk of leaving and high impact of loss.")
		return
	}
	w.noteRef(fmt.Sprintf("%d %s rated both, each with what would keep them:", n,
		talent.Plural(n, "person is", "people are")), highRiskSection)
}

// highRiskByTeam lists, team by team, the people at high risk of leaving with a high
// impact of loss: their job, the key roles they hold and their retention note.
func (w *successionWriter) highRiskByTeam() {
	ids := w.s.Overview.HighRiskHighImpact
	if len(ids) == 0 {
		return
	}
	w.heading(highRiskSection)
	holds := map[int64][]string{}
	for _, r := range w.s.Roles {
		holds[r.HolderID] = append(holds[r.HolderID], r.Title)
	}
	t := table{cols: []column{
		{title: "Person", share: 0.24, align: "L", bold: true},
		{title: "Job title", share: 0.2, align: "L"},
		{title: "Holds key role", share: 0.2, align: "L"},
		{title: "Retention note", share: 0.36, align: "L"},
	}, maxLines: 4}
	w.teamTables(ids, t, func(id int64) []string {
		p := w.s.People[id]
		return []string{w.name(id), p.JobTitle, orDefault(strings.Join(holds[id], "\n"), "—"),
			orDefault(p.RetentionNote, "No retention note: agree what would keep them.")}
	})
}

func (w *successionWriter) stalled() {
	o := w.s.Overview
	w.heading(stalledSection)
	w.subheading("Plans with stalled goals")
	if len(o.StalledPlans) == 0 {
		w.hint(fmt.Sprintf("No plan has a goal that has gone %d days without an update.", talent.StalledAfterDays))
	} else {
		w.noteRef(fmt.Sprintf("%d %s a goal with no update for %d days or more, each with its goals:", len(o.StalledPlans),
			talent.Plural(len(o.StalledPlans), "plan has", "plans have"), talent.StalledAfterDays), stalledByTeam)
	}
	w.subheading("Overdue transition milestones")
	if len(o.OverdueMilestones) == 0 {
		w.hint("No transition milestone is overdue.")
		return
	}
	t := table{cols: []column{
		{title: "Person", share: 0.26, align: "L", bold: true},
		{title: "Check-point", share: 0.18, align: "L"},
		{title: "Due", share: 0.16, align: "L"},
		{title: "Focus", share: 0.4, align: "L"},
	}, maxLines: 3}
	for _, m := range o.OverdueMilestones {
		t.rows = append(t.rows, []string{w.name(m.PersonID), m.Milestone.Label, talent.FormatDate(m.Milestone.Due), m.Milestone.Focus})
	}
	w.table(t)
}

// stalledByTeam is the title of the appendix of every stalled plan.
const stalledByTeam = "Stalled development, by team"

// stalledPlans lists, team by team, each plan with stalled goals and how long since its
// latest goal update.
func (w *successionWriter) stalledPlans() {
	plans := w.s.Overview.StalledPlans
	if len(plans) == 0 {
		return
	}
	w.heading(stalledByTeam)
	byPerson := map[int64]talent.StalledPlan{}
	var ids []int64
	for _, sp := range plans {
		byPerson[sp.Plan.PersonID] = sp
		ids = append(ids, sp.Plan.PersonID)
	}
	t := table{cols: []column{
		{title: "Person", share: 0.26, align: "L", bold: true},
		{title: "Stalled goals", share: 0.56, align: "L"},
		{title: "Days since update", share: 0.18, align: "R"},
	}, maxLines: 6}
	w.teamTables(ids, t, func(id int64) []string {
		sp := byPerson[id]
		var titles []string
		for _, goal := range sp.Goals {
			titles = append(titles, goal.Title)
		}
		return []string{w.name(id), strings.Join(titles, "\n"), fmt.Sprint(w.daysStalled(sp))}
	})
}

// needingAssessment lists, team by team, everyone due an assessment: the people off the
// 9-box with the reason, and the placed people whose assessment is over a year old.
func (w *successionWriter) needingAssessment() {
	o := w.s.Overview
	w.heading(assessSection)
	stale := w.staleAssessed()
	if len(o.NeedingAssessment) == 0 {
		w.hint("Everyone has a recent assessment with enough evidence to be placed.")
		return
	}
	w.paragraph(fmt.Sprintf("%d %s an assessment: the %d not placed on the 9-box, with the reason, and %d on the grid whose latest assessment is over a year old.",
		len(o.NeedingAssessment), talent.Plural(len(o.NeedingAssessment), "person needs", "people need"), len(o.NotPlaced), len(stale)))
	t := table{cols: []column{
		{title: "Person", share: 0.3, align: "L", bold: true},
		{title: "Why", share: 0.5, align: "L"},
		{title: "On the 9-box", share: 0.2, align: "L"},
	}, maxLines: 3}
	w.teamTables(o.NeedingAssessment, t, func(id int64) []string {
		r := o.Potential[id]
		why, box := whyNotPlaced(r), "Not placed"
		if b, ok := talent.Place(r); ok {
			why = fmt.Sprintf("Last assessed %s, %d days ago: assess them again.", talent.FormatDate(r.Basis.Date), talent.DaysBetween(r.Basis.Date, w.asOf))
			box = boxLabel(w.s.Boxes, b).Name
		}
		return []string{w.name(id), why, box}
	})
}

// teamTables writes a table of the people given for each team: the team's name and
// count, then a row per person, made by row, in t's columns.
func (w *successionWriter) teamTables(ids []int64, t table, row func(id int64) []string) {
	for _, g := range w.byTeam(ids) {
		w.subheading(fmt.Sprintf("%s (%d)", g.team, len(g.ids)))
		t.rows = nil
		for _, id := range g.ids {
			t.rows = append(t.rows, row(id))
		}
		w.table(t)
	}
}

// team is the people of one team, in the order given.
type team struct {
	team string
	ids  []int64
}

// byTeam groups people by team, teams by name and people without one last, each
// team's people in the order given.
func (w *successionWriter) byTeam(ids []int64) []team {
	at := map[string]int{}
	var teams []team
	for _, id := range ids {
		name := orDefault(w.s.People[id].Team, noTeam)
		i, ok := at[name]
		if !ok {
			i = len(teams)
			at[name] = i
			teams = append(teams, team{team: name})
		}
		teams[i].ids = append(teams[i].ids, id)
	}
	slices.SortStableFunc(teams, func(a, b team) int {
		if (a.team == noTeam) != (b.team == noTeam) {
			return cmp.Compare(boolInt(a.team == noTeam), boolInt(b.team == noTeam))
		}
		return talent.CompareNames(a.team, b.team)
	})
	return teams
}

// noTeam stands for the team of people who have none recorded.
const noTeam = "No team"

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// daysStalled is how long a stalled plan has gone since its latest goal update.
func (w *successionWriter) daysStalled(sp talent.StalledPlan) int {
	var last time.Time
	for _, g := range sp.Goals {
		if u := g.LastUpdate(); u.After(last) {
			last = u
		}
	}
	return talent.DaysBetween(last, w.asOf)
}

// staleAssessed are the people needing an assessment who are on the 9-box: their
// latest assessment is over a year old.
func (w *successionWriter) staleAssessed() []int64 {
	o := w.s.Overview
	var stale []int64
	for _, id := range o.NeedingAssessment {
		if r := o.Potential[id]; r.Potential != "" && r.Performance != "" {
			stale = append(stale, id)
		}
	}
	return stale
}

// activitySection is the title of the appendix of each person's training and mentoring.
const activitySection = "Training and mentoring, by team"

func (w *successionWriter) activity() {
	w.heading("Training and mentoring in the period")
	var total Activity
	trained, mentored := 0, 0
	for _, a := range w.s.Activity {
		total.TrainingHours += a.TrainingHours
		total.TrainingCompleted += a.TrainingCompleted
		total.Meetings += a.Meetings
		if a.TrainingCompleted > 0 {
			trained++
		}
		if a.Meetings > 0 {
			mentored++
		}
	}
	if total.TrainingCompleted+total.Meetings == 0 {
		w.hint(fmt.Sprintf("No training was completed and no mentoring meeting held between %s and %s. Agree a development step for each person on the bench.",
			talent.FormatDate(w.s.From), talent.FormatDate(w.s.To)))
	} else {
		w.paragraph(fmt.Sprintf("Between %s and %s: %s, and %s.", talent.FormatDate(w.s.From), talent.FormatDate(w.s.To),
			trainingLine(trained, total), mentoringLine(mentored, total.Meetings)))
		w.noteRef("Each person's hours and meetings:", activitySection)
	}
	w.pairsNotMet()
}

// active are the people with training or mentoring in the period, by name.
func (w *successionWriter) active() []int64 {
	var ids []int64
	for id, a := range w.s.Activity {
		if a != (Activity{}) {
			ids = append(ids, id)
		}
	}
	return w.byName(ids)
}

// trainingLine counts the people who completed training, and nobody who only met a
// mentor.
func trainingLine(people int, total Activity) string {
	if people == 0 {
		return "no training was completed"
	}
	return fmt.Sprintf("%d %s completed %s hours of training in %d %s", people, talent.Plural(people, "person", "people"),
		hours(total.TrainingHours), total.TrainingCompleted, talent.Plural(total.TrainingCompleted, "entry", "entries"))
}

// mentoringLine counts the mentees who met their mentor and the meetings held.
func mentoringLine(mentees, meetings int) string {
	if meetings == 0 {
		return "no mentoring meeting was held"
	}
	return fmt.Sprintf("%d %s held %d mentoring %s", mentees, talent.Plural(mentees, "mentee", "mentees"),
		meetings, talent.Plural(meetings, "meeting", "meetings"))
}

// pairsSection is the title of the appendix of the mentoring pairs that have not met
// lately.
var pairsSection = fmt.Sprintf("Mentoring pairs that have not met for %d days", talent.NotMetAfterDays)

func (w *successionWriter) pairsNotMet() {
	n := len(w.s.Overview.PairsNotMet)
	w.subheading(pairsSection)
	if n == 0 {
		w.hint("Every active mentoring pair has met recently.")
		return
	}
	w.noteRef(fmt.Sprintf("%d %s not met for %d days or more, the longest apart first:", n,
		talent.Plural(n, "pair has", "pairs have"), talent.NotMetAfterDays), pairsSection)
}

// pairsList lists the mentoring pairs that have not met lately, the longest apart first.
func (w *successionWriter) pairsList() {
	pairs := w.s.Overview.PairsNotMet
	if len(pairs) == 0 {
		return
	}
	w.heading(pairsSection)
	pairs = append([]talent.Pair(nil), pairs...)
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].LastMet().Before(pairs[j].LastMet()) })
	t := table{cols: []column{
		{title: "Mentee", share: 0.32, align: "L", bold: true},
		{title: "Mentor", share: 0.32, align: "L"},
		{title: "Last met", share: 0.18, align: "L"},
		{title: "Days", share: 0.18, align: "R"},
	}, maxLines: 2}
	for _, p := range pairs {
		t.rows = append(t.rows, []string{w.name(p.MenteeID), p.Mentor(w.name(p.MentorID)), talent.FormatDate(p.LastMet()), fmt.Sprint(talent.DaysBetween(p.LastMet(), w.asOf))})
	}
	w.table(t)
}

// activityByTeam lists each person's training and mentoring in the period, team by
// team.
func (w *successionWriter) activityByTeam() {
	ids := w.active()
	if len(ids) == 0 {
		return
	}
	w.heading(activitySection)
	t := table{cols: []column{
		{title: "Person", share: 0.4, align: "L", bold: true},
		{title: "Training hours", share: 0.2, align: "R"},
		{title: "Entries", share: 0.18, align: "R"},
		{title: "Mentoring meetings", share: 0.22, align: "R"},
	}, maxLines: 2}
	w.teamTables(ids, t, func(id int64) []string {
		a := w.s.Activity[id]
		return []string{w.name(id), hours(a.TrainingHours), fmt.Sprint(a.TrainingCompleted), fmt.Sprint(a.Meetings)}
	})
}
