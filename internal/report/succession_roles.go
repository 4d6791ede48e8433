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

// keyRolesInFull is the title of the appendix holding the block of every key role
// that does not need a decision.
const keyRolesInFull = "Key roles in full"

// keyRoles writes a block for each key role that needs a decision, the most exposed
// first: why it is critical, its holder's risk of leaving and the impact of losing
// them, and its successors ranked by readiness, each on a line of their own with their
// largest gaps. The other roles follow one to a line with their readiness; their blocks
// are in an appendix (rolesInFull), so that the part before the appendices stays short
// on a business with many key roles.
func (w *successionWriter) keyRoles() {
	w.heading(keyRolesSection)
	if len(w.s.Roles) == 0 {
		w.hint("No key roles recorded yet: list the roles the business depends on, then nominate successors for each.")
		return
	}
	decide, others := w.splitRoles()
	uncovered := len(w.s.Overview.RolesWithoutReady)
	order := "The others follow, those with nobody ready now first, then by title."
	if others != nil {
		order = "Every other role follows on a line of its own, its block in an appendix."
	}
	w.paragraph(fmt.Sprintf("%d of %d key roles %s no successor ready now. The roles that need a decision come first, most exposed first (the holder's risk of leaving × impact of loss, then how far the closest successor is from ready): a role needs one when nobody is ready now and the holder's loss would be above medium × medium, it is vacant or it has no successor named, or when its holder is at high risk of leaving. %s Each successor's largest gaps are the competencies furthest below the target of %s on their latest assessment by someone else.",
		uncovered, len(w.s.Roles), talent.Plural(uncovered, "has", "have"), order, talent.TargetRating.Label()))
	for _, r := range decide {
		w.role(r)
	}
	if len(others) == 0 {
		return
	}
	w.subheading("The other key roles")
	t := table{cols: []column{
		{title: "Key role", share: 0.37, align: "L", bold: true},
		{title: "Held by", share: 0.19, align: "L"},
		{title: "Risk × impact", share: 0.21, align: "L"},
		{title: "Successors", share: 0.23, align: "L"},
	}, maxLines: 2, dense: true}
	for _, r := range others {
		t.rows = append(t.rows, []string{r.Title, w.holder(r), w.riskImpact(r), w.readiness(r)})
	}
	w.table(t)
	w.noteRef("Each of them with why it is critical and its successors by name:", keyRolesInFull)
}

// rolesInFull writes the block of each key role that does not need a decision, in the
// order of the table that lists them.
func (w *successionWriter) rolesInFull() {
	_, others := w.splitRoles()
	if len(others) == 0 {
		return
	}
	w.heading(keyRolesInFull)
	w.hint("The key roles listed one to a line in section 1, each with why it is critical and its successors ranked by readiness.")
	for _, r := range others {
		w.role(r)
	}
}

// mediumLoss is the loss score of a holder at medium risk of leaving with a medium
// impact of loss, or not rated on either.
const mediumLoss = 4

// allInFull is the most key roles the summary gives a block each in section 1: a page
// or so of blocks.
const allInFull = 12

// splitRoles parts the key roles into those that need a decision, most exposed first,
// and the others: the rest of those with nobody ready now in the same order, then
// those with someone ready now by title. A business with few key roles has them all in
// the first part, in that order, and no others.
func (w *successionWriter) splitRoles() (decide, others []talent.KeyRole) {
	highRisk := func(r talent.KeyRole) bool {
		return r.HolderID != 0 && w.s.People[r.HolderID].RiskOfLeaving == talent.LevelHigh
	}
	for _, e := range talent.MostExposed(w.s.Roles, w.s.People) {
		if e.Score > mediumLoss || len(e.Role.Successors) == 0 || highRisk(e.Role) {
			decide = append(decide, e.Role)
		} else {
			others = append(others, e.Role)
		}
	}
	var covered []talent.KeyRole
	for _, r := range w.s.Roles {
		switch {
		case !r.HasReadyNow():
		case highRisk(r):
			decide = append(decide, r)
		default:
			covered = append(covered, r)
		}
	}
	others = append(others, covered...)
	if len(w.s.Roles) <= allInFull {
		return append(decide, others...), nil
	}
	return decide, others
}

// riskImpact is a role holder's risk of leaving × impact of loss, or "Vacant".
func (w *successionWriter) riskImpact(r talent.KeyRole) string {
	if r.HolderID == 0 {
		return "Vacant"
	}
	h := w.s.People[r.HolderID]
	return h.RiskOfLeaving.Label() + " × " + h.ImpactOfLoss.Label()
}

// readiness sums up a role's successors: how many are ready now, or how close the
// closest is, and how many are named.
func (w *successionWriter) readiness(r talent.KeyRole) string {
	if len(r.Successors) == 0 {
		return "None named"
	}
	ranked := w.ranked(r)
	ready := 0
	for _, s := range ranked {
		if s.Readiness == talent.ReadyNow {
			ready++
		}
	}
	if ready > 0 {
		return fmt.Sprintf("%d ready now, of %d", ready, len(ranked))
	}
	return fmt.Sprintf("%s, of %d", ranked[0].Readiness.Label(), len(ranked))
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
