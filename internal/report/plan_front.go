package report

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// How many items each list of the front sheet shows, so that it fits page 1 on Letter;
// a longer list says how many more there are and where they are.
const (
	frontPriorities = 2
	frontItems      = 5
)

// dated is something on the plan with a date: an action, a goal or a check-point.
type dated struct {
	text string
	due  time.Time
}

// frontSheet writes page 1, the sheet for the next meeting: its date, the one or two
// priorities, what was agreed last time and whether it happened, what is overdue and
// what falls due before the meeting, and the next check-point. The chart and the full
// history start on page 2.
func (w *planWriter) frontSheet() {
	next := time.Time{}
	if w.p.Pair != nil {
		next = nextMeeting(*w.p.Pair)
	}
	w.subheading("For the next meeting")
	if next.IsZero() {
		w.paragraph("No next meeting set: agree the date before you part, and how often you will meet.")
	} else {
		w.font("B", sizeBody, inkColour)
		w.paragraphLines(fmt.Sprintf("Next meeting %s, %s", talent.FormatDate(next), inDays(talent.DaysBetween(w.made, next))), w.left, w.width, sizeBody, 1)
		w.space(1.5)
	}
	w.priorities()
	w.agreedLastTime()
	overdue, soon := w.dueItems(next)
	w.subheading("Overdue")
	if len(overdue) == 0 {
		w.hint("Nothing is overdue.")
	} else {
		w.itemList(overdue, "⚠ ", "B")
	}
	w.subheading("Due before the next meeting")
	if len(soon) == 0 {
		w.hint("Nothing else falls due before the next meeting.")
	} else {
		w.itemList(soon, "", "")
	}
	w.nextCheckpoint()
	w.pageBreak()
}

// inDays says how far off a day is.
func inDays(n int) string {
	switch {
	case n == 0:
		return "today"
	case n < 0:
		return fmt.Sprintf("%d %s ago: set a new date", -n, talent.Plural(-n, "day", "days"))
	}
	return fmt.Sprintf("in %d %s", n, talent.Plural(n, "day", "days"))
}

// priorities names the open goals due first, with the next step on each.
func (w *planWriter) priorities() {
	w.subheading("Priorities")
	var open []talent.Goal
	if w.p.Plan != nil {
		for _, g := range activeFirst(w.p.Plan.Goals) {
			if g.Status.Open() {
				open = append(open, g)
			}
		}
	}
	if len(open) == 0 {
		w.hint("No goals yet: agree one or two, each tied to a competency with a due date.")
		return
	}
	var items []string
	for _, g := range open[:min(len(open), frontPriorities)] {
		item := fmt.Sprintf("%s (due %s, %s %d%%)", g.Title, orDefault(talent.FormatDate(g.Due), "not set"), strings.ToLower(g.Status.Label()), g.Progress)
		for _, a := range g.Actions {
			if !a.Done {
				item += ". Next step: " + a.Text
				break
			}
		}
		items = append(items, item)
	}
	w.bullets(items)
}

// agreedLastTime quotes what the last meeting agreed, with what the records show
// happened since and boxes to tick at the meeting: the agreement is free text, so only
// the two of them can say whether it was done.
func (w *planWriter) agreedLastTime() {
	var last *talent.Meeting
	if w.p.Pair != nil {
		for i, m := range w.p.Pair.Meetings {
			if last == nil || m.Date.After(last.Date) {
				last = &w.p.Pair.Meetings[i]
			}
		}
	}
	if last == nil {
		w.subheading("Agreed at the last meeting")
		w.hint("No meeting recorded yet.")
		return
	}
	w.subheading("Agreed at the last meeting, " + talent.FormatDate(last.Date))
	w.paragraph(orDefault(last.AgreedActions, "Nothing was recorded as agreed."))
	notes, moments := 0, 0
	if w.p.Plan != nil {
		for _, g := range w.p.Plan.Goals {
			for _, n := range g.Notes {
				if n.Date.After(last.Date) {
					notes++
				}
			}
		}
	}
	for _, m := range w.p.Moments {
		if m.Date.After(last.Date) {
			moments++
		}
	}
	since := "Nothing recorded since then."
	if notes+moments > 0 {
		since = fmt.Sprintf("Since then: %d progress %s and %d leadership %s recorded.", notes, talent.Plural(notes, "note", "notes"),
			moments, talent.Plural(moments, "moment", "moments"))
	}
	w.paragraph(since + "   Did it happen?   ☐ Yes   ☐ Partly   ☐ No")
}

// dueItems sorts the open actions, goals and check-points with a due date into those
// overdue and those due by the next meeting (or in the next four weeks when no meeting
// is set), each by date.
func (w *planWriter) dueItems(next time.Time) (overdue, soon []dated) {
	if next.IsZero() {
		next = w.made.AddDate(0, 0, 28)
	}
	add := func(d dated) {
		switch {
		case d.due.IsZero():
		case d.due.Before(w.made):
			overdue = append(overdue, d)
		case !d.due.After(next):
			soon = append(soon, d)
		}
	}
	if pl := w.p.Plan; pl != nil {
		for _, g := range pl.Goals {
			if !g.Status.Open() {
				continue
			}
			add(dated{"Goal: " + g.Title, g.Due})
			for _, a := range g.Actions {
				if !a.Done {
					add(dated{a.Text, a.Due})
				}
			}
		}
		for _, m := range pl.Milestones {
			if !m.Done {
				add(dated{m.Label + " check-point", m.Due})
			}
		}
	}
	for _, list := range [][]dated{overdue, soon} {
		sort.SliceStable(list, func(i, j int) bool { return list[i].due.Before(list[j].due) })
	}
	return overdue, soon
}

// itemList writes dated items, the first frontItems of them, each with its due date.
func (w *planWriter) itemList(items []dated, mark, style string) {
	for _, it := range items[:min(len(items), frontItems)] {
		w.font(style, sizeBody, inkColour)
		w.paragraphLines(fmt.Sprintf("%s%s, due %s", mark, it.text, talent.FormatDate(it.due)), w.left+2, w.width-2, sizeBody, 2)
	}
	if more := len(items) - frontItems; more > 0 {
		w.noteRef(fmt.Sprintf("And %d more:", more), goalsSection)
	} else {
		w.space(1.5)
	}
}

// nextCheckpoint names the first transition check-point still to come, and the
// promotion its date counts from; those already past are under Overdue.
func (w *planWriter) nextCheckpoint() {
	w.subheading("Next check-point")
	var next *talent.Milestone
	open := false
	if w.p.Plan != nil {
		for i, m := range w.p.Plan.Milestones {
			open = open || !m.Done
			if !m.Done && !m.Overdue(w.made) && (next == nil || m.Due.Before(next.Due)) {
				next = &w.p.Plan.Milestones[i]
			}
		}
	}
	switch {
	case next == nil && open:
		w.hint("Every open check-point is overdue: see Overdue above.")
		return
	case next == nil:
		w.hint("No check-point open: they are set " + talent.MilestoneSchedule() + " after a promotion, when it is recorded.")
		return
	case w.p.Promotion != nil:
		w.paragraph(fmt.Sprintf("%s, due %s, counted from the promotion to %s on %s. %s", next.Label, talent.FormatDate(next.Due),
			w.p.Promotion.Role, talent.FormatDate(w.p.Promotion.PromotionDate), next.Focus))
	default:
		w.paragraph(fmt.Sprintf("%s, due %s, counted from the promotion. %s", next.Label, talent.FormatDate(next.Due), next.Focus))
	}
}
