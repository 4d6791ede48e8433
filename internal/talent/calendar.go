package talent

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"time"
)

// CalendarEntry is what the last calendar file said of one item: enough for the next
// file to raise the event's SEQUENCE when its date moves, and to cancel the event once
// the item is no longer due. It holds record IDs and a date, nobody's name.
type CalendarEntry struct {
	Key       string // the item's key, which names its record
	Date      time.Time
	Sequence  int
	Cancelled bool
}

// CalendarEvent is one event of a calendar file: an item of the agenda, or, when
// Cancelled, an item the last file held that is no longer due (only its Key and Date
// are set then).
type CalendarEvent struct {
	Due
	Sequence  int
	Cancelled bool
}

// PlanCalendar says what a calendar file holds, given the agenda and what the last file
// of the same calendar held, and what to remember of it for the next.
//
// An item keeps its SEQUENCE while its date stays, and gets a higher one when the date
// moves, either way, or when it comes back after being cancelled: a calendar program
// that imports the file then updates the event it has under that UID. An item the last
// file held that is no longer on the agenda (done, dropped, its person left, or moved
// past the window) is written once more, cancelled, with a higher SEQUENCE; after that
// it is remembered but not written, and the same data always gives the same file.
func PlanCalendar(a Agenda, last []CalendarEntry) (events []CalendarEvent, next []CalendarEntry) {
	before := make(map[string]CalendarEntry, len(last))
	for _, e := range last {
		before[e.Key] = e
	}
	for _, d := range a.Items {
		ev := CalendarEvent{Due: d}
		if e, ok := before[d.Key]; ok {
			ev.Sequence = e.Sequence
			if e.Cancelled || !e.Date.Equal(d.Date) {
				ev.Sequence++
			}
			delete(before, d.Key)
		}
		events = append(events, ev)
		next = append(next, CalendarEntry{Key: d.Key, Date: d.Date, Sequence: ev.Sequence})
	}
	var gone []CalendarEntry
	for _, e := range before {
		if !e.Cancelled {
			e.Sequence++
			e.Cancelled = true
			events = append(events, CalendarEvent{Due: Due{Key: e.Key, Date: e.Date}, Sequence: e.Sequence, Cancelled: true})
		}
		gone = append(gone, e)
	}
	cancelled := events[len(a.Items):]
	sort.Slice(cancelled, func(i, j int) bool {
		x, y := cancelled[i], cancelled[j]
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		return x.Key < y.Key
	})
	sort.Slice(gone, func(i, j int) bool { return gone[i].Key < gone[j].Key })
	return events, append(next, gone...)
}

// CalendarService remembers what the last calendar file of each calendar held: the
// owner's (mentorID 0) and each mentor's.
type CalendarService interface {
	CalendarExport(ctx context.Context, mentorID int64) ([]CalendarEntry, error)
	// SaveCalendarExport replaces what is remembered of a calendar's last file.
	SaveCalendarExport(ctx context.Context, mentorID int64, entries []CalendarEntry) error
}

// CalendarName is what a calendar file of what is due calls itself: the owner's, for
// everyone, when mentor is the zero Person, else that mentor's.
func CalendarName(mentor Person) string {
	if mentor.ID == 0 {
		return "Leadbridge: what is due"
	}
	return "Leadbridge: what is due for " + mentor.Name + "'s mentees"
}

// DueAudit is how a written file of what is due (format csv, ics or text) is entered in
// the audit log: by the mentor's ID, not their name, which an erasure would have to find.
func DueAudit(mentorID int64, format, path string) (action, detail string) {
	whose := "everyone"
	if mentorID != 0 {
		whose = fmt.Sprintf("the mentees of person %d", mentorID)
	}
	return "export due", fmt.Sprintf("Exported what is due for %s (%s) to %s.", whose, format, filepath.Base(path))
}
