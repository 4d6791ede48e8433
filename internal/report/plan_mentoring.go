package report

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// recentMeetings is how many past meetings the plan prints; the rest stay in the app.
const recentMeetings = 6

// nextMeetings is how many coming meeting dates the plan suggests.
const nextMeetings = 3

func (w *planWriter) mentoring() {
	w.heading("Mentoring")
	pair := w.p.Pair
	if pair == nil {
		w.hint(fmt.Sprintf("No active mentoring pair: choose a mentor for %s and agree how often, how and for how long you will meet.", w.name))
		return
	}
	w.subheading("The agreement")
	a := pair.Agreement
	w.facts([]field{
		{"Mentor", w.nameOf(pair.MentorID, pair.MentorName)}, {"Status", pair.Status.Label()},
		{"Started", talent.FormatDate(pair.Start)}, {"Planned end", orDefault(talent.FormatDate(pair.PlannedEnd), "Not set")},
		{"Meeting", meetingRhythm(a)},
	})
	w.wideFact(field{"Focus", w.focusNames(pair.Focus)})
	if a.Confidentiality != "" {
		w.font("", sizeTable, mutedColour)
		w.paragraphLines("Confidentiality: "+a.Confidentiality, w.left, w.width, sizeTable, 6)
		w.space(1.5)
	}
	if len(a.Goals) > 0 {
		w.subheading("Goals of the mentoring")
		w.bullets(a.Goals)
	}
	w.recentMeetings(*pair)
	w.nextMeetingDates(*pair)
}

// meetingRhythm describes how often, how and for how long the pair meets.
func meetingRhythm(a talent.Agreement) string {
	var parts []string
	if a.EveryDays > 0 {
		parts = append(parts, fmt.Sprintf("every %d days", a.EveryDays))
	}
	if a.Format != "" {
		parts = append(parts, a.Format)
	}
	if a.MinutesEach > 0 {
		parts = append(parts, fmt.Sprintf("%d minutes", a.MinutesEach))
	}
	if len(parts) == 0 {
		return "Not agreed yet"
	}
	// A middle dot, not a comma: the format is free text that may hold commas itself.
	s := strings.Join(parts, " · ")
	first, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(first)) + s[n:]
}

func (w *planWriter) focusNames(ids []int64) string {
	var names []string
	for _, id := range ids {
		names = append(names, w.competencyName(id))
	}
	return orDefault(strings.Join(names, "; "), "Not chosen yet")
}

func (w *planWriter) recentMeetings(pair talent.Pair) {
	w.subheading("Recent meetings")
	ms := append([]talent.Meeting(nil), pair.Meetings...)
	if len(ms) == 0 {
		w.hint("No meetings recorded yet: hold the first one soon and note what you agree.")
		return
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Date.After(ms[j].Date) })
	if len(ms) > recentMeetings {
		w.hint(fmt.Sprintf("The %d most recent of %d meetings; the others are in Leadbridge.", recentMeetings, len(ms)))
		ms = ms[:recentMeetings]
	}
	t := table{cols: []column{
		{title: "Date", share: 0.14, align: "L", bold: true},
		{title: "Minutes", share: 0.1, align: "R"},
		{title: "Topics", share: 0.36, align: "L"},
		{title: "Agreed actions", share: 0.4, align: "L"},
	}, maxLines: 5}
	for _, m := range ms {
		t.rows = append(t.rows, []string{talent.FormatDate(m.Date), minutes(m.Minutes), m.Topics, orDefault(m.AgreedActions, "None recorded")})
	}
	w.table(t)
}

func minutes(n int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprint(n)
}

// nextMeetingDates prints the date set at the last meeting and the ones after it at the
// agreed rhythm.
func (w *planWriter) nextMeetingDates(pair talent.Pair) {
	w.subheading("Next meetings")
	next, every := nextMeeting(pair), pair.Agreement.EveryDays
	if next.IsZero() {
		w.hint("No next meeting set: agree the date before you part, and how often you will meet.")
		return
	}
	dates := []string{talent.FormatDate(next)}
	for i := 1; i < nextMeetings && every > 0; i++ {
		dates = append(dates, talent.FormatDate(next.AddDate(0, 0, i*every)))
	}
	w.paragraph(strings.Join(dates, "   ·   "))
}

// nextMeeting is the date set at the last meeting, or the agreed rhythm's next date
// after it; zero when neither is known.
func nextMeeting(pair talent.Pair) time.Time {
	next := time.Time{}
	for _, m := range pair.Meetings {
		if m.NextDate.After(next) {
			next = m.NextDate
		}
	}
	if every := pair.Agreement.EveryDays; next.IsZero() && every > 0 {
		next = talent.Day(pair.LastMet()).AddDate(0, 0, every)
	}
	return next
}

func (w *planWriter) milestones() {
	w.heading("Transition milestones")
	if w.p.Plan == nil || len(w.p.Plan.Milestones) == 0 {
		w.hint("No transition milestones yet: the check-points " + talent.MilestoneSchedule() + " are added when a promotion is recorded.")
		return
	}
	t := table{cols: []column{
		{title: "Check-point", share: 0.15, align: "L", bold: true},
		{title: "Due", share: 0.13, align: "L"},
		{title: "Focus", share: 0.52, align: "L"},
		{title: "Status", share: 0.2, align: "L"},
	}, maxLines: 8}
	for _, m := range w.p.Plan.Milestones {
		focus := m.Focus
		if m.Notes != "" {
			focus += "\nNotes: " + m.Notes
		}
		t.rows = append(t.rows, []string{m.Label, talent.FormatDate(m.Due), focus, w.milestoneStatus(m)})
	}
	w.table(t)
}

func (w *planWriter) milestoneStatus(m talent.Milestone) string {
	switch {
	case m.Done:
		return "Done " + talent.FormatDate(m.DoneDate)
	case m.Overdue(w.made):
		return fmt.Sprintf("Overdue by %d days", talent.DaysBetween(m.Due, w.made))
	}
	return "Open"
}

func (w *planWriter) moments() {
	w.heading("Leadership moments seen lately")
	if len(w.p.Moments) == 0 {
		w.hint("No leadership moments logged lately: note what you see the mentee do between meetings; it is evidence for the next assessment.")
		return
	}
	t := table{cols: []column{
		{title: "Date", share: 0.13, align: "L", bold: true},
		{title: "About", share: 0.27, align: "L"},
		{title: "Kind", share: 0.14, align: "L"},
		{title: "What happened", share: 0.32, align: "L"},
		{title: "Seen by", share: 0.14, align: "L"},
	}, maxLines: 5}
	for _, m := range w.p.Moments {
		about := w.competencyName(m.CompetencyID)
		if m.Derailer != "" {
			about = m.Derailer.Label()
		}
		t.rows = append(t.rows, []string{talent.FormatDate(m.Date), about, yesNo(m.Positive, "Positive", "To develop"), m.Text, w.nameOf(m.ObserverID, m.ObserverName)})
	}
	w.table(t)
}

func (w *planWriter) notes() {
	w.heading("Notes from this meeting")
	w.ruledLines(5, signOffHeight+4)
	w.pairSignOff()
}
