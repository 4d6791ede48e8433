package ui

import (
	"fmt"

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
}

// homeData is what the home view is drawn from. It is loaded afresh on each refresh and
// let go once drawn: in a large business it runs to megabytes, and the view shows only
// the first few entries of each list.
type homeData struct {
	ov     talent.Overview
	due    talent.Agenda
	people map[int64]talent.Person
	boxes  map[talent.Box]talent.BoxLabel
}

// load computes the overview and what is due from seven store calls, whatever the size of
// the business; none when there is nobody yet. It hands each kind of record to the two
// builders as it is read and keeps none of them, so no more than one kind is held at a
// time (see talent.OverviewBuilder and talent.AgendaBuilder). It reads the store only, so
// it may run off the UI goroutine.
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
	d := &homeData{people: talent.PeopleByID(people)}
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
	if d.boxes, err = h.a.store.BoxLabels(ctx); err != nil {
		return nil, err
	}
	d.ov, d.due = b.Overview(), due.Agenda()
	return d, nil
}

func (h *homeArea) showBench(d *homeData) {
	b := d.ov.Bench
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
		ids := d.ov.Grid[box]
		cell := container.NewVBox(
			&widget.Label{Text: d.boxes[box].Name, TextStyle: fyne.TextStyle{Bold: true}},
			&widget.Label{Text: fmt.Sprintf("%s potential · %s · %d", box.Potential.Label(), box.Performance.Label(), len(ids)),
				Truncation: fyne.TextTruncateEllipsis},
		)
		cell.Add(h.nameLinks(d.people, ids))
		if len(ids) > homeBoxMax {
			cell.Add(moreNote(len(ids)-homeBoxMax, "Sort People by potential to see everyone."))
		}
		cells = append(cells, widget.NewCard("", "", cell))
	}
	h.grid.Objects = cells
	h.grid.Refresh()
}

// showDue lists the first of what is due, overdue first, each opening its record.
func (h *homeArea) showDue(d *homeData) {
	items := d.due.Items
	fillList(h.due, len(items), func(i int) fyne.CanvasObject {
		it := items[i]
		// A hyperlink, unlike a button, wraps: a line says what, for whom and when.
		return &widget.Hyperlink{Text: d.due.Line(it), Wrapping: fyne.TextWrapWord, OnTapped: func() { h.a.openDue(it) }}
	}, fmt.Sprintf("Nothing is overdue or due in the next %d days.", talent.DefaultDueDays), "See them all in Due (Ctrl+8).")
}

func (h *homeArea) showRoles(d *homeData) {
	roles := d.ov.RolesWithoutReady
	empty := "Every key role has a successor ready now."
	if d.ov.Bench.Roles == 0 {
		empty = "No key roles yet. Add them in Succession to see where the business is exposed."
	}
	fillList(h.roles, len(roles), func(i int) fyne.CanvasObject {
		r := roles[i]
		holder := "vacant"
		if r.HolderID != 0 {
			holder = "held by " + d.people[r.HolderID].Name
		}
		return h.a.newLink(r.Title+" — "+holder, func() { h.onRole(r.ID) })
	}, empty, "See them all in Succession.")
}

func (h *homeArea) showPlans(d *homeData) {
	stalled, overdue := d.ov.StalledPlans, d.ov.OverdueMilestones
	fillList(h.stalled, len(stalled), func(i int) fyne.CanvasObject {
		sp := stalled[i]
		n := len(sp.Goals)
		return h.personLink(fmt.Sprintf("%s — %d stalled %s", d.people[sp.Plan.PersonID].Name, n, talent.Plural(n, "goal", "goals")), sp.Plan.PersonID)
	}, fmt.Sprintf("No stalled plans: every open goal had an update in the last %d days.", talent.StalledAfterDays), "Open each person's plan to update it.")
	fillList(h.overdue, len(overdue), func(i int) fyne.CanvasObject {
		om := overdue[i]
		return h.personLink(fmt.Sprintf("%s — %s check-point, due %s", d.people[om.PersonID].Name, om.Milestone.Label, talent.FormatDate(om.Milestone.Due)), om.PersonID)
	}, "No overdue milestones. They appear here after a promotion decision.", "Open each person's plan to tick them off.")
}

func (h *homeArea) showPeople(d *homeData) {
	assess, pairs, sole := d.ov.NeedingAssessment, d.ov.PairsNotMet, d.ov.SoleExperts
	fillList(h.assess, len(assess), func(i int) fyne.CanvasObject {
		return h.personLink(d.people[assess[i]].Name+" — "+assessedText(d.ov.Potential[assess[i]]), assess[i])
	}, "Everyone has a recent assessment with enough evidence.", "Sort People by last assessment to see everyone.")
	fillList(h.pairs, len(pairs), func(i int) fyne.CanvasObject {
		p := pairs[i]
		return h.personLink(fmt.Sprintf("%s mentoring %s — last met %s", p.Mentor(d.people[p.MentorID].Name), d.people[p.MenteeID].Name, talent.FormatDate(p.LastMet())), p.MenteeID)
	}, fmt.Sprintf("Every active mentoring pair met in the last %d days.", talent.NotMetAfterDays), "See them all in Mentoring.")
	fillList(h.sole, len(sole), func(i int) fyne.CanvasObject {
		return h.personLink(sole[i].Expertise+" — only "+d.people[sole[i].PersonID].Name, sole[i].PersonID)
	}, "No critical know-how rests on one person alone, as far as recorded.", "See them all in Succession.")
}

// nameLinks is a wrapped line of names, each opening the person's page: a box keeps
// several names in little space.
func (h *homeArea) nameLinks(people map[int64]talent.Person, ids []int64) *widget.RichText {
	links := &widget.RichText{Wrapping: fyne.TextWrapWord, Scroll: fyne.ScrollNone}
	for i, id := range ids[:min(len(ids), homeBoxMax)] {
		if i > 0 {
			links.Segments = append(links.Segments, &widget.TextSegment{Text: ", ", Style: widget.RichTextStyleInline})
		}
		links.Segments = append(links.Segments, &widget.HyperlinkSegment{Text: people[id].Name, OnTapped: func() { h.a.openPerson(id) }})
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
