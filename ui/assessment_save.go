package ui

import (
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

// fill shows a stored assessment, or a new one dated today with every behaviour at
// "No evidence yet" and the aspiration to lead the profile records.
func (f *assessmentForm) fill(a talent.Assessment) {
	if a.Date.IsZero() {
		a.Date = f.a.today()
	}
	if a.ID == 0 && a.Aspiration == "" {
		a.Aspiration = f.person.Aspiration
	}
	f.date.SetText(talent.FormatDate(a.Date))
	f.relationship.SetValue(a.Relationship)
	f.rater.set(a.RaterID, a.RaterName, f.people)
	if a.Relationship == talent.RelSelf {
		f.rater.Disable()
	}
	evidence := map[int64]string{}
	for _, r := range a.Ratings {
		evidence[r.BehaviourID] = r.Evidence
	}
	for id, r := range f.ratings {
		r.SetSelected(a.Rating(id).Label())
		f.evidence[id].SetText(evidence[id])
	}
	f.performance.SetValue(a.Performance)
	f.aspiration.SetValue(a.Aspiration)
	f.agility.SetValue(a.LearningAgility)
	f.engagement.SetValue(a.Engagement)
	for _, d := range a.Derailers {
		if c, ok := f.derailers[d.Derailer]; ok {
			c.SetValue(d.Status)
			f.derailerNote[d.Derailer].SetText(d.Evidence)
		}
	}
	f.notes.SetText(a.Notes)
	f.fillSource(a)
}

// assessment is the stored assessment with the form's values. Behaviours left at
// "No evidence yet" with no evidence are not stored.
func (f *assessmentForm) assessment() talent.Assessment {
	a := f.base
	a.PersonID = f.personID
	a.Date = dateOf(f.date)
	a.Relationship = f.relationship.Value()
	a.RaterID, a.RaterName = f.rater.value()
	if a.Relationship == talent.RelSelf {
		a.RaterID, a.RaterName = f.personID, ""
	}
	f.setSource(&a)
	a.Ratings = nil
	for _, c := range f.std.Competencies {
		for _, b := range c.Behaviours {
			r, ev := ratingOf(f.ratings[b.ID].Selected), strings.TrimSpace(f.evidence[b.ID].Text)
			if r.Rated() || ev != "" {
				a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: b.ID, Rating: r, Evidence: ev})
			}
		}
	}
	a.Performance, a.Aspiration = f.performance.Value(), f.aspiration.Value()
	a.LearningAgility, a.Engagement = f.agility.Value(), f.engagement.Value()
	a.Derailers = nil
	for _, d := range talent.Derailers {
		if s := f.derailers[d].Value(); s != "" {
			a.Derailers = append(a.Derailers, talent.DerailerStatus{Derailer: d, Status: s, Evidence: strings.TrimSpace(f.derailerNote[d].Text)})
		}
	}
	a.Notes = f.notes.Text
	return a
}

// check validates the assessment as the store will; the first field error comes first.
func (f *assessmentForm) check() error {
	for _, e := range []*entry{f.date, f.round} {
		if err := e.Validator(e.Text); err != nil { // the domain's message, as shown by the field
			return talent.Errorf(talent.EINVALID, "%s", err)
		}
	}
	a := f.assessment()
	return a.Validate(f.std)
}

// update allows saving only when nothing stops it, and once something has changed says
// what does.
func (f *assessmentForm) update() {
	if err := f.check(); err != nil {
		f.problem.SetText(talent.ErrorMessage(err))
		f.problem.Hidden = !f.dirty
		f.problem.Refresh()
		f.draftBtn.Disable()
		f.saveBtn.Disable()
		return
	}
	f.problem.Hide()
	f.draftBtn.Enable()
	if f.anonymous() { // it could not be found again to finish
		f.draftBtn.Disable()
	}
	f.saveBtn.Enable()
}

// save is Ctrl+S: it keeps the assessment's state, so a new one is saved as a draft and
// nothing is marked complete by accident. An anonymous paper form cannot be a draft, so
// there it says what to press instead.
func (f *assessmentForm) save() {
	if !f.built || f.saveBtn.Disabled() {
		return
	}
	if draft := f.base.ID == 0 || f.base.Draft; !draft || !f.draftBtn.Disabled() {
		f.onSave(draft)
		return
	}
	f.problem.SetText("An anonymous paper form cannot be kept as a draft: press Save as complete once it is all typed in.")
	f.problem.Show()
}

func (f *assessmentForm) onSave(draft bool) {
	a := f.assessment()
	a.Draft = draft
	if err := f.a.store.SaveAssessment(f.a.ctx(), &a); err != nil {
		f.a.showError(err)
		return
	}
	f.base, f.dirty = a, false
	if a.Relationship == talent.RelOwner {
		if err := f.a.store.SetSetting(f.a.ctx(), ownerRaterSetting, talent.CleanName(f.rater.Text)); err != nil {
			f.a.showError(err)
		}
	}
	if err := f.showResult(); err != nil {
		f.a.showError(err)
	}
	f.a.refreshAll()
}

// showResult says what the person's potential and 9-box placement now are, why, and how
// their self-assessment compares with others'.
func (f *assessmentForm) showResult() error {
	ctx := f.a.ctx()
	all, err := f.a.store.Assessments(ctx, f.personID)
	if err != nil {
		return err
	}
	labels, err := f.a.store.BoxLabels(ctx)
	if err != nil {
		return err
	}
	res := talent.DerivePotential(f.std, all)
	var b strings.Builder
	if f.base.Draft {
		b.WriteString("Saved as a draft. Drafts do not count towards potential until saved as complete.\n")
	} else {
		b.WriteString("Saved as complete.\n")
	}
	fmt.Fprintf(&b, "Potential now: %s\n%s", res.Explanation, placementText(res, labels))
	if s := gapSummary(f.std, talent.SelfGaps(f.std, all)); s != "" {
		b.WriteString("\n" + s)
	}
	f.result.SetText(b.String())
	f.result.Show()
	f.title.SetText("Assessment of " + f.person.Name + " (saved)")
	return nil
}

// gapSummary names the competencies where people rate themselves notably higher or lower
// than others do, in one sentence.
func gapSummary(std talent.Standard, gaps []talent.SelfGap) string {
	if len(gaps) == 0 {
		return ""
	}
	var higher, lower []string
	for _, g := range gaps {
		c, _ := std.Competency(g.CompetencyID)
		switch {
		case g.InLine():
		case g.Gap > 0:
			higher = append(higher, c.Name+" (+"+score(g.Gap)+")")
		default:
			lower = append(lower, c.Name+" (−"+score(-g.Gap)+")")
		}
	}
	var parts []string
	if len(higher) > 0 {
		parts = append(parts, "rates self higher on "+strings.Join(higher, ", "))
	}
	if len(lower) > 0 {
		parts = append(parts, "lower on "+strings.Join(lower, ", "))
		if len(higher) == 0 {
			parts[0] = "rates self " + parts[0]
		}
	}
	if len(parts) == 0 {
		return "Self-assessment against others: in line on every competency, within half a point."
	}
	return "Self-assessment against others: " + strings.Join(parts, "; ") + "."
}

// onBack returns to the person's page, asking first when there are unsaved ratings (as
// opening any person does).
func (f *assessmentForm) onBack() { f.a.openPerson(f.personID) }

func (f *assessmentForm) unsaved() (what, keep string, ok bool) {
	return "this assessment", "Save as draft", f.dirty
}
