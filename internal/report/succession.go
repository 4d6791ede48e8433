package report

import (
	"fmt"
	"io"
	"sort"

	"time"

	"leadbridge/internal/talent"
)

// SuccessionDoc is everything the succession summary prints about the business.
type SuccessionDoc struct {
	Overview talent.Overview
	People   map[int64]talent.Person // everyone the overview and roles refer to, by ID
	Roles    []talent.KeyRole        // every key role with its successors
	Boxes    map[talent.Box]talent.BoxLabel
	From, To time.Time // the period training and mentoring are counted over
	// BenchHistory holds the bench strength recorded before To, oldest first; it may be
	// empty.
	BenchHistory []talent.BenchPoint
	Activity     map[int64]Activity // development in the period, by person
	// Standard names the competencies of the successors' gaps.
	Standard talent.Standard
	// Candidates holds the derived potential of everyone nominated as a successor, by
	// person, for their largest gaps.
	Candidates map[int64]talent.PotentialResult
	// Teams holds, by person, what the team of each person who leads one sees against
	// what their manager sees, for those whose team's figure the anonymity rules show.
	Teams map[int64]talent.TeamView
}

// Activity is one person's development in the period.
type Activity struct {
	TrainingHours     float64 // hours of training completed
	TrainingCompleted int     // training entries completed
	Meetings          int     // mentoring meetings held as mentee
}

// WriteSuccession prints the succession summary for the owner.
func WriteSuccession(w io.Writer, s SuccessionDoc, o Options) error {
	d := newDoc(o, "Succession summary", "Succession summary", "Owner only")
	d.holds(s)
	sw := successionWriter{doc: d, s: s, asOf: talent.Day(s.Overview.AsOf)}
	if sw.asOf.IsZero() {
		sw.asOf = d.made
	}
	sw.brief()
	sw.keyRoles()
	sw.exposure()
	namesFit := sw.nineBox()
	sw.stalled()
	sw.activity()
	sw.teams()
	d.appendices()
	sw.rolesInFull()
	sw.highRiskByTeam()
	sw.stalledPlans()
	if !namesFit {
		sw.boxNames()
	}
	sw.needingAssessment()
	sw.pairsList()
	sw.activityByTeam()
	return d.finish(w)
}

// successionWriter writes the sections of one succession summary.
type successionWriter struct {
	*doc
	s    SuccessionDoc
	asOf time.Time
}

// name returns a person's name, marking people who have left.
func (w *successionWriter) name(id int64) string {
	p, ok := w.s.People[id]
	switch {
	case !ok:
		return "Someone no longer on file"
	case !p.Active():
		return p.Name + " (left)"
	}
	return p.Name
}

// byName sorts people IDs by name, in the order names take everywhere
// (talent.CompareNames), then by ID.
func (w *successionWriter) byName(ids []int64) []int64 {
	out := append([]int64(nil), ids...)
	sort.SliceStable(out, func(i, j int) bool {
		if c := talent.CompareNames(w.s.People[out[i]].Name, w.s.People[out[j]].Name); c != 0 {
			return c < 0
		}
		return out[i] < out[j]
	})
	return out
}

// benchFigure is the bench strength panel. With no key roles there is no share to
// give: a 0% would read as a business with no cover rather than one with no roles named.
func (w *successionWriter) benchFigure() figure {
	b := w.s.Overview.Bench
	if b.Roles == 0 {
		return figure{"—", "Bench strength", "no key roles recorded yet"}
	}
	return figure{fmt.Sprintf("%d%%", b.Percent()), "Bench strength", fmt.Sprintf("%d of %d key roles have a successor ready now", b.Covered, b.Roles)}
}

// benchChange says how bench strength moved since the last summary, from the figure
// recorded on the last day one was made.
func (w *successionWriter) benchChange() string {
	now := w.s.Overview.Bench
	h := w.s.BenchHistory
	if now.Roles == 0 {
		return "No key roles are recorded yet, so bench strength cannot be measured. List the roles the business depends on in Succession, then nominate successors for each with their readiness."
	}
	if len(h) == 0 {
		return fmt.Sprintf("Bench strength is %d%% today. This is the first figure recorded; the next summary will show the change since today.", now.Percent())
	}
	last := h[len(h)-1]
	diff := now.Percent() - last.Bench.Percent()
	change := "unchanged"
	switch {
	case diff > 0:
		change = fmt.Sprintf("up %d %s", diff, talent.Plural(diff, "point", "points"))
	case diff < 0:
		change = fmt.Sprintf("down %d %s", -diff, talent.Plural(-diff, "point", "points"))
	}
	return fmt.Sprintf("Bench strength is %d%% today, %s since the last summary on %s (%d%%, %d of %d key roles covered).",
		now.Percent(), change, talent.FormatDate(last.Date), last.Bench.Percent(), last.Bench.Covered, last.Bench.Roles)
}

func (w *successionWriter) holder(r talent.KeyRole) string {
	if r.HolderID == 0 {
		return "Vacant"
	}
	return w.name(r.HolderID)
}
