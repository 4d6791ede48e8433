package talent_test

import (
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// dueBusiness is a small business on Thursday 2026-12-03: Ana is in her first months as
// a manager, mentored by Ben; Cai is mentored by Dee; Eve has left.
func dueBusiness() talent.DueInput {
	created := talent.Meta{CreatedAt: day("2026-10-01")}
	return talent.DueInput{
		AsOf: day("2026-12-03"),
		Days: talent.DefaultDueDays,
		People: []talent.Person{
			{ID: 1, Name: "Ana", Status: talent.StatusActive},
			{ID: 2, Name: "Ben", Status: talent.StatusActive},
			{ID: 3, Name: "Cai", Status: talent.StatusActive},
			{ID: 4, Name: "Dee", Status: talent.StatusActive},
			{ID: 5, Name: "Eve", Status: talent.StatusLeft},
		},
		Plans: []talent.Plan{
			{ID: 10, PersonID: 1, Goals: []talent.Goal{
				{ID: 100, Title: "Delegates the release", Status: talent.GoalInProgress, Due: day("2026-12-10"), Meta: created,
					Notes: []talent.ProgressNote{{Date: day("2026-10-20")}}, // stalls on 2026-12-04
					Actions: []talent.Action{
						{ID: 1000, Text: "Hand over the build", Due: day("2026-11-30")},
						{ID: 1001, Text: "Shadow the owner", Due: day("2026-12-01"), Done: true},
						{ID: 1002, Text: "Read a book", Due: day("2026-12-25")}, // beyond the window
					}},
				{ID: 101, Title: "Runs one-to-ones", Status: talent.GoalDone, Due: day("2026-11-01"), Meta: created},
			}, Milestones: []talent.Milestone{
				{ID: 50, Label: "60 days", Due: day("2026-11-20")},
				{ID: 51, Label: "90 days", Due: day("2026-12-05"), Done: true, DoneDate: day("2026-12-02")},
				{ID: 52, Label: "6 months", Due: day("2026-12-14")},
			}},
			{ID: 11, PersonID: 3, Goals: []talent.Goal{
				{ID: 110, Title: "Gives feedback", Status: talent.GoalNotStarted, Meta: talent.Meta{CreatedAt: day("2026-10-01")}}, // stalled on 2026-11-14
			}},
			{ID: 12, PersonID: 5, Milestones: []talent.Milestone{{ID: 60, Label: "30 days", Due: day("2026-11-01")}}},
		},
		Pairs: []talent.Pair{
			{ID: 20, MentorID: 2, MenteeID: 1, Status: talent.PairActive, Start: day("2026-09-01"),
				Meetings: []talent.Meeting{{Date: day("2026-11-20"), NextDate: day("2026-12-08")}}},
			{ID: 21, MentorID: 4, MenteeID: 3, Status: talent.PairActive, Start: day("2026-08-01"),
				Meetings: []talent.Meeting{{Date: day("2026-09-01")}}}, // quiet since 2026-10-16
			{ID: 22, MentorID: 2, MenteeID: 3, Status: talent.PairEnded, Start: day("2026-01-01")},
		},
		Assessed: map[int64]time.Time{
			1: day("2025-12-10"), // a year old on 2026-12-10
			3: day("2026-06-01"),
		},
	}
}

type dueRow struct {
	key   string
	date  string
	group talent.DueGroup
}

func dueRows(a talent.Agenda) []dueRow {
	var out []dueRow
	for _, d := range a.Items {
		out = append(out, dueRow{d.Key, talent.FormatDate(d.Date), a.Group(d)})
	}
	return out
}

func TestBuildAgenda(t *testing.T) {
	tests := []struct {
		name string
		edit func(in *talent.DueInput)
		want []dueRow
	}{
		{"owner", func(in *talent.DueInput) {}, []dueRow{
			{"quiet:21", "2026-10-15", talent.DueOverdue},
			{"stall:11", "2026-11-14", talent.DueOverdue},
			{"checkpoint:50", "2026-11-20", talent.DueOverdue},
			{"action:1000", "2026-11-30", talent.DueOverdue},
			{"stall:10", "2026-12-03", talent.DueThisWeek},
			{"meeting:20", "2026-12-08", talent.DueNextWeek},
			{"assessment:1", "2026-12-10", talent.DueNextWeek},
			{"goal:100", "2026-12-10", talent.DueNextWeek},
			{"checkpoint:52", "2026-12-14", talent.DueLater},
		}},
		{"mentor sees their mentees' items from their own pairs, nothing owner-only", func(in *talent.DueInput) { in.MentorID = 2 }, []dueRow{
			{"checkpoint:50", "2026-11-20", talent.DueOverdue},
			{"action:1000", "2026-11-30", talent.DueOverdue},
			{"stall:10", "2026-12-03", talent.DueThisWeek},
			{"meeting:20", "2026-12-08", talent.DueNextWeek},
			{"goal:100", "2026-12-10", talent.DueNextWeek},
			{"checkpoint:52", "2026-12-14", talent.DueLater},
		}},
		{"another mentor", func(in *talent.DueInput) { in.MentorID = 4 }, []dueRow{
			{"quiet:21", "2026-10-15", talent.DueOverdue},
			{"stall:11", "2026-11-14", talent.DueOverdue},
		}},
		{"a shorter window", func(in *talent.DueInput) { in.Days = 4 }, []dueRow{
			{"quiet:21", "2026-10-15", talent.DueOverdue},
			{"stall:11", "2026-11-14", talent.DueOverdue},
			{"checkpoint:50", "2026-11-20", talent.DueOverdue},
			{"action:1000", "2026-11-30", talent.DueOverdue},
			{"stall:10", "2026-12-03", talent.DueThisWeek},
		}},
		{"on a Sunday next week starts the next day", func(in *talent.DueInput) { in.AsOf = day("2026-12-06"); in.Days = 2 }, []dueRow{
			{"quiet:21", "2026-10-15", talent.DueOverdue},
			{"stall:11", "2026-11-14", talent.DueOverdue},
			{"checkpoint:50", "2026-11-20", talent.DueOverdue},
			{"action:1000", "2026-11-30", talent.DueOverdue},
			{"stall:10", "2026-12-03", talent.DueOverdue},
			{"meeting:20", "2026-12-08", talent.DueNextWeek},
		}},
		{"a check-point on a Saturday stays on it", func(in *talent.DueInput) { in.Plans[0].Milestones[1].Done = false; in.Days = 2 }, []dueRow{
			{"quiet:21", "2026-10-15", talent.DueOverdue},
			{"stall:11", "2026-11-14", talent.DueOverdue},
			{"checkpoint:50", "2026-11-20", talent.DueOverdue},
			{"action:1000", "2026-11-30", talent.DueOverdue},
			{"stall:10", "2026-12-03", talent.DueThisWeek},
			{"checkpoint:51", "2026-12-05", talent.DueThisWeek},
		}},
		{"done items disappear", func(in *talent.DueInput) {
			g := &in.Plans[0].Goals[0]
			g.Status, g.Actions[0].Done = talent.GoalDone, true
			in.Plans[0].Milestones[0].Done, in.Plans[0].Milestones[0].DoneDate = true, day("2026-12-01")
			in.Plans[0].Milestones[2].Done, in.Plans[0].Milestones[2].DoneDate = true, day("2026-12-01")
			in.Plans[1].Goals[0].Status = talent.GoalDropped
			in.Pairs[1].Status = talent.PairEnded
			in.Pairs[0].Meetings = append(in.Pairs[0].Meetings, talent.Meeting{Date: day("2026-12-02")}) // met, no next date yet
			delete(in.Assessed, 1)
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := dueBusiness()
			tt.edit(&in)
			got := dueRows(talent.BuildAgenda(in))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items %v, want %d %v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("item %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestAgendaItemsSayWhatForWhom(t *testing.T) {
	a := talent.BuildAgenda(dueBusiness())
	want := map[string]struct {
		person, what string
		kind         talent.DueKind
		ownerOnly    bool
	}{
		"quiet:21":      {"Cai", "Mentoring meeting with Dee, before the pair has gone 45 days without one", talent.DueQuiet, false},
		"stall:11":      {"Cai", "An update on the goal “Gives feedback”, before the plan stalls", talent.DueStall, false},
		"checkpoint:50": {"Ana", "Check-point at 60 days", talent.DueCheckpoint, false},
		"action:1000":   {"Ana", "Action: Hand over the build", talent.DueAction, false},
		"meeting:20":    {"Ana", "Mentoring meeting with Ben", talent.DueMeeting, false},
		"assessment:1":  {"Ana", "A new assessment, before the latest is over a year old", talent.DueAssessment, true},
		"goal:100":      {"Ana", "Goal: Delegates the release", talent.DueGoal, false},
	}
	for _, d := range a.Items {
		w, ok := want[d.Key]
		if !ok {
			continue
		}
		if d.Person != w.person || d.What != w.what || d.Kind != w.kind || d.OwnerOnly != w.ownerOnly {
			t.Errorf("%s = %q %q %q owner-only %v, want %q %q %q %v", d.Key, d.Person, d.What, d.Kind, d.OwnerOnly, w.person, w.what, w.kind, w.ownerOnly)
		}
	}
	if a.Until != day("2026-12-17") {
		t.Errorf("Until = %s, want 2026-12-17", talent.FormatDate(a.Until))
	}
}

// TestAgendaOverdueMatchesTheRules checks that an item is overdue exactly when the rule
// it comes from flags it, on every day around the threshold.
func TestAgendaOverdueMatchesTheRules(t *testing.T) {
	in := dueBusiness()
	// Person 1 is on the 9-box, assessed on the date the agenda is given.
	placed := talent.PotentialResult{Potential: talent.PotentialHigh, Performance: talent.PerformanceMeets, Basis: talent.Assessment{Date: in.Assessed[1]}}
	for asOf := day("2026-10-10"); asOf.Before(day("2026-12-20")); asOf = asOf.AddDate(0, 0, 1) {
		in.AsOf = asOf
		overdue := map[string]bool{}
		for _, d := range talent.BuildAgenda(in).Items {
			overdue[d.Key] = d.Date.Before(asOf)
		}
		checks := map[string]bool{
			"quiet:21":      in.Pairs[1].NotMetLately(asOf),
			"stall:10":      len(in.Plans[0].StalledGoals(asOf)) > 0,
			"stall:11":      len(in.Plans[1].StalledGoals(asOf)) > 0,
			"checkpoint:50": in.Plans[0].Milestones[0].Overdue(asOf),
			"assessment:1":  placed.NeedsAssessment(asOf),
		}
		for key, want := range checks {
			if overdue[key] != want {
				t.Errorf("on %s %s overdue = %v, the rule says %v", talent.FormatDate(asOf), key, overdue[key], want)
			}
		}
	}
}

func TestDueGroupLabels(t *testing.T) {
	want := []string{"Overdue", "This week", "Next week", "Later"}
	for i, g := range talent.DueGroups {
		if g.Label() != want[i] {
			t.Errorf("group %d = %q, want %q", i, g.Label(), want[i])
		}
	}
}

func TestAgendaWhen(t *testing.T) {
	a := talent.Agenda{AsOf: day("2026-12-03")}
	for date, want := range map[string]string{
		"2026-12-02": "Overdue since 2026-12-02 (1 day)",
		"2026-11-20": "Overdue since 2026-11-20 (13 days)",
		"2026-12-03": "Due today",
		"2026-12-04": "Due tomorrow",
		"2026-12-10": "Due on 2026-12-10 (in 7 days)",
	} {
		if got := a.When(talent.Due{Date: day(date)}); got != want {
			t.Errorf("When(%s) = %q, want %q", date, got, want)
		}
	}
}

func TestAgendaLine(t *testing.T) {
	a := talent.Agenda{AsOf: day("2026-12-03")}
	for _, tt := range []struct {
		d    talent.Due
		want string
	}{
		{talent.Due{Person: "Ana", What: "Check-point at 60 days", Date: day("2026-11-20")}, "Ana — Check-point at 60 days. Overdue since 2026-11-20 (13 days)."},
		{talent.Due{Person: "Zoë", What: "Action: Read “The Making of a Manager”.", Date: day("2026-12-03")}, "Zoë — Action: Read “The Making of a Manager”. Due today."},
	} {
		if got := a.Line(tt.d); got != tt.want {
			t.Errorf("Line() = %q, want %q", got, tt.want)
		}
	}
}

func TestDueTickOff(t *testing.T) {
	in := dueBusiness()
	a := talent.BuildAgenda(in)
	byKey := map[string]talent.Due{}
	for _, d := range a.Items {
		byKey[d.Key] = d
	}
	plan := in.Plans[0]
	for key, tickable := range map[string]bool{"checkpoint:50": true, "action:1000": true, "goal:100": false, "meeting:20": false} {
		d, ok := byKey[key]
		if !ok {
			t.Fatalf("no item %s in %v", key, a.Items)
		}
		if d.Tickable() != tickable || d.TickOff(&plan, day("2026-12-03")) != tickable {
			t.Errorf("%s: Tickable and TickOff report %v and not %v", key, !tickable, tickable)
		}
	}
	in.Plans[0] = plan
	after := map[string]bool{}
	for _, d := range talent.BuildAgenda(in).Items {
		after[d.Key] = true
	}
	if after["checkpoint:50"] || after["action:1000"] || !after["goal:100"] {
		t.Errorf("after ticking off a check-point and an action the agenda holds %v", after)
	}
	if m := plan.Milestones[0]; !m.Done || !m.DoneDate.Equal(day("2026-12-03")) {
		t.Errorf("ticked-off check-point = %+v, want done on 2026-12-03", m)
	}
	other := in.Plans[1]
	if byKey["action:1000"].TickOff(&other, day("2026-12-03")) {
		t.Error("TickOff found an action in a plan that does not hold it")
	}
}
