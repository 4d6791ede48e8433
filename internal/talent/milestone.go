package talent

import (
	"strconv"
	"time"
)

// Milestone is a transition check-point after a promotion.
type Milestone struct {
	ID       int64
	PlanID   int64
	Label    string // "30 days", "6 months"
	Focus    string
	Due      time.Time
	Done     bool
	DoneDate time.Time
	Notes    string
}

// milestoneSteps are the check-points after a promotion, with the focus of each. The
// first three months set habits; the later ones check they held.
var milestoneSteps = []struct {
	label        string
	days, months int
	focus        string
}{
	{"30 days", 30, 0, "One-to-ones held with every team member; expectations agreed with own manager; first piece of technical work handed over."},
	{"60 days", 60, 0, "A development goal agreed with each team member; regular team meeting running; first feedback conversation held."},
	{"90 days", 90, 0, "Team plan with owners and dates in use; feedback on own leadership asked for and discussed with the mentor."},
	{"6 months", 0, 6, "Review of the development plan against the leadership standard; a difficult conversation handled."},
	{"12 months", 0, 12, "Reassessment against the leadership standard; the team's results reviewed with the owner."},
	{"18 months", 0, 18, "Transition complete: settled as a manager, or an honest decision about the route ahead."},
}

// TransitionMilestones returns the check-points for someone promoted on promoted: at
// 30, 60 and 90 days and at 6, 12 and 18 months.
func TransitionMilestones(promoted time.Time) []Milestone {
	start := Day(promoted)
	out := make([]Milestone, 0, len(milestoneSteps))
	for _, s := range milestoneSteps {
		out = append(out, Milestone{Label: s.label, Focus: s.focus, Due: AddMonths(start, s.months).AddDate(0, 0, s.days)})
	}
	return out
}

// MilestoneSchedule says when the check-points fall after a promotion, in words that
// follow "check-points": "at 30, 60 and 90 days and at 6, 12 and 18 months".
func MilestoneSchedule() string {
	var days, months []string
	for _, s := range milestoneSteps {
		if s.months == 0 {
			days = append(days, strconv.Itoa(s.days))
		} else {
			months = append(months, strconv.Itoa(s.months))
		}
	}
	return "at " + joinWords(days) + " days and at " + joinWords(months) + " months"
}

// Overdue reports whether the milestone is not done and its due date has passed.
func (m Milestone) Overdue(asOf time.Time) bool {
	return !m.Done && !m.Due.IsZero() && Day(asOf).After(Day(m.Due))
}

// Validate checks a milestone.
func (m *Milestone) Validate() error {
	m.Label, m.Due, m.DoneDate = CleanName(m.Label), Day(m.Due), Day(m.DoneDate)
	if err := checkName("label", "Milestone", &m.Label); err != nil {
		return err
	}
	if m.Due.IsZero() {
		return Invalid("due", "Give the milestone %q a due date.", m.Label)
	}
	if m.Done && m.DoneDate.IsZero() {
		return Invalid("doneDate", "Enter the date the milestone %q was done.", m.Label)
	}
	if err := checkText("focus", "Focus", &m.Focus, MaxLineLen*2); err != nil {
		return err
	}
	return checkText("notes", "Notes", &m.Notes, MaxNoteLen)
}
