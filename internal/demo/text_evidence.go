package demo

// observation is what a rater saw for one behaviour: once done well, once not yet.
type observation struct{ good, poor string }

// evidence holds observations per shipped competency key, one per behaviour in the
// order of talent.DefaultStandard. Placeholders: {name} the person, {colleague} someone
// they work with, {customer}, {project}.
var evidence = map[string][]observation{
	"delegating": {
		{"Handed the {customer} quote to {colleague} with the price limit and a Friday deadline, then left it alone even when it got tight.",
			"Gave {colleague} the {customer} drawings to check, then redid the check overnight without saying why."},
		{"Passed the weekly schedule to {colleague} and explained that it frees their own time for planning {project}.",
			"Still does all the tricky jobs personally; {colleague} has asked twice to learn them."},
		{"Agreed two check-ins with {colleague} on {project} and kept to them, with no drop-ins in between.",
			"Checked on {colleague} four times in one morning during {project}; {colleague} said it felt like being watched."},
		{"Turned down a routine job to prepare the team's plan for {project}, and found someone else to do it.",
			"Spent most of the week on hands-on work for {customer} while next month's rota stayed unwritten."},
	},
	"coaching": {
		{"When {colleague} brought a problem with {project}, asked \"what have you tried?\" and let them work out the fix.",
			"Took the keyboard from {colleague} to fix the problem rather than talking them through it."},
		{"Agreed a goal with {colleague} to take over the calls with {customer}, and came back to it at each one-to-one.",
			"Holds one-to-ones, but nobody in the team could name their development goal when asked."},
		{"Asked {colleague} to run the Monday briefing for the first time and helped prepare it the day before.",
			"Keeps the new and difficult jobs for the two most experienced people; the others rarely get a chance."},
		{"Named {colleague} in front of the whole site for the work on {project}.",
			"Presented the results of {project} to the owner without mentioning who did the work."},
	},
	"communicating": {
		{"In the planning meeting, waited for {colleague} to finish and summed up the concern before answering it.",
			"Cut {colleague} off twice in the Monday meeting to give the answer they expected."},
		{"Explained to the whole team why overtime on {project} was stopping, with the figures, before the rota went out.",
			"Changed the working hours with a note on the board; half the team found out on the day."},
		{"The email to {customer} about the delay put the new date and what was needed from them in the first two lines.",
			"The update on {project} ran to a page; the request to the other team was in the last paragraph and was missed."},
		{"Ran the Monday meeting while the lead was away: 15 minutes, ending with a written list of who does what.",
			"The weekly team meeting has been skipped three weeks running because of urgent jobs."},
	},
	"trust": {
		{"Promised {customer} a call back by Thursday; could not get the answer, so phoned on Wednesday to say so.",
			"Told {colleague} the holiday request would be sorted by Friday; it was still open two weeks later."},
		{"Told the team that the wrong material for {project} had been ordered on their watch, and what they had done to fix it.",
			"When the {customer} order shipped late, blamed the warehouse without checking their own part in it."},
		{"Told {colleague} plainly which part of a personal matter had to go to the owner and which would stay private.",
			"Repeated in the break room something {colleague} had said in a one-to-one."},
		{"Shared out the weekend work by the rota, friends included, and explained the rule to everyone.",
			"Gives the preferred jobs to the same two colleagues; {colleague} has noticed and raised it."},
	},
	"team": {
		{"Ran a session with the team to agree who owns what on {project}; the chart is on the wall and in use.",
			"Roles on {project} were never agreed, and two people ordered the same parts."},
		{"Saw the friction between {colleague} and another team over handovers, got them together and agreed a checklist.",
			"Left a long-running disagreement between two team members to sort itself out; it now affects deliveries."},
		{"Had a two-week plan ready for the new starter on day one, with a buddy and a check-in every Friday.",
			"The new starter spent the first morning waiting at reception with nobody expecting them."},
		{"Asked {colleague}, who rarely speaks in meetings, for a view on {project}; the idea was adopted.",
			"Meetings are run by the two loudest voices; {colleague} has not spoken in one for weeks."},
	},
	"results": {
		{"Turned {project} into a one-page plan with owners and dates and pinned it up for the team.",
			"There is a deadline for {project} but no plan; the team are unsure what comes first."},
		{"Spotted the {customer} order slipping a week early and moved two people onto it.",
			"Found out the {customer} order was late when the customer phoned."},
		{"Told the owner that {project} would run about 10% over budget and brought two options to close the gap.",
			"Mentioned the supplier delay only after the {customer} deadline had passed."},
		{"Explained to the team how on-time delivery for {customer} decides next year's contract.",
			"Treats every job as equally urgent; the team could not say which customers matter most this month."},
	},
	"change": {
		{"Told the team about the new ERP system: what changes on day one and what is still being decided.",
			"Passed on the news of {project} as \"the owner wants it\", without answering the team's questions."},
		{"Agreed to trial the new scanning process for a month before giving a view, and kept notes on it.",
			"Dismissed the new scheduling tool in the first meeting, before anyone had tried it."},
		{"Re-planned the week when the {customer} order doubled, and told everyone affected before lunch.",
			"Stuck to the old plan for {project} after the supplier changed dates; the team worked around it."},
		{"During the breakdown before the {customer} deadline, stayed calm, set priorities and kept the team informed.",
			"Raised their voice at {colleague} in front of others during the {customer} rush; the team went quiet for the day."},
	},
	"breadth": {
		{"Went to Sales to ask what they need from the team to quote faster, and changed how work is handed over as a result.",
			"Treats requests from Customer Service as interruptions rather than asking what they need."},
		{"Before moving a deadline, checked with dispatch and {customer} to avoid a missed delivery.",
			"Changed the order cut-off time without telling Sales, who had promised next-day delivery to {customer}."},
		{"Explained at the team meeting how the margin on the {customer} contract pays for new equipment.",
			"Was surprised to learn that the rework on {project} cost more than the job earned."},
		{"Lent {colleague} to the warehouse for stock-take week without being asked twice.",
			"Refused to lend anyone for {project} although the team had spare capacity."},
	},
	"feedback": {
		{"Told {colleague} right after the {customer} visit what went well in the demo and one thing to change next time.",
			"Saved up several points about {colleague}'s work for the annual review instead of raising them at the time."},
		{"Talked to {colleague} directly about repeated late starts, agreed what would change and followed up a week later.",
			"Has been quietly redoing {colleague}'s work for months instead of raising the quality problem."},
		{"Asked the team at the review of {project} what they would like done differently, and changed the meeting format.",
			"Has not yet asked anyone for feedback on how they lead; says it is too early."},
		{"Stayed calm and kept to the facts when {colleague} got angry about the rota, and agreed to talk again the next day.",
			"The conversation about overtime with {colleague} turned into an argument and ended with no agreement."},
	},
	"decisions": {
		{"Chose the supplier for {project} on the day it was needed, with two of three quotes in, and said why.",
			"The decision on the new working hours has been put off three times while waiting for more data."},
		{"Let the team settle the holiday rota themselves, stepping in only where they could not agree.",
			"Asked the team for their views on {project}, then decided alone; the team felt the question was for show."},
		{"Walked the people who would use it through the new layout before ordering, and changed one thing at their request.",
			"Bought a new tool for {project} without asking the people who use it; it does not fit the way they work."},
		{"Reviewed the move to earlier starts with the team after a month and kept it, with one change they asked for.",
			"Reversed the overtime decision after one complaint, without telling the rest of the team why."},
	},
}

// staffNotYet are what raters note when someone without a team of their own has not yet
// shown a competency: the observations above assume a team to lead.
var staffNotYet = map[string]string{
	"delegating":    "Keeps the difficult jobs to themselves; {colleague} has asked twice to learn them.",
	"coaching":      "Fixes problems for newer colleagues rather than showing them how.",
	"communicating": "Updates to the rest of the team come late or not at all; {colleague} heard about the {customer} change by chance.",
	"trust":         "Said the {customer} work would be checked by Friday; it was still open the next week, with no warning.",
	"team":          "Works well alone but rarely joins in when the team plans {project}.",
	"results":       "Did not say the {customer} job would be late until the day it was due.",
	"change":        "Was openly against the new scanning process before trying it.",
	"breadth":       "Sees requests from Sales as interruptions rather than asking what the customer needs.",
	"feedback":      "Complained about {colleague}'s work to others rather than telling {colleague}.",
	"decisions":     "Waits to be told rather than deciding small things within their own job.",
}

// anyEvidence is used for competencies a business added itself.
var anyEvidence = observation{
	"Showed this clearly during {project}; {colleague} mentioned it without being asked.",
	"Not seen during {project}, when it was needed; talked it through afterwards.",
}

// noEvidenceLines explain a "No evidence yet" where the rater wanted to say why.
var noEvidenceLines = []string{
	"Not something I have been in a position to see yet.",
	"Have not worked closely enough with {name} on this to judge.",
	"Not come up in the time we have worked together; look for it during {project}.",
	"Only second-hand reports so far; want to see it myself first.",
}

// derailerLines describe each derailer as seen: three worrying signs and one of progress.
var derailerLines = map[string][]string{
	"relationships": {
		"Two team members have asked not to work with {name} on {project} after sharp remarks in front of a customer.",
		"Comes across as dismissive in emails to other teams; {colleague} raised it twice.",
		"Tends to argue in public rather than raise disagreements one to one.",
		"Apologised to {colleague} after a heated exchange and has been noticeably more patient since.",
	},
	"team": {
		"Still works as the lone expert: the hard jobs go through {name} rather than the team.",
		"Knows the work better than anyone but has not yet built the team around it; people wait to be told.",
		"Team meetings have lapsed and two people have asked for a transfer.",
		"Has started to share the difficult jobs; {colleague} led one alone last week.",
	},
	"objectives": {
		"Missed the agreed dates for {customer} twice this quarter without warning anyone.",
		"Focuses on technical perfection on {project} while the delivery date slips.",
		"Budget for {project} overran and it was not raised until the invoices came in.",
		"Hit every delivery date for {customer} this month and flagged one risk early.",
	},
	"adapting": {
		"Since the move to the new ERP system, keeps a private spreadsheet and avoids the new process.",
		"Still works the way they did as a specialist: fixing problems rather than leading people.",
		"Found the reorganisation hard and has said so; the team picks up on it.",
		"Gave the new planning board a fair try and now defends it to the team.",
	},
	"narrow": {
		"Judges every decision by its effect on their own team; dismissed a Sales request that mattered to {customer}.",
		"Has never visited a customer and sees quoting as someone else's problem.",
		"Talks about \"us\" and \"them\" when the warehouse is mentioned.",
		"Spent a day with Sales on customer visits and came back with two ideas for the team.",
	},
}

// assessmentNotes are a rater's summary, by the potential the person shows.
var assessmentNotes = [3][]string{
	{
		"Steady in the role. Little sign yet of the leadership behaviours; agreed to look again in a year.",
		"Struggling with {focus}; agreed clear expectations and a review in three months.",
	},
	{
		"Good progress since the last review, above all in {strength}. Next: {focus}.",
		"Shows several of the behaviours on good days; under pressure falls back on doing the work alone. Focus: {focus}.",
		"Solid and reliable. Would benefit from a small team task to test {focus}.",
	},
	{
		"Clear progress since the last review, above all in {strength}. Ready for a bigger stretch; the gap is {focus}.",
		"The team already turns to {name} when the lead is away. Strongest in {strength}; keep working on {focus}.",
		"Asked for more responsibility and handled {project} well. Development focus: {focus}.",
	},
}

// specialistNotes sum up people who show leadership behaviours but do not want to lead.
var specialistNotes = []string{
	"Valued for the technical work and strong in {strength}. Leading others is not what {name} wants; keep developing as a specialist.",
	"Honest conversation about what {name} wants: the technical route, with recognition for it.",
}

// thinNotes explain an assessment with too little evidence to judge potential.
var thinNotes = []string{
	"Have only worked closely with {name} for a few weeks, so most behaviours are left as No evidence yet. Reassess after {project}.",
	"First assessment as {name}'s new manager: too early to rate most behaviours.",
	"Rated only what I have seen myself; the rest needs another look in three months.",
}
