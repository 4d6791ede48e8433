package report

import (
	"context"
	"fmt"
	"sort"
	"time"

	"leadbridge/internal/talent"
)

// Moments printed on a plan: the most recent ones within this many months.
const (
	momentMonths = 12
	maxMoments   = 12
)

// LoadPlan gathers what a development plan prints about one person, as of a date. It
// reads only that person's records and the people they name, with the same number of
// service calls whatever the size of the business.
func LoadPlan(ctx context.Context, svc talent.Services, personID int64, asOf time.Time) (PlanDoc, error) {
	person, err := svc.Person(ctx, personID)
	if err != nil {
		return PlanDoc{}, err
	}
	d := PlanDoc{Person: person}
	for _, step := range []func(context.Context, talent.Services, *PlanDoc, time.Time) error{
		loadAssessments, loadPlan, loadPromotion, loadMentoring, loadTraining, loadMoments, loadNominations, loadNames,
	} {
		if err := step(ctx, svc, &d, asOf); err != nil {
			return PlanDoc{}, err
		}
	}
	return d, nil
}

// loadNames reads the people the other records name: manager, mentor, raters,
// observers and role holders.
func loadNames(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	ids := []int64{d.Person.ReportsTo}
	for _, a := range []*talent.Assessment{d.Latest, d.Previous} {
		if a != nil {
			ids = append(ids, a.RaterID)
		}
	}
	if d.Pair != nil {
		ids = append(ids, d.Pair.MentorID)
	}
	for _, m := range d.Moments {
		ids = append(ids, m.ObserverID)
	}
	for _, n := range d.Nominations {
		ids = append(ids, n.holderID)
	}
	people, err := svc.PeopleWithIDs(ctx, ids)
	if err != nil {
		return fmt.Errorf("load people: %w", err)
	}
	d.People = talent.PeopleByID(people)
	if d.Pair != nil {
		if m, ok := d.People[d.Pair.MentorID]; ok {
			d.Mentor = &m
		}
	}
	d.Manager = d.People[d.Person.ReportsTo].Name
	for i, n := range d.Nominations {
		d.Nominations[i].Holder = d.People[n.holderID].Name
	}
	return nil
}

// loadAssessments finds the two latest completed assessments by others and derives
// potential and the 9-box placement.
func loadAssessments(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	std, err := svc.Standard(ctx)
	if err != nil {
		return fmt.Errorf("load standard: %w", err)
	}
	d.Standard = std
	as, err := svc.Assessments(ctx, d.Person.ID)
	if err != nil {
		return fmt.Errorf("load assessments: %w", err)
	}
	others := talent.ByOthers(as)
	if len(others) > 0 {
		d.Latest = &others[0]
	}
	if len(others) > 1 {
		d.Previous = &others[1]
	}
	d.assessments = as
	d.SelfGaps = talent.SelfGaps(std, as)
	if d.Views, err = svc.Views(ctx, d.Person.ID); err != nil {
		return fmt.Errorf("load ratings by group: %w", err)
	}
	d.Potential = talent.DerivePotential(std, as)
	if box, ok := talent.Place(d.Potential); ok {
		labels, err := svc.BoxLabels(ctx)
		if err != nil {
			return fmt.Errorf("load box labels: %w", err)
		}
		d.Box = boxLabel(labels, box)
	}
	return nil
}

func loadPlan(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	plan, err := svc.Plan(ctx, d.Person.ID)
	switch {
	case talent.ErrorCode(err) == talent.ENOTFOUND:
		return nil
	case err != nil:
		return fmt.Errorf("load plan: %w", err)
	}
	d.Plan = &plan
	return nil
}

// loadPromotion finds the latest decision to promote the person.
func loadPromotion(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	decisions, err := svc.Decisions(ctx, d.Person.ID)
	if err != nil {
		return fmt.Errorf("load decisions: %w", err)
	}
	for i, dec := range decisions { // newest first
		if dec.Outcome == talent.OutcomePromote && !dec.PromotionDate.IsZero() {
			d.Promotion = &decisions[i]
			return nil
		}
	}
	return nil
}

// loadMentoring finds the person's active pair as mentee, the most recently started
// when there are several.
func loadMentoring(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	pairs, err := svc.PairsOf(ctx, d.Person.ID)
	if err != nil {
		return fmt.Errorf("load mentoring pairs: %w", err)
	}
	for i, p := range pairs {
		if p.MenteeID == d.Person.ID && p.Status == talent.PairActive && (d.Pair == nil || p.Start.After(d.Pair.Start)) {
			d.Pair = &pairs[i]
		}
	}
	return nil
}

func loadTraining(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	ts, err := svc.TrainingLog(ctx, talent.TrainingFilter{PersonID: d.Person.ID})
	if err != nil {
		return fmt.Errorf("load training: %w", err)
	}
	d.Training = ts
	return nil
}

// loadMoments keeps the recent moments, newest first, and gathers the evidence on each
// derailer from every moment and assessment.
func loadMoments(ctx context.Context, svc talent.Services, d *PlanDoc, asOf time.Time) error {
	ms, err := svc.Moments(ctx, d.Person.ID)
	if err != nil {
		return fmt.Errorf("load moments: %w", err)
	}
	d.Derailers = collectDerailers(d.Latest, d.assessments, ms)
	d.assessments = nil
	since := talent.Day(asOf).AddDate(0, -momentMonths, 0)
	for _, m := range ms {
		if !m.Date.Before(since) && !m.Date.After(talent.Day(asOf)) {
			d.Moments = append(d.Moments, m)
		}
	}
	sort.SliceStable(d.Moments, func(i, j int) bool { return d.Moments[i].Date.After(d.Moments[j].Date) })
	d.Moments = d.Moments[:min(len(d.Moments), maxMoments)]
	return nil
}

func loadNominations(ctx context.Context, svc talent.Services, d *PlanDoc, _ time.Time) error {
	roles, err := svc.KeyRolesFor(ctx, d.Person.ID)
	if err != nil {
		return fmt.Errorf("load key roles: %w", err)
	}
	for _, r := range roles {
		for _, s := range r.Successors {
			if s.PersonID == d.Person.ID {
				d.Nominations = append(d.Nominations, Nomination{Role: r.Title, holderID: r.HolderID, Readiness: s.Readiness, Note: s.Note})
			}
		}
	}
	return nil
}

// LoadSuccession gathers what the succession summary prints, as of a date; training
// and mentoring are counted over the twelve months up to that date. It also records the
// day's bench strength, which is how the trend builds up. It makes the same number of
// service calls whatever the size of the business.
func LoadSuccession(ctx context.Context, svc talent.Services, asOf time.Time) (SuccessionDoc, error) {
	to := talent.Day(asOf)
	d := SuccessionDoc{From: to.AddDate(-1, 0, 1), To: to, Activity: map[int64]Activity{}}
	in := talent.OverviewInput{AsOf: to}
	var err error
	if in.People, err = svc.People(ctx); err != nil {
		return d, fmt.Errorf("load people: %w", err)
	}
	if in.Standard, err = svc.Standard(ctx); err != nil {
		return d, fmt.Errorf("load standard: %w", err)
	}
	if in.Potentials, err = svc.PotentialResults(ctx); err != nil {
		return d, fmt.Errorf("load assessments: %w", err)
	}
	if in.Roles, err = svc.KeyRoles(ctx); err != nil {
		return d, fmt.Errorf("load key roles: %w", err)
	}
	if in.Plans, err = svc.PlanOutlines(ctx); err != nil {
		return d, fmt.Errorf("load plans: %w", err)
	}
	if in.Pairs, err = svc.PairOutlines(ctx); err != nil {
		return d, fmt.Errorf("load mentoring pairs: %w", err)
	}
	if d.Boxes, err = svc.BoxLabels(ctx); err != nil {
		return d, fmt.Errorf("load box labels: %w", err)
	}
	training, err := svc.TrainingLog(ctx, talent.TrainingFilter{From: d.From, To: d.To})
	if err != nil {
		return d, fmt.Errorf("load training: %w", err)
	}
	d.Overview = talent.BuildOverview(in)
	d.Roles = in.Roles
	d.Standard = in.Standard
	d.Candidates = map[int64]talent.PotentialResult{}
	for _, r := range in.Roles {
		for _, s := range r.Successors {
			d.Candidates[s.PersonID] = in.Potentials[s.PersonID]
		}
	}
	d.People = talent.PeopleByID(in.People)
	d.addActivity(training, in.Pairs)
	if err := d.loadTeams(ctx, svc); err != nil {
		return d, err
	}
	if err := d.loadBench(ctx, svc); err != nil {
		return d, err
	}
	return d, nil
}

// loadBench reads the bench strength recorded before today, for the trend.
func (d *SuccessionDoc) loadBench(ctx context.Context, svc talent.Services) error {
	history, err := svc.BenchHistory(ctx)
	if err != nil {
		return fmt.Errorf("load bench strength history: %w", err)
	}
	for _, p := range history {
		if p.Date.Before(d.To) {
			d.BenchHistory = append(d.BenchHistory, p)
		}
	}
	return nil
}

// Record keeps what a written summary leaves behind: today's bench strength, so that
// the next summary can show the change since this one. Call it once the document is
// written, as part of recording the export, so that a summary that was never written
// leaves no trace.
func (d SuccessionDoc) Record(ctx context.Context, svc talent.SuccessionService) error {
	if err := svc.RecordBench(ctx, talent.BenchPoint{Date: d.To, Bench: d.Overview.Bench}); err != nil {
		return fmt.Errorf("record bench strength: %w", err)
	}
	return nil
}

// addActivity counts completed training and mentoring meetings in the period.
func (d *SuccessionDoc) addActivity(training []talent.Training, pairs []talent.Pair) {
	in := func(t time.Time) bool { return !t.Before(d.From) && !t.After(d.To) }
	for _, t := range training {
		if t.Status == talent.TrainingCompleted && in(t.CompletedDate) {
			a := d.Activity[t.PersonID]
			a.TrainingHours += t.Hours
			a.TrainingCompleted++
			d.Activity[t.PersonID] = a
		}
	}
	for _, p := range pairs {
		for _, m := range p.Meetings {
			if in(m.Date) {
				a := d.Activity[p.MenteeID]
				a.Meetings++
				d.Activity[p.MenteeID] = a
			}
		}
	}
}

// boxLabel returns a box's label, falling back to the shipped one when the stored
// labels leave it out.
func boxLabel(labels map[talent.Box]talent.BoxLabel, b talent.Box) talent.BoxLabel {
	if l, ok := labels[b]; ok && l.Name != "" {
		return l
	}
	return talent.DefaultBoxLabels()[b]
}
