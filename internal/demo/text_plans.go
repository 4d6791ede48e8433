package demo

import "leadbridge/internal/talent"

// growth is the development text for one competency: goals (what will be different),
// how to know they worked, actions by how people learn, and mentoring topics.
type growth struct {
	goals      []string
	measures   []string // how mentor and mentee will know a goal worked; {mentor} and {boss} only
	experience []string // on-the-job stretch
	others     []string // learning from others
	formal     []string // courses and reading
	topics     []string
}

// growthText is keyed like evidence; "" is the generic bank for added competencies.
// Placeholders: {mentor}, {colleague}, {customer}, {project}.
var growthText = map[string]growth{
	"delegating": {
		goals:      []string{"Hands over the weekly scheduling and only reviews the result", "Stops redoing checked work; reviews by sampling instead", "Frees one day a week from hands-on work for planning and people"},
		measures:   []string{"The team finishes the handed-over work without coming back to ask, four weeks running", "One day a week in the diary is free of hands-on work, and {boss} sees it"},
		experience: []string{"Hand the weekly call with {customer} to {colleague} for a month", "Delegate the planning of {project} to {colleague}, with two agreed check-ins"},
		others:     []string{"Ask {mentor} how they let go of their own technical work", "Agree with {colleague} what \"done\" looks like before handing over a job"},
		formal:     []string{"Complete the Delegation essentials e-learning", "Read The Making of a Manager, chapters 3 and 4"},
		topics:     []string{"What still gets taken back, and why", "Which jobs only the manager should do"},
	},
	"coaching": {
		goals:      []string{"Holds a monthly one-to-one with each team member, with a development goal agreed", "Answers questions with a question first", "Gives each team member one stretch task a quarter"},
		measures:   []string{"Every team member can name their own development goal when {mentor} asks", "The team brings solutions, not only questions, to the weekly meeting"},
		experience: []string{"Agree one development goal with each team member by the end of the month", "Coach {colleague} through their first customer visit"},
		others:     []string{"Sit in on two of {mentor}'s one-to-ones, with the team member's permission"},
		formal:     []string{"Attend the Coaching skills for managers workshop", "Read The Coaching Habit and try one question a week"},
		topics:     []string{"How the first one-to-ones went", "Asking instead of telling"},
	},
	"communicating": {
		goals:      []string{"Runs a 15-minute weekly team meeting with written actions", "Explains each change to the team before it happens, with the reason", "Listens to the end and sums up before replying"},
		measures:   []string{"The team can repeat this week's three priorities without looking them up", "No surprises: {boss} hears of changes from the team lead first"},
		experience: []string{"Run the Monday meeting for the next six weeks", "Write the weekly update to the team in five lines or fewer"},
		others:     []string{"Ask {mentor} for feedback straight after a team meeting"},
		formal:     []string{"Complete the Effective business writing e-learning"},
		topics:     []string{"Running the Monday meeting", "How to announce the new shift pattern"},
	},
	"trust": {
		goals:      []string{"Keeps every promise to the team, or says early when it will slip", "Applies the same rules to everyone, friends included", "Owns mistakes openly at the team meeting"},
		measures:   []string{"No promise to the team slips without notice for a whole quarter", "The team raises problems early, at the meeting rather than in the corridor"},
		experience: []string{"Keep a written list of promises made to the team and review it every Friday"},
		others:     []string{"Ask {mentor} how they handled managing former colleagues who are friends"},
		formal:     []string{"Read The Speed of Trust, part one"},
		topics:     []string{"Managing friends who used to be peers", "What can and cannot stay confidential"},
	},
	"team": {
		goals:      []string{"Agrees team roles and ways of working, written down and used", "Settles conflicts between team members within a week", "Has an induction plan ready for every new starter"},
		measures:   []string{"Everyone can say who owns what, and new starters are productive in their second week"},
		experience: []string{"Run a session with the team to agree who owns what on {project}", "Write the induction plan for the next new starter"},
		others:     []string{"Ask {mentor} to review the team agreement before it is shared"},
		formal:     []string{"Attend the Building high-performing teams workshop"},
		topics:     []string{"The handover friction between shifts", "Getting the quieter people to speak up"},
	},
	"results": {
		goals:      []string{"Turns each quarter's targets into a team plan with owners and dates", "Spots slipping orders a week before they are late", "Brings risks to the owner with two options, not only the problem"},
		measures:   []string{"On-time delivery holds above 95% for three months, with slips flagged a week ahead"},
		experience: []string{"Lead {project} from plan to finish", "Own the weekly on-time delivery figure for {customer}"},
		others:     []string{"Shadow {boss} at the monthly order review"},
		formal:     []string{"Complete the Finance for non-financial managers course"},
		topics:     []string{"Planning {project}", "Which numbers to watch every week"},
	},
	"change": {
		goals:      []string{"Leads the team through the ERP switch-over without a private spreadsheet", "Tries a new way of working for a month before judging it", "Stays calm and sets priorities during breakdowns and rushes"},
		measures:   []string{"The team uses the new system alone, with no private spreadsheets, by the end of the quarter"},
		experience: []string{"Be the team's champion for {project}", "Run a one-month trial of the new planning board"},
		others:     []string{"Talk to {mentor} about how the last reorganisation was handled"},
		formal:     []string{"Complete the Managing change e-learning"},
		topics:     []string{"How the team is taking {project}", "Staying calm in the {customer} rush"},
	},
	"breadth": {
		goals:      []string{"Meets the other team leads every month to ask what they need from the team", "Can explain the margin on the team's main products", "Checks the effect on other teams before changing a process"},
		measures:   []string{"The other team leads ask for the team lead's view before changing a process", "Can explain the margin on the main products to {boss} without notes"},
		experience: []string{"Spend a day with Sales on visits to {customer}", "Join the monthly margin review for three months"},
		others:     []string{"Ask {boss} to explain how the business makes money, line by line"},
		formal:     []string{"Attend the Manufacturing Leadership Forum"},
		topics:     []string{"What Sales needs from the team", "How the {customer} contract pays"},
	},
	"feedback": {
		goals:      []string{"Gives feedback within a day of the event, good and bad", "Raises performance problems directly within two weeks", "Asks the team for feedback on own leadership every quarter"},
		measures:   []string{"Each team member has had specific feedback in the last month, recorded in the one-to-one notes"},
		experience: []string{"Give {colleague} specific feedback after the next customer visit", "Hold the overdue conversation about timekeeping"},
		others:     []string{"Role-play the difficult conversation with {mentor} first"},
		formal:     []string{"Attend the Giving feedback that lands workshop", "Read Radical Candor, chapters 1 to 4"},
		topics:     []string{"Preparing a difficult conversation", "Feedback that was given this month"},
	},
	"decisions": {
		goals:      []string{"Makes decisions by the date needed, with the facts available", "Says up front who decides and how", "Involves the people who will carry out a decision before making it"},
		measures:   []string{"No decision waits past its agreed date, and the team knows who decides what"},
		experience: []string{"Decide the supplier for {project} by the agreed date", "Let the team decide the holiday rota, with a clear fallback"},
		others:     []string{"Ask {mentor} how they decide with half the facts"},
		formal:     []string{"Complete the Decision making under uncertainty e-learning"},
		topics:     []string{"The decision that has been put off", "Who decides what in the team"},
	},
	"": {
		goals:      []string{"Shows this competency consistently in daily work"},
		measures:   []string{"{mentor} and {boss} both see the change in daily work, and say so at the review"},
		experience: []string{"Take on a task during {project} that needs it"},
		others:     []string{"Ask {mentor} for an example from their own work"},
		formal:     []string{"Find a short course on it and discuss it with {mentor}"},
		topics:     []string{"Progress on the development plan"},
	},
}

// actionsOf returns the action texts of one learning kind.
func (t growth) actionsOf(k talent.LearningKind) []string {
	switch k {
	case talent.LearnExperience:
		return t.experience
	case talent.LearnOthers:
		return t.others
	}
	return t.formal
}

// goalSupport is the help, time or budget a goal needs.
var goalSupport = []string{
	"A monthly hour with {mentor} to review how it is going",
	"{boss} to protect half a day a week for it",
	"A course or book budget agreed with {boss}",
	"{mentor} to sit in once and give feedback straight after",
	"Cover on the technical work while the team lead steps back from it",
}

// goalObstacles are what is most likely to get in the way of a goal.
var goalObstacles = []string{
	"Rush orders pull the team lead back into hands-on work",
	"Old habits: it is quicker to do it than to explain it",
	"Holidays over the summer leave the team short",
	"The team is used to the old way and may push back",
	"Month-end leaves little time for anything else",
	"Confidence: it feels awkward to start",
	"The ERP switch-over takes everyone's attention",
}

// progressLines are dated updates on a goal, by what happened.
var progressLines = map[talent.GoalStatus][]string{
	talent.GoalNotStarted: {
		"Agreed at the one-to-one; starts after {project}.",
		"Discussed with {mentor}; not started yet because of the {customer} rush.",
	},
	talent.GoalInProgress: {
		"Talked it through with {mentor}; will try again next week with a clearer plan.",
		"Slipped back under pressure during the {customer} rush; went through with {mentor} what to do differently.",
		"Good week: {colleague} noticed the difference and said so.",
		"Halfway there. The habit holds on quiet weeks, not yet on busy ones.",
		"Asked the team for feedback on it; two useful suggestions, one already in place.",
		"Agreed a smaller first step with {mentor}, since the first try was too ambitious.",
	},
	talent.GoalDone: {
		"Done: the change has held for six weeks and the team has noticed.",
		"Done. {mentor} and I agreed it is now a habit; moving on to the next goal.",
	},
	talent.GoalDropped: {
		"Dropped for now: priorities changed after {project}; will pick it up again in the autumn.",
		"Dropped: merged into the goal on planning, which covers the same ground.",
	},
}

// openingLines are the first update on a goal that has several.
var openingLines = []string{
	"First real attempt during {project}. Went better than expected.",
	"Started with one small piece of work, as agreed with {mentor}.",
	"Told the team what I am working on, so {colleague} knows what to expect.",
}

// milestoneNotes record how each transition check-point went, by milestone label.
var milestoneNotes = map[string]string{
	"30 days":   "Held a first one-to-one with every team member and agreed expectations with {boss}. Handed the first piece of my own technical work to {colleague}.",
	"60 days":   "Each team member has a development goal. The Monday meeting runs every week; first feedback conversation held with {colleague}.",
	"90 days":   "Team plan on the wall with owners and dates. Asked the team for feedback on my leadership and went through it with the mentor.",
	"6 months":  "Reviewed the plan against the standard with the mentor: delegation much better, difficult conversations still hard. Handled one about timekeeping.",
	"12 months": "Reassessed by {boss}; the team's delivery figures are up on last year.",
	"18 months": "Settled in the role; the team's results were reviewed with {boss}.",
}

// milestoneNote is the note for a milestone label, with a plain one for labels a
// business added itself.
func milestoneNote(label string) string {
	if n, ok := milestoneNotes[label]; ok {
		return n
	}
	return "Done; went through it with {boss} at the monthly one-to-one."
}

// decisionReasons give the evidence behind promotion decisions, by outcome.
var decisionReasons = map[talent.Outcome][]string{
	talent.OutcomePromote: {
		"The last two assessments rate {name} consistently on building trust and planning, and the team asked for {name} while the role was open. Wants the role; a mentor is in place. Gaps in delegating and giving feedback are in the development plan.",
		"Covered the lead's job for two months without problems and ran {project} well. Behaviours average above 3 in the latest assessment; wants to lead. Development plan and mentor agreed before the start date.",
	},
	talent.OutcomeNotYet: {
		"Strong technically and wants to lead, but still takes work back when delegating. Revisit in six months, after leading {project}.",
		"Not yet: has not had to handle a difficult conversation or a budget. Agreed a mentor and a stretch task first.",
		"Ready in about a year. The team respects {name}, but the latest assessment shows gaps in planning and feedback.",
	},
	talent.OutcomeNo: {
		"{name} does not want to lead and is our best specialist. Agreed instead to grow as a specialist, with a pay step and the lead on technical training.",
	},
}
