package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// homeListMax is how many entries a home list shows before summing up the rest, so the
// view stays the same size however large the business.
const homeListMax = 8

// homeBoxMax is how many names a 9-box cell shows.
const homeBoxMax = 12

// homeArea answers "where do we stand?". On an empty data file it shows the first-start
// choices instead.
type homeArea struct {
	a *App

	loads    newestLoad[*homeData]
	first    *firstStart
	body     *fyne.Container
	overview fyne.CanvasObject

	bench     *widget.Label
	benchNote *widget.Label
	printBtn  *widget.Button
	grid      *fyne.Container
	due       *fyne.Container
	roles     *fyne.Container
	stalled   *fyne.Container
	overdue   *fyne.Container
	assess    *fyne.Container
	pairs     *fyne.Container
	sole      *fyne.Container
}

func newHomeArea(a *App) *homeArea {
	h := &homeArea{a: a}
	h.buildUI()
	return h
}

func (h *homeArea) buildUI() {
	h.first = newFirstStart(h.a)
	h.bench = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText}
	h.benchNote = &widget.Label{Wrapping: fyne.TextWrapWord}
	h.printBtn = &widget.Button{Text: "Succession summary…", Icon: theme.DocumentPrintIcon(), OnTapped: h.a.printSuccession}
	h.grid = container.NewGridWithColumns(3)
	list := func() *fyne.Container { return container.NewVBox(emptyNote(loadingNote)) }
	h.roles, h.stalled, h.overdue, h.assess, h.pairs, h.sole, h.due = list(), list(), list(), list(), list(), list(), list()
	h.bench.SetText("Bench strength")
	h.benchNote.SetText(loadingNote)
	for range talent.Boxes() {
		h.grid.Add(widget.NewCard("", "", emptyNote(loadingNote)))
	}
	left := container.NewVBox(
		section("What is due", fmt.Sprintf("Overdue first, then the next %d days.", talent.DefaultDueDays), h.due),
		section("Key roles without a successor ready now", "", h.roles),
		section("Stalled development plans", fmt.Sprintf("Goals with no update for %d days or more.", talent.StalledAfterDays), h.stalled),
		section("Overdue transition milestones", "", h.overdue),
	)
	right := container.NewVBox(
		section("People needing an assessment", "Never assessed, too little evidence, or not in the last "+talent.AssessmentMaxAge()+".", h.assess),
		section(fmt.Sprintf("Mentoring pairs that have not met in %d days", talent.NotMetAfterDays), "", h.pairs),
		section("Know-how only one person holds", "", h.sole),
	)
	nineBox := section("The 9-box", "Rows: potential, high at the top. Columns: performance in the current role, exceeding on the right. Select a name to open the person.", h.grid)
	h.overview = container.NewVScroll(container.NewVBox(
		widget.NewCard("", "", container.NewBorder(nil, nil, nil, container.NewVBox(h.printBtn), container.NewVBox(h.bench, h.benchNote))),
		nineBox,
		container.NewGridWithColumns(2, left, right),
	))
	h.body = container.NewStack(h.overview)
}

func (h *homeArea) view() fyne.CanvasObject { return h.body }

// refresh loads the overview off the UI goroutine: in a large business that takes a
// while, and the window must be drawn and take typing meanwhile (at start above all).
// Until the first load arrives the view holds placeholders; a later refresh keeps what
// is shown until the new figures replace it.
func (h *homeArea) refresh() { h.loads.run(h.a, h.load, h.show) }

// show draws the overview from d, or the first-start choices while there is nobody
// (d is nil).
func (h *homeArea) show(d *homeData) {
	if d == nil {
		h.body.Objects = []fyne.CanvasObject{h.first.view()}
		h.body.Refresh()
		return
	}
	h.showBench(d)
	h.showGrid(d)
	h.showDue(d)
	h.showRoles(d)
	h.showPlans(d)
	h.showPeople(d)
	h.body.Objects = []fyne.CanvasObject{h.overview}
	h.body.Refresh()
	h.overview.Refresh() // the lists changed length: lay them out again
	h.a.remindOf(d.overdue)
}

// homeData is what the home view shows: the first entries of each list, how many each
// list has, and the names of the people those entries mention. The load that makes it
// reads the whole business, which in a large one runs to megabytes; none of that outlives
// the load. The view is drawn after it, and drawing the first names in some scripts is
// when Fyne parses the fonts that draw them, tens of megabytes held for good: what the
// load read must be garbage by then, not held beside them.
type homeData struct {
	bench      talent.Bench
	grid       map[talent.Box]shownList[int64]
	boxes      map[talent.Box]talent.BoxLabel
	agenda     talent.Agenda // its dates, for the lines of due; the items are in due
	due        shownList[talent.Due]
	overdue    talent.Agenda // what is overdue of it, whole, for the day's reminder
	roles      shownList[talent.KeyRole]
	stalled    shownList[talent.StalledPlan]
	milestones shownList[talent.OverdueMilestone]
	assess     shownList[int64]
	potential  map[int64]talent.PotentialResult // of the people in assess
	pairs      shownList[talent.Pair]
	sole       shownList[talent.SoleExpert]
	names      map[int64]string // of the people the entries mention
}

// shownList is the first entries of a list, as many as the home view shows of it, and how
// many the whole list has.
type shownList[T any] struct {
	items []T
	total int
}

// firstOf keeps the first n entries of all in a slice of their own, so that the rest can
// be let go.
func firstOf[T any](all []T, n int) shownList[T] {
	return shownList[T]{items: slices.Clone(all[:min(len(all), n)]), total: len(all)}
}

// load computes the overview and what is due from seven store calls, whatever the size of
// the business; none when there is nobody yet. It hands each kind of record to the two
// builders as it is read and keeps none of them, so no more than one kind is held at a
// time (see talent.OverviewBuilder and talent.AgendaBuilder), and returns only what the
// view shows of the result. It reads the store only, so it may run off the UI goroutine.
func (h *homeArea) load() (*homeData, error) {
	ctx := h.a.ctx()
	people, err := h.a.store.People(ctx)
	if err != nil || len(people) == 0 {
		return nil, err
	}
	std, err := h.a.store.Standard(ctx)
	if err != nil {
		return nil, err
	}
	b, due := talent.NewOverviewBuilder(h.a.today(), std), talent.NewAgendaBuilder(h.a.today(), talent.DefaultDueDays, 0)
	b.AddPeople(people)
	due.AddPeople(people)
	names := make(map[int64]string, len(people))
	for _, p := range people {
		names[p.ID] = p.Name
	}
	err = h.a.store.EachPotentialResult(ctx, func(id int64, r talent.PotentialResult) {
		b.AddPotential(id, r)
		due.AddPotential(id, r)
	})
	if err != nil {
		return nil, err
	}
	roles, err := h.a.store.KeyRoles(ctx)
	if err != nil {
		return nil, err
	}
	b.AddRoles(roles)
	plans, err := h.a.store.DuePlans(ctx) // the outlines, with the actions what is due needs
	if err != nil {
		return nil, err
	}
	b.AddPlans(plans)
	due.AddPlans(plans)
	pairs, err := h.a.store.PairOutlines(ctx)
	if err != nil {
		return nil, err
	}
	b.AddPairs(pairs)
	due.AddPairs(pairs)
	boxes, err := h.a.store.BoxLabels(ctx)
	if err != nil {
		return nil, err
	}
	return newHomeData(b.Overview(), due.Agenda(), boxes, names), nil
}

// newHomeData keeps what the view shows of an overview and an agenda, with the names
// of the people it mentions out of names, everyone's.
func newHomeData(ov talent.Overview, agenda talent.Agenda, boxes map[talent.Box]talent.BoxLabel, names map[int64]string) *homeData {
	d := &homeData{
		bench:      ov.Bench,
		grid:       map[talent.Box]shownList[int64]{},
		boxes:      boxes,
		due:        firstOf(agenda.Items, homeListMax),
		roles:      firstOf(ov.RolesWithoutReady, homeListMax),
		stalled:    firstOf(ov.StalledPlans, homeListMax),
		milestones: firstOf(ov.OverdueMilestones, homeListMax),
		assess:     firstOf(ov.NeedingAssessment, homeListMax),
		pairs:      firstOf(ov.PairsNotMet, homeListMax),
		sole:       firstOf(ov.SoleExperts, homeListMax),
		names:      map[int64]string{},
	}
	d.overdue = agenda
	d.overdue.Items = agenda.In(talent.DueOverdue)
	d.agenda = agenda
	d.agenda.Items = nil
	mention := func(id int64) { d.names[id] = names[id] }
	for _, box := range talent.Boxes() {
		d.grid[box] = firstOf(ov.Grid[box], homeBoxMax)
		for _, id := range d.grid[box].items {
			mention(id)
		}
	}
	for _, r := range d.roles.items {
		mention(r.HolderID)
	}
	for _, sp := range d.stalled.items {
		mention(sp.Plan.PersonID)
	}
	for _, om := range d.milestones.items {
		mention(om.PersonID)
	}
	d.potential = make(map[int64]talent.PotentialResult, len(d.assess.items))
	for _, id := range d.assess.items {
		mention(id)
		d.potential[id] = ov.Potential[id]
	}
	for _, p := range d.pairs.items {
		mention(p.MentorID)
		mention(p.MenteeID)
	}
	for _, se := range d.sole.items {
		mention(se.PersonID)
	}
	return d
}

func (h *homeArea) showBench(d *homeData) {
	b := d.bench
	if b.Roles == 0 {
		h.bench.SetText("Bench strength: no key roles yet")
		h.benchNote.SetText("Name the roles the business could not run without in Succession (Ctrl+3), then nominate who could step in.")
		return
	}
	h.bench.SetText(fmt.Sprintf("Bench strength: %d%%", b.Percent()))
	h.benchNote.SetText(fmt.Sprintf("%d of %d key %s %s at least one successor ready now.",
		b.Covered, b.Roles, talent.Plural(b.Roles, "role", "roles"), talent.Plural(b.Roles, "has", "have")))
}

// showGrid draws the nine boxes, each with its name and the people placed in it.
func (h *homeArea) showGrid(d *homeData) {
	var cells []fyne.CanvasObject
	for _, box := range talent.Boxes() {
		placed := d.grid[box]
		cell := container.NewVBox(
			&widget.Label{Text: d.boxes[box].Name, TextStyle: fyne.TextStyle{Bold: true}},
			&widget.Label{Text: fmt.Sprintf("%s potential · %s · %d", box.Potential.Label(), box.Performance.Label(), placed.total),
				Truncation: fyne.TextTruncateEllipsis},
		)
		cell.Add(h.nameLinks(d.names, placed.items))
		if placed.total > homeBoxMax {
			cell.Add(moreNote(placed.total-homeBoxMax, "Sort People by potential to see everyone."))
		}
		cells = append(cells, widget.NewCard("", "", cell))
	}
	h.grid.Objects = cells
	h.grid.Refresh()
}

// showDue lists the first of what is due, overdue first, each opening its record.
func (h *homeArea) showDue(d *homeData) {
	fillList(h.due, d.due.total, func(i int) fyne.CanvasObject {
		it := d.due.items[i]
		// A hyperlink, unlike a button, wraps: a line says what, for whom and when.
		return &widget.Hyperlink{Text: d.agenda.Line(it), Wrapping: fyne.TextWrapWord, OnTapped: func() { h.a.openDue(it) }}
	}, fmt.Sprintf("Nothing is overdue or due in the next %d days.", talent.DefaultDueDays), "See them all in Due (Ctrl+8).")
}

func (h *homeArea) showRoles(d *homeData) {
	empty := "Every key role has a successor ready now."
	if d.bench.Roles == 0 {
		empty = "No key roles yet. Add them in Succession to see where the business is exposed."
	}
	fillList(h.roles, d.roles.total, func(i int) fyne.CanvasObject {
		r := d.roles.items[i]
		holder := "vacant"
		if r.HolderID != 0 {
			holder = "held by " + d.names[r.HolderID]
		}
		return h.a.newLink(r.Title+" — "+holder, func() { h.onRole(r.ID) })
	}, empty, "See them all in Succession.")
}

func (h *homeArea) showPlans(d *homeData) {
	fillList(h.stalled, d.stalled.total, func(i int) fyne.CanvasObject {
		sp := d.stalled.items[i]
		n := len(sp.Goals)
		return h.personLink(fmt.Sprintf("%s — %d stalled %s", d.names[sp.Plan.PersonID], n, talent.Plural(n, "goal", "goals")), sp.Plan.PersonID)
	}, fmt.Sprintf("No stalled plans: every open goal had an update in the last %d days.", talent.StalledAfterDays), "Open each person's plan to update it.")
	fillList(h.overdue, d.milestones.total, func(i int) fyne.CanvasObject {
		om := d.milestones.items[i]
		return h.personLink(fmt.Sprintf("%s — %s check-point, due %s", d.names[om.PersonID], om.Milestone.Label, talent.FormatDate(om.Milestone.Due)), om.PersonID)
	}, "No overdue milestones. They appear here after a promotion decision.", "Open each person's plan to tick them off.")
}

func (h *homeArea) showPeople(d *homeData) {
	fillList(h.assess, d.assess.total, func(i int) fyne.CanvasObject {
		id := d.assess.items[i]
		return h.personLink(d.names[id]+" — "+assessedText(d.potential[id]), id)
	}, "Everyone has a recent assessment with enough evidence.", "Sort People by last assessment to see everyone.")
	fillList(h.pairs, d.pairs.total, func(i int) fyne.CanvasObject {
		p := d.pairs.items[i]
		return h.personLink(fmt.Sprintf("%s mentoring %s — last met %s", p.Mentor(d.names[p.MentorID]), d.names[p.MenteeID], talent.FormatDate(p.LastMet())), p.MenteeID)
	}, fmt.Sprintf("Every active mentoring pair met in the last %d days.", talent.NotMetAfterDays), "See them all in Mentoring.")
	fillList(h.sole, d.sole.total, func(i int) fyne.CanvasObject {
		se := d.sole.items[i]
		return h.personLink(se.Expertise+" — only "+d.names[se.PersonID], se.PersonID)
	}, "No critical know-how rests on one person alone, as far as recorded.", "See them all in Succession.")
}

// nameLinks is a wrapped line of names, each opening the person's page: a box keeps
// several names in little space.
func (h *homeArea) nameLinks(names map[int64]string, ids []int64) *widget.RichText {
	links := &widget.RichText{Wrapping: fyne.TextWrapWord, Scroll: fyne.ScrollNone}
	for i, id := range ids {
		if i > 0 {
			links.Segments = append(links.Segments, &widget.TextSegment{Text: ", ", Style: widget.RichTextStyleInline})
		}
		links.Segments = append(links.Segments, &widget.HyperlinkSegment{Text: names[id], OnTapped: func() { h.a.openPerson(id) }})
	}
	return links
}

// personLink is an entry that opens the person's page.
func (h *homeArea) personLink(text string, id int64) *linkButton {
	return h.a.newLink(text, func() { h.a.openPerson(id) })
}

// onRole opens a key role in Succession.
func (h *homeArea) onRole(id int64) {
	if s, ok := h.a.areaOf(AreaSuccession).(*successionArea); ok {
		s.selected = id
	}
	h.a.Show(AreaSuccession)
}

// section is a titled card whose note wraps, so the home view fits narrow windows.
func section(text, note string, content fyne.CanvasObject) *widget.Card {
	title := heading(text)
	title.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title)
	if note != "" {
		box.Add(emptyNote(note))
	}
	box.Add(content)
	return &widget.Card{Content: box}
}

// fillList shows the first homeListMax of n entries, each made by item, then how many
// more there are and where to find them; an empty list says so and what it means.
func fillList(box *fyne.Container, n int, item func(i int) fyne.CanvasObject, empty, more string) {
	var items []fyne.CanvasObject
	for i := range min(n, homeListMax) {
		items = append(items, item(i))
	}
	switch {
	case n == 0:
		items = []fyne.CanvasObject{emptyNote(empty)}
	case n > homeListMax:
		items = append(items, moreNote(n-homeListMax, more))
	}
	box.Objects = items
	box.Refresh()
}

func moreNote(n int, where string) *widget.Label {
	return emptyNote(fmt.Sprintf("…and %d more. %s", n, where))
}
