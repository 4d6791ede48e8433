package report

// owner writes the owner-only section, unnumbered so that the mentor's and the owner's
// copies number their sections alike: retention, the 9-box placement with the
// reasoning behind the potential, and successor nominations. It is never called for
// the mentor copy.
func (w *planWriter) owner() {
	w.unnumbered("For the owner only")
	w.hint("This section is not on the mentor's copy. Do not share it with the mentee.")
	per := w.p.Person
	w.facts([]field{
		{"Risk of leaving", per.RiskOfLeaving.Label()},
		{"Impact of loss", per.ImpactOfLoss.Label()},
	})
	if per.RetentionNote != "" {
		w.labelled("Retention note", per.RetentionNote)
	}
	w.subheading("9-box placement")
	res := w.p.Potential
	placement := "Not placed on the 9-box. " + res.Explanation
	if w.p.Box.Name != "" {
		placement = w.p.Box.Name + ": " + res.Performance.Label() + ", potential " + res.Potential.Label() + "."
	}
	w.paragraph(placement)
	if w.p.Box.Name != "" {
		w.font("", sizeTable, mutedColour)
		w.paragraphLines(res.Explanation, w.left, w.width, sizeTable, 4)
		if w.p.Box.NextStep != "" {
			w.paragraphLines("Suggested next step: "+w.p.Box.NextStep, w.left, w.width, sizeTable, 4)
		}
		w.space(1.5)
	}
	w.nominations()
}

func (w *planWriter) nominations() {
	w.subheading("Successor nominations")
	if len(w.p.Nominations) == 0 {
		w.hint("Not nominated as a successor for any key role. Consider " + w.name + " when you next review the key roles.")
		return
	}
	t := table{cols: []column{
		{title: "Key role", share: 0.3, align: "L", bold: true},
		{title: "Held by", share: 0.22, align: "L"},
		{title: "Readiness", share: 0.18, align: "L"},
		{title: "Note", share: 0.3, align: "L"},
	}, maxLines: 4}
	for _, n := range w.p.Nominations {
		t.rows = append(t.rows, []string{n.Role, orDefault(n.Holder, "Vacant"), n.Readiness.Label(), n.Note})
	}
	w.table(t)
}
