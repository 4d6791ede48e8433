package ui

import (
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// ratingsPanel is the Ratings tab of a person's page: rating packs sent and returned,
// and how each group sees the person, as far as the anonymity rules allow.
type ratingsPanel struct {
	pp                *personPage
	askBtn, importBtn *widget.Button
	figures           *fyne.Container
	held, packs       *widget.Label
	content           fyne.CanvasObject
}

func newRatingsPanel(pp *personPage) *ratingsPanel {
	r := &ratingsPanel{pp: pp}
	r.askBtn = &widget.Button{Text: "Ask for ratings…", Icon: theme.MailSendIcon(), OnTapped: r.onAsk}
	r.importBtn = &widget.Button{Text: "Import ratings…", Icon: theme.DownloadIcon(), OnTapped: r.onImport}
	r.figures = container.NewVBox()
	r.held = &widget.Label{Wrapping: fyne.TextWrapWord}
	r.packs = &widget.Label{Wrapping: fyne.TextWrapWord}
	about := &widget.Label{Wrapping: fyne.TextWrapWord, Text: fmt.Sprintf("Answers from peers and direct reports are anonymous: "+
		"a group's figure shows only when at least %d of them answered, here, in documents and in exports.", talent.MinGroup)}
	r.content = container.NewVScroll(container.NewVBox(container.NewHBox(r.askBtn, r.importBtn), about,
		widget.NewCard("How they are seen", "Competency scores, average of rated behaviours", container.NewVBox(r.figures, r.held)),
		widget.NewCard("Rating packs", "Who was sent one and whether it came back; never which answer is whose.", r.packs)))
	return r
}

func (r *ratingsPanel) view() fyne.CanvasObject { return r.content }

// refresh shows the figures and packs on file.
func (r *ratingsPanel) refresh() {
	ctx := r.pp.a.ctx()
	vs, err := r.pp.a.store.Views(ctx, r.pp.id)
	if err != nil {
		r.pp.a.showError(err)
		return
	}
	packs, err := r.pp.a.store.RatingPacks(ctx, r.pp.id)
	if err != nil {
		r.pp.a.showError(err)
		return
	}
	r.figures.Objects = figureRows(r.pp.std, vs)
	r.figures.Refresh()
	r.held.SetText(strings.Join(vs.Held, "\n"))
	r.packs.SetText(packLines(packs, r.pp.byID, r.pp.a.today()))
}

// figureRows lays the figures out as a table: one column per figure, one row per
// competency.
func figureRows(std talent.Standard, vs talent.Views) []fyne.CanvasObject {
	if len(vs.Figures) == 0 {
		return []fyne.CanvasObject{widget.NewLabel("No ratings yet.")}
	}
	grid := container.NewGridWithColumns(len(vs.Figures) + 1)
	grid.Add(widget.NewLabelWithStyle("Competency", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, v := range vs.Figures {
		grid.Add(&widget.Label{Text: v.Label + "\n" + v.Dates(), TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
	}
	for _, c := range std.Competencies {
		grid.Add(&widget.Label{Text: c.Name, Wrapping: fyne.TextWrapWord})
		for _, v := range vs.Figures {
			text := "—"
			if s, ok := v.Scores[c.ID]; ok {
				text = fmt.Sprintf("%.1f", s)
			}
			grid.Add(widget.NewLabel(text))
		}
	}
	return []fyne.CanvasObject{grid}
}

// packLines lists the packs, one a line.
func packLines(packs []talent.RatingPack, byID map[int64]talent.Person, today time.Time) string {
	if len(packs) == 0 {
		return "None sent yet."
	}
	var lines []string
	for _, p := range packs {
		who := p.RaterName
		if r, ok := byID[p.RaterID]; ok && p.RaterID != 0 {
			who = r.Name
		}
		if who == "" {
			who = "someone not named"
		}
		lines = append(lines, fmt.Sprintf("%s (%s): %s.", who, strings.ToLower(p.Relationship.Label()), p.Status(today)))
	}
	return strings.Join(lines, "\n")
}

// packKinds are the kinds of rater a pack can go to, as offered.
var packKinds = []talent.Relationship{talent.RelDirectReport, talent.RelPeer, talent.RelSelf, talent.RelManager, talent.RelMentor}

// onAsk asks for the kind of rater and who; once they make a pack that can be sent, it
// asks where to save it.
func (r *ratingsPanel) onAsk() {
	a := r.pp.a
	kind := newChoice(packKinds, talent.Relationship.Label)
	kind.SetValue(packKinds[0])
	rater := newPersonOrName(r.pp.people)
	// A self-rating pack goes to the person themselves: the form says so and keeps it so.
	kind.OnChanged = func(string) {
		if kind.Value() == talent.RelSelf {
			rater.SetText(r.pp.person.Name)
			rater.Disable()
		} else if rater.Disabled() {
			rater.SetText("")
			rater.Enable()
		}
	}
	request := func() ratings.Request {
		req := ratings.Request{PersonID: r.pp.id, Kind: kind.Value(), Today: a.today()}
		if req.Kind == talent.RelSelf {
			req.RaterID = r.pp.id
		} else {
			req.RaterID, req.RaterName = rater.value()
		}
		return req
	}
	items := []*widget.FormItem{
		{Text: "Rater", Widget: kind, HintText: "Peers' and direct reports' answers are anonymous."},
		{Text: "Sent to", Widget: rater, HintText: "Optional for peers and direct reports. Kept for you only, to see who answered; never in an anonymous pack."},
	}
	chosen := false
	ed := a.newEditor("Ask for ratings of "+r.pp.person.Name, "Save pack…", items, func() error { return request().Validate() },
		func() error { chosen = true; return nil })
	ed.dlg.SetOnClosed(func() { // the file dialog goes over the window, once this one is gone
		if !chosen {
			return
		}
		req := request()
		name := fileName(".html", "Ratings for "+r.pp.person.Name, strings.ToLower(req.Kind.Label()))
		a.saveAs(name, ".html", func(path string) { r.writePack(req, withExt(path, ".html")) })
	})
	ed.show(a.win.Canvas())
}

// writePack makes the pack req asks for and saves it as path, off the UI goroutine.
func (r *ratingsPanel) writePack(req ratings.Request, path string) {
	a := r.pp.a
	var p talent.RatingPack
	a.runInBackground("Rating pack", "Writing the rating pack…", func() (err error) {
		p, err = ratings.Write(a.ctx(), a.store, a.store.Path(), path, req)
		return err
	}, func() {
		dialog.ShowInformation("Rating pack saved", fmt.Sprintf("Send %s to the rater by email or on a USB stick. It opens in any browser, works without the internet, and can be answered until %s.",
			path, talent.FormatDate(p.Expires)), a.win)
		r.refresh()
	})
}

// onImport asks for a response file and takes it in.
func (r *ratingsPanel) onImport() {
	a := r.pp.a
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError(err)
			return
		}
		if rc != nil {
			a.usedFile(rc.URI().Path(), false)
			r.importResponse(rc)
		}
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".txt"}))
	a.showPicker(d, "")
}

// importResponse reads one response and takes it in, off the UI goroutine, then says
// what it brought.
func (r *ratingsPanel) importResponse(rc io.ReadCloser) {
	a := r.pp.a
	var res ratings.Imported
	a.runInBackground("Import ratings", "Taking in the ratings…", func() error {
		defer rc.Close()
		content, err := ratings.ReadResponse(rc)
		if err != nil {
			return err
		}
		res, err = ratings.Import(a.ctx(), a.store, content, a.today())
		return err
	}, func() {
		dialog.ShowInformation("Ratings taken in", res.String(), a.win)
		r.pp.refresh()
	})
}
