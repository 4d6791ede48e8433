package ui

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/fileout"
	"leadbridge/internal/ical"
	"leadbridge/internal/talent"
)

// exportCalendar asks whose calendar to write, the owner's (everything) or one mentor's
// (their mentees' meetings, actions and check-points, nothing owner-only), then where to
// save it. It holds what the Due area shows: overdue, and due in its window.
func (a *App) exportCalendar() {
	mentors, err := a.mentors()
	if err != nil {
		a.showError(err)
		return
	}
	byID := talent.PeopleByID(mentors)
	ids := []int64{0}
	for _, m := range mentors {
		ids = append(ids, m.ID)
	}
	whose := newChoice(ids, func(id int64) string {
		if id == 0 {
			return "Everyone's, for the owner"
		}
		return byID[id].Name + "'s, for their mentees"
	})
	whose.SetValue(0)
	days := a.areaOf(AreaDue).(*dueArea).days.Value()
	items := []*widget.FormItem{{Text: "Calendar", Widget: whose,
		HintText: "Overdue items and those due in the next " + talent.Count(days, "day", "days") + ", as in Due. Importing a newer file updates the events."}}
	dialog.ShowForm("Export to calendar", "Save as…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		mentor := byID[whose.Value()] // the zero Person for the owner's
		a.saveAs(calendarFileName(mentor, a.today()), ".ics", func(path string) { a.writeCalendar(mentor, days, withExt(path, ".ics")) })
	}, a.win)
}

// mentors are the people on file who mentor someone in an active pair, by name.
func (a *App) mentors() ([]talent.Person, error) {
	pairs, err := a.store.PairOutlines(a.ctx())
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, p := range pairs {
		if p.Status == talent.PairActive && p.MentorID != 0 && !slices.Contains(ids, p.MentorID) {
			ids = append(ids, p.MentorID)
		}
	}
	return a.store.PeopleWithIDs(a.ctx(), ids)
}

// calendarFileName suggests a file name for a mentor's calendar, or the owner's when
// mentor is the zero Person, made on day.
func calendarFileName(mentor talent.Person, day time.Time) string {
	return fileName(".ics", "What is due", mentor.Name, talent.FormatDate(day))
}

// writeCalendar writes the calendar of what is due in the next days to path, off the UI
// goroutine: the owner's when mentor is the zero Person, else that mentor's. The file
// appears whole or not at all, and what it holds is remembered, for the next file to
// update, in the transaction that enters it in the audit log.
func (a *App) writeCalendar(mentor talent.Person, days int, path string) {
	var events int
	a.runInBackground("Export to calendar", "Writing the calendar…", func() error {
		ctx := a.ctx()
		agenda, err := talent.LoadAgenda(ctx, a.store, a.now(), days, mentor.ID)
		if err != nil {
			return err
		}
		cal, err := ical.Plan(ctx, a.store, agenda, mentor)
		if err != nil {
			return err
		}
		events = len(cal.Events)
		action, detail := talent.DueAudit(mentor.ID, "ics", path)
		return fileout.Write(a.store.Path(), path, func(w io.Writer) error { return cal.Write(w, a.now()) }, func() error {
			return a.store.AuditExport(ctx, action, detail, func(ctx context.Context) error { return cal.Record(ctx, a.store) })
		})
	}, func() {
		j := &exportJob{a: a, title: "Calendar", path: path,
			saved: fmt.Sprintf("The calendar is saved as %s, with %s. Import it into your calendar program: "+
				"importing a newer file updates the events, and cancels those no longer due.", path, talent.Count(events, "1 event", "events"))}
		j.report()
		a.refreshAll() // the audit log in Settings gains the export
	})
}
