package ui

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// TestRatingsTab_GroupFigureNeedsThreeAnswers shows the direct reports' figure on the
// person's page only once three of them have answered.
func TestRatingsTab_GroupFigureNeedsThreeAnswers(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	std, err := db.Standard(ctx)
	if err != nil {
		t.Fatal(err)
	}
	answer := func(r talent.Rating) {
		t.Helper()
		a := talent.Assessment{PersonID: zoe.ID, Relationship: talent.RelDirectReport, Date: mustDate(t, "2026-03-10"),
			Round: mustDate(t, "2026-03-02"), Source: talent.SourcePack,
			Ratings: []talent.BehaviourRating{{BehaviourID: std.Competencies[0].Behaviours[0].ID, Rating: r}}}
		if err := db.SaveAssessment(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	answer(4)
	answer(2)
	pp := personPageOf(t, a, zoe.ID)
	pp.tabs.SelectIndex(len(pp.tabs.Items) - 1)
	markup := test.RenderToMarkup(a.win.Canvas())
	if strings.Contains(markup, "Direct reports") || strings.Contains(markup, "3.0") {
		t.Error("two direct reports' answers show as a figure")
	}
	if !strings.Contains(pp.ratings.held.Text, "2 anonymous answers from direct reports are held back") {
		t.Errorf("held = %q", pp.ratings.held.Text)
	}
	answer(3)
	pp.refresh()
	markup = test.RenderToMarkup(a.win.Canvas())
	if !strings.Contains(markup, "Direct reports") || !strings.Contains(markup, ">3.0<") {
		t.Errorf("three direct reports' answers do not show as a figure:\n%.2000s", markup)
	}
}

// TestRatings_AskChecksTheRequestBeforeTheFile asks for a manager's ratings: with nobody
// named, the form says so and Enter does not go on to the file; a name typed as names
// are matched everywhere, team and all, is that person, and the pack's file is offered
// under a name every system accepts, though the person's name holds a slash.
func TestRatings_AskChecksTheRequestBeforeTheFile(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë / Ångström"})
	addPerson(t, db, talent.Person{Name: "Jo Berg", Team: "Sales"})
	jo := addPerson(t, db, talent.Person{Name: "Jo Berg", Team: "Workshop"})
	dir := t.TempDir()
	a.usedFile(dir, true)
	test.Tap(personPageOf(t, a, zoe.ID).ratings.askBtn)

	formField[*choice[talent.Relationship]](t, a, "Rater").SetValue(talent.RelManager)
	sentTo := formField[*personOrName](t, a, "Sent to")
	a.win.Canvas().Focus(sentTo)
	press(a, fyne.KeyReturn)
	wantDialog(t, a, "Ask for ratings of Zoë / Ångström")
	if got := formProblem(t, a); got != "Name the manager who will answer this pack." {
		t.Errorf("with no manager named the form says %q", got)
	}
	if !dialogButton(t, a, "Save pack…").Disabled() {
		t.Error("Save pack… is enabled with no manager named")
	}

	sentTo.SetText("jo  berg (WORKSHOP)")
	press(a, fyne.KeyReturn)
	const name = "Ratings for Zoë Ångström - manager.html"
	wantFileName(t, a, name)
	tapDialogButton(t, a, "Save")
	path := filepath.Join(dir, name)
	wantDialog(t, a, "Rating pack saved", path)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the pack's file: %v", err)
	}
	packs, err := db.RatingPacks(context.Background(), zoe.ID)
	if err != nil || len(packs) != 1 || packs[0].Relationship != talent.RelManager || packs[0].RaterID != jo.ID || packs[0].RaterName != "" {
		t.Errorf("packs on file = %+v, %v; want one for the manager Jo Berg of Workshop (%d)", packs, err, jo.ID)
	}
}

// TestRatings_SelfPackGoesToThePerson asks for a self-rating: "Sent to" shows the person
// and cannot be changed, and the pack made names them as its rater, though another name
// was typed before the kind was chosen; choosing another kind empties the field again.
func TestRatings_SelfPackGoesToThePerson(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	addPerson(t, db, talent.Person{Name: "Jo Berg"})
	dir := t.TempDir()
	a.usedFile(dir, true)
	test.Tap(personPageOf(t, a, zoe.ID).ratings.askBtn)

	kind := formField[*choice[talent.Relationship]](t, a, "Rater")
	sentTo := formField[*personOrName](t, a, "Sent to")
	sentTo.SetText("Jo Berg")
	kind.SetValue(talent.RelSelf)
	if sentTo.Text != "Zoë Ångström" || !sentTo.Disabled() {
		t.Errorf("for a self-rating Sent to shows %q, disabled %v; want the person, fixed", sentTo.Text, sentTo.Disabled())
	}
	kind.SetValue(talent.RelPeer)
	if sentTo.Text != "" || sentTo.Disabled() {
		t.Errorf("back to a peer's pack Sent to shows %q, disabled %v; want it empty and open", sentTo.Text, sentTo.Disabled())
	}
	kind.SetValue(talent.RelSelf)
	press(a, fyne.KeyReturn)
	const name = "Ratings for Zoë Ångström - self.html"
	wantFileName(t, a, name)
	tapDialogButton(t, a, "Save")
	wantDialog(t, a, "Rating pack saved", filepath.Join(dir, name))
	packs, err := db.RatingPacks(context.Background(), zoe.ID)
	if err != nil || len(packs) != 1 || packs[0].Relationship != talent.RelSelf || packs[0].RaterID != zoe.ID {
		t.Errorf("packs on file = %+v, %v; want one self-rating with Zoë (%d) as the rater", packs, err, zoe.ID)
	}
}

// TestRatings_PackFileNameFitsEverySystem asks for a pack for people whose names hold
// a slash or are as long as a name may be: the file is offered under a name with no
// character a system refuses, within the length file systems allow.
func TestRatings_PackFileNameFitsEverySystem(t *testing.T) {
	for _, tc := range []struct{ case_, name, want string }{
		{"slash", "Zoë / Ångström", "Ratings for Zoë Ångström - direct report.html"},
		{"longest", strings.TrimSpace(strings.Repeat("Дмитрий ", 25)), "Ratings for Дмитрий Дмитрий"},
	} {
		t.Run(tc.case_, func(t *testing.T) {
			t.Setenv("HOME", t.TempDir())
			a, db := newTestApp(t)
			p := addPerson(t, db, talent.Person{Name: tc.name})
			test.Tap(personPageOf(t, a, p.ID).ratings.askBtn)
			a.win.Canvas().Unfocus()
			press(a, fyne.KeyReturn)
			var offered string
			walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".html") {
					offered = e.Text
				}
			})
			if !strings.HasPrefix(offered, strings.TrimSuffix(tc.want, ".html")) || !strings.HasSuffix(offered, " - direct report.html") ||
				strings.ContainsAny(offered, `/\:*?"<>|`) || len(offered) > 255 {
				t.Errorf("the pack is offered as %q (%d bytes)", offered, len(offered))
			}
		})
	}
}

// TestRatings_PackAndResponseAreJobs writes a pack and takes in its response with the
// jobs held: each shows its progress and does nothing on the UI goroutine, and does all
// once the job runs.
func TestRatings_PackAndResponseAreJobs(t *testing.T) {
	a, db := newTestApp(t)
	ctx := context.Background()
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	li := addPerson(t, db, talent.Person{Name: "李小龍"})
	pp := personPageOf(t, a, zoe.ID)
	jobs := holdJobs(t)
	path := filepath.Join(t.TempDir(), "pack.html")

	pp.ratings.writePack(ratings.Request{PersonID: zoe.ID, Kind: talent.RelManager, RaterID: li.ID, Today: a.today()}, path)
	wantDialog(t, a, "Writing the rating pack…")
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the pack's file is there before its job ran: %v", err)
	}
	jobs.run(t)
	wantDialog(t, a, "Rating pack saved")
	closeDialogs(a)
	if !strings.Contains(pp.ratings.packs.Text, "李小龍 (manager): Sent") {
		t.Errorf("the packs listed: %q", pp.ratings.packs.Text)
	}

	pp.ratings.importResponse(io.NopCloser(bytes.NewReader(answerPack(t, path))))
	wantDialog(t, a, "Taking in the ratings…")
	if as, err := db.Assessments(ctx, zoe.ID); err != nil || len(as) != 0 {
		t.Errorf("assessments before the job ran: %d, %v", len(as), err)
	}
	jobs.run(t)
	wantDialog(t, a, "Ratings taken in", "Took in ratings of Zoë Ångström")
	if as, err := db.Assessments(ctx, zoe.ID); err != nil || len(as) != 1 {
		t.Errorf("assessments after the job ran: %d, %v", len(as), err)
	}
	if !strings.Contains(pp.ratings.packs.Text, "李小龍 (manager): Returned") {
		t.Errorf("the packs listed after the response: %q", pp.ratings.packs.Text)
	}

	closeDialogs(a)
	pp.ratings.importResponse(io.NopCloser(strings.NewReader("not a response")))
	jobs.run(t)
	wantDialog(t, a, "This is not a rating response saved from a Leadbridge rating pack.")
}

// TestRatings_ImportPickerLargeInLastFolder opens the response picker: it fills most of
// the window in the folder last used, the folder a response is taken from is the next
// one's, and a file that can no longer be opened is said so.
func TestRatings_ImportPickerLargeInLastFolder(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	a, db := newTestApp(t)
	a.win.Resize(laptopWindow)
	zoe := addPerson(t, db, talent.Person{Name: "Zoë Ångström"})
	li := addPerson(t, db, talent.Person{Name: "李小龍"})
	pp := personPageOf(t, a, zoe.ID)
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack.html")
	pp.ratings.writePack(ratings.Request{PersonID: zoe.ID, Kind: talent.RelManager, RaterID: li.ID, Today: a.today()}, pack)
	closeDialogs(a)
	if err := os.WriteFile(filepath.Join(dir, "response.json"), answerPack(t, pack), 0o600); err != nil {
		t.Fatal(err)
	}
	sent := filepath.Join(dir, "sent")
	if err := os.Mkdir(sent, 0o700); err != nil {
		t.Fatal(err)
	}
	a.usedFile(sent, true)

	test.Tap(pp.ratings.importBtn)
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no file picker open")
	}
	if got := objectIn[*container.Split](t, top).Size(); got.Width < 0.8*laptopWindow.Width || got.Height < 0.7*laptopWindow.Height {
		t.Errorf("the picker is %v in a %v window, want nearly all of it", got, laptopWindow)
	}
	if shown := overlayText(a); !strings.Contains(shown, "sent") || strings.Contains(shown, "response") {
		t.Errorf("the picker does not open in %s; it shows:\n%s", sent, shown)
	}
	tapDialogButton(t, a, filepath.Base(dir)) // up to the folder the response is in
	tapFile(t, a, "response")
	tapDialogButton(t, a, "Open")
	wantDialog(t, a, "Ratings taken in")
	if got := a.fyne.Preferences().String(prefFolder); got != dir {
		t.Errorf("the folder remembered is %q, want %q", got, dir)
	}
	closeDialogs(a)

	gone := filepath.Join(dir, "gone.json")
	if err := os.WriteFile(gone, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	test.Tap(pp.ratings.importBtn)
	tapFile(t, a, "gone")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	tapDialogButton(t, a, "Open")
	wantDialog(t, a, "Your data has not been changed.")
}

// tapFile taps the file or folder whose name begins with name in the file picker in
// front.
func tapFile(t *testing.T, a *App, name string) {
	t.Helper()
	var found fyne.Tappable
	walkObjects(a.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if tp, ok := o.(fyne.Tappable); ok && found == nil && fmt.Sprintf("%T", o) == "*dialog.fileDialogItem" &&
			slices.ContainsFunc(strings.Split(screenText(o), "\n"), func(l string) bool { return strings.HasPrefix(l, name) }) {
			found = tp
		}
	})
	if found == nil {
		t.Fatalf("the picker lists no %q; it shows:\n%s", name, overlayText(a))
	}
	found.Tapped(&fyne.PointEvent{})
}

// heldJobs are background jobs started but not yet run.
type heldJobs struct{ jobs []func() }

// holdJobs keeps the background jobs started from now on until the test runs them.
func holdJobs(t *testing.T) *heldJobs {
	h := &heldJobs{}
	settled := background
	background = func(work func() error, finish func(error)) {
		h.jobs = append(h.jobs, func() { finish(work()) })
	}
	t.Cleanup(func() { background = settled })
	return h
}

// run runs the jobs held, in the order they started; there must be some.
func (h *heldJobs) run(t *testing.T) {
	t.Helper()
	if len(h.jobs) == 0 {
		t.Fatal("no job was started")
	}
	for len(h.jobs) > 0 {
		job := h.jobs[0]
		h.jobs = h.jobs[1:]
		job()
	}
}

// answerPack answers the first behaviour of the pack file at path as its page would,
// signed with the pack's checksum.
func answerPack(t *testing.T, path string) []byte {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	form := regexp.MustCompile(`data-code="([^"]+)" data-check="([^"]+)"`).FindSubmatch(page)
	first := regexp.MustCompile(`class="behaviour" data-id="(\d+)"`).FindSubmatch(page)
	if form == nil || first == nil {
		t.Fatal("the pack has no code, checksum or behaviour")
	}
	body := fmt.Sprintf(`{"date":"","ratings":[{"behaviour":%s,"text":"","rating":3,"evidence":""}],"derailers":[]}`, first[1])
	key, err := hex.DecodeString(string(form[2]))
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(body))
	out, err := json.Marshal(map[string]any{"format": "leadbridge-rating-response", "version": 1, "code": string(form[1]),
		"answers": body, "mac": hex.EncodeToString(mac.Sum(nil))})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
