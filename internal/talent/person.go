package talent

import (
	"net/mail"
	"strings"
	"time"
)

// Person is someone who works, or worked, for the business.
type Person struct {
	ID        int64
	Name      string
	JobTitle  string
	Team      string
	ReportsTo int64 // 0 when the person reports to nobody
	StartDate time.Time
	Status    Status
	LeftDate  time.Time // set when Status is StatusLeft
	Email     string
	// Expertise lists the critical know-how this person holds ("payroll", "the CNC
	// line"), used to find knowledge that only one person has.
	Expertise  []string
	Aspiration Aspiration
	Notes      string

	// Owner-only fields: never printed on a mentor's copy.
	RiskOfLeaving Level
	ImpactOfLoss  Level
	RetentionNote string

	Meta
}

// Active reports whether the person still works for the business.
func (p Person) Active() bool { return p.Status != StatusLeft }

// Listing is what a list of people shows of each: who they are, their job and team, and
// whether they still work for the business. The rest of a record, held for ten thousand
// people, would take megabytes that a list never shows.
type Listing struct {
	ID                   int64
	Name, JobTitle, Team string
	Status               Status
}

// Active reports whether the person still works for the business.
func (l Listing) Active() bool { return l.Status != StatusLeft }

// PeopleByID indexes people by their ID.
func PeopleByID(people []Person) map[int64]Person {
	out := make(map[int64]Person, len(people))
	for _, p := range people {
		out[p.ID] = p
	}
	return out
}

// Normalize tidies user input before validation: trims names and drops empty expertise.
func (p *Person) Normalize() {
	p.Name = CleanName(p.Name)
	p.JobTitle = CleanLines(p.JobTitle)
	p.Team = CleanName(p.Team)
	p.Email = strings.TrimSpace(p.Email)
	p.StartDate, p.LeftDate = Day(p.StartDate), Day(p.LeftDate)
	if p.Status == "" {
		p.Status = StatusActive
	}
	var exp []string
	seen := map[string]bool{}
	for _, e := range p.Expertise {
		e = CleanName(e)
		if k := FoldKey(e); e != "" && !seen[k] {
			seen[k] = true
			exp = append(exp, e)
		}
	}
	p.Expertise = exp
}

// Validate checks a person's own fields. Reporting loops need the other people too:
// see CheckReportingLine.
func (p *Person) Validate() error {
	if err := checkName("name", "Name", &p.Name); err != nil {
		return err
	}
	for _, f := range []struct {
		field, label string
		v            *string
	}{
		{"jobTitle", "Job title", &p.JobTitle},
		{"team", "Team", &p.Team},
	} {
		if err := checkText(f.field, f.label, f.v, MaxNameLen); err != nil {
			return err
		}
	}
	if p.ReportsTo != 0 && p.ReportsTo == p.ID {
		return Invalid("reportsTo", "%s cannot report to themselves.", p.Name)
	}
	if err := p.validateDates(); err != nil {
		return err
	}
	if p.Email != "" {
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email {
			return Invalid("email", "%q is not an email address.", p.Email)
		}
	}
	for i := range p.Expertise {
		if err := checkText("expertise", "Expertise", &p.Expertise[i], MaxNameLen); err != nil {
			return err
		}
	}
	return p.validateChoices()
}

func (p *Person) validateDates() error {
	if err := checkDate("startDate", "Start date", p.StartDate); err != nil {
		return err
	}
	if err := checkDate("leftDate", "Leaving date", p.LeftDate); err != nil {
		return err
	}
	switch {
	case !p.Status.Valid():
		return Invalid("status", "Status must be active or left.")
	case p.Status == StatusLeft && p.LeftDate.IsZero():
		return Invalid("leftDate", "Enter the date %s left.", p.Name)
	case p.Status == StatusActive && !p.LeftDate.IsZero():
		return Invalid("leftDate", "A leaving date is set but %s is marked active.", p.Name)
	}
	return checkOrder("leftDate", "Leaving date", "start date", p.StartDate, p.LeftDate)
}

func (p *Person) validateChoices() error {
	switch {
	case !p.Aspiration.Valid():
		return Invalid("aspiration", "Aspiration must be yes, unsure or no.")
	case !p.RiskOfLeaving.Valid():
		return Invalid("riskOfLeaving", "Risk of leaving must be low, medium or high.")
	case !p.ImpactOfLoss.Valid():
		return Invalid("impactOfLoss", "Impact of loss must be low, medium or high.")
	}
	if err := checkText("notes", "Notes", &p.Notes, MaxNoteLen); err != nil {
		return err
	}
	return checkText("retentionNote", "Retention note", &p.RetentionNote, MaxNoteLen)
}

// CheckReportingLine rejects a manager choice that would make p report to themselves,
// directly or through others. managers maps each person's ID to their manager's ID.
func CheckReportingLine(p Person, managers map[int64]int64) error {
	seen := map[int64]bool{p.ID: true}
	for m := p.ReportsTo; m != 0; m = managers[m] {
		if seen[m] {
			return ReportingLoop(p.Name)
		}
		seen[m] = true
	}
	return nil
}

// ReportingLoop is the error for a person whose reporting line would run in a loop.
func ReportingLoop(name string) error {
	return Invalid("reportsTo", "%s cannot report to this person: it would make a loop in the reporting lines.", name)
}

// InReportingLoops returns the people whose reporting line runs into a loop, given each
// person's manager (0 for none). It visits each person once, so a file of 10,000 people
// in one long chain is checked as fast as a flat one.
func InReportingLoops(managers map[int64]int64) map[int64]bool {
	const (
		walking = iota + 1 // on the line being followed now
		clear              // the line ends at someone with no manager
		looped             // the line runs into a loop
	)
	state := make(map[int64]int, len(managers))
	for start := range managers {
		var line []int64
		id := start
		for id != 0 && state[id] == 0 {
			state[id] = walking
			line = append(line, id)
			id = managers[id]
		}
		end := clear
		if id != 0 && state[id] != clear {
			end = looped // back to someone on this line, or into a known loop
		}
		for _, p := range line {
			state[p] = end
		}
	}
	out := map[int64]bool{}
	for id, s := range state {
		if s == looped {
			out[id] = true
		}
	}
	return out
}

// TenureYears is the whole years from start to asOf. It is shown, labelled as not a
// criterion, and never enters potential.
func (p Person) TenureYears(asOf time.Time) int {
	if p.StartDate.IsZero() {
		return 0
	}
	start, end := Day(p.StartDate), Day(asOf)
	if !p.Active() && !p.LeftDate.IsZero() {
		end = Day(p.LeftDate)
	}
	years := end.Year() - start.Year()
	if AddMonths(start, 12*years).After(end) {
		years--
	}
	return max(years, 0)
}
