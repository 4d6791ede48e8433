package talent_test

import (
	"fmt"
	"testing"

	"leadbridge/internal/talent"
)

// calendarEvents writes a calendar's events as "key date sequence [cancelled]", in order.
func calendarEvents(events []talent.CalendarEvent) []string {
	var out []string
	for _, ev := range events {
		s := fmt.Sprintf("%s %s %d", ev.Key, talent.FormatDate(ev.Date), ev.Sequence)
		if ev.Cancelled {
			s += " cancelled"
		}
		out = append(out, s)
	}
	return out
}

func TestPlanCalendar(t *testing.T) {
	in := dueBusiness()
	first, kept := talent.PlanCalendar(talent.BuildAgenda(in), nil)
	for _, ev := range first {
		if ev.Sequence != 0 || ev.Cancelled {
			t.Errorf("first export: %s, want every event at SEQUENCE 0 and none cancelled", calendarEvents([]talent.CalendarEvent{ev}))
		}
	}

	t.Run("SameDataSameFile", func(t *testing.T) {
		again, keptAgain := talent.PlanCalendar(talent.BuildAgenda(in), kept)
		if a, b := fmt.Sprint(calendarEvents(first)), fmt.Sprint(calendarEvents(again)); a != b {
			t.Errorf("second export of the same data:\n%s\nwant\n%s", b, a)
		}
		if fmt.Sprint(keptAgain) != fmt.Sprint(kept) {
			t.Errorf("second export remembers %v, want %v", keptAgain, kept)
		}
	})

	t.Run("DateMovesEitherWay", func(t *testing.T) {
		moved := dueBusiness()
		moved.Plans[0].Goals[0].Actions[0].Due = day("2026-11-25") // earlier
		moved.Plans[0].Milestones[2].Due = day("2026-12-15")       // later
		events, _ := talent.PlanCalendar(talent.BuildAgenda(moved), kept)
		want := map[string]string{"action:1000": "action:1000 2026-11-25 1", "checkpoint:52": "checkpoint:52 2026-12-15 1", "goal:100": "goal:100 2026-12-10 0"}
		got := map[string]string{}
		for i, s := range calendarEvents(events) {
			got[events[i].Key] = s
		}
		for key, w := range want {
			if got[key] != w {
				t.Errorf("%s: %q, want %q", key, got[key], w)
			}
		}
	})

	t.Run("DoneIsCancelledOnce", func(t *testing.T) {
		done := dueBusiness()
		done.Plans[0].Goals[0].Actions[0].Done = true
		done.Plans[0].Milestones[0].Done = true
		events, keptDone := talent.PlanCalendar(talent.BuildAgenda(done), kept)
		got := calendarEvents(events)
		tail := got[len(got)-2:]
		if fmt.Sprint(tail) != "[checkpoint:50 2026-11-20 1 cancelled action:1000 2026-11-30 1 cancelled]" {
			t.Errorf("the file after two items are done ends with %v, want both cancelled, by date, with SEQUENCE 1", tail)
		}
		if len(got) != len(first) {
			t.Errorf("%d events, want the %d of before: the rest plus the two cancelled", len(got), len(first))
		}
		again, _ := talent.PlanCalendar(talent.BuildAgenda(done), keptDone)
		if len(again) != len(first)-2 {
			t.Errorf("the export after that has %d events, want %d: a cancellation is written once", len(again), len(first)-2)
		}

		undone, _ := talent.PlanCalendar(talent.BuildAgenda(in), keptDone)
		for _, ev := range undone {
			if ev.Key == "action:1000" && (ev.Sequence != 2 || ev.Cancelled) {
				t.Errorf("an action done and then not done: %v, want it back with SEQUENCE 2", calendarEvents([]talent.CalendarEvent{ev}))
			}
		}
	})
}
