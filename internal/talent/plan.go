package talent

import (
	"strings"
	"time"
)

// Phase is where a person stands in the move from expert to manager.
type Phase string

const (
	PhasePreparing   Phase = "preparing"     // before promotion
	PhaseFirst90     Phase = "first-90-days" // the first 90 days in the role
	PhaseSettling    Phase = "settling-in"   // up to 18 months
	PhaseEstablished Phase = "established"
)

// Phases lists the phases in order.
var Phases = []Phase{PhasePreparing, PhaseFirst90, PhaseSettling, PhaseEstablished}

// Valid reports whether p is a known phase.
func (p Phase) Valid() bool { return oneOf(p, Phases) }

// Label is the phase as shown to people.
func (p Phase) Label() string {
	switch p {
	case PhasePreparing:
		return "Preparing"
	case PhaseFirst90:
		return "First 90 days"
	case PhaseSettling:
		return "Settling in"
	case PhaseEstablished:
		return "Established"
	}
	return string(p)
}

// PhaseAt suggests the phase for someone promoted on promoted, as of asOf. With no
// promotion date the person is preparing.
func PhaseAt(promoted, asOf time.Time) Phase {
	if promoted.IsZero() || Day(asOf).Before(Day(promoted)) {
		return PhasePreparing
	}
	switch d := DaysBetween(promoted, asOf); {
	case d < 90:
		return PhaseFirst90
	case Day(asOf).Before(AddMonths(Day(promoted), 18)):
		return PhaseSettling
	}
	return PhaseEstablished
}

// GoalStatus is where a development goal stands.
type GoalStatus string

const (
	GoalNotStarted GoalStatus = "not-started"
	GoalInProgress GoalStatus = "in-progress"
	GoalDone       GoalStatus = "done"
	GoalDropped    GoalStatus = "dropped"
)

// GoalStatuses lists the statuses in order.
var GoalStatuses = []GoalStatus{GoalNotStarted, GoalInProgress, GoalDone, GoalDropped}

// Valid reports whether s is a known status.
func (s GoalStatus) Valid() bool { return oneOf(s, GoalStatuses) }

// Open reports whether work on the goal is still expected.
func (s GoalStatus) Open() bool { return s == GoalNotStarted || s == GoalInProgress }

// Label is the status as shown to people.
func (s GoalStatus) Label() string {
	switch s {
	case GoalNotStarted:
		return "Not started"
	case GoalInProgress:
		return "In progress"
	case GoalDone:
		return "Done"
	case GoalDropped:
		return "Dropped"
	}
	return string(s)
}

// LearningKind is how an action develops someone: the 70-20-10 mix.
type LearningKind string

const (
	LearnExperience LearningKind = "experience" // on-the-job stretch experience (70)
	LearnOthers     LearningKind = "others"     // learning from others (20)
	LearnFormal     LearningKind = "formal"     // formal learning (10)
)

// LearningKinds lists the kinds in 70-20-10 order.
var LearningKinds = []LearningKind{LearnExperience, LearnOthers, LearnFormal}

// Valid reports whether k is a known kind.
func (k LearningKind) Valid() bool { return oneOf(k, LearningKinds) }

// Label is the kind as shown to people.
func (k LearningKind) Label() string {
	switch k {
	case LearnExperience:
		return "On-the-job experience"
	case LearnOthers:
		return "Learning from others"
	case LearnFormal:
		return "Formal learning"
	}
	return string(k)
}

// StalledAfterDays is how long a goal may go without an update before it is stalled.
const StalledAfterDays = 45

// PlanReviewMonths is how long after its start a new plan is first reviewed, unless the
// owner picks another date.
const PlanReviewMonths = 6

// Plan is a person's development plan; each person has one at a time.
type Plan struct {
	ID         int64
	PersonID   int64
	TargetRole string
	Start      time.Time
	Review     time.Time
	Phase      Phase
	Goals      []Goal
	Milestones []Milestone
	Meta
}

// Goal is one thing that will be different, tied to a competency.
type Goal struct {
	ID           int64
	PlanID       int64
	CompetencyID int64
	Title        string // what will be different
	Due          time.Time
	Status       GoalStatus
	Progress     int    // percent, 0 to 100
	Measure      string // how mentor and mentee will know it worked; optional
	Support      string // the help, time or budget it needs; optional
	Obstacle     string // what is most likely to get in the way; optional
	Actions      []Action
	Notes        []ProgressNote
	Meta
}

// Action is one step towards a goal, typed by how people learn.
type Action struct {
	ID     int64
	GoalID int64
	Kind   LearningKind
	Text   string
	Due    time.Time
	Done   bool
}

// ProgressNote is a dated update on a goal.
type ProgressNote struct {
	ID     int64
	GoalID int64
	Date   time.Time
	Text   string
	Meta
}

// Validate checks a plan and everything in it.
func (p *Plan) Validate() error {
	p.TargetRole = CleanName(p.TargetRole)
	p.Start, p.Review = Day(p.Start), Day(p.Review)
	switch {
	case p.PersonID == 0:
		return Invalid("person", "Choose whose plan this is.")
	case p.Start.IsZero():
		return Invalid("start", "Enter the date the plan starts.")
	case !p.Phase.Valid():
		return Invalid("phase", "Choose a transition phase.")
	}
	if err := checkText("targetRole", "Target role", &p.TargetRole, MaxNameLen); err != nil {
		return err
	}
	for _, c := range []error{
		checkDate("start", "Start date", p.Start),
		checkDate("review", "Review date", p.Review),
		checkOrder("review", "Review date", "start date", p.Start, p.Review),
	} {
		if c != nil {
			return c
		}
	}
	for i := range p.Goals {
		if err := p.Goals[i].Validate(); err != nil {
			return err
		}
	}
	for i := range p.Milestones {
		if err := p.Milestones[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks a goal, its actions and notes.
func (g *Goal) Validate() error {
	g.Title = CleanName(g.Title)
	g.Due = Day(g.Due)
	if err := checkName("goalTitle", "What will be different", &g.Title); err != nil {
		return err
	}
	switch {
	case g.CompetencyID == 0:
		return Invalid("competency", "Tie the goal %q to a competency.", g.Title)
	case !g.Status.Valid():
		return Invalid("status", "Choose the goal's status.")
	case g.Progress < 0 || g.Progress > 100:
		return Invalid("progress", "Progress is %d%%; it must be between 0 and 100.", g.Progress)
	}
	if err := checkDate("due", "Due date", g.Due); err != nil {
		return err
	}
	if err := g.validateDetail(); err != nil {
		return err
	}
	for i := range g.Actions {
		a := &g.Actions[i]
		a.Text, a.Due = CleanName(a.Text), Day(a.Due)
		if !a.Kind.Valid() {
			return Invalid("actions", "Say how the action %q develops the person: experience, learning from others or formal learning.", a.Text)
		}
		if err := checkRequired("actions", "Action", &a.Text, MaxLineLen); err != nil {
			return err
		}
	}
	for i := range g.Notes {
		n := &g.Notes[i]
		n.Date, n.Text = Day(n.Date), strings.TrimSpace(n.Text)
		if n.Date.IsZero() {
			return Invalid("notes", "Give the progress note a date.")
		}
		if err := checkRequired("notes", "Progress note", &n.Text, MaxNoteLen); err != nil {
			return err
		}
	}
	return nil
}

// GoalDetail names the optional texts of a goal that say how it will work out, in the
// order forms and documents show them.
var GoalDetail = []struct {
	Field, Label string
	Text         func(*Goal) *string
}{
	{"measure", "Success measure", func(g *Goal) *string { return &g.Measure }},
	{"support", "Support needed", func(g *Goal) *string { return &g.Support }},
	{"obstacle", "Likely obstacle", func(g *Goal) *string { return &g.Obstacle }},
}

// validateDetail tidies and checks the goal's success measure, support and obstacle:
// each may run over a few lines, up to MaxLineLen characters.
func (g *Goal) validateDetail() error {
	for _, d := range GoalDetail {
		p := d.Text(g)
		*p = strings.TrimSpace(lineEnds.Replace(*p))
		if err := checkText(d.Field, d.Label, p, MaxLineLen); err != nil {
			return err
		}
	}
	return nil
}

// LastUpdate is the date of the goal's latest progress note, or the day it was created
// when it has none. A note's own date counts, not when it was typed in: a mentor who
// enters last month's notes today has not made the goal current.
func (g Goal) LastUpdate() time.Time {
	if len(g.Notes) == 0 {
		return Day(g.CreatedAt)
	}
	var last time.Time
	for _, n := range g.Notes {
		if n.Date.After(last) {
			last = Day(n.Date)
		}
	}
	return last
}

// Stalled reports whether an open goal has had no update for StalledAfterDays or more.
func (g Goal) Stalled(asOf time.Time) bool {
	last := g.LastUpdate()
	return g.Status.Open() && !last.IsZero() && DaysBetween(last, asOf) >= StalledAfterDays
}

// StalledGoals returns the plan's stalled goals.
func (p Plan) StalledGoals(asOf time.Time) []Goal {
	var out []Goal
	for _, g := range p.Goals {
		if g.Stalled(asOf) {
			out = append(out, g)
		}
	}
	return out
}

// LearningMix counts a plan's actions by learning kind, for the 70-20-10 check.
func (p Plan) LearningMix() map[LearningKind]int {
	mix := map[LearningKind]int{}
	for _, g := range p.Goals {
		for _, a := range g.Actions {
			mix[a.Kind]++
		}
	}
	return mix
}
