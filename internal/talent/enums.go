package talent

// Level is a three-step scale used for risk of leaving, impact of loss, learning agility
// and engagement. The empty Level means "not rated".
type Level string

const (
	LevelLow    Level = "low"
	LevelMedium Level = "medium"
	LevelHigh   Level = "high"
)

// Levels lists the levels in ascending order.
var Levels = []Level{LevelLow, LevelMedium, LevelHigh}

// Valid reports whether l is a level or unset.
func (l Level) Valid() bool { return l == "" || oneOf(l, Levels) }

// Label is the level as shown to people.
func (l Level) Label() string { return labelOf(l, "Not rated", "Low", "Medium", "High") }

// Aspiration is whether a person wants to lead. The empty value means "not asked yet".
type Aspiration string

const (
	AspirationYes    Aspiration = "yes"
	AspirationUnsure Aspiration = "unsure"
	AspirationNo     Aspiration = "no"
)

// Aspirations lists the answers, most willing first.
var Aspirations = []Aspiration{AspirationYes, AspirationUnsure, AspirationNo}

// Valid reports whether a is an answer or unset.
func (a Aspiration) Valid() bool { return a == "" || oneOf(a, Aspirations) }

// Label is the answer as shown to people.
func (a Aspiration) Label() string {
	return labelOf(a, "Not asked", "Wants to lead", "Unsure about leading", "Does not want to lead")
}

// Status says whether a person still works for the business.
type Status string

const (
	StatusActive Status = "active"
	StatusLeft   Status = "left"
)

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return s == StatusActive || s == StatusLeft }

// Label is the status as shown to people.
func (s Status) Label() string {
	switch s {
	case StatusActive:
		return "Active"
	case StatusLeft:
		return "Left"
	}
	return string(s)
}

// oneOf reports whether v is in list.
func oneOf[T comparable](v T, list []T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// labelOf maps the empty value to unset and the values low/medium/high (in declaration
// order of the three-valued enums) to their labels.
func labelOf[T ~string](v T, unset, first, second, third string) string {
	switch v {
	case "":
		return unset
	case "low", "yes":
		return first
	case "medium", "unsure":
		return second
	case "high", "no":
		return third
	}
	return string(v)
}
