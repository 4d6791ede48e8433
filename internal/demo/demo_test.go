package demo_test

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"leadbridge/internal/demo"
	"leadbridge/internal/talent"
)

// TestGenerate_SampleBusiness checks that a 40-person sample shows every part of the app
// with something in it.
func TestGenerate_SampleBusiness(t *testing.T) {
	db := openStore(t, today)
	sum, err := generate(context.Background(), db, demo.Options{People: 40, Today: today})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	b := load(t, db)
	o := b.overview()

	t.Run("SummaryMatchesStore", func(t *testing.T) {
		testSummary(t, sum, b)
	})
	t.Run("Hierarchy", func(t *testing.T) {
		testHierarchy(t, b)
	})
	t.Run("People", func(t *testing.T) {
		testPeople(t, b, o)
	})
	t.Run("EveryBoxPopulated", func(t *testing.T) {
		for _, box := range talent.Boxes() {
			if got := len(o.Grid[box]); got == 0 {
				t.Errorf("people in box %s/%s = 0, want at least 1", box.Performance, box.Potential)
			}
		}
	})
	t.Run("Assessments", func(t *testing.T) {
		testAssessments(t, b, o)
	})
	t.Run("Succession", func(t *testing.T) {
		testSuccession(t, b, o)
	})
	t.Run("Plans", func(t *testing.T) {
		testPlans(t, b)
	})
	t.Run("Promotion", func(t *testing.T) {
		testPromotion(t, b, o)
	})
	t.Run("Mentoring", func(t *testing.T) {
		testMentoring(t, b, o)
	})
	t.Run("Training", func(t *testing.T) {
		testTraining(t, b)
	})
	t.Run("Moments", func(t *testing.T) {
		testMoments(t, b)
	})
}

func testSummary(t *testing.T, sum demo.Summary, b business) {
	left, goals, milestones, meetings, successors := 0, 0, 0, 0, 0
	for _, p := range b.People {
		if !p.Active() {
			left++
		}
	}
	for _, p := range b.Plans {
		goals += len(p.Goals)
		milestones += len(p.Milestones)
	}
	for _, p := range b.Pairs {
		meetings += len(p.Meetings)
	}
	for _, r := range b.KeyRoles {
		successors += len(r.Successors)
	}
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"People", sum.People, len(b.People)},
		{"Left", sum.Left, left},
		{"Assessments", sum.Assessments, b.assessmentCount()},
		{"KeyRoles", sum.KeyRoles, len(b.KeyRoles)},
		{"Successors", sum.Successors, successors},
		{"Plans", sum.Plans, len(b.Plans)},
		{"Goals", sum.Goals, goals},
		{"Milestones", sum.Milestones, milestones},
		{"Pairs", sum.Pairs, len(b.Pairs)},
		{"Meetings", sum.Meetings, meetings},
		{"Training", sum.Training, len(b.Training)},
		{"Moments", sum.Moments, len(b.Moments)},
		{"Decisions", sum.Decisions, len(b.Decisions)},
	} {
		if c.got != c.want {
			t.Errorf("Summary.%s = %d, want %d (in the store)", c.name, c.got, c.want)
		}
	}
	if sum.People != 40 {
		t.Errorf("Summary.People = %d, want 40", sum.People)
	}
	if got := sum.String(); !strings.Contains(got, "40 people") {
		t.Errorf("Summary.String() = %q, want it to mention 40 people", got)
	}
}

// testHierarchy checks one managing director at the top, leads reporting to them and
// staff reporting to leads, and start dates spread over the years.
func testHierarchy(t *testing.T, b business) {
	var tops []talent.Person
	reports := map[int64]int{}
	for _, p := range b.People {
		if p.ReportsTo == 0 {
			tops = append(tops, p)
			continue
		}
		if b.person(p.ReportsTo).ID == 0 {
			t.Errorf("%s reports to person %d, who does not exist", p.Name, p.ReportsTo)
		}
		reports[p.ReportsTo]++
	}
	if len(tops) != 1 {
		t.Fatalf("people reporting to nobody = %d, want 1 (the managing director)", len(tops))
	}
	md := tops[0]
	if md.JobTitle != "Managing Director" {
		t.Errorf("top person's job title = %q, want Managing Director", md.JobTitle)
	}
	if got := reports[md.ID]; got < 4 {
		t.Errorf("direct reports of the managing director = %d, want at least 4 team leads", got)
	}
	teams := map[string]bool{}
	first, last := today, md.StartDate
	for _, p := range b.People {
		teams[p.Team] = true
		if p.StartDate.Before(first) {
			first = p.StartDate
		}
		if p.StartDate.After(last) {
			last = p.StartDate
		}
		if p.JobTitle == "" || p.Team == "" {
			t.Errorf("%s has job title %q and team %q, want both", p.Name, p.JobTitle, p.Team)
		}
	}
	if len(teams) < 5 {
		t.Errorf("teams = %d, want at least 5", len(teams))
	}
	if years := talent.DaysBetween(first, last) / 365; years < 12 {
		t.Errorf("start dates span %d years, want about 15", years)
	}
}

func testPeople(t *testing.T, b business, o talent.Overview) {
	nonASCII, otherScript, emails, left := 0, 0, map[string]bool{}, 0
	aspirations := map[talent.Aspiration]bool{}
	for _, p := range b.People {
		if strings.IndexFunc(p.Name, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
			nonASCII++
		}
		if strings.IndexFunc(p.Name, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) >= 0 {
			otherScript++
		}
		if p.Email != "" {
			if emails[p.Email] {
				t.Errorf("email %s is used twice", p.Email)
			}
			emails[p.Email] = true
		}
		if !p.Active() {
			left++
			if p.LeftDate.IsZero() || !p.LeftDate.Before(today) {
				t.Errorf("%s left on %v, want a date before today", p.Name, p.LeftDate)
			}
		}
		aspirations[p.Aspiration] = true
	}
	if nonASCII < 10 {
		t.Errorf("names with letters outside ASCII = %d, want at least 10", nonASCII)
	}
	if otherScript < 2 {
		t.Errorf("names in a script other than Latin = %d, want at least 2", otherScript)
	}
	if got := len(emails); got < 30 {
		t.Errorf("people with an email = %d, want most of 40", got)
	}
	if left < 1 {
		t.Errorf("people who left = %d, want at least 1", left)
	}
	for _, a := range talent.Aspirations {
		if !aspirations[a] {
			t.Errorf("nobody has aspiration %q", a)
		}
	}
	if len(o.SoleExperts) == 0 {
		t.Errorf("expertise held by only one person = none, want some")
	}
	if len(o.HighRiskHighImpact) == 0 {
		t.Errorf("people at high risk of leaving with high impact = none, want some")
	}
}

func testSuccession(t *testing.T, b business, o talent.Overview) {
	if got := len(b.KeyRoles); got < 4 || got > 8 {
		t.Errorf("key roles = %d, want about one per 8 people, at least 4", got)
	}
	readiness := map[talent.Readiness]bool{}
	for _, r := range b.KeyRoles {
		if r.HolderID == 0 || r.WhyCritical == "" {
			t.Errorf("key role %q has holder %d and why %q, want both", r.Title, r.HolderID, r.WhyCritical)
		}
		for _, s := range r.Successors {
			readiness[s.Readiness] = true
			if !b.person(s.PersonID).Active() {
				t.Errorf("successor %d for %q has left", s.PersonID, r.Title)
			}
		}
	}
	for _, rd := range talent.Readinesses {
		if !readiness[rd] {
			t.Errorf("no successor is %q", rd.Label())
		}
	}
	if len(o.RolesWithoutReady) == 0 || len(o.RolesWithoutReady) == len(b.KeyRoles) {
		t.Errorf("roles without a ready-now successor = %d of %d, want some but not all", len(o.RolesWithoutReady), len(b.KeyRoles))
	}
}

func testTraining(t *testing.T, b business) {
	kinds := map[talent.TrainingKind]bool{}
	statuses := map[talent.TrainingStatus]bool{}
	reflections := 0
	for _, tr := range b.Training {
		kinds[tr.Kind] = true
		statuses[tr.Status] = true
		if tr.Status == talent.TrainingCompleted && tr.Reflection != "" {
			reflections++
		}
		if tr.Status == talent.TrainingPlanned && !tr.PlannedDate.After(today) {
			t.Errorf("planned training %q is dated %s, want a date after today", tr.Title, talent.FormatDate(tr.PlannedDate))
		}
	}
	for _, k := range talent.TrainingKinds {
		if !kinds[k] {
			t.Errorf("no training of kind %s", k.Label())
		}
	}
	for _, s := range talent.TrainingStatuses {
		if !statuses[s] {
			t.Errorf("no training with status %s", s.Label())
		}
	}
	if reflections == 0 {
		t.Errorf("completed training with a reflection = 0, want some")
	}
}

func testMoments(t *testing.T, b business) {
	positive, developmental, derailers := 0, 0, 0
	for _, m := range b.Moments {
		if m.Positive {
			positive++
		} else {
			developmental++
		}
		if m.Derailer != "" {
			derailers++
		}
		if m.ObserverID == 0 || m.ObserverID == m.PersonID {
			t.Errorf("moment %q has observer %d, want someone other than person %d", m.Text, m.ObserverID, m.PersonID)
		}
	}
	if positive == 0 || developmental == 0 || derailers == 0 {
		t.Errorf("moments: %d positive, %d developmental, %d about derailers; want some of each", positive, developmental, derailers)
	}
}
