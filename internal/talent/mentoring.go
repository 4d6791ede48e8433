package talent

import (
	"strconv"
	"time"
)

// PairStatus is where a mentoring pair stands.
type PairStatus string

const (
	PairActive PairStatus = "active"
	PairPaused PairStatus = "paused"
	PairEnded  PairStatus = "ended"
)

// PairStatuses lists the statuses in order.
var PairStatuses = []PairStatus{PairActive, PairPaused, PairEnded}

// Valid reports whether s is a known status.
func (s PairStatus) Valid() bool { return oneOf(s, PairStatuses) }

// Label is the status as shown to people.
func (s PairStatus) Label() string {
	switch s {
	case PairActive:
		return "Active"
	case PairPaused:
		return "Paused"
	case PairEnded:
		return "Ended"
	}
	return string(s)
}

// MaxAgreementGoals is how many goals a mentoring agreement holds; fewer goals get met.
const MaxAgreementGoals = 3

// NotMetAfterDays is how long an active pair may go without meeting before it is flagged.
const NotMetAfterDays = 45

// Agreement is what a mentor and mentee agreed at the start.
type Agreement struct {
	Goals           []string
	EveryDays       int    // how often they meet, in days
	Format          string // how: "in person", "video call"
	MinutesEach     int    // how long each meeting lasts
	Confidentiality string
}

// Pair is a mentoring relationship.
type Pair struct {
	ID       int64
	MentorID int64 // 0 when the mentor is not a person in the database
	// MentorName names the mentor when MentorID is 0: someone from outside the business,
	// or FormerStaff after the mentor's erasure.
	MentorName string
	MenteeID   int64
	Start      time.Time
	PlannedEnd time.Time
	Focus      []int64 // competency IDs
	Agreement  Agreement
	Status     PairStatus
	Meetings   []Meeting
	Meta
}

// Mentor names the pair's mentor: onFile, the name on their record, when the mentor is
// on file; otherwise the name the pair keeps for someone from outside or a former staff
// member.
func (p Pair) Mentor(onFile string) string {
	if p.MentorID == 0 {
		return p.MentorName
	}
	return onFile
}

// Meeting is one mentoring meeting.
type Meeting struct {
	ID            int64
	PairID        int64
	Date          time.Time
	Minutes       int
	Topics        string
	AgreedActions string
	NextDate      time.Time
	Meta
}

// Validate checks a pair's own fields. Duplicates need the other pairs: see CheckPairs.
func (p *Pair) Validate() error {
	p.Start, p.PlannedEnd = Day(p.Start), Day(p.PlannedEnd)
	p.MentorName = CleanName(p.MentorName)
	if p.MentorID != 0 {
		p.MentorName = "" // a mentor on file is named by their record
	}
	switch {
	case p.MentorID == 0 && p.MentorName == "":
		return Invalid("mentor", "Choose the mentor.")
	case p.MenteeID == 0:
		return Invalid("mentee", "Choose the mentee.")
	case p.MentorID == p.MenteeID:
		return Invalid("mentor", "A person cannot mentor themselves; choose someone else as mentor.")
	case p.Start.IsZero():
		return Invalid("start", "Enter the date the mentoring starts.")
	case !p.Status.Valid():
		return Invalid("status", "Choose whether the pair is active, paused or ended.")
	}
	for _, err := range []error{
		checkText("mentor", "Mentor", &p.MentorName, MaxNameLen),
		checkDate("start", "Start date", p.Start),
		checkDate("plannedEnd", "Planned end", p.PlannedEnd),
		checkOrder("plannedEnd", "Planned end", "start date", p.Start, p.PlannedEnd),
	} {
		if err != nil {
			return err
		}
	}
	return p.Agreement.validate()
}

func (a *Agreement) validate() error {
	var goals []string
	for _, g := range a.Goals {
		if g = CleanName(g); g != "" {
			goals = append(goals, g)
		}
	}
	a.Goals = goals
	switch {
	case len(a.Goals) > MaxAgreementGoals:
		return Invalid("agreementGoals", "The agreement has %d goals; keep it to %d at most.", len(a.Goals), MaxAgreementGoals)
	case a.EveryDays < 0 || a.EveryDays > 365:
		return Invalid("everyDays", "Meeting every %d days is not possible; use 1 to 365.", a.EveryDays)
	case a.MinutesEach < 0 || a.MinutesEach > 8*60:
		return Invalid("minutesEach", "A meeting of %d minutes is not possible; use up to 480.", a.MinutesEach)
	}
	for i := range a.Goals {
		if err := checkText("agreementGoals", "Goal", &a.Goals[i], MaxLineLen); err != nil {
			return err
		}
	}
	if err := checkText("format", "How you meet", &a.Format, MaxNameLen); err != nil {
		return err
	}
	return checkText("confidentiality", "Confidentiality", &a.Confidentiality, MaxNoteLen)
}

// CheckPairs rejects p when the mentee already has an active pair with the same mentor.
// A mentor not on file is the same mentor when the name matches, ignoring case.
func CheckPairs(p Pair, existing []Pair) error {
	if p.Status != PairActive {
		return nil
	}
	for _, e := range existing {
		if e.ID != p.ID && e.Status == PairActive && mentorKey(e) == mentorKey(p) && e.MenteeID == p.MenteeID {
			return Errorf(ECONFLICT, "This mentee already has an active mentoring pair with this mentor.")
		}
	}
	return nil
}

func mentorKey(p Pair) string {
	if p.MentorID != 0 {
		return "id:" + strconv.FormatInt(p.MentorID, 10)
	}
	return "name:" + FoldKey(p.MentorName)
}

// Validate checks a meeting.
func (m *Meeting) Validate() error {
	m.Date, m.NextDate = Day(m.Date), Day(m.NextDate)
	switch {
	case m.PairID == 0:
		return Invalid("pair", "Choose the mentoring pair.")
	case m.Date.IsZero():
		return Invalid("date", "Enter the date of the meeting.")
	case m.Minutes < 0 || m.Minutes > 8*60:
		return Invalid("minutes", "A meeting of %d minutes is not possible; use up to 480.", m.Minutes)
	}
	for _, err := range []error{
		checkDate("date", "Meeting date", m.Date),
		checkDate("nextDate", "Next meeting", m.NextDate),
		checkOrder("nextDate", "Next meeting", "this meeting", m.Date, m.NextDate),
		checkText("topics", "Topics", &m.Topics, MaxNoteLen),
	} {
		if err != nil {
			return err
		}
	}
	return checkText("agreedActions", "Agreed actions", &m.AgreedActions, MaxNoteLen)
}

// LastMet is the date of the pair's latest meeting, or its start when it has none.
func (p Pair) LastMet() time.Time {
	last := p.Start
	for _, m := range p.Meetings {
		if m.Date.After(last) {
			last = m.Date
		}
	}
	return last
}

// NotMetLately reports whether an active pair has gone NotMetAfterDays or more without
// meeting.
func (p Pair) NotMetLately(asOf time.Time) bool {
	return p.Status == PairActive && DaysBetween(p.LastMet(), asOf) >= NotMetAfterDays
}
