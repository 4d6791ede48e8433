package report

import (
	"fmt"
	"time"

	"leadbridge/internal/talent"
)

// Hand-made domain values for rendering tests, independent of the store.

var made = time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := talent.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// testStandard is the default standard with the IDs a store would give it.
func testStandard() talent.Standard {
	std := talent.DefaultStandard()
	for i := range std.Competencies {
		c := &std.Competencies[i]
		c.ID = int64(i + 1)
		for j := range c.Behaviours {
			c.Behaviours[j].ID = int64(100*(i+1) + j + 1)
			c.Behaviours[j].CompetencyID = c.ID
		}
	}
	return std
}

// rateAll rates every behaviour, competency by competency, from the given ratings
// (repeated when there are fewer than competencies).
func rateAll(std talent.Standard, ratings ...talent.Rating) []talent.BehaviourRating {
	var out []talent.BehaviourRating
	for i, c := range std.Competencies {
		for _, b := range c.Behaviours {
			out = append(out, talent.BehaviourRating{BehaviourID: b.ID, Rating: ratings[i%len(ratings)], Evidence: "Seen at the Q1 review."})
		}
	}
	return out
}

const (
	menteeName  = "Zoë Ångström"
	mentorName  = "Дмитрий Иванов"
	managerName = "Ελένη Παπαδοπούλου"
)

// fullPlan is a person with something in every section.
func fullPlan() PlanDoc {
	std := testStandard()
	person := talent.Person{ID: 1, Name: menteeName, JobTitle: "Senior platform engineer", Team: "Platform", ReportsTo: 3,
		StartDate: day("2019-05-01"), Status: talent.StatusActive, Aspiration: talent.AspirationYes,
		Expertise: []string{"Kubernetes", "Billing engine"}, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelMedium,
		RetentionNote: "Offered the lead role on the billing rewrite; salary review brought forward to May."}
	mentor := talent.Person{ID: 2, Name: mentorName, JobTitle: "Head of operations", Status: talent.StatusActive}
	latest := talent.Assessment{ID: 11, PersonID: 1, Date: day("2026-02-10"), RaterID: 3, Relationship: talent.RelManager,
		Ratings: rateAll(std, 4, 2, 3, 1, 3, 2, 4, 3, 2, 3), Performance: talent.PerformanceExceeds,
		Aspiration: talent.AspirationYes, LearningAgility: talent.LevelHigh, Engagement: talent.LevelHigh,
		Derailers: []talent.DerailerStatus{
			{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch, Evidence: "Still reviews every pull request herself."},
			{Derailer: talent.DerailerRelationships, Status: talent.ConcernConcern, Evidence: "Two sharp exchanges with Sales in March."},
			{Derailer: talent.DerailerTeam, Status: talent.ConcernNone},
		}}
	previous := latest
	previous.ID, previous.Date = 7, day("2025-08-15")
	previous.Ratings = rateAll(std, 3, 1, 2, 1, 2, 2, 3, 2, 1, 2)
	res := talent.DerivePotential(std, []talent.Assessment{previous, latest})
	plan := &talent.Plan{ID: 5, PersonID: 1, TargetRole: "Team lead, Platform", Start: day("2026-01-05"), Review: day("2026-07-05"),
		Phase: talent.PhasePreparing,
		Goals: []talent.Goal{
			{ID: 1, CompetencyID: 1, Title: "Hands the on-call rota and release checks to two engineers", Due: day("2026-05-31"),
				Status: talent.GoalInProgress, Progress: 40, Meta: talent.Meta{CreatedAt: day("2026-01-05")},
				Actions: []talent.Action{
					{Kind: talent.LearnExperience, Text: "Hand the release checklist to Maja and review only the outcome", Due: day("2026-04-15")},
					{Kind: talent.LearnOthers, Text: "Shadow Дмитрий at the weekly operations review", Due: day("2026-03-20"), Done: true},
					{Kind: talent.LearnFormal, Text: "Read “The Making of a Manager”, chapters 1–4", Due: day("2026-04-30")},
				},
				Notes: []talent.ProgressNote{{Date: day("2026-03-10"), Text: "Maja ran the March release alone; Zoë stayed out of the channel."}}},
			{ID: 2, CompetencyID: 9, Title: "Gives specific feedback within a day of the event", Due: day("2026-06-30"),
				Status: talent.GoalNotStarted, Meta: talent.Meta{CreatedAt: day("2026-01-05")}},
		},
	}
	pair := &talent.Pair{ID: 9, MentorID: 2, MenteeID: 1, Start: day("2026-01-10"), PlannedEnd: day("2026-12-31"),
		Focus: []int64{1, 9}, Status: talent.PairActive,
		Agreement: talent.Agreement{Goals: []string{"Let go of the technical work", "Hold the first difficult conversation"},
			EveryDays: 21, Format: "In person, café downstairs", MinutesEach: 45, Confidentiality: "What we discuss stays between us unless we agree otherwise."},
		Meetings: []talent.Meeting{
			{ID: 1, PairID: 9, Date: day("2026-01-20"), Minutes: 45, Topics: "Expectations; what a manager's week looks like", AgreedActions: "List the tasks only Zoë can do.", NextDate: day("2026-02-10")},
			{ID: 2, PairID: 9, Date: day("2026-02-10"), Minutes: 50, Topics: "Delegating the release", AgreedActions: "Brief Maja on the release checklist.", NextDate: day("2026-03-03")},
			{ID: 3, PairID: 9, Date: day("2026-03-03"), Minutes: 40, Topics: "The exchange with Sales", AgreedActions: "Ask Sales for a 20-minute call; listen first.", NextDate: day("2026-04-14")},
		}}
	moments := []talent.Moment{
		{ID: 1, PersonID: 1, Date: day("2026-03-12"), ObserverID: 3, CompetencyID: 2, Positive: true, Text: "Paired with a junior on the outage review instead of fixing it herself."},
		{ID: 2, PersonID: 1, Date: day("2026-03-02"), ObserverName: "محمد من المبيعات", Derailer: talent.DerailerRelationships, Text: "Cut a Sales colleague short in the stand-up."},
	}
	return PlanDoc{
		Person: person, Manager: managerName, Plan: plan, Standard: std,
		Latest: &latest, Previous: &previous, Potential: res,
		Box:    talent.DefaultBoxLabels()[talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialModerate}],
		Mentor: &mentor, Pair: pair,
		Training: []talent.Training{
			{ID: 1, PersonID: 1, Title: "First-time manager essentials", Provider: "Chamber of Commerce", Kind: talent.TrainingCourse, CompetencyID: 2,
				PlannedDate: day("2026-02-01"), CompletedDate: day("2026-02-03"), Hours: 14, Status: talent.TrainingCompleted},
			{ID: 2, PersonID: 1, Title: "Difficult conversations workshop", Provider: "Ελληνικό Ινστιτούτο", Kind: talent.TrainingWorkshop, CompetencyID: 9,
				PlannedDate: day("2026-05-12"), Hours: 7, Status: talent.TrainingPlanned},
		},
		Nominations: []Nomination{{Role: "Head of platform", Holder: "李小龍", Readiness: talent.Ready1to2Years, Note: "Needs a year leading people first."}},
		Moments:     moments,
		Derailers:   collectDerailers(&latest, []talent.Assessment{previous, latest}, moments),
		People:      map[int64]talent.Person{2: {ID: 2, Name: mentorName}, 3: {ID: 3, Name: managerName}},
	}
}

// manyTraining adds n completed training entries and m meetings, for pagination.
func manyTraining(p PlanDoc, n, m int) PlanDoc {
	for i := 0; i < n; i++ {
		p.Training = append(p.Training, talent.Training{ID: int64(100 + i), PersonID: 1, Title: fmt.Sprintf("Module %d: leading through change", i+1),
			Kind: talent.TrainingELearning, CompetencyID: 7, PlannedDate: made.AddDate(0, 0, -i), CompletedDate: made.AddDate(0, 0, -i),
			Hours: 1.5, Status: talent.TrainingCompleted})
	}
	for i := 0; i < m; i++ {
		p.Pair.Meetings = append(p.Pair.Meetings, talent.Meeting{ID: int64(100 + i), PairID: 9, Date: made.AddDate(0, 0, -7*i-30), Minutes: 30,
			Topics: fmt.Sprintf("Check-in %d", i+1)})
	}
	return p
}

// sampleNames are real-looking names from several scripts, with one the font cannot
// draw.
var sampleNames = []string{"Zoë Ångström", "Дмитрий Иванов", "Ελένη Παπαδοπούλου", "Søren Kierkegård", "Łucja Wróbel",
	"José Ñúñez", "Ngozi Okonkwo", "Aino Väisänen", "Mehmet Yılmaz", "Đặng Thị Hương", "Olga Петрова", "Björn Müller"}

// successionInput builds the records of a business of n people: people, assessments,
// roles, plans and pairs, as the store would return them.
func successionInput(n int) talent.OverviewInput {
	std := testStandard()
	in := talent.OverviewInput{AsOf: made, Standard: std, Potentials: talent.PotentialResults{}}
	for i := 0; i < n; i++ {
		id := int64(i + 1)
		p := talent.Person{ID: id, Name: fmt.Sprintf("%s %d", sampleNames[i%len(sampleNames)], i/len(sampleNames)+1),
			JobTitle: []string{"Engineer", "Sales lead", "Planner", "Technician"}[i%4], Team: []string{"Platform", "Sales", "Operations"}[i%3],
			Status: talent.StatusActive, StartDate: day("2018-01-01")}
		if i%7 == 0 {
			p.RiskOfLeaving, p.ImpactOfLoss, p.RetentionNote = talent.LevelHigh, talent.LevelHigh, "Counter-offer agreed in principle."
		}
		if i%11 == 0 {
			p.Expertise = []string{fmt.Sprintf("Legacy system %d", i)}
		}
		in.People = append(in.People, p)
		if i%5 != 4 { // every fifth person is never assessed
			perf := talent.Performances[i%3]
			a := talent.Assessment{ID: id, PersonID: id, Date: made.AddDate(0, -1-i%15, 0), RaterID: 1, Relationship: talent.RelManager,
				Ratings: rateAll(std, talent.Rating(1+i%4), talent.Rating(1+(i/3)%4)), Performance: perf, Aspiration: talent.AspirationYes}
			in.Potentials[id] = talent.DerivePotential(std, []talent.Assessment{a})
		}
	}
	for r := 0; r < max(n/10, 1); r++ {
		role := talent.KeyRole{ID: int64(r + 1), Title: fmt.Sprintf("Key role %d — %s", r+1, []string{"Head of platform", "Sales director", "Plant manager"}[r%3]),
			HolderID: int64(r*10 + 1), WhyCritical: []string{"", "The only one who signs off the safety file."}[min(r, 1)]}
		for k, rd := range talent.Readinesses[:1+r%4] {
			role.Successors = append(role.Successors, talent.Successor{PersonID: int64(r*10 + 2 + k), Readiness: rd})
		}
		in.Roles = append(in.Roles, role)
	}
	for i := 0; i < n; i += 3 {
		plan := talent.Plan{ID: int64(i + 1), PersonID: int64(i + 1), Phase: talent.PhaseFirst90, Start: day("2025-06-01"),
			Goals: []talent.Goal{{ID: int64(i + 1), CompetencyID: 1, Title: "Delegates the weekly report", Status: talent.GoalInProgress,
				Meta: talent.Meta{CreatedAt: made.AddDate(0, 0, -30-i%90)}}},
			Milestones: talent.TransitionMilestones(made.AddDate(0, -2, 0))}
		in.Plans = append(in.Plans, plan)
		if i+1 < n {
			in.Pairs = append(in.Pairs, talent.Pair{ID: int64(i + 1), MentorID: int64(i + 2), MenteeID: int64(i + 1), Start: made.AddDate(0, -i%6-1, 0), Status: talent.PairActive})
		}
	}
	return in
}

// fullSuccession is the succession summary of a business of n people.
func fullSuccession(n int) SuccessionDoc {
	in := successionInput(n)
	doc := SuccessionDoc{Overview: talent.BuildOverview(in), People: map[int64]talent.Person{}, Roles: in.Roles,
		Boxes: talent.DefaultBoxLabels(), From: made.AddDate(-1, 0, 1), To: made, Activity: map[int64]Activity{},
		BenchHistory: []talent.BenchPoint{{Date: made.AddDate(-1, 0, 0), Bench: talent.Bench{Roles: 4, Covered: 1}}},
		Standard:     in.Standard, Candidates: map[int64]talent.PotentialResult{}}
	for _, r := range in.Roles {
		for _, s := range r.Successors {
			doc.Candidates[s.PersonID] = in.Potentials[s.PersonID]
		}
	}
	for _, p := range in.People {
		doc.People[p.ID] = p
		if p.ID%4 == 0 {
			doc.Activity[p.ID] = Activity{TrainingHours: float64(p.ID%9) + 0.5, TrainingCompleted: 1 + int(p.ID%3), Meetings: int(p.ID % 5)}
		}
	}
	return doc
}
