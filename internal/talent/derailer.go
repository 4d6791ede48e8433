package talent

// Derailer is one of the Center for Creative Leadership's five career derailers.
type Derailer string

const (
	DerailerRelationships Derailer = "relationships"
	DerailerTeam          Derailer = "team"
	DerailerObjectives    Derailer = "objectives"
	DerailerAdapting      Derailer = "adapting"
	DerailerNarrow        Derailer = "narrow"
)

// Derailers lists the five derailers in their usual order.
var Derailers = []Derailer{DerailerRelationships, DerailerTeam, DerailerObjectives, DerailerAdapting, DerailerNarrow}

// Valid reports whether d is one of the five.
func (d Derailer) Valid() bool { return oneOf(d, Derailers) }

// Label is the derailer as shown to people.
func (d Derailer) Label() string {
	switch d {
	case DerailerRelationships:
		return "Problems with interpersonal relationships"
	case DerailerTeam:
		return "Failure to build and lead a team"
	case DerailerObjectives:
		return "Failure to meet business objectives"
	case DerailerAdapting:
		return "Inability to change or adapt during a transition"
	case DerailerNarrow:
		return "Too narrow a functional orientation"
	}
	return string(d)
}

// Concern is how worrying a derailer is for one person.
type Concern string

const (
	ConcernNone    Concern = "none"
	ConcernWatch   Concern = "watch"
	ConcernConcern Concern = "concern"
)

// Concerns lists the levels, least worrying first.
var Concerns = []Concern{ConcernNone, ConcernWatch, ConcernConcern}

// Valid reports whether c is a known level.
func (c Concern) Valid() bool { return oneOf(c, Concerns) }

// Label is the level as shown to people.
func (c Concern) Label() string {
	switch c {
	case ConcernNone:
		return "None"
	case ConcernWatch:
		return "Watch"
	case ConcernConcern:
		return "Concern"
	}
	return string(c)
}

// DerailerStatus is one derailer's status in an assessment, with its evidence.
type DerailerStatus struct {
	Derailer Derailer
	Status   Concern
	Evidence string
}

func validateDerailers(ds []DerailerStatus) error {
	seen := map[Derailer]bool{}
	for i := range ds {
		d := &ds[i]
		switch {
		case !d.Derailer.Valid():
			return Invalid("derailers", "%q is not one of the five derailers.", d.Derailer)
		case seen[d.Derailer]:
			return Invalid("derailers", "%s is listed twice.", d.Derailer.Label())
		case !d.Status.Valid():
			return Invalid("derailers", "The status of %q must be none, watch or concern.", d.Derailer.Label())
		case d.Status == ConcernConcern && CleanName(d.Evidence) == "":
			return Invalid("derailers", "Say what was seen that makes %q a concern.", d.Derailer.Label())
		}
		seen[d.Derailer] = true
		if err := checkText("derailers", "Evidence", &d.Evidence, MaxNoteLen); err != nil {
			return err
		}
	}
	return nil
}

// Watched returns the derailers at watch or concern, most worrying first.
func Watched(ds []DerailerStatus) []DerailerStatus {
	var out []DerailerStatus
	for _, level := range []Concern{ConcernConcern, ConcernWatch} {
		for _, d := range ds {
			if d.Status == level {
				out = append(out, d)
			}
		}
	}
	return out
}
