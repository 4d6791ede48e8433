package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"leadbridge/internal/talent"
)

// keyRolesSection is the title of the per-role section, which the brief refers to.
const keyRolesSection = "Key roles and successors"

// maxGaps is how many of a successor's largest gaps the summary names.
const maxGaps = 2

// keyRoles writes one block per key role, the most exposed first: why it is critical,
// its holder's risk of leaving and the impact of losing them, and its successors ranked
// by readiness, each on a line of their own with their largest gaps.
func (w *successionWriter) keyRoles() {
	w.heading(keyRolesSection)
	if len(w.s.Roles) == 0 {
		w.hint("No key roles recorded yet: list the roles the business depends on, then nominate successors for each.")
		return
	}
	exposed := talent.MostExposed(w.s.Roles, w.s.People)
	w.paragraph(fmt.Sprintf("%d of %d key roles %s no successor ready now; they come first, most exposed first (the holder's risk of leaving × impact of loss, then how far the closest successor is from ready). The roles with someone ready now follow by title. Each successor's largest gaps are the competencies furthest below the target of %s on their latest assessment by someone else.",
		len(exposed), len(w.s.Roles), talent.Plural(len(exposed), "has", "have"), talent.TargetRating.Label()))
	roles := make([]talent.KeyRole, 0, len(w.s.Roles))
	for _, e := range exposed {
		roles = append(roles, e.Role)
	}
	for _, r := range w.s.Roles {
		if r.HasReadyNow() {
			roles = append(roles, r)
		}
	}
	for _, r := range roles {
		w.role(r)
	}
}

// Successor columns of a role block, as shares of the width: name, readiness, gaps.
var roleCols = [3]float64{0.29, 0.16, 0.55}

// successorLine is one successor of a role, wrapped into its columns.
type successorLine struct {
	cells [3][]string
	h     float64
}

// role writes one key role as a block kept on one page: its title and holder on one
// line, why it is critical, then its successors, one to a line.
func (w *successionWriter) role(r talent.KeyRole) {
	lh := lineHeight(sizeSmall)
	w.font("B", sizeH3, inkColour)
	titleW := min(w.strWidth(sanitize(r.Title))+2, w.width*0.6)
	w.font("", sizeTable, inkColour)
	held := w.wrap(sanitize(w.holderLine(r)), w.width-titleW, 2)
	w.font("", sizeSmall, mutedColour)
	why := w.wrap(sanitize("Why it is critical: "+orDefault(r.WhyCritical, "not recorded yet; say why in Succession.")), w.width, 2)
	var succ []successorLine
	for i, s := range w.ranked(r) {
		var l successorLine
		for c, text := range []string{fmt.Sprintf("%d. %s", i+1, w.name(s.PersonID)), s.Readiness.Label(), w.gaps(s.PersonID)} {
			w.font(styleOf(c == 0), sizeSmall, inkColour)
			l.cells[c] = w.wrap(sanitize(text), roleCols[c]*w.width-2, 2)
			l.h = max(l.h, float64(len(l.cells[c]))*lh+0.6)
		}
		succ = append(succ, l)
	}
	if len(succ) == 0 {
		succ = append(succ, successorLine{cells: [3][]string{{"No successor named: nominate one."}}, h: lh + 0.6})
	}
	h := 1.5 + float64(len(held))*lineHeight(sizeH3) + float64(len(why))*lh
	for _, l := range succ {
		h += l.h
	}
	w.block(h+1.5, len(held)+len(why)+len(succ), func() {
		w.space(1.5)
		w.place(placedHeading, r.Title)
		w.font("B", sizeH3, inkColour)
		w.text(w.left, w.y(), titleW, r.Title, "L")
		w.font("", sizeTable, inkColour)
		for _, l := range held {
			w.place(placedLine, "")
			w.text(w.left+titleW, w.y()+0.4, w.width-titleW, l, "L")
			w.space(lineHeight(sizeH3))
		}
		w.font("", sizeSmall, mutedColour)
		for _, l := range why {
			w.place(placedLine, "")
			w.text(w.left, w.y(), w.width, l, "L")
			w.space(lh)
		}
		for _, l := range succ {
			w.successorRow(l, lh)
		}
		w.space(1.5)
	})
}

// successorRow draws one successor: name, readiness and largest gaps side by side,
// under a hairline that keeps one name from running into the next.
func (w *successionWriter) successorRow(l successorLine, lh float64) {
	w.place(placedLine, "")
	y, x := w.y(), w.left
	w.hline(w.left, w.right, y, 0.1, ruleColour)
	for c, lines := range l.cells {
		colour := inkColour
		if c == 2 {
			colour = mutedColour
		}
		w.font(styleOf(c == 0), sizeSmall, colour)
		for i, line := range lines {
			w.text(x, y+0.3+float64(i)*lh, roleCols[c]*w.width-2, line, "L")
		}
		x += roleCols[c] * w.width
	}
	w.setY(y + l.h)
}

// holderLine names a role's holder with their risk of leaving and the impact of
// losing them.
func (w *successionWriter) holderLine(r talent.KeyRole) string {
	if r.HolderID == 0 {
		return "— vacant: nobody holds it now"
	}
	h := w.s.People[r.HolderID]
	return fmt.Sprintf("— held by %s · risk %s × impact %s", w.name(r.HolderID),
		strings.ToLower(h.RiskOfLeaving.Label()), strings.ToLower(h.ImpactOfLoss.Label()))
}

// ranked orders a role's successors by readiness, ready now first, then by fewer gaps
// and by name.
func (w *successionWriter) ranked(r talent.KeyRole) []talent.Successor {
	out := slices.Clone(r.Successors)
	slices.SortStableFunc(out, func(a, b talent.Successor) int {
		return cmp.Or(cmp.Compare(a.Readiness.Rank(), b.Readiness.Rank()),
			cmp.Compare(len(w.s.Candidates[a.PersonID].Below), len(w.s.Candidates[b.PersonID].Below)),
			talent.CompareNames(w.s.People[a.PersonID].Name, w.s.People[b.PersonID].Name))
	})
	return out
}

// gaps names a successor's largest gaps against the target on their latest assessment
// by someone else.
func (w *successionWriter) gaps(id int64) string {
	res := w.s.Candidates[id]
	if !res.Assessed() {
		return "Not yet assessed by someone else"
	}
	if len(res.Below) == 0 {
		return "None below the target"
	}
	var parts []string
	for _, g := range res.Below[:min(len(res.Below), maxGaps)] {
		name := "A competency no longer in the standard"
		if c, ok := w.s.Standard.Competency(g.CompetencyID); ok {
			name = c.Name
		}
		parts = append(parts, fmt.Sprintf("%s %.1f", name, g.Score))
	}
	return strings.Join(parts, " · ")
}
