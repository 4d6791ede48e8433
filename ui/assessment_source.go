package ui

import (
	"time"

	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// The source of an assessment: typed in, or a printed rating pack the owner types in. A
// peer's or direct report's paper form is anonymous, like the pack it was printed from:
// it names no rater, belongs to the round of packs it answers, and is saved complete,
// since an anonymous answer is never shown on its own to be finished later.

// sourceItems are the form's rows for where the assessment came from.
func (f *assessmentForm) sourceItems() []*widget.FormItem {
	sources := []talent.Source{talent.SourceTyped, talent.SourcePaper}
	if f.base.Source == talent.SourcePack {
		sources = append(sources, talent.SourcePack)
	}
	f.source = newChoice(sources, talent.Source.Label)
	if f.base.Source == talent.SourcePack { // a response taken in stays one
		f.source.Disable()
	}
	f.round = newDateEntry(false)
	return []*widget.FormItem{
		{Text: "Source", Widget: f.source, HintText: "Paper form: a printed rating pack, filled in by hand and typed in here."},
		{Text: "Round", Widget: f.round, HintText: "A peer's or direct report's paper form is anonymous: the day its round of packs was made."},
	}
}

// latestPacks finds the day the latest pack of each kind was made about the person, the
// round a paper form most likely answers.
func latestPacks(packs []talent.RatingPack) map[talent.Relationship]time.Time {
	out := map[talent.Relationship]time.Time{}
	for _, p := range packs {
		if p.Made.After(out[p.Relationship]) {
			out[p.Relationship] = p.Made
		}
	}
	return out
}

// anonymous reports whether the form is an anonymous paper form.
func (f *assessmentForm) anonymous() bool {
	return f.source.Value() == talent.SourcePaper && f.relationship.Value().KeptAnonymous()
}

// onSource asks for the round, and for no rater, when the form is an anonymous paper
// form; otherwise the other way round. The form's labels then show which fields are
// open, which a form only redraws when refreshed.
func (f *assessmentForm) onSource() {
	defer f.about.Refresh()
	if !f.anonymous() {
		f.round.SetText("")
		f.round.Disable()
		if f.relationship.Value() != talent.RelSelf {
			f.rater.Enable()
		}
		return
	}
	f.rater.SetText("")
	f.rater.Disable()
	f.round.Enable()
	if round, ok := f.packDays[f.relationship.Value()]; ok && f.round.Text == "" {
		f.round.SetText(talent.FormatDate(round))
	}
}

// fillSource shows where a stored assessment came from.
func (f *assessmentForm) fillSource(a talent.Assessment) {
	f.source.SetValue(a.Source)
	if a.Anonymous() {
		f.round.SetText(talent.FormatDate(a.Round))
	}
	f.onSource()
}

// setSource gives a the form's source and, for an anonymous paper form, its round and
// no rater.
func (f *assessmentForm) setSource(a *talent.Assessment) {
	a.Source, a.Round = f.source.Value(), time.Time{}
	if f.anonymous() {
		a.RaterID, a.RaterName, a.Round = 0, "", dateOf(f.round)
	}
}
