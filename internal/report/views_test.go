package report

import (
	"context"
	"testing"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// teamRated is a promoted team lead, rated 2 Sometimes throughout by their manager, and
// a way to add anonymous answers of their direct reports, each rating every behaviour
// 4 Role model, in one round.
type teamRated struct {
	db     *store.DB
	lead   talent.Person
	answer func()
}

func rateTeamLead(t *testing.T) teamRated {
	t.Helper()
	ctx := context.Background()
	db := openStore(t)
	boss := talent.Person{Name: managerName, Status: talent.StatusActive}
	must(t, "create manager", db.CreatePerson(ctx, &boss))
	lead := talent.Person{Name: menteeName, JobTitle: "Team lead", ReportsTo: boss.ID, Status: talent.StatusActive}
	must(t, "create team lead", db.CreatePerson(ctx, &lead))
	std, err := db.Standard(ctx)
	must(t, "standard", err)
	a := talent.Assessment{PersonID: lead.ID, RaterID: boss.ID, Relationship: talent.RelManager, Date: day("2026-01-15"),
		Ratings: rateAll(std, talent.RatingSometimes), Performance: talent.PerformanceMeets}
	must(t, "save manager's assessment", db.SaveAssessment(ctx, &a))
	d := talent.Decision{PersonID: lead.ID, Role: "Team lead", Date: day("2025-11-01"), Outcome: talent.OutcomePromote,
		PromotionDate: day("2025-12-01"), Reason: "Coaches the new starters and hands work over."}
	must(t, "record promotion", db.RecordDecision(ctx, &d))
	return teamRated{db: db, lead: lead, answer: func() {
		t.Helper()
		a := talent.Assessment{PersonID: lead.ID, Relationship: talent.RelDirectReport, Round: day("2026-03-02"), Date: day("2026-03-09"),
			Source: talent.SourcePack, Ratings: rateAll(std, talent.RatingRoleModel)}
		must(t, "save direct report's answer", db.SaveAssessment(ctx, &a))
	}}
}

// The team's figure in the plan: none with two direct reports' answers, though the
// section says what is held back; with three, the team against the manager, per
// competency, with the dates of both.
func TestPlan_TeamViewNeedsThreeAnswers(t *testing.T) {
	ctx := context.Background()
	tr := rateTeamLead(t)
	plan := func(c Copy) string {
		t.Helper()
		d, err := LoadPlan(ctx, tr.db, tr.lead.ID, made)
		must(t, "load plan", err)
		return renderPlan(t, d, Options{Made: made, Copy: c}).flat()
	}
	tr.answer()
	tr.answer()
	for _, c := range []Copy{Mentor, Owner} {
		text := plan(c)
		mustContain(t, text, "Their team's view against their manager's", "No figure from Zoë Ångström's team yet",
			"2 anonymous answers from direct reports are held back until at least 3")
		mustNotContain(t, text, "Direct reports, round of", "Team rates", "4.0")
	}
	tr.answer()
	for _, c := range []Copy{Mentor, Owner} {
		text := plan(c)
		mustContain(t, text, "Their team's view against their manager's",
			"Direct reports, round of 2026-03-02 (3 answers), answered 2026-03-09. Their manager's assessment of 2026-01-15.",
			"Competency Team Manager", "Delegating and letting go of the technical work 4.0 2.0 Team rates 2.0 higher")
		mustNotContain(t, text, "No figure from", "held back")
	}
}

// The succession summary's section on teams: left out with two direct reports'
// answers, and with three naming the team lead, the round and where team and manager
// differ most.
func TestSuccession_TeamViewNeedsThreeAnswers(t *testing.T) {
	ctx := context.Background()
	tr := rateTeamLead(t)
	summary := func() string {
		t.Helper()
		s, err := LoadSuccession(ctx, tr.db, made)
		must(t, "load succession", err)
		return renderSuccession(t, s, Options{Made: made}).flat()
	}
	tr.answer()
	tr.answer()
	mustNotContain(t, summary(), teamsSection, "Direct reports", "round of", "team 4.0")
	tr.answer()
	mustContain(t, summary(), "6 "+teamsSection,
		"Zoë Ångström Direct reports, round of 2026-03-02 (3 answers), answered 2026-03-09",
		"Delegating and letting go of the technical work: team 4.0, manager 2.0;",
		"(manager's assessment of 2026-01-15)")
}
