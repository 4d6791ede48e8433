package talent

import "time"

// TrainingKind is the form a piece of training takes.
type TrainingKind string

const (
	TrainingCourse     TrainingKind = "course"
	TrainingWorkshop   TrainingKind = "workshop"
	TrainingELearning  TrainingKind = "e-learning"
	TrainingReading    TrainingKind = "reading"
	TrainingConference TrainingKind = "conference"
	TrainingShadowing  TrainingKind = "shadowing"
	TrainingStretch    TrainingKind = "stretch-assignment"
)

// TrainingKinds lists every kind.
var TrainingKinds = []TrainingKind{TrainingCourse, TrainingWorkshop, TrainingELearning, TrainingReading, TrainingConference, TrainingShadowing, TrainingStretch}

// Valid reports whether k is a known kind.
func (k TrainingKind) Valid() bool { return oneOf(k, TrainingKinds) }

// Label is the kind as shown to people.
func (k TrainingKind) Label() string {
	switch k {
	case TrainingCourse:
		return "Course"
	case TrainingWorkshop:
		return "Workshop"
	case TrainingELearning:
		return "E-learning"
	case TrainingReading:
		return "Reading"
	case TrainingConference:
		return "Conference"
	case TrainingShadowing:
		return "Shadowing"
	case TrainingStretch:
		return "Stretch assignment"
	}
	return string(k)
}

// TrainingStatus is where a piece of training stands.
type TrainingStatus string

const (
	TrainingPlanned   TrainingStatus = "planned"
	TrainingCompleted TrainingStatus = "completed"
	TrainingCancelled TrainingStatus = "cancelled"
)

// TrainingStatuses lists every status.
var TrainingStatuses = []TrainingStatus{TrainingPlanned, TrainingCompleted, TrainingCancelled}

// Valid reports whether s is a known status.
func (s TrainingStatus) Valid() bool { return oneOf(s, TrainingStatuses) }

// Label is the status as shown to people.
func (s TrainingStatus) Label() string {
	switch s {
	case TrainingPlanned:
		return "Planned"
	case TrainingCompleted:
		return "Completed"
	case TrainingCancelled:
		return "Cancelled"
	}
	return string(s)
}

// Training is one entry in a person's training log.
type Training struct {
	ID            int64
	PersonID      int64
	Title         string
	Provider      string
	Kind          TrainingKind
	CompetencyID  int64 // 0 when it serves no one competency
	PlannedDate   time.Time
	CompletedDate time.Time
	Hours         float64
	CostCents     int64 // in the business's own currency
	Status        TrainingStatus
	Reflection    string // what I will do differently
	Meta
}

// Validate checks a training entry.
func (t *Training) Validate() error {
	t.Title, t.Provider = CleanName(t.Title), CleanName(t.Provider)
	t.PlannedDate, t.CompletedDate = Day(t.PlannedDate), Day(t.CompletedDate)
	if t.PersonID == 0 {
		return Invalid("person", "Choose who the training is for.")
	}
	if err := checkName("title", "Title", &t.Title); err != nil {
		return err
	}
	switch {
	case !t.Kind.Valid():
		return Invalid("kind", "Choose the kind of training.")
	case !t.Status.Valid():
		return Invalid("status", "Choose whether the training is planned, completed or cancelled.")
	case t.Status == TrainingCompleted && t.CompletedDate.IsZero():
		return Invalid("completedDate", "Enter the date the training was completed.")
	case t.Status != TrainingCompleted && !t.CompletedDate.IsZero():
		return Invalid("completedDate", "A completion date is set but the training is not marked completed.")
	case !(t.Hours >= 0 && t.Hours <= 2000): // also catches NaN
		return Invalid("hours", "%g hours is not possible; use 0 to 2000.", t.Hours)
	case t.CostCents < 0:
		return Invalid("cost", "The cost cannot be negative.")
	}
	for _, err := range []error{
		checkDate("plannedDate", "Planned date", t.PlannedDate),
		checkDate("completedDate", "Completion date", t.CompletedDate),
		checkText("provider", "Provider", &t.Provider, MaxNameLen),
	} {
		if err != nil {
			return err
		}
	}
	return checkText("reflection", "Reflection", &t.Reflection, MaxNoteLen)
}
