package talent

// Rating is a behaviourally anchored rating of one behaviour. RatingNoEvidence is not a
// score: it is never averaged in.
type Rating int

const (
	RatingNoEvidence   Rating = 0
	RatingNotYetShown  Rating = 1
	RatingSometimes    Rating = 2
	RatingConsistently Rating = 3
	RatingRoleModel    Rating = 4
)

// Ratings lists every rating, "No evidence yet" first.
var Ratings = []Rating{RatingNoEvidence, RatingNotYetShown, RatingSometimes, RatingConsistently, RatingRoleModel}

// Valid reports whether r is on the scale.
func (r Rating) Valid() bool { return r >= RatingNoEvidence && r <= RatingRoleModel }

// Rated reports whether r is a score rather than "No evidence yet".
func (r Rating) Rated() bool { return r > RatingNoEvidence && r.Valid() }

// Label is the anchor shown to raters.
func (r Rating) Label() string {
	switch r {
	case RatingNoEvidence:
		return "No evidence yet"
	case RatingNotYetShown:
		return "1 Not yet shown"
	case RatingSometimes:
		return "2 Sometimes"
	case RatingConsistently:
		return "3 Consistently"
	case RatingRoleModel:
		return "4 Role model"
	}
	return "Out of range"
}

// TargetRating is what a first-time manager should show on every behaviour.
const TargetRating = RatingConsistently

// Competency is one area of the leadership standard, described by behaviours one can
// see someone do.
type Competency struct {
	ID          int64
	Key         string // stable identifier for shipped competencies; "" for ones users add
	Name        string
	Description string
	Position    int
	Behaviours  []Behaviour
}

// Behaviour is an observable act ("hands a task over with the outcome and deadline and
// does not take it back"), never a trait.
type Behaviour struct {
	ID           int64
	CompetencyID int64
	Text         string
	Position     int
}

// Standard is the business's leadership standard: its competencies in order.
type Standard struct {
	Competencies []Competency
}

// Limits on the shape of a standard.
const (
	MinCompetencies = 1
	MaxCompetencies = 12
	MinBehaviours   = 1
	MaxBehaviours   = 6
)

// BehaviourCount returns how many behaviours the standard has.
func (s Standard) BehaviourCount() int {
	n := 0
	for _, c := range s.Competencies {
		n += len(c.Behaviours)
	}
	return n
}

// Competency returns the competency with the given ID.
func (s Standard) Competency(id int64) (Competency, bool) {
	for _, c := range s.Competencies {
		if c.ID == id {
			return c, true
		}
	}
	return Competency{}, false
}

// CompetencyOf returns the ID of the competency a behaviour belongs to, or 0.
func (s Standard) CompetencyOf(behaviourID int64) int64 {
	for _, c := range s.Competencies {
		for _, b := range c.Behaviours {
			if b.ID == behaviourID {
				return c.ID
			}
		}
	}
	return 0
}

// Validate checks a competency and its behaviours.
func (c *Competency) Validate() error {
	c.Name = CleanName(c.Name)
	if err := checkName("name", "Competency name", &c.Name); err != nil {
		return err
	}
	if err := checkText("description", "Description", &c.Description, MaxLineLen*2); err != nil {
		return err
	}
	if n := len(c.Behaviours); n < MinBehaviours || n > MaxBehaviours {
		return Invalid("behaviours", "%s has %d behaviours; give it between %d and %d.", c.Name, n, MinBehaviours, MaxBehaviours)
	}
	for i := range c.Behaviours {
		c.Behaviours[i].Text = CleanName(c.Behaviours[i].Text)
		if err := checkName("behaviours", "Behaviour", &c.Behaviours[i].Text); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks the whole standard.
func (s *Standard) Validate() error {
	if n := len(s.Competencies); n < MinCompetencies || n > MaxCompetencies {
		return Invalid("competencies", "The standard has %d competencies; it needs between %d and %d.", n, MinCompetencies, MaxCompetencies)
	}
	names := map[string]bool{}
	for i := range s.Competencies {
		c := &s.Competencies[i]
		if err := c.Validate(); err != nil {
			return err
		}
		key := FoldKey(c.Name)
		if names[key] {
			return Invalid("name", "Two competencies are called %q; give each its own name.", c.Name)
		}
		names[key] = true
	}
	return nil
}
