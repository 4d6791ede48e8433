package report

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

// frontSheetPlan is the full plan of someone promoted two months ago, with an action
// and a check-point overdue and an action due before the next meeting.
func frontSheetPlan() PlanDoc {
	d := fullPlan()
	promoted := day("2026-02-01")
	d.Promotion = &talent.Decision{ID: 1, PersonID: 1, Role: "Team lead, Platform", Date: day("2026-01-20"),
		Outcome: talent.OutcomePromote, PromotionDate: promoted}
	d.Plan.Phase = talent.PhaseFirst90
	d.Plan.Milestones = talent.TransitionMilestones(promoted)
	g := &d.Plan.Goals[0]
	g.Actions = append(g.Actions,
		talent.Action{Kind: talent.LearnExperience, Text: "Book a first one-to-one with each engineer", Due: day("2026-03-15")},
		talent.Action{Kind: talent.LearnOthers, Text: "Draft the on-call handover note with Maja", Due: day("2026-04-10")})
	return d
}

// TestWritePlan_FrontSheet checks that page 1 of a plan is the sheet for the next
// meeting, in both copies, and that the chart and history start on page 2.
func TestWritePlan_FrontSheet(t *testing.T) {
	for _, c := range []Copy{Mentor, Owner} {
		t.Run(fmt.Sprint(c), func(t *testing.T) {
			r := renderPlan(t, frontSheetPlan(), Options{Made: made, Copy: c})
			r.keep(fmt.Sprintf("plan-front-%d.pdf", c))
			page1 := r.pageText(1)
			mustContain(t, page1,
				"For the next meeting",
				"Next meeting 2026-04-14, in 14 days",
				// the one or two priorities: the open goals due first
				"Priorities", "Hands the on-call rota and release checks to two engineers", "Gives specific feedback within a day of the event",
				// what was agreed last time, and whether it happened
				"Agreed at the last meeting, 2026-03-03", "Ask Sales for a 20-minute call; listen first.",
				"Since then: 1 progress note and 1 leadership moment", "Did it happen? ☐ Yes ☐ Partly ☐ No",
				// overdue, marked with a symbol
				"Overdue", "⚠ Book a first one-to-one with each engineer, due 2026-03-15",
				"⚠ 30 days check-point, due 2026-03-03",
				// due before the next meeting
				"Due before the next meeting", "Draft the on-call handover note with Maja, due 2026-04-10",
				// the next check-point, with the promotion date it counts from
				"Next check-point", "60 days, due 2026-04-02, counted from the promotion to Team lead, Platform on 2026-02-01")
			mustNotContain(t, page1, "Competency profile", "Notes from this meeting")
			if page2 := r.pageText(2); !strings.HasPrefix(page2, "Development plan · "+menteeName) || strings.Contains(page2, "For the next meeting") {
				t.Errorf("page 2 does not start the detail:\n%.300s", page2)
			}
		})
	}
}

// TestWritePlan_FrontSheetNothingYet checks the front sheet of someone with a plan but
// no goals and nothing else says what to agree rather than leaving blanks.
func TestWritePlan_FrontSheetNothingYet(t *testing.T) {
	d := PlanDoc{Person: talent.Person{ID: 1, Name: menteeName, Status: talent.StatusActive}, Standard: testStandard(),
		Training: []talent.Training{{ID: 1, Title: "Time management", Status: talent.TrainingCancelled}}}
	page1 := renderPlan(t, d, Options{Made: made}).pageText(1)
	mustContain(t, page1, "For the next meeting", "No next meeting set", "No goals yet", "Nothing is overdue.")
}

// TestWritePlan_FrontSheetSampleBusinesses checks that the front sheet of the fullest
// plan of each sample business fits page 1 on A4 and Letter.
func TestWritePlan_FrontSheetSampleBusinesses(t *testing.T) {
	if testing.Short() {
		t.Skip("generates sample businesses")
	}
	for _, n := range sampleSizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			d := fullestPlan(t, demoStore(t, n))
			for _, paper := range []Paper{A4, Letter} {
				r := renderPlan(t, d, Options{Made: made, Paper: paper, Copy: Owner})
				r.keep(fmt.Sprintf("plan-%d-%s.pdf", n, paper))
				mustContain(t, r.pageText(1), "For the next meeting", "Priorities", "Overdue", "Due before the next meeting", "Next check-point")
				if page2 := r.pageText(2); !strings.HasPrefix(page2, "Development plan · "+sanitize(d.Person.Name)) || strings.Contains(page2, "For the next meeting") {
					t.Errorf("%s: page 2 does not start the detail:\n%.300s", paper, page2)
				}
			}
		})
	}
}
