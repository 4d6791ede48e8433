package talent

import "time"

// Outcome is what a promotion decision decided.
type Outcome string

const (
	OutcomePromote Outcome = "promote"
	OutcomeNotYet  Outcome = "not-yet"
	OutcomeNo      Outcome = "no"
)

// Outcomes lists every outcome.
var Outcomes = []Outcome{OutcomePromote, OutcomeNotYet, OutcomeNo}

// Valid reports whether o is a known outcome.
func (o Outcome) Valid() bool { return oneOf(o, Outcomes) }

// Label is the outcome as shown to people.
func (o Outcome) Label() string {
	switch o {
	case OutcomePromote:
		return "Promote"
	case OutcomeNotYet:
		return "Not yet"
	case OutcomeNo:
		return "Do not promote"
	}
	return string(o)
}

// Decision is a recorded promotion decision and the evidence behind it.
type Decision struct {
	ID            int64
	PersonID      int64
	Role          string
	Date          time.Time // when the decision was made
	Outcome       Outcome
	PromotionDate time.Time // when the promotion takes effect; set only for OutcomePromote
	Reason        string    // the evidence
	Meta
}

// Validate checks a decision.
func (d *Decision) Validate() error {
	d.Role, d.Date, d.PromotionDate = CleanName(d.Role), Day(d.Date), Day(d.PromotionDate)
	switch {
	case d.PersonID == 0:
		return Invalid("person", "Choose who the decision is about.")
	case d.Date.IsZero():
		return Invalid("date", "Enter the date of the decision.")
	case !d.Outcome.Valid():
		return Invalid("outcome", "Choose the decision: promote, not yet or do not promote.")
	case d.Outcome == OutcomePromote && d.PromotionDate.IsZero():
		return Invalid("promotionDate", "Enter the date the promotion takes effect.")
	case d.Outcome != OutcomePromote && !d.PromotionDate.IsZero():
		return Invalid("promotionDate", "A promotion date only goes with a decision to promote.")
	case CleanName(d.Reason) == "":
		return Invalid("reason", "Say why: the evidence behind the decision.")
	}
	if err := checkName("role", "Role", &d.Role); err != nil {
		return err
	}
	for _, err := range []error{
		checkDate("date", "Decision date", d.Date),
		checkDate("promotionDate", "Promotion date", d.PromotionDate),
	} {
		if err != nil {
			return err
		}
	}
	return checkText("reason", "Reason", &d.Reason, MaxNoteLen)
}
