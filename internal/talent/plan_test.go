package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func validPlan() talent.Plan {
	return talent.Plan{
		PersonID: 3, TargetRole: "Team lead, assembly", Start: day("2026-01-05"), Review: day("2026-07-05"), Phase: talent.PhasePreparing,
		Goals: []talent.Goal{{
			CompetencyID: 1, Title: "Hands over the weekly schedule to Дмитрий", Due: day("2026-04-01"),
			Status: talent.GoalInProgress, Progress: 40,
			Actions: []talent.Action{
				{Kind: talent.LearnExperience, Text: "Let Дмитрий run two schedules alone"},
				{Kind: talent.LearnOthers, Text: "Shadow the site manager's planning meeting"},
				{Kind: talent.LearnFormal, Text: "Delegation workshop"},
			},
			Notes: []talent.ProgressNote{{Date: day("2026-02-01"), Text: "First schedule handed over.\nNo rework needed."}},
		}},
		Milestones: talent.TransitionMilestones(day("2026-03-01")),
	}
}

func TestPlanValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(p *talent.Plan)
		field string
	}{
		{"valid", func(p *talent.Plan) {}, ""},
		{"no goals, no review", func(p *talent.Plan) { p.Goals, p.Review, p.Milestones = nil, time.Time{}, nil }, ""},
		{"no person", func(p *talent.Plan) { p.PersonID = 0 }, "person"},
		{"no start", func(p *talent.Plan) { p.Start = time.Time{} }, "start"},
		{"unknown phase", func(p *talent.Plan) { p.Phase = "onboarding" }, "phase"},
		{"review before start", func(p *talent.Plan) { p.Review = day("2026-01-04") }, "review"},
		{"review on the start day", func(p *talent.Plan) { p.Review = p.Start.Add(20 * time.Hour) }, ""},
		{"implausible start", func(p *talent.Plan) { p.Start, p.Review = day("1066-10-14"), time.Time{} }, "start"},
		{"target role too long", func(p *talent.Plan) { p.TargetRole = strings.Repeat("ř", 201) }, "targetRole"},
		{"blank goal", func(p *talent.Plan) { p.Goals[0].Title = "   " }, "goalTitle"},
		{"goal without competency", func(p *talent.Plan) { p.Goals[0].CompetencyID = 0 }, "competency"},
		{"unknown goal status", func(p *talent.Plan) { p.Goals[0].Status = "blocked" }, "status"},
		{"progress -1", func(p *talent.Plan) { p.Goals[0].Progress = -1 }, "progress"},
		{"progress 0", func(p *talent.Plan) { p.Goals[0].Progress = 0 }, ""},
		{"progress 100", func(p *talent.Plan) { p.Goals[0].Progress = 100 }, ""},
		{"progress 101", func(p *talent.Plan) { p.Goals[0].Progress = 101 }, "progress"},
		{"implausible due date", func(p *talent.Plan) { p.Goals[0].Due = day("2999-01-01") }, "due"},
		{"unknown action kind", func(p *talent.Plan) { p.Goals[0].Actions[1].Kind = "osmosis" }, "actions"},
		{"blank action", func(p *talent.Plan) { p.Goals[0].Actions[2].Text = "\t" }, "actions"},
		{"note without date", func(p *talent.Plan) { p.Goals[0].Notes[0].Date = time.Time{} }, "notes"},
		{"blank note", func(p *talent.Plan) { p.Goals[0].Notes[0].Text = " \n\t " }, "notes"},
		{"note with a control character", func(p *talent.Plan) { p.Goals[0].Notes[0].Text = "ok\x1b" }, "notes"},
		{"long action", func(p *talent.Plan) { p.Goals[0].Actions[0].Text = strings.Repeat("ä", talent.MaxLineLen) }, ""},
		{"action too long", func(p *talent.Plan) { p.Goals[0].Actions[0].Text = strings.Repeat("ä", talent.MaxLineLen+1) }, "actions"},
		{"long note", func(p *talent.Plan) { p.Goals[0].Notes[0].Text = strings.Repeat("ö", 5000) }, ""},
		{"note too long", func(p *talent.Plan) { p.Goals[0].Notes[0].Text = strings.Repeat("ö", talent.MaxNoteLen+1) }, "notes"},
		{"success measure, support and obstacle", func(p *talent.Plan) {
			g := &p.Goals[0]
			g.Measure, g.Support, g.Obstacle = "Дмитрий runs the schedule alone\nfor a month", "Half a day a week from the site manager", "The 🚚 rush in May"
		}, ""},
		{"long success measure", func(p *talent.Plan) { p.Goals[0].Measure = strings.Repeat("ü", talent.MaxLineLen) }, ""},
		{"success measure too long", func(p *talent.Plan) { p.Goals[0].Measure = strings.Repeat("ü", talent.MaxLineLen+1) }, "measure"},
		{"support too long", func(p *talent.Plan) { p.Goals[0].Support = strings.Repeat("é", talent.MaxLineLen+1) }, "support"},
		{"obstacle too long", func(p *talent.Plan) { p.Goals[0].Obstacle = strings.Repeat("ß", talent.MaxLineLen+1) }, "obstacle"},
		{"obstacle with a control character", func(p *talent.Plan) { p.Goals[0].Obstacle = "rush\x07" }, "obstacle"},
		{"support not valid text", func(p *talent.Plan) { p.Goals[0].Support = "\xff\xfe" }, "support"},
		{"milestone without due date", func(p *talent.Plan) { p.Milestones[2].Due = time.Time{} }, "due"},
		{"Unicode everywhere", func(p *talent.Plan) {
			p.TargetRole, p.Goals[0].Title, p.Goals[0].Notes[0].Text = "مدير الفريق", "Ελένη leads the stand-up 🎯", "李小龍 agreed."
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.edit(&p)
			checkInvalid(t, p.Validate(), tt.field)
		})
	}
}

func TestGoalValidateCleans(t *testing.T) {
	g := talent.Goal{
		CompetencyID: 2, Title: "  Runs   the\tretro ", Status: talent.GoalNotStarted, Due: day("2026-05-01").Add(9 * time.Hour),
		Actions: []talent.Action{{Kind: talent.LearnOthers, Text: " Ask  Zoë "}},
		Notes:   []talent.ProgressNote{{Date: day("2026-02-01").Add(time.Hour), Text: "  Line one\nline two  "}},
		Measure: " Zoe\u0308 chairs it\r\nunaided ", Support: "\n", Obstacle: "Holidays\r",
	}
	checkInvalid(t, g.Validate(), "")
	if g.Measure != "Zo\u00eb chairs it\nunaided" || g.Support != "" || g.Obstacle != "Holidays" {
		t.Errorf("cleaned detail = %q, %q, %q, want composed, trimmed and with LF line ends", g.Measure, g.Support, g.Obstacle)
	}
	if g.Title != "Runs the retro" || g.Actions[0].Text != "Ask Zoë" || g.Notes[0].Text != "Line one\nline two" {
		t.Errorf("cleaned = %q, %q, %q", g.Title, g.Actions[0].Text, g.Notes[0].Text)
	}
	if !g.Due.Equal(day("2026-05-01")) || !g.Notes[0].Date.Equal(day("2026-02-01")) {
		t.Errorf("dates = %v, %v, want midnight", g.Due, g.Notes[0].Date)
	}
}

func TestGoalStalled(t *testing.T) {
	created := day("2026-01-10")
	goal := func(status talent.GoalStatus, notes ...string) talent.Goal {
		g := talent.Goal{Status: status, Meta: talent.Meta{CreatedAt: created.Add(14 * time.Hour)}}
		for _, n := range notes {
			g.Notes = append(g.Notes, talent.ProgressNote{Date: day(n), Text: "Update."})
		}
		return g
	}
	tests := []struct {
		name string
		goal talent.Goal
		days int // after created
		want bool
	}{
		{"44 days", goal(talent.GoalInProgress), 44, false},
		{"45 days", goal(talent.GoalInProgress), 45, true},
		{"46 days", goal(talent.GoalInProgress), 46, true},
		{"not started, 45 days", goal(talent.GoalNotStarted), 45, true},
		{"done is never stalled", goal(talent.GoalDone), 400, false},
		{"dropped is never stalled", goal(talent.GoalDropped), 400, false},
		{"a note restarts the count: 44 days after it", goal(talent.GoalInProgress, "2026-02-01"), 22 + 44, false},
		{"45 days after the note", goal(talent.GoalInProgress, "2026-02-01"), 22 + 45, true},
		{"latest of several notes", goal(talent.GoalInProgress, "2026-03-01", "2026-02-01"), 50 + 44, false},
		{"no creation date and no notes", talent.Goal{Status: talent.GoalInProgress}, 1000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asOf := created.AddDate(0, 0, tt.days).Add(23 * time.Hour)
			if got := tt.goal.Stalled(asOf); got != tt.want {
				t.Errorf("Stalled(%s) = %v, want %v", talent.FormatDate(asOf), got, tt.want)
			}
		})
	}
}

func TestGoalLastUpdate(t *testing.T) {
	tests := []struct {
		name    string
		created string
		notes   []string
		want    string
	}{
		{"no notes: creation day", "2026-01-10", nil, "2026-01-10"},
		{"latest note", "2026-01-10", []string{"2026-03-01", "2026-02-01"}, "2026-03-01"},
		{"a note's own date counts, not when it was entered", "2026-05-10", []string{"2026-02-01"}, "2026-02-01"},
		{"nothing at all", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g talent.Goal
			g.CreatedAt, _ = talent.ParseDate(tt.created)
			for _, n := range tt.notes {
				g.Notes = append(g.Notes, talent.ProgressNote{Date: day(n)})
			}
			if got := talent.FormatDate(g.LastUpdate()); got != tt.want {
				t.Errorf("LastUpdate() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStalledGoalsAndLearningMix(t *testing.T) {
	old := talent.Meta{CreatedAt: day("2026-01-01")}
	p := talent.Plan{Goals: []talent.Goal{
		{ID: 1, Status: talent.GoalInProgress, Meta: old, Actions: []talent.Action{{Kind: talent.LearnExperience}, {Kind: talent.LearnExperience}}},
		{ID: 2, Status: talent.GoalDone, Meta: old, Actions: []talent.Action{{Kind: talent.LearnFormal}}},
		{ID: 3, Status: talent.GoalNotStarted, Meta: talent.Meta{CreatedAt: day("2026-03-01")}, Actions: []talent.Action{{Kind: talent.LearnOthers}}},
	}}
	stalled := p.StalledGoals(day("2026-03-10"))
	if len(stalled) != 1 || stalled[0].ID != 1 {
		t.Errorf("StalledGoals = %+v, want goal 1 only", stalled)
	}
	mix := p.LearningMix()
	for kind, want := range map[talent.LearningKind]int{talent.LearnExperience: 2, talent.LearnOthers: 1, talent.LearnFormal: 1} {
		if mix[kind] != want {
			t.Errorf("LearningMix()[%s] = %d, want %d", kind, mix[kind], want)
		}
	}
}

func TestPhaseAt(t *testing.T) {
	tests := []struct {
		name           string
		promoted, asOf string
		want           talent.Phase
	}{
		{"not promoted", "", "2026-06-01", talent.PhasePreparing},
		{"promotion still ahead", "2026-06-01", "2026-05-31", talent.PhasePreparing},
		{"day 0", "2026-06-01", "2026-06-01", talent.PhaseFirst90},
		{"day 89", "2026-06-01", "2026-08-29", talent.PhaseFirst90},
		{"day 90", "2026-06-01", "2026-08-30", talent.PhaseSettling},
		{"day before 18 months", "2026-06-01", "2027-11-30", talent.PhaseSettling},
		{"18 months", "2026-06-01", "2027-12-01", talent.PhaseEstablished},
		{"years later", "2020-06-01", "2026-06-01", talent.PhaseEstablished},
		{"from 31 August: day before 18 months", "2026-08-31", "2028-02-28", talent.PhaseSettling},
		{"from 31 August: 18 months is the end of February", "2026-08-31", "2028-02-29", talent.PhaseEstablished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			promoted, _ := talent.ParseDate(tt.promoted)
			if got := talent.PhaseAt(promoted, day(tt.asOf)); got != tt.want {
				t.Errorf("PhaseAt(%s, %s) = %q, want %q", tt.promoted, tt.asOf, got, tt.want)
			}
		})
	}
}

func TestPhaseAgreesWithMilestones(t *testing.T) {
	for _, promoted := range []string{"2026-01-31", "2026-08-31", "2028-02-29", "2026-06-15"} {
		t.Run(promoted, func(t *testing.T) {
			ms := talent.TransitionMilestones(day(promoted))
			last := ms[len(ms)-1]
			if got := talent.PhaseAt(day(promoted), last.Due); got != talent.PhaseEstablished {
				t.Errorf("PhaseAt on the %s milestone (%s) = %q, want %q", last.Label, talent.FormatDate(last.Due), got, talent.PhaseEstablished)
			}
			if got := talent.PhaseAt(day(promoted), last.Due.AddDate(0, 0, -1)); got != talent.PhaseSettling {
				t.Errorf("PhaseAt the day before the %s milestone = %q, want %q", last.Label, got, talent.PhaseSettling)
			}
		})
	}
}
