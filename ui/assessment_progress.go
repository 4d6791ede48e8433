package ui

import (
	"fmt"

	"leadbridge/internal/talent"
)

// ownerRaterSetting keeps who rated as the owner last time, so that the next owner's
// assessment names them again.
const ownerRaterSetting = "assessment.ownerRater"

// rated counts the behaviours of c given a score, out of all of them.
func (f *assessmentForm) rated(c talent.Competency) (done, of int) {
	for _, b := range c.Behaviours {
		if ratingOf(f.ratings[b.ID].Selected).Rated() {
			done++
		}
	}
	return done, len(c.Behaviours)
}

// showProgress counts the behaviours rated, in all ("12 of 40 rated", beside Save) and
// in each competency's heading.
func (f *assessmentForm) showProgress() {
	var done, of int
	for i, c := range f.std.Competencies {
		d, n := f.rated(c)
		done, of = done+d, of+n
		if title := fmt.Sprintf("%s · %d of %d rated", c.Name, d, n); f.groups.Items[i].Title != title {
			f.groups.Items[i].Title = title
			f.groups.Refresh()
		}
	}
	f.progress.SetText(fmt.Sprintf("%d of %d rated", done, of))
}

// openFirstUnrated opens the first competency with a behaviour still to rate; the
// others stay closed until wanted.
func (f *assessmentForm) openFirstUnrated() {
	for i, c := range f.std.Competencies {
		if d, n := f.rated(c); d < n {
			f.groups.Open(i)
			return
		}
	}
}
