package report

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

var highRiskRefs = regexp.MustCompile(`at high risk whom nobody is ready to replace: see (.*?)\.`)

// highRiskSections follows page 1's reference for the people at high risk of leaving
// whom nobody could replace, and returns the text of each section it names, from its
// heading to the next.
func highRiskSections(t *testing.T, r rendered) []string {
	t.Helper()
	m := highRiskRefs.FindStringSubmatch(r.pageText(1))
	if m == nil {
		t.Fatalf("page 1 refers nowhere for the people at high risk of leaving:\n%s", r.pageText(1))
	}
	refs := regexp.MustCompile(`section (\d+) on page (\d+)`).FindAllStringSubmatch(m[1], -1)
	if len(refs) == 0 {
		t.Fatalf("page 1 says %q, naming no section", m[0])
	}
	detail := strings.Join(strings.Fields(r.text(2, r.pages())), " ")
	var sections []string
	for _, ref := range refs {
		num, _ := strconv.Atoi(ref[1])
		page, _ := strconv.Atoi(ref[2])
		heading := ref[1] + " " + successionHeadings[num-1]
		if !strings.Contains(r.pageText(page), heading) {
			t.Errorf("page 1 says %q, but page %d does not start %q", ref[0], page, heading)
		}
		sections = append(sections, between(t, detail, heading, strconv.Itoa(num+1)+" "+successionHeadings[num]))
	}
	return sections
}

// Page 1 lists the people at high risk of leaving whom nobody is ready to replace, and
// points to the sections where each is found: the key roles for a role's holder, the
// exposure for the only holder of some expertise.
func TestSuccessionBrief_HighRiskRefersToWhereTheyAre(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	holder := talent.Person{Name: "Aino Väisänen", Status: talent.StatusActive, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelMedium}
	successor := talent.Person{Name: "李小龍", Status: talent.StatusActive}
	for _, p := range []*talent.Person{&holder, &successor} {
		must(t, "create person", db.CreatePerson(ctx, p))
	}
	role := talent.KeyRole{Title: "Head of billing", HolderID: holder.ID, WhyCritical: "Runs the monthly invoicing.",
		Successors: []talent.Successor{{PersonID: successor.ID, Readiness: talent.Ready1to2Years}}}
	must(t, "save key role", db.SaveKeyRole(ctx, &role))
	summary := func() rendered {
		t.Helper()
		s, err := LoadSuccession(ctx, db, made)
		must(t, "load succession", err)
		return renderSuccession(t, s, Options{Made: made})
	}

	r := summary()
	mustContain(t, r.pageText(1), "1 person at high risk whom nobody is ready to replace: see section 1 on page 2.")
	sections := highRiskSections(t, r)
	if len(sections) != 1 || !strings.HasPrefix(sections[0], "1 "+keyRolesSection) {
		t.Fatalf("the holder of a key role is referred to %q, want the key roles", sections)
	}
	mustContain(t, sections[0], "Head of billing", holder.Name)

	expert := talent.Person{Name: "Дмитрий Иванов", Status: talent.StatusActive, RiskOfLeaving: talent.LevelHigh,
		ImpactOfLoss: talent.LevelLow, Expertise: []string{"Payroll"}}
	must(t, "create expert", db.CreatePerson(ctx, &expert))
	r = summary()
	mustContain(t, r.pageText(1), "2 people at high risk whom nobody is ready to replace: see section 1 on page 2 and section 2 on page")
	sections = highRiskSections(t, r)
	if len(sections) != 2 {
		t.Fatalf("the holder of a key role and the only holder of some expertise are referred to %q, want two sections", sections)
	}
	mustContain(t, sections[0], "Head of billing", holder.Name)
	mustContain(t, sections[1], "Expertise only one person holds", "Payroll", expert.Name)
}
