package talent

// DefaultStandard returns the leadership standard Leadbridge ships for first-time
// managers. Every behaviour describes something one can see a person do, so that two
// raters watching the same person can agree on a rating.
func DefaultStandard() Standard {
	var s Standard
	for i, c := range defaultCompetencies {
		comp := Competency{Key: c.key, Name: c.name, Description: c.description, Position: i + 1}
		for j, b := range c.behaviours {
			comp.Behaviours = append(comp.Behaviours, Behaviour{Text: b, Position: j + 1})
		}
		s.Competencies = append(s.Competencies, comp)
	}
	return s
}

var defaultCompetencies = []struct {
	key, name, description string
	behaviours             []string
}{
	{"delegating", "Delegating and letting go of the technical work",
		"Gets work done through others instead of doing it all themselves.",
		[]string{
			"Hands a task over with the outcome and deadline and does not take it back.",
			"Gives the work they used to do to someone else, and explains the why behind it.",
			"Checks progress at agreed points instead of watching over the person's shoulder.",
			"Spends their own time on the work only they can do as a manager, and says no to the rest.",
		}},
	{"coaching", "Coaching and developing others",
		"Helps people grow instead of handing them the answer.",
		[]string{
			"Asks questions that let the person find the answer before offering their own.",
			"Agrees a development goal with each team member and returns to it at one-to-ones.",
			"Gives a stretch task to someone who has not done it before, and supports them through it.",
			"Shares credit in public for work the team did.",
		}},
	{"communicating", "Communicating and listening",
		"Makes sure people know what is happening and feel heard.",
		[]string{
			"Lets others finish before speaking, and sums up what they said before replying.",
			"Explains a decision and the reason for it to everyone it affects, in words they use.",
			"Writes messages that state the point, the request and the deadline in the first lines.",
			"Holds a regular team meeting that starts and ends on time with clear actions.",
		}},
	{"trust", "Building trust",
		"Is someone people can rely on and speak openly to.",
		[]string{
			"Does what they said they would, or says early when they cannot.",
			"Admits their own mistake to the team and says what they will do about it.",
			"Keeps a confidence, and says openly what they can and cannot keep private.",
			"Treats each team member by the same rules, whoever they are friends with.",
		}},
	{"team", "Building and leading a team",
		"Turns a group of individuals into a team that works together.",
		[]string{
			"Sets out, with the team, who does what and how they will work together.",
			"Steps in when a conflict between team members affects the work, and helps them settle it.",
			"Welcomes a new starter with a plan for their first weeks.",
			"Asks quieter members for their view in meetings.",
		}},
	{"results", "Planning and delivering business results",
		"Turns goals into plans and delivers them.",
		[]string{
			"Breaks a goal into a plan with owners and dates, and shares it with the team.",
			"Tracks the team's work against the plan and acts when it slips.",
			"Raises a risk to the deadline or budget early, with options, not only the problem.",
			"Links the team's work to what customers and the business need, and says so.",
		}},
	{"change", "Adapting to change",
		"Stays effective, and keeps others effective, when things change.",
		[]string{
			"Explains a change to the team, including what is not yet known.",
			"Tries a new way of working before judging it.",
			"Changes their own plan when the facts change, and tells those affected.",
			"Stays calm and constructive under pressure; the team can still come to them.",
		}},
	{"breadth", "Seeing beyond one's own function",
		"Understands how the whole business works and works across its parts.",
		[]string{
			"Asks other teams what they need from their team, and acts on it.",
			"Weighs the effect of a decision on other teams and on customers before making it.",
			"Explains to the team how the business makes money and where their work fits in.",
			"Shares information and people with other teams when it helps the business.",
		}},
	{"feedback", "Giving feedback and handling difficult conversations",
		"Says what needs saying, promptly and with respect.",
		[]string{
			"Gives specific feedback soon after the event: what they saw, its effect, what to do next.",
			"Raises a performance problem with the person directly, rather than working around it.",
			"Asks for feedback on their own leadership and acts on what they hear.",
			"Stays respectful and keeps to the facts when the other person gets upset.",
		}},
	{"decisions", "Making decisions",
		"Decides in good time, with the right people, and owns the outcome.",
		[]string{
			"Makes a decision by the time it is needed, even when not every fact is in.",
			"Says who decides and how before a decision is made.",
			"Involves the people who will carry out a decision before making it.",
			"Stands by a decision once made, and reviews it openly when it does not work.",
		}},
}
