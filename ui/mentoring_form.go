package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// pairForm creates or edits a mentoring pair and its agreement.
type pairForm struct {
	*editor
	mentor          *personPicker
	mentee          *personPicker
	start           *entry
	plannedEnd      *entry
	focus           []*checkBox // one per competency of comps
	comps           []talent.Competency
	goals           [talent.MaxAgreementGoals]*entry
	everyDays       *entry
	format          *selectEntry
	minutes         *entry
	confidentiality *entry
	status          *choice[talent.PairStatus]
}

// meetingForm logs or edits one mentoring meeting.
type meetingForm struct {
	*editor
	date          *entry
	minutes       *entry
	topics        *entry
	agreedActions *entry
	nextDate      *entry
}

func (v *pairsView) onNewPair() {
	p := talent.Pair{Start: v.a.today(), Status: talent.PairActive,
		Agreement: talent.Agreement{EveryDays: 28, MinutesEach: 60, Format: "In person"}}
	if v.preset != nil {
		v.preset(&p)
	}
	v.openPairForm(p)
}

func (v *pairsView) onEditPair() {
	if p, ok := v.pair(); ok {
		v.openPairForm(p)
	}
}

func (v *pairsView) openPairForm(base talent.Pair) {
	f := v.newPairForm(base)
	items := []*widget.FormItem{
		widget.NewFormItem("Mentor", f.mentor),
		widget.NewFormItem("Mentee", f.mentee),
		widget.NewFormItem("Starts", f.start),
		widget.NewFormItem("Planned end", f.plannedEnd),
		{Text: "Focus", Widget: checkColumns(f.focus), HintText: "The competencies the mentoring works on."},
		{Text: "Goals", Widget: entryColumn(f.goals[:]), HintText: "Up to three goals; fewer goals get met."},
		widget.NewFormItem("Meet every (days)", f.everyDays),
		widget.NewFormItem("How", f.format),
		widget.NewFormItem("Minutes each", f.minutes),
		widget.NewFormItem("Confidentiality", f.confidentiality),
		widget.NewFormItem("Status", f.status),
	}
	title := "New mentoring pair"
	if base.ID != 0 {
		title = "Edit mentoring pair"
	}
	f.editor = v.a.newEditor(title, "Save pair", items, func() error {
		p := f.pair(base)
		if err := p.Validate(); err != nil {
			return err
		}
		return talent.CheckPairs(p, v.all)
	}, func() error { return v.savePair(f.pair(base)) })
	f.show(v.a.win.Canvas())
}

func (v *pairsView) newPairForm(base talent.Pair) *pairForm {
	f := &pairForm{comps: v.std.Competencies, mentor: newPersonPicker(v.staff, "", base.MentorID), mentee: newPersonPicker(v.staff, "", base.MenteeID),
		start: newDateEntry(true), plannedEnd: newDateEntry(false),
		everyDays: newWholeEntry("How often"), format: newSelectEntry([]string{"In person", "Video call", "Phone call", "Walk and talk"}),
		minutes: newWholeEntry("Minutes"), confidentiality: newNotesEntry("What stays between mentor and mentee, and what may be shared", nil),
		status: newChoice(talent.PairStatuses, talent.PairStatus.Label)}
	f.mentor.SetValue(base.MentorID)
	if base.MentorID == 0 && base.MentorName != "" {
		f.mentor.PlaceHolder = base.MentorName // someone not on file, such as a former staff member
	}
	f.mentee.SetValue(base.MenteeID)
	f.start.SetText(talent.FormatDate(base.Start))
	f.plannedEnd.SetText(talent.FormatDate(base.PlannedEnd))
	for _, c := range f.comps {
		check := newCheckBox(c.Name)
		check.Checked = slices.Contains(base.Focus, c.ID)
		f.focus = append(f.focus, check)
	}
	for i := range f.goals {
		f.goals[i] = newEntry(fmt.Sprintf("Goal %d", i+1), nil)
		if i < len(base.Agreement.Goals) {
			f.goals[i].SetText(base.Agreement.Goals[i])
		}
	}
	f.everyDays.SetText(fmt.Sprint(base.Agreement.EveryDays))
	f.format.SetText(base.Agreement.Format)
	f.minutes.SetText(fmt.Sprint(base.Agreement.MinutesEach))
	f.confidentiality.SetText(base.Agreement.Confidentiality)
	f.status.SetValue(base.Status)
	return f
}

// pair is the pair the form describes, built on base (which keeps its ID and meetings).
func (f *pairForm) pair(base talent.Pair) talent.Pair {
	p := base
	p.MentorID, p.MenteeID, p.Status = f.mentor.Value(), f.mentee.Value(), f.status.Value()
	if p.MentorID != 0 {
		p.MentorName = "" // a mentor on file is named by their record
	}
	p.Start, p.PlannedEnd = dateOf(f.start), dateOf(f.plannedEnd)
	p.Focus = nil
	for i, c := range f.comps {
		if f.focus[i].Checked {
			p.Focus = append(p.Focus, c.ID)
		}
	}
	a := talent.Agreement{Format: f.format.Text, Confidentiality: f.confidentiality.Text}
	for _, g := range f.goals {
		a.Goals = append(a.Goals, g.Text)
	}
	a.EveryDays, _ = wholeOf(f.everyDays.Text)
	a.MinutesEach, _ = wholeOf(f.minutes.Text)
	p.Agreement = a
	return p
}

// savePair stores a pair and shows it selected.
func (v *pairsView) savePair(p talent.Pair) error {
	if err := v.a.store.SavePair(v.a.ctx(), &p); err != nil {
		return err
	}
	v.selected = p.ID
	v.refresh()
	return nil
}

func (v *pairsView) onEndPair() {
	p, ok := v.pair()
	if !ok {
		return
	}
	msg := fmt.Sprintf("End the mentoring of %s by %s? The pair and its meetings stay on record, marked as ended.",
		v.people[p.MenteeID].Name, p.Mentor(v.people[p.MentorID].Name))
	v.a.confirm("End pair", msg, "End pair", func() {
		p.Status = talent.PairEnded
		v.a.showError(v.savePair(p))
	})
}

func (v *pairsView) onDeletePair() {
	p, ok := v.pair()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete the mentoring of %s by %s, with its %s? To keep the record, end the pair instead.",
		v.people[p.MenteeID].Name, p.Mentor(v.people[p.MentorID].Name), talent.Count(len(p.Meetings), "1 meeting", "meetings"))
	v.a.confirm("Delete pair", msg, "Delete", func() {
		if err := v.a.store.DeletePair(v.a.ctx(), p.ID); err != nil {
			v.a.showError(err)
			return
		}
		v.selected = 0
		v.refresh()
	})
}

func (v *pairsView) onLogMeeting() {
	if p, ok := v.pair(); ok {
		v.a.logMeeting(p, v.pairName(p), v.refresh)
	}
}

// logMeeting opens the form that logs a new meeting of pair p, whose name the title
// shows, as its agreement has it: today, as long as agreed, and the next one as often as
// agreed. saved runs once the meeting is stored.
func (a *App) logMeeting(p talent.Pair, name string, saved func()) {
	m := talent.Meeting{PairID: p.ID, Date: a.today(), Minutes: p.Agreement.MinutesEach}
	if p.Agreement.EveryDays > 0 {
		m.NextDate = m.Date.AddDate(0, 0, p.Agreement.EveryDays)
	}
	a.openMeetingForm(name, m, saved)
}

// openMeetingForm logs or edits a meeting of the pair whose name the title shows. It
// needs nothing else of the pair, so it opens wherever the pair is named, loaded or not.
// saved runs once the meeting is stored.
func (a *App) openMeetingForm(name string, base talent.Meeting, saved func()) {
	f := &meetingForm{date: newDateEntry(true), minutes: newWholeEntry("Minutes"),
		topics:        newNotesEntry("What you talked about", nil),
		agreedActions: newNotesEntry("Who does what before the next meeting", nil),
		nextDate:      newDateEntry(false)}
	f.date.SetText(talent.FormatDate(base.Date))
	f.minutes.SetText(fmt.Sprint(base.Minutes))
	f.topics.SetText(base.Topics)
	f.agreedActions.SetText(base.AgreedActions)
	f.nextDate.SetText(talent.FormatDate(base.NextDate))
	build := func() talent.Meeting {
		m := base
		m.Date, m.NextDate, m.Topics, m.AgreedActions = dateOf(f.date), dateOf(f.nextDate), f.topics.Text, f.agreedActions.Text
		m.Minutes, _ = wholeOf(f.minutes.Text)
		return m
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Date", f.date),
		widget.NewFormItem("Length (minutes)", f.minutes),
		widget.NewFormItem("Topics", f.topics),
		widget.NewFormItem("Agreed actions", f.agreedActions),
		widget.NewFormItem("Next meeting", f.nextDate),
	}
	title := "Log a meeting: " + name
	if base.ID != 0 {
		title = "Edit meeting: " + name
	}
	f.editor = a.newEditor(title, "Save meeting", items,
		func() error { m := build(); return m.Validate() },
		func() error {
			m := build()
			if err := a.store.SaveMeeting(a.ctx(), &m); err != nil {
				return err
			}
			saved()
			return nil
		})
	f.show(a.win.Canvas())
}

func (v *pairsView) onDeleteMeeting(p talent.Pair, m talent.Meeting) {
	msg := fmt.Sprintf("Delete the meeting of %s from the log of %s?", talent.FormatDate(m.Date), v.pairName(p))
	v.a.confirm("Delete meeting", msg, "Delete", func() {
		if err := v.a.store.DeleteMeeting(v.a.ctx(), m.ID); err != nil {
			v.a.showError(err)
			return
		}
		v.refresh()
	})
}
