package talent_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// unicodeNames are names from several scripts, with and without emoji, that every
// free-text field must accept.
var unicodeNames = []string{
	"Zoë Ångström", "Дмитрий Иванов", "Ελένη Παπαδοπούλου", "李小龍", "محمد", "Ana 👩🏽‍💻 Silva", "O'Brien-Núñez",
}

func validPerson() talent.Person {
	return talent.Person{
		ID: 5, Name: "Zoë Ångström", JobTitle: "Senior engineer", Team: "Platform",
		ReportsTo: 2, StartDate: day("2018-04-03"), Status: talent.StatusActive,
		Email: "zoe@example.com", Expertise: []string{"Payroll"}, Aspiration: talent.AspirationYes,
		RiskOfLeaving: talent.LevelLow, ImpactOfLoss: talent.LevelHigh,
	}
}

type personCase struct {
	name   string
	edit   func(p *talent.Person)
	field  string // "" when valid
	inText string // a fragment the message must contain
}

func TestPersonValidate(t *testing.T) {
	tests := []personCase{
		{name: "valid", edit: func(p *talent.Person) {}},
		{name: "minimal", edit: func(p *talent.Person) { *p = talent.Person{Name: "Ana"} }},
		{name: "empty name", edit: func(p *talent.Person) { p.Name = "" }, field: "name", inText: "required"},
		{name: "white space name", edit: func(p *talent.Person) { p.Name = " \t\n\u00a0 " }, field: "name"},
		{name: "200 characters", edit: func(p *talent.Person) { p.Name = strings.Repeat("é", 200) }},
		{name: "200 CJK characters", edit: func(p *talent.Person) { p.Name = strings.Repeat("龍", 200) }},
		{name: "201 characters", edit: func(p *talent.Person) { p.Name = strings.Repeat("é", 201) }, field: "name", inText: "201"},
		{name: "NUL in name", edit: func(p *talent.Person) { p.Name = "Ann\x00e" }, field: "name", inText: "control character"},
		{name: "escape in name", edit: func(p *talent.Person) { p.Name = "\x1b[31mRed" }, field: "name"},
		{name: "C1 control in name", edit: func(p *talent.Person) { p.Name = "Bob\u009b" }, field: "name"},
		{name: "Latin-1 bytes in name", edit: func(p *talent.Person) { p.Name = "Zo\xeb" }, field: "name", inText: "not valid text"},
		{name: "201 character job title", edit: func(p *talent.Person) { p.JobTitle = strings.Repeat("ж", 201) }, field: "jobTitle"},
		{name: "control character in team", edit: func(p *talent.Person) { p.Team = "Ops\x7f" }, field: "team"},
		{name: "reports to self", edit: func(p *talent.Person) { p.ReportsTo = p.ID }, field: "reportsTo"},
		{name: "email with display name", edit: func(p *talent.Person) { p.Email = "Zoë <zoe@example.com>" }, field: "email"},
		{name: "email without domain", edit: func(p *talent.Person) { p.Email = "zoe@" }, field: "email"},
		{name: "email without at", edit: func(p *talent.Person) { p.Email = "zoe.example.com" }, field: "email"},
		{name: "email with two ats", edit: func(p *talent.Person) { p.Email = "zoe@@example.com" }, field: "email"},
		{name: "two emails", edit: func(p *talent.Person) { p.Email = "a@example.com, b@example.com" }, field: "email"},
		{name: "email padded", edit: func(p *talent.Person) { p.Email = "  zoe@example.com " }},
		{name: "left without date", edit: func(p *talent.Person) { p.Status = talent.StatusLeft }, field: "leftDate", inText: "Zoë Ångström"},
		{name: "left with date", edit: func(p *talent.Person) { p.Status, p.LeftDate = talent.StatusLeft, day("2025-01-31") }},
		{name: "leaving date while active", edit: func(p *talent.Person) { p.LeftDate = day("2025-01-31") }, field: "leftDate"},
		{name: "left before start", edit: func(p *talent.Person) { p.Status, p.LeftDate = talent.StatusLeft, day("2018-04-02") }, field: "leftDate", inText: "2018-04-02"},
		{name: "left on start day", edit: func(p *talent.Person) { p.Status, p.LeftDate = talent.StatusLeft, day("2018-04-03") }},
		{name: "start year 1899", edit: func(p *talent.Person) { p.StartDate = day("1899-12-31") }, field: "startDate", inText: "plausible"},
		{name: "start year 20226", edit: func(p *talent.Person) { p.StartDate = time.Date(20226, 1, 1, 0, 0, 0, 0, time.UTC) }, field: "startDate"},
		{name: "leaving year 2201", edit: func(p *talent.Person) { p.Status, p.LeftDate = talent.StatusLeft, day("2201-01-01") }, field: "leftDate"},
		{name: "unknown status", edit: func(p *talent.Person) { p.Status = "retired" }, field: "status"},
		{name: "unknown aspiration", edit: func(p *talent.Person) { p.Aspiration = "maybe" }, field: "aspiration"},
		{name: "unknown risk", edit: func(p *talent.Person) { p.RiskOfLeaving = "extreme" }, field: "riskOfLeaving"},
		{name: "unknown impact", edit: func(p *talent.Person) { p.ImpactOfLoss = "HIGH" }, field: "impactOfLoss"},
		{name: "unset choices", edit: func(p *talent.Person) { p.Aspiration, p.RiskOfLeaving, p.ImpactOfLoss = "", "", "" }},
		{name: "bad expertise", edit: func(p *talent.Person) { p.Expertise = []string{"CNC\x00"} }, field: "expertise"},
		{name: "notes at the limit with line breaks", edit: func(p *talent.Person) {
			p.Notes = "Línea uno\r\n\tdos " + strings.Repeat("ü", talent.MaxNoteLen-16)
		}},
		{name: "notes over the limit", edit: func(p *talent.Person) { p.Notes = strings.Repeat("ü", talent.MaxNoteLen+1) }, field: "notes"},
		{name: "retention note with control character", edit: func(p *talent.Person) { p.RetentionNote = "pay\x01rise" }, field: "retentionNote"},
	}
	for _, name := range unicodeNames {
		tests = append(tests, personCase{name: "accepts " + name, edit: func(p *talent.Person) { p.Name, p.Team, p.Notes = name, name, name }})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPerson()
			tt.edit(&p)
			p.Normalize()
			err := p.Validate()
			checkInvalid(t, err, tt.field)
			if err != nil && !strings.Contains(err.Error(), tt.inText) {
				t.Errorf("message %q does not contain %q", err, tt.inText)
			}
		})
	}
}

func TestPersonNormalize(t *testing.T) {
	p := talent.Person{
		Name: "  Дмитрий \t Иванов\n", JobTitle: " Head   of  sales ", Team: "\tEMEA ", Email: " d@example.com\n",
		StartDate: time.Date(2020, 2, 29, 18, 30, 0, 0, time.UTC),
		Expertise: []string{"Payroll", " payroll ", "", "  ", "CNC   line", "PAYROLL", "李 工艺", "Pâtisserie", "PATISSERIE"},
	}
	p.Normalize()
	if p.Name != "Дмитрий Иванов" || p.JobTitle != "Head of sales" || p.Team != "EMEA" || p.Email != "d@example.com" {
		t.Errorf("cleaned text = %q, %q, %q, %q", p.Name, p.JobTitle, p.Team, p.Email)
	}
	if p.Status != talent.StatusActive {
		t.Errorf("Status = %q, want %q", p.Status, talent.StatusActive)
	}
	if !p.StartDate.Equal(day("2020-02-29")) {
		t.Errorf("StartDate = %v, want 2020-02-29 at midnight", p.StartDate)
	}
	if want := []string{"Payroll", "CNC line", "李 工艺", "Pâtisserie"}; !reflect.DeepEqual(p.Expertise, want) {
		t.Errorf("Expertise = %q, want %q", p.Expertise, want)
	}
}

func TestCheckReportingLine(t *testing.T) {
	tests := []struct {
		name      string
		id, boss  int64
		managers  map[int64]int64
		wantError bool
	}{
		{"no manager", 1, 0, map[int64]int64{2: 1}, false},
		{"valid chain", 1, 2, map[int64]int64{2: 3, 3: 4, 4: 0}, false},
		{"manager not in the map", 1, 9, map[int64]int64{}, false},
		{"self", 1, 1, map[int64]int64{}, true},
		{"direct loop", 1, 2, map[int64]int64{2: 1}, true},
		{"long loop", 1, 2, map[int64]int64{2: 3, 3: 4, 4: 5, 5: 6, 6: 1}, true},
		{"own old manager ignored", 1, 2, map[int64]int64{1: 7, 2: 3, 3: 0}, false},
		{"loop above stops the walk", 1, 2, map[int64]int64{2: 3, 3: 2}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := talent.Person{ID: tt.id, Name: "Ελένη Παπαδοπούλου", ReportsTo: tt.boss}
			err := talent.CheckReportingLine(p, tt.managers)
			if tt.wantError {
				checkInvalid(t, err, "reportsTo")
				return
			}
			checkInvalid(t, err, "")
		})
	}
}

func TestTenureYears(t *testing.T) {
	tests := []struct {
		name              string
		start, left, asOf string
		want              int
	}{
		{"no start date", "", "", "2026-01-01", 0},
		{"day before the first anniversary", "2025-03-15", "", "2026-03-14", 0},
		{"first anniversary", "2025-03-15", "", "2026-03-15", 1},
		{"day before the 28th anniversary", "2000-03-01", "", "2028-02-29", 27},
		{"28th anniversary", "2000-03-01", "", "2028-03-01", 28},
		{"started on a leap day, next year", "2024-02-29", "", "2025-02-27", 0},
		{"started on a leap day, end of next February", "2024-02-29", "", "2025-02-28", 1},
		{"left: counts to the leaving date", "2010-06-01", "2015-05-31", "2026-01-01", 4},
		{"as of a date before the start", "2026-06-01", "", "2026-01-01", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := talent.Person{Status: talent.StatusActive}
			p.StartDate, _ = talent.ParseDate(tt.start)
			if tt.left != "" {
				p.Status, p.LeftDate = talent.StatusLeft, day(tt.left)
			}
			if got := p.TenureYears(day(tt.asOf)); got != tt.want {
				t.Errorf("TenureYears = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestPersonActive(t *testing.T) {
	for _, tt := range []struct {
		status talent.Status
		want   bool
	}{{talent.StatusActive, true}, {"", true}, {talent.StatusLeft, false}} {
		t.Run(string(tt.status), func(t *testing.T) {
			if got := (talent.Person{Status: tt.status}).Active(); got != tt.want {
				t.Errorf("Active() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestInReportingLoops checks the one-pass loop finder against CheckReportingLine, person
// by person, on random reporting lines with and without loops.
func TestInReportingLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 300 {
		n := 1 + rng.IntN(12)
		managers := map[int64]int64{}
		for id := int64(1); id <= int64(n); id++ {
			if m := rng.Int64N(int64(n) + 2); m <= int64(n) { // 0 (no manager) or someone
				managers[id] = m
			}
		}
		looped := talent.InReportingLoops(managers)
		for id := int64(1); id <= int64(n); id++ {
			p := talent.Person{ID: id, Name: "P", ReportsTo: managers[id]}
			want := talent.CheckReportingLine(p, managers) != nil
			if looped[id] != want {
				t.Fatalf("round %d: managers %v: person %d looped = %v, CheckReportingLine says %v", round, managers, id, looped[id], want)
			}
		}
	}
	t.Run("LongChain", func(t *testing.T) {
		managers := map[int64]int64{}
		for id := int64(2); id <= 10000; id++ {
			managers[id] = id - 1
		}
		if got := talent.InReportingLoops(managers); len(got) != 0 {
			t.Errorf("a chain without a loop has %d people in loops", len(got))
		}
		managers[1] = 10000
		if got := talent.InReportingLoops(managers); len(got) != 10000 {
			t.Errorf("a chain closed into one loop has %d people in loops, want 10000", len(got))
		}
	})
}

func TestPeopleByID(t *testing.T) {
	people := []talent.Person{{ID: 7, Name: "Zoë Ångström"}, {ID: 3, Name: "李小龍"}}
	got := talent.PeopleByID(people)
	if len(got) != 2 || got[7].Name != "Zoë Ångström" || got[3].Name != "李小龍" {
		t.Errorf("PeopleByID(%v) = %v", people, got)
	}
	if got := talent.PeopleByID(nil); got == nil || len(got) != 0 {
		t.Errorf("PeopleByID(nil) = %#v, want an empty map to add to", got)
	}
}
