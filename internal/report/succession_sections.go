package report

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

func (w *successionWriter) exposure() {
	o := w.s.Overview
	w.heading(exposedSection)
	w.subheading("Key roles with no successor ready now")
	switch {
	case len(w.s.Roles) == 0:
		w.hint("No key roles are recorded yet, so none can be covered.")
	case len(o.RolesWithoutReady) == 0:
		w.hint("Every key role has at least one successor ready now.")
	default:
		t := table{cols: []column{
			{title: "Key role", share: 0.3, align: "L", bold: true},
			{title: "Held by", share: 0.25, align: "L"},
			{title: "Closest successor", share: 0.45, align: "L"},
		}, maxLines: 4}
		for _, r := range o.RolesWithoutReady {
			t.rows = append(t.rows, []string{r.Title, w.holder(r), w.closest(r)})
		}
		w.table(t)
	}
	w.subheading("Expertise only one person holds")
	if len(o.SoleExperts) == 0 {
		w.hint("No critical expertise is held by one person alone, as far as the records show.")
	} else {
		t := table{cols: []column{
			{title: "Expertise", share: 0.4, align: "L", bold: true},
			{title: "Held only by", share: 0.35, align: "L"},
			{title: "Risk of leaving", share: 0.25, align: "L"},
		}, maxLines: 3}
		for _, e := range o.SoleExperts {
			t.rows = append(t.rows, []string{e.Expertise, w.name(e.PersonID), w.s.People[e.PersonID].RiskOfLeaving.Label()})
		}
		w.table(t)
	}
	w.highRisk()
}

// closest describes the nearest successors of a role that has none ready now.
func (w *successionWriter) closest(r talent.KeyRole) string {
	for _, rd := range talent.Readinesses {
		if names := w.successors(r, rd); len(names) > 0 {
			return rd.Label() + ": " + strings.Join(names, ", ")
		}
	}
	return "No successor named: nominate one."
}

func (w *successionWriter) highRisk() {
	w.subheading("High risk of leaving and high impact of loss")
	ids := w.s.Overview.HighRiskHighImpact
	if len(ids) == 0 {
		w.hint("Nobody is rated both high risk of leaving and high impact of loss.")
		return
	}
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
	for _, id := range ids {
		p := w.s.People[id]
		t.rows = append(t.rows, []string{w.name(id), p.JobTitle, orDefault(strings.Join(holds[id], "\n"), "—"),
			orDefault(p.RetentionNote, "No retention note: agree what would keep them.")})
	}
	w.table(t)
}

func (w *successionWriter) stalled() {
	o := w.s.Overview
	w.heading(stalledSection)
	w.subheading("Plans with stalled goals")
	if len(o.StalledPlans) == 0 {
		w.hint(fmt.Sprintf("No plan has a goal that has gone %d days without an update.", talent.StalledAfterDays))
	} else {
		w.paragraph(fmt.Sprintf("%d %s a goal with no update for %d days or more.", len(o.StalledPlans),
			talent.Plural(len(o.StalledPlans), "plan has", "plans have"), talent.StalledAfterDays))
		t := table{cols: []column{
			{title: "Person", share: 0.26, align: "L", bold: true},
			{title: "Stalled goals", share: 0.56, align: "L"},
			{title: "Days since update", share: 0.18, align: "R"},
		}, maxLines: 6}
		for _, sp := range o.StalledPlans {
			var titles []string
			for _, g := range sp.Goals {
				titles = append(titles, g.Title)
			}
			t.rows = append(t.rows, []string{w.name(sp.Plan.PersonID), strings.Join(titles, "\n"), fmt.Sprint(w.daysStalled(sp))})
		}
		w.table(t)
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

// needingAssessment lists the placed people whose assessment is over a year old; the
// people not placed need one too, and are listed with the reason under the 9-box.
func (w *successionWriter) needingAssessment() {
	o := w.s.Overview
	w.heading(assessSection)
	stale := w.staleAssessed()
	w.paragraph(fmt.Sprintf("%d %s an assessment: the %d not placed on the 9-box, listed there with the reason, and %d on the grid whose latest assessment is over a year old.",
		len(o.NeedingAssessment), talent.Plural(len(o.NeedingAssessment), "person needs", "people need"), len(o.NotPlaced), len(stale)))
	if len(stale) == 0 {
		return
	}
	t := table{cols: []column{
		{title: "Person", share: 0.32, align: "L", bold: true},
		{title: "Team", share: 0.2, align: "L"},
		{title: "Last assessed", share: 0.18, align: "L"},
		{title: "Days ago", share: 0.12, align: "R"},
		{title: "Box", share: 0.18, align: "L"},
	}, maxLines: 3}
	for _, id := range stale {
		r := o.Potential[id]
		box, _ := talent.Place(r)
		t.rows = append(t.rows, []string{w.name(id), w.s.People[id].Team, talent.FormatDate(r.Basis.Date),
			fmt.Sprint(talent.DaysBetween(r.Basis.Date, w.asOf)), boxLabel(w.s.Boxes, box).Name})
	}
	w.table(t)
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

func (w *successionWriter) activity() {
	w.heading("Training and mentoring in the period")
	var total Activity
	trained, mentored := 0, 0
	var ids []int64
	for id, a := range w.s.Activity {
		total.TrainingHours += a.TrainingHours
		total.TrainingCompleted += a.TrainingCompleted
		total.Meetings += a.Meetings
		if a.TrainingCompleted > 0 {
			trained++
		}
		if a.Meetings > 0 {
			mentored++
		}
		if a != (Activity{}) {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		w.hint(fmt.Sprintf("No training was completed and no mentoring meeting held between %s and %s. Agree a development step for each person on the bench.",
			talent.FormatDate(w.s.From), talent.FormatDate(w.s.To)))
	} else {
		w.paragraph(fmt.Sprintf("Between %s and %s: %s, and %s.", talent.FormatDate(w.s.From), talent.FormatDate(w.s.To),
			trainingLine(trained, total), mentoringLine(mentored, total.Meetings)))
	}
	w.pairsNotMet()
	if len(ids) > 0 {
		w.activityTable(w.byName(ids))
	}
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

func (w *successionWriter) pairsNotMet() {
	pairs := w.s.Overview.PairsNotMet
	w.subheading(fmt.Sprintf("Mentoring pairs that have not met for %d days", talent.NotMetAfterDays))
	if len(pairs) == 0 {
		w.hint("Every active mentoring pair has met recently.")
		return
	}
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

func (w *successionWriter) activityTable(ids []int64) {
	w.subheading("By person")
	t := table{cols: []column{
		{title: "Person", share: 0.3, align: "L", bold: true},
		{title: "Team", share: 0.22, align: "L"},
		{title: "Training hours", share: 0.16, align: "R"},
		{title: "Entries", share: 0.14, align: "R"},
		{title: "Mentoring meetings", share: 0.18, align: "R"},
	}, maxLines: 2}
	for _, id := range ids {
		a := w.s.Activity[id]
		t.rows = append(t.rows, []string{w.name(id), w.s.People[id].Team, hours(a.TrainingHours), fmt.Sprint(a.TrainingCompleted), fmt.Sprint(a.Meetings)})
	}
	w.table(t)
}
