package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"leadbridge/internal/talent"
)

// reminderCheck is how often the app looks whether a new day has begun since the last
// reminder, while it stays open.
const reminderCheck = time.Hour

// StartReminders sends the reminder of what is overdue today, then looks every hour
// whether a new day has begun and, if so, sends that day's. It runs while the app runs:
// no background service is left behind. The first reminder is not read here: the home
// view reads everything it needs, and a window that is starting is reading the home
// view already (see Launch); reading the whole business a second time beside it would
// hold both in memory at once. Each later load of the home view on a new day reminds
// too.
func (a *App) StartReminders() {
	a.reminding = true
	go func() {
		for range time.Tick(reminderCheck) {
			fyne.Do(a.remind)
		}
	}()
}

// remind reads today's agenda and sends its reminder (see remindOf). The agenda is read
// off the UI goroutine, as it may take a moment in a large business.
func (a *App) remind() {
	a.sendReminder(func(ctx context.Context, day time.Time) (talent.Agenda, error) {
		return talent.LoadAgenda(ctx, a.store, day, 0, 0)
	})
}

// remindOf sends the reminder of an agenda of today read for another purpose, which
// holds at least what is overdue.
func (a *App) remindOf(agenda talent.Agenda) {
	a.sendReminder(func(context.Context, time.Time) (talent.Agenda, error) { return agenda, nil })
}

// sendReminder sends a desktop notification with how many things are overdue and the
// most urgent of them, from the agenda of today that agenda returns: once reminders have
// started, at most once a day, unless Settings turned reminders off or nothing is
// overdue. A failure is logged, never shown: a reminder must not interrupt.
func (a *App) sendReminder(agenda func(ctx context.Context, day time.Time) (talent.Agenda, error)) {
	day := a.today()
	if !a.reminding || a.remindedOn.Equal(day) {
		return
	}
	a.remindedOn = day
	var note *fyne.Notification
	background(func() error {
		ctx := a.ctx()
		if off, err := a.store.Setting(ctx, talent.ReminderSetting); err != nil || off == "off" {
			return err
		}
		overdue, err := agenda(ctx, day)
		note = reminder(overdue)
		return err
	}, func(err error) {
		if err != nil {
			fyne.LogError("read what is overdue for the reminder", err)
			return
		}
		if note != nil {
			a.fyne.SendNotification(note)
		}
	})
}

// reminder is the notification of what the agenda has overdue, the oldest first; nil
// when nothing is.
func reminder(a talent.Agenda) *fyne.Notification {
	overdue := a.In(talent.DueOverdue)
	if len(overdue) == 0 {
		return nil
	}
	title := "Leadbridge: " + talent.Count(len(overdue), "1 thing is", "things are") + " overdue"
	return fyne.NewNotification(title, "Most urgent: "+a.Line(overdue[0])+" See them all in Due (Ctrl+8).")
}
