package talent

// Box is one cell of the 9-box grid: current performance against potential.
type Box struct {
	Performance Performance
	Potential   Potential
}

// BoxLabel is a box's name and suggested next step. Both are editable; only the raw
// ratings are stored on people, never box names.
type BoxLabel struct {
	Name     string
	NextStep string
}

// Place puts a potential result on the grid. People without both a performance rating
// and a potential are not placed: they need an assessment instead.
func Place(r PotentialResult) (Box, bool) {
	if r.Potential == "" || r.Performance == "" {
		return Box{}, false
	}
	return Box{Performance: r.Performance, Potential: r.Potential}, true
}

// Boxes lists the nine boxes from top-left (high potential, below expectations) row by
// row, the order in which the grid is drawn.
func Boxes() []Box {
	var out []Box
	for i := len(Potentials) - 1; i >= 0; i-- {
		for _, perf := range Performances {
			out = append(out, Box{Performance: perf, Potential: Potentials[i]})
		}
	}
	return out
}

// DefaultBoxLabels returns the neutral box names and next steps Leadbridge ships.
func DefaultBoxLabels() map[Box]BoxLabel {
	return map[Box]BoxLabel{
		{PerformanceExceeds, PotentialHigh}:     {"Future leader", "Plan the move: name as a successor, give a stretch role and a mentor."},
		{PerformanceMeets, PotentialHigh}:       {"Growing leader", "Give leadership tasks with support; agree a development plan."},
		{PerformanceBelow, PotentialHigh}:       {"Untapped potential", "Find out what holds current performance back; coach before any move."},
		{PerformanceExceeds, PotentialModerate}: {"Strong performer", "Stretch within the role; test leadership with a small team task."},
		{PerformanceMeets, PotentialModerate}:   {"Core contributor", "Keep developing; review potential at the next assessment."},
		{PerformanceBelow, PotentialModerate}:   {"Needs support", "Agree clear expectations and support in the current role."},
		{PerformanceExceeds, PotentialLow}:      {"Trusted expert", "Value and retain the expertise; grow as a specialist, not a manager."},
		{PerformanceMeets, PotentialLow}:        {"Reliable contributor", "Recognise steady work; keep skills current."},
		{PerformanceBelow, PotentialLow}:        {"Needs attention", "Talk about fit and support; set a short review period."},
	}
}

// Validate checks a box label entered by a user.
func (l *BoxLabel) Validate() error {
	l.Name = CleanName(l.Name)
	if err := checkName("name", "Box name", &l.Name); err != nil {
		return err
	}
	return checkText("nextStep", "Next step", &l.NextStep, MaxLineLen)
}
