package talent

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultDueDays is how far ahead the agenda looks unless told otherwise: two weeks is
// the usual gap between mentoring meetings, so nothing falls between two looks.
const DefaultDueDays = 14

// DueKind says which rule a due item comes from.
type DueKind string

const (
	DueCheckpoint DueKind = "checkpoint" // a transition milestone
	DueMeeting    DueKind = "meeting"    // a pair's next mentoring meeting
	DueAction     DueKind = "action"     // a development action
	DueGoal       DueKind = "goal"       // a development goal
	DueStall      DueKind = "stall"      // a plan about to stall
	DueAssessment DueKind = "assessment" // an assessment going stale
	DueQuiet      DueKind = "quiet"      // a mentoring pair about to go quiet
)

// Due is one dated thing to do for one person.
type Due struct {
	// Key names the record the item belongs to, as kind and ID ("action:42"). It stays
	// the same when the item's date changes, so a calendar can update the event.
	Key       string
	ID        int64 // the record's: a milestone, pair, action, goal, plan or person
	Kind      DueKind
	PersonID  int64 // whom it is for
	Person    string
	PairID    int64 // the mentoring pair, for meetings and quiet pairs
	What      string
	Date      time.Time
	OwnerOnly bool // left out of a mentor's list
}

// DueGroup is where an item falls in the agenda.
type DueGroup int

const (
	DueOverdue DueGroup = iota
	DueThisWeek
	DueNextWeek
	DueLater
)

// DueGroups lists the groups in the order the agenda shows them.
var DueGroups = []DueGroup{DueOverdue, DueThisWeek, DueNextWeek, DueLater}

// Label is the group's heading.
func (g DueGroup) Label() string {
	return [...]string{"Overdue", "This week", "Next week", "Later"}[g]
}

// DueInput is what an agenda is built from.
type DueInput struct {
	AsOf   time.Time
	Days   int // how many days after AsOf the agenda reaches
	People []Person
	Plans  []Plan // whole, with their actions
	Pairs  []Pair // with the dates of their meetings
	// Assessed is the date of each person's latest completed assessment by someone
	// else, the one potential rests on (see AssessmentService.LatestAssessed).
	Assessed map[int64]time.Time
	// MentorID, when set, keeps only that mentor's side: their mentees' plans and their
	// own pairs with them, and nothing owner-only.
	MentorID int64
}

// Agenda is what is overdue and what falls due up to Until, by date.
type Agenda struct {
	AsOf  time.Time
	Until time.Time
	Items []Due
}

// BuildAgenda lists what is overdue and what falls due in the window. Only active people
// have items, and done things have none. Items with a rule behind them are dated on the
// last day before the rule flags them (a plan's stall, a quiet pair, a stale
// assessment), so an item is overdue exactly when the rest of Leadbridge flags it.
// Dates stay where the rules put them, weekends included: a check-point on a Saturday
// is due that Saturday.
func BuildAgenda(in DueInput) Agenda {
	b := NewAgendaBuilder(in.AsOf, in.Days, in.MentorID)
	b.AddPeople(in.People)
	b.AddPairs(in.Pairs)
	b.AddPlans(in.Plans)
	for id, d := range in.Assessed {
		b.AddAssessed(id, d)
	}
	return b.Agenda()
}

// AgendaBuilder builds an agenda as BuildAgenda does from records handed to it one kind
// at a time, keeping only the items: for a caller, such as the home view, that never
// holds every record at once. People come first; for a mentor's agenda, pairs come
// before plans, which are kept when they are a mentee's.
type AgendaBuilder struct {
	a        Agenda
	mentorID int64
	names    map[int64]string // everyone's
	active   map[int64]bool
	mentees  map[int64]bool // the active pairs' mentees
}

// NewAgendaBuilder starts the agenda of asOf, reaching days ahead: everyone's, or when
// mentorID is set, only that mentor's side, with nothing owner-only (see DueInput).
func NewAgendaBuilder(asOf time.Time, days int, mentorID int64) *AgendaBuilder {
	return &AgendaBuilder{a: Agenda{AsOf: Day(asOf), Until: Day(asOf).AddDate(0, 0, days)}, mentorID: mentorID,
		names: map[int64]string{}, active: map[int64]bool{}, mentees: map[int64]bool{}}
}

// AddPeople hands over everyone, active and left.
func (b *AgendaBuilder) AddPeople(people []Person) {
	for _, p := range people {
		b.names[p.ID], b.active[p.ID] = p.Name, p.Active()
	}
}

// AddPairs hands over the mentoring pairs, with the dates of their meetings.
func (b *AgendaBuilder) AddPairs(pairs []Pair) {
	for _, p := range pairs {
		if p.Status == PairActive && (b.mentorID == 0 || p.MentorID == b.mentorID) {
			b.pair(p)
		}
	}
}

// AddPlans hands over the plans, whole, with their actions.
func (b *AgendaBuilder) AddPlans(plans []Plan) {
	for _, p := range plans {
		if b.mentorID == 0 || b.mentees[p.PersonID] {
			b.plan(p)
		}
	}
}

// AddPotential hands over one person's potential, for the date of the assessment it
// rests on.
func (b *AgendaBuilder) AddPotential(personID int64, r PotentialResult) {
	b.AddAssessed(personID, r.Basis.Date)
}

// AddAssessed hands over the date of one person's latest completed assessment by
// someone else; a mentor's agenda leaves it out, as it does everything owner-only.
func (b *AgendaBuilder) AddAssessed(personID int64, date time.Time) {
	if b.mentorID == 0 {
		b.assessment(personID, date)
	}
}

// Agenda is the agenda built so far, by date.
func (b *AgendaBuilder) Agenda() Agenda {
	a := b.a
	a.Items = slices.Clone(b.a.Items)
	sort.Slice(a.Items, func(i, j int) bool {
		x, y := a.Items[i], a.Items[j]
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		if x.Person != y.Person {
			return x.Person < y.Person
		}
		return x.Key < y.Key
	})
	return a
}

// AgendaSource is what an agenda is read from.
type AgendaSource interface {
	PersonService
	PlanService
	MentoringService
	AssessmentService
}

// LoadAgenda reads what BuildAgenda needs and builds the agenda: what the window, the
// command line and the calendar files all show.
func LoadAgenda(ctx context.Context, src AgendaSource, asOf time.Time, days int, mentorID int64) (Agenda, error) {
	in := DueInput{AsOf: asOf, Days: days, MentorID: mentorID}
	var err error
	if in.People, err = src.People(ctx); err != nil {
		return Agenda{}, err
	}
	if in.Plans, err = src.DuePlans(ctx); err != nil {
		return Agenda{}, err
	}
	if in.Pairs, err = src.PairOutlines(ctx); err != nil {
		return Agenda{}, err
	}
	if mentorID == 0 { // assessments give owner-only items alone
		if in.Assessed, err = src.LatestAssessed(ctx); err != nil {
			return Agenda{}, err
		}
	}
	return BuildAgenda(in), nil
}

// Group says where an item falls: weeks start on Monday.
func (a Agenda) Group(d Due) DueGroup {
	monday := a.AsOf.AddDate(0, 0, -(int(a.AsOf.Weekday())+6)%7)
	switch days := DaysBetween(monday, d.Date); {
	case d.Date.Before(a.AsOf):
		return DueOverdue
	case days < 7:
		return DueThisWeek
	case days < 14:
		return DueNextWeek
	}
	return DueLater
}

// When says since or until when an item is due, as of the agenda's day.
func (a Agenda) When(d Due) string {
	switch days := DaysBetween(a.AsOf, d.Date); {
	case days < 0:
		return "Overdue since " + FormatDate(d.Date) + " (" + Count(-days, "1 day", "days") + ")"
	case days == 0:
		return "Due today"
	case days == 1:
		return "Due tomorrow"
	default:
		return "Due on " + FormatDate(d.Date) + " (in " + strconv.Itoa(days) + " days)"
	}
}

// Line says in one sentence or two what is due, for whom, and since or until when: a line
// of the agenda wherever it is shown.
func (a Agenda) Line(d Due) string {
	return d.Person + " — " + strings.TrimRight(d.What, ".") + ". " + a.When(d) + "."
}

// In returns the items of one group, by date.
func (a Agenda) In(g DueGroup) []Due {
	var out []Due
	for _, d := range a.Items {
		if a.Group(d) == g {
			out = append(out, d)
		}
	}
	return out
}

// add keeps an item when it is for an active person and not past the window.
func (b *AgendaBuilder) add(d Due, id int64) {
	if !b.active[d.PersonID] || d.Date.IsZero() || d.Date.After(b.a.Until) {
		return
	}
	d.ID, d.Key, d.Person, d.Date = id, string(d.Kind)+":"+strconv.FormatInt(id, 10), b.names[d.PersonID], Day(d.Date)
	b.a.Items = append(b.a.Items, d)
}

func (b *AgendaBuilder) pair(p Pair) {
	b.mentees[p.MenteeID] = true
	mentor := p.Mentor(b.names[p.MentorID])
	var latest Meeting
	for _, m := range p.Meetings {
		if !m.Date.Before(latest.Date) {
			latest = m
		}
	}
	b.add(Due{Kind: DueMeeting, PersonID: p.MenteeID, PairID: p.ID, Date: latest.NextDate,
		What: "Mentoring meeting with " + mentor}, p.ID)
	b.add(Due{Kind: DueQuiet, PersonID: p.MenteeID, PairID: p.ID, Date: Day(p.LastMet()).AddDate(0, 0, NotMetAfterDays-1),
		What: "Mentoring meeting with " + mentor + ", before the pair has gone " + strconv.Itoa(NotMetAfterDays) + " days without one"}, p.ID)
}

func (b *AgendaBuilder) plan(p Plan) {
	for _, m := range p.Milestones {
		if !m.Done {
			b.add(Due{Kind: DueCheckpoint, PersonID: p.PersonID, Date: m.Due, What: "Check-point at " + m.Label}, m.ID)
		}
	}
	var stalling Goal
	var stalls time.Time
	for _, g := range p.Goals {
		if !g.Status.Open() {
			continue
		}
		b.add(Due{Kind: DueGoal, PersonID: p.PersonID, Date: g.Due, What: "Goal: " + g.Title}, g.ID)
		for _, act := range g.Actions {
			if !act.Done {
				b.add(Due{Kind: DueAction, PersonID: p.PersonID, Date: act.Due, What: "Action: " + act.Text}, act.ID)
			}
		}
		if last := g.LastUpdate(); !last.IsZero() {
			if at := last.AddDate(0, 0, StalledAfterDays-1); stalls.IsZero() || at.Before(stalls) {
				stalling, stalls = g, at
			}
		}
	}
	b.add(Due{Kind: DueStall, PersonID: p.PersonID, Date: stalls,
		What: "An update on the goal “" + stalling.Title + "”, before the plan stalls"}, p.ID)
}

func (b *AgendaBuilder) assessment(personID int64, date time.Time) {
	if date.IsZero() {
		return // never assessed: the home view lists them, and there is no date to give
	}
	b.add(Due{Kind: DueAssessment, PersonID: personID, Date: Day(date).AddDate(0, 0, AssessmentMaxAgeDays),
		What: "A new assessment, before the latest is over a year old", OwnerOnly: true}, personID)
}

// Tickable reports whether the item is ticked off where it stands: a check-point or an
// action. Others go when what they ask for is done (a meeting logged, a goal updated).
func (d Due) Tickable() bool { return d.Kind == DueCheckpoint || d.Kind == DueAction }

// TickOff marks the item done on day in p, its person's plan, and reports whether p held
// it; nothing changes when it did not, or when the item is not Tickable.
func (d Due) TickOff(p *Plan, day time.Time) bool {
	switch d.Kind {
	case DueCheckpoint:
		for i := range p.Milestones {
			if m := &p.Milestones[i]; m.ID == d.ID {
				m.Done, m.DoneDate = true, Day(day)
				return true
			}
		}
	case DueAction:
		for i := range p.Goals {
			for j := range p.Goals[i].Actions {
				if a := &p.Goals[i].Actions[j]; a.ID == d.ID {
					a.Done = true
					return true
				}
			}
		}
	}
	return false
}
