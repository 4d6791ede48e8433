package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"leadbridge/internal/talent"
)

// reminderCheck is how often the app looks whether a new day has begun since the last
// reminder, while it stays open.
const reminderCheck = time.Hour

// StartReminders sends the reminder of what is overdue now, then looks every hour
// whether a new day has begun and, if so, sends that day's. It runs while the app runs:
// no background service is left behind.
func (a *App) StartReminders() {
	a.remind()
	go func() {
		for range time.Tick(reminderCheck) {
			fyne.Do(a.remind)
		}
	}()
}

// remind sends a desktop notification with how many things are overdue and the most
// urgent of them, at most once a day, unless Settings turned reminders off or nothing
// is overdue. The agenda is read off the UI goroutine, as it may take a moment in a
// large business; a failure is logged, never shown: a reminder must not interrupt.
func (a *App) remind() {
	day := a.today()
	if a.remindedOn.Equal(day) {
		return
	}
	a.remindedOn = day
	var note *fyne.Notification
	background(func() error {
		ctx := a.ctx()
		if off, err := a.store.Setting(ctx, talent.ReminderSetting); err != nil || off == "off" {
			return err
		}
		agenda, err := talent.LoadAgenda(ctx, a.store, day, 0, 0)
		note = reminder(agenda)
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
