package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// Limits and default for the size of the sample business.
const (
	DefaultPeople = 40
	MinPeople     = 5
	MaxPeople     = 20000
)

// Options sets up the sample business.
type Options struct {
	// People is how many people the business has had, including a few who left; 0 means
	// DefaultPeople.
	People int
	// Today is the day the business is generated as of; the zero time means today.
	Today time.Time
}

// Summary counts what Generate created, per record kind.
type Summary struct {
	People      int // active and left
	Left        int
	Assessments int
	KeyRoles    int
	Successors  int
	Plans       int
	Goals       int
	Milestones  int
	Pairs       int
	Meetings    int
	Training    int
	Moments     int
	Decisions   int
}

// String describes the summary in a sentence for the person who asked for the demo.
func (s Summary) String() string {
	parts := []string{
		fmt.Sprintf("%d people (%d of them left)", s.People, s.Left),
		fmt.Sprintf("%d assessments", s.Assessments),
		fmt.Sprintf("%d key roles with %d successors", s.KeyRoles, s.Successors),
		fmt.Sprintf("%d development plans with %d goals and %d milestones", s.Plans, s.Goals, s.Milestones),
		fmt.Sprintf("%d mentoring pairs with %d meetings", s.Pairs, s.Meetings),
		fmt.Sprintf("%d training entries", s.Training),
		fmt.Sprintf("%d leadership moments", s.Moments),
		fmt.Sprintf("%d promotion decisions", s.Decisions),
	}
	return "Created a sample business: " + strings.Join(parts, ", ") + "."
}

// Generate fills an empty data file with a sample business of opt.People people: a
// hierarchy of teams, two years of assessments, key roles and successors, development
// plans, a recent first-time manager promotion (with what their team sees, from rating
// packs), mentoring, training and leadership moments. The same People and Today always give the same business. Callers that want
// it fast and all-or-nothing run it inside one transaction.
func Generate(ctx context.Context, svc talent.Services, opt Options) (Summary, error) {
	opt, err := opt.normalize()
	if err != nil {
		return Summary{}, err
	}
	g, err := newGenerator(ctx, svc, opt)
	if err != nil {
		return Summary{}, err
	}
	g.planOrg()
	steps := []func(context.Context) error{
		g.createPeople,
		g.writeAssessments,
		g.writeKeyRoles,
		g.writePlans,
		g.writePairs,
		g.writeTraining,
		g.writeMoments,
		g.writeRatingPacks, // last: its random draws leave the rest of the business as it was
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return Summary{}, err
		}
	}
	return g.sum, nil
}

// CheckPeople refuses a size of sample business the generator does not make.
func CheckPeople(n int) error {
	if n < MinPeople || n > MaxPeople {
		return talent.Invalid("people", "A sample business has between %d and %d people; %d is not possible.", MinPeople, MaxPeople, n)
	}
	return nil
}

func (o Options) normalize() (Options, error) {
	if o.People == 0 {
		o.People = DefaultPeople
	}
	if err := CheckPeople(o.People); err != nil {
		return o, err
	}
	if o.Today.IsZero() {
		o.Today = time.Now()
	}
	o.Today = talent.Day(o.Today)
	return o, nil
}

// generator holds the business while it is planned in memory and written out.
type generator struct {
	svc   talent.Services
	rng   *rand.Rand
	today time.Time
	n     int
	std   talent.Standard
	keys  []string // the text bank key of each competency, in standard order

	owner   *member
	members []*member // in the order they are created: managers before their reports
	teams   []*team
	heads   []*member // site managers, when the business has several sites
	names   map[string]bool
	emails  map[string]bool

	roles      []plannedRole
	candidates []*member // people with a development plan
	pairs      []*plannedPair
	goalCount  int
	meetsToday bool           // a pair's next meeting is today
	behaviours []behaviourRef // every behaviour of the standard, in order
	sum        Summary
}

func newGenerator(ctx context.Context, svc talent.Services, opt Options) (*generator, error) {
	people, err := svc.People(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: list people: %w", err)
	}
	if len(people) > 0 {
		return nil, talent.Errorf(talent.ECONFLICT, "The sample business can only be created in an empty data file, and this one already holds %d people. Choose a new file for the sample.", len(people))
	}
	std, err := svc.Standard(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: read standard: %w", err)
	}
	if std.BehaviourCount() == 0 {
		return nil, talent.Errorf(talent.EINVALID, "The leadership standard has no behaviours, so there is nothing to assess people against. Add competencies first.")
	}
	g := &generator{
		svc:    svc,
		rng:    rand.New(rand.NewPCG(uint64(opt.People), 0x1eadb41d6e)),
		today:  opt.Today,
		n:      opt.People,
		std:    std,
		names:  map[string]bool{},
		emails: map[string]bool{},
	}
	for ci, c := range std.Competencies {
		g.keys = append(g.keys, bankKey(c.Key))
		for pos, b := range c.Behaviours {
			g.behaviours = append(g.behaviours, behaviourRef{id: b.ID, comp: ci, pos: pos})
		}
	}
	return g, nil
}

// between returns a whole number from lo to hi inclusive.
func (g *generator) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// daysAgo returns the date a random number of days from lo to hi before today.
func (g *generator) daysAgo(lo, hi int) time.Time {
	return g.today.AddDate(0, 0, -g.between(lo, hi))
}

// pick returns a random element of a non-empty list.
func pick[T any](g *generator, list []T) T { return list[g.rng.IntN(len(list))] }

// shuffled returns a shuffled copy of list.
func shuffled[T any](g *generator, list []T) []T {
	out := append([]T(nil), list...)
	g.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// fill replaces {placeholders} in a text template.
func fill(tmpl string, vars ...string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	return strings.NewReplacer(vars...).Replace(tmpl)
}

// later returns the later of two dates.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
