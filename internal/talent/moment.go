package talent

import "time"

// MaxMomentLen is the length of a leadership moment: one line, logged in seconds.
const MaxMomentLen = 280

// Moment is an observed act of leadership (or of a derailer), logged as evidence for the
// next assessment.
type Moment struct {
	ID           int64
	PersonID     int64
	Date         time.Time
	ObserverID   int64  // 0 when the observer is not in the database
	ObserverName string // used when ObserverID is 0
	CompetencyID int64  // 0 when the moment is about a derailer
	Derailer     Derailer
	Positive     bool // false: developmental
	Text         string
	Meta
}

// Validate checks a moment.
func (m *Moment) Validate() error {
	m.Text, m.ObserverName, m.Date = CleanName(m.Text), CleanName(m.ObserverName), Day(m.Date)
	switch {
	case m.PersonID == 0:
		return Invalid("person", "Choose who showed the behaviour.")
	case m.Date.IsZero():
		return Invalid("date", "Enter the date it happened.")
	case m.CompetencyID == 0 && m.Derailer == "":
		return Invalid("competency", "Choose the competency or derailer it relates to.")
	case m.CompetencyID != 0 && m.Derailer != "":
		return Invalid("competency", "Choose either a competency or a derailer, not both.")
	case m.Derailer != "" && !m.Derailer.Valid():
		return Invalid("derailer", "%q is not one of the five derailers.", m.Derailer)
	}
	if err := checkDate("date", "Date", m.Date); err != nil {
		return err
	}
	if m.Text == "" {
		return Invalid("text", "What happened is required.")
	}
	if err := checkText("text", "What happened", &m.Text, MaxMomentLen); err != nil {
		return err
	}
	return checkText("observer", "Observer", &m.ObserverName, MaxNameLen)
}
