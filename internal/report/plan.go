package report

import (
	"fmt"
	"io"
	"time"

	"leadbridge/internal/talent"
)

// PlanDoc is everything a development plan prints about one person.
type PlanDoc struct {
	Person  talent.Person
	Manager string       // the name of the person they report to; "" when none
	Plan    *talent.Plan // nil when the person has no plan yet
	// Standard names the competencies that goals, training and ratings refer to.
	Standard talent.Standard
	// Latest and Previous are the two most recent completed assessments by someone
	// other than the person, for the competency profile; nil when there are fewer.
	Latest, Previous *talent.Assessment
	Potential        talent.PotentialResult
	// SelfGaps sets the person's latest self-rating against others' ratings, by
	// competency; nil without a self-assessment or one by someone else.
	SelfGaps []talent.SelfGap
	// Views is how each group sees the person, as the anonymity rules allow: the one
	// source of their team's figure (see teamView).
	Views talent.Views
	// Box is the person's 9-box placement, for the owner copy; its Name is "" when
	// they are not placed.
	Box    talent.BoxLabel
	Mentor *talent.Person // nil when there is no active mentoring pair
	Pair   *talent.Pair   // the active pair where the person is mentee, with its meetings
	// Promotion is the latest decision to promote the person, which their transition
	// check-points count from; nil when there is none.
	Promotion   *talent.Decision
	Training    []talent.Training
	Nominations []Nomination    // the key roles the person is a successor for
	Moments     []talent.Moment // recent leadership moments, newest first
	// Derailers holds the evidence on each derailer the latest assessment flags or a
	// leadership moment is about, most worrying first.
	Derailers []DerailerEvidence
	// People holds the other people the records refer to (raters, observers, role
	// holders), by ID.
	People map[int64]talent.Person
	// assessments holds every assessment of the person while the plan is loaded.
	assessments []talent.Assessment
}

// Nomination is a key role the person is nominated to step into.
type Nomination struct {
	Role      string
	Holder    string // "" when the role is vacant
	Readiness talent.Readiness
	Note      string
	holderID  int64 // whose name Holder is, while the plan is loaded
}

// WritePlan prints a development plan. The mentor copy leaves out every owner-only
// field; the owner copy adds them.
func WritePlan(w io.Writer, p PlanDoc, o Options) error {
	name := talent.CleanName(p.Person.Name)
	copyName := "Mentor copy"
	if o.Copy == Owner {
		copyName = "Owner copy"
	}
	d := newDoc(o, "Development plan: "+name, "Development plan · "+name, copyName)
	d.holds(p)
	if o.Copy == Owner {
		d.notice = ownerNotice
	}
	pw := planWriter{doc: d, p: p, name: name, made: d.made}
	pw.intro(copyName)
	if p.blank() {
		pw.worksheet()
		if o.Copy == Owner {
			pw.owner()
		}
		return d.finish(w)
	}
	pw.frontSheet()
	if o.Copy == Owner {
		pw.owner()
	}
	pw.profile()
	pw.strengths()
	pw.teamView()
	pw.derailers()
	pw.goals()
	pw.training()
	pw.mentoring()
	pw.milestones()
	pw.moments()
	pw.notes()
	return d.finish(w)
}

// ownerNotice is the footer of every page of the owner copy.
const ownerNotice = "Confidential · Owner copy"

// planWriter writes the sections of one development plan.
type planWriter struct {
	*doc
	p    PlanDoc
	name string
	made time.Time
}

func (w *planWriter) intro(copyName string) {
	per := w.p.Person
	w.titleBlock("Development plan", copyName, w.name, joinNonEmpty(" · ", per.JobTitle, per.Team))
	target, phase, start, review := "Not set yet", "Not set yet", "Not set yet", "Not set yet"
	if pl := w.p.Plan; pl != nil {
		target = orDefault(pl.TargetRole, "Not set yet")
		phase = orDefault(pl.Phase.Label(), phase)
		start = orDefault(talent.FormatDate(pl.Start), start)
		review = orDefault(talent.FormatDate(pl.Review), "No date set")
	}
	mentor := orDefault(w.mentorName(), "No mentor yet")
	w.facts([]field{
		{"Target role", target}, {"Phase", phase},
		{"Mentor", mentor}, {"Manager", orDefault(w.p.Manager, "Reports to nobody")},
		{"Plan started", start}, {"Next review", review},
		{"Aspiration", per.Aspiration.Label()}, {"Last assessed", w.assessmentLine(w.p.Latest)},
	})
}

// assessmentLine describes an assessment by date and rater.
func (w *planWriter) assessmentLine(a *talent.Assessment) string {
	if a == nil {
		return "None completed yet"
	}
	return fmt.Sprintf("%s by %s (%s)", talent.FormatDate(a.Date), w.nameOf(a.RaterID, a.RaterName), a.Relationship.Label())
}

// nameOf returns a person's name from the doc's names, or fallback.
func (w *planWriter) nameOf(id int64, fallback string) string {
	if n := w.p.People[id].Name; id != 0 && n != "" {
		return n
	}
	if m := w.p.Mentor; m != nil && id != 0 && id == m.ID {
		return m.Name
	}
	return orDefault(fallback, "Someone not on file")
}

// mentorName names the mentee's current mentor: from their record, or as the pair names
// them when they are not on file (someone from outside, or a former staff member); "" when
// there is no mentor.
func (w *planWriter) mentorName() string {
	switch {
	case w.p.Mentor != nil:
		return w.p.Mentor.Name
	case w.p.Pair != nil:
		return w.p.Pair.MentorName
	}
	return ""
}

// pairSignOff is the foot of a page the mentee and mentor fill in together: a line for
// each to sign, under their names, and one for the date.
func (w *planWriter) pairSignOff() {
	mentor := "Mentor"
	if name := w.mentorName(); name != "" {
		mentor += ": " + name
	}
	w.signOff("Mentee: "+w.name, mentor, "Date")
}

// competencyName returns the name of a competency of the standard.
func (w *planWriter) competencyName(id int64) string {
	if c, ok := w.p.Standard.Competency(id); ok {
		return c.Name
	}
	return "No single competency"
}
