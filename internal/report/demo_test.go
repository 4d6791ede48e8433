package report

import (
	"context"
	"testing"

	"leadbridge/internal/talent"
)

// TestDemoDocuments prints both documents for a generated sample business, as the app
// would: the summary, and a dozen plans in both copies.
func TestDemoDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a sample business")
	}
	ctx := context.Background()
	db := demoStore(t, 120)
	s, err := LoadSuccession(ctx, db, made)
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	r := renderSuccession(t, s, Options{Made: made})
	r.keep("demo-succession.pdf")
	text := r.flat()
	mustContain(t, text, successionHeadings...)
	for _, role := range s.Roles {
		mustContain(t, text, sanitize(talent.CleanName(role.Title)))
	}
	plans, err := db.PlanOutlines(ctx)
	if err != nil {
		t.Fatalf("Plans: %v", err)
	}
	for i, p := range plans[:min(len(plans), 12)] {
		d, err := LoadPlan(ctx, db, p.PersonID, made)
		if err != nil {
			t.Fatalf("LoadPlan(%d): %v", p.PersonID, err)
		}
		c := Copy(i % 2)
		r := renderPlan(t, d, Options{Made: made, Copy: c})
		if i == 0 {
			r.keep("demo-plan.pdf")
		}
		text := r.flat()
		mustContain(t, text, sanitize(d.Person.Name), "Notes from this meeting")
		if c == Mentor && d.Person.RetentionNote != "" {
			mustNotContain(t, text, "Retention note", sanitize(d.Person.RetentionNote))
		}
		for _, g := range p.Goals {
			title := []rune(sanitize(g.Title))
			mustContain(t, text, string(title[:min(len(title), 20)]))
		}
	}
}
