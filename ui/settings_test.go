package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"leadbridge/internal/talent"
)

func openSettings(a *App) *settingsArea {
	a.Show(AreaSettings)
	return a.areaOf(AreaSettings).(*settingsArea)
}

// boxEditorFor finds the editor of one box of the grid.
func boxEditorFor(t *testing.T, s *settingsArea, b talent.Box) *boxEditor {
	t.Helper()
	for _, e := range s.boxes {
		if e.box == b {
			return e
		}
	}
	t.Fatalf("no editor for box %+v", b)
	return nil
}

func TestSettings_DataFile(t *testing.T) {
	a, db := newTestApp(t)
	s := openSettings(a)
	if s.path.Text != db.Path() {
		t.Errorf("path shown = %q, want %q", s.path.Text, db.Path())
	}
	test.Tap(s.copyPath)
	if got := a.fyne.Clipboard().Content(); got != db.Path() {
		t.Errorf("clipboard = %q, want the data file's path", got)
	}
}

func TestSettings_Paper(t *testing.T) {
	a, db := newTestApp(t)
	s := openSettings(a)
	if s.paper.Selected != "From the locale" {
		t.Errorf("paper starts as %q, want From the locale", s.paper.Selected)
	}
	for _, tc := range []struct{ label, want string }{
		{"A4", "a4"},
		{"Letter", "letter"},
		{"From the locale", ""},
	} {
		t.Run(tc.label, func(t *testing.T) {
			s.paper.SetSelected(tc.label)
			got, err := db.Setting(context.Background(), talent.PaperSetting)
			mustNoErr(t, err)
			if got != tc.want {
				t.Errorf("paper setting = %q, want %q", got, tc.want)
			}
		})
	}
	mustNoErr(t, db.SetSetting(context.Background(), talent.PaperSetting, "letter"))
	s.refresh()
	if s.paper.Selected != "Letter" {
		t.Errorf("paper shown = %q after a stored letter, want Letter", s.paper.Selected)
	}
}

func TestSettings_BoxLabels(t *testing.T) {
	a, db := newTestApp(t)
	s := openSettings(a)
	if len(s.boxes) != 9 {
		t.Fatalf("%d box editors, want 9", len(s.boxes))
	}
	if e := s.boxes[0]; e.box != (talent.Box{Performance: talent.PerformanceBelow, Potential: talent.PotentialHigh}) || e.name.Text != "Untapped potential" {
		t.Errorf("top-left box = %+v named %q, want high potential, below expectations", e.box, e.name.Text)
	}
	if !s.saveBoxes.Disabled() {
		t.Errorf("Save is enabled before any change")
	}

	star := boxEditorFor(t, s, talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh})
	star.name.SetText("Nächste Führungskraft ⭐")
	star.next.SetText("Als Nachfolger benennen.")
	test.Tap(s.saveBoxes)
	labels, err := db.BoxLabels(context.Background())
	mustNoErr(t, err)
	if got := labels[star.box]; got.Name != "Nächste Führungskraft ⭐" || got.NextStep != "Als Nachfolger benennen." {
		t.Errorf("stored label = %+v", got)
	}
	if len(labels) != 9 {
		t.Errorf("%d boxes stored, want all 9", len(labels))
	}

	star.name.SetText(" ")
	if got, want := s.boxProblem.Text, "Box name is required."; got != want || !s.saveBoxes.Disabled() {
		t.Errorf("problem = %q, want %q with Save disabled", got, want)
	}
	if got := fieldMessage(star.name); got != "Box name is required." {
		t.Errorf("field message = %q", got)
	}
	test.Tap(s.saveBoxes)
	labels, err = db.BoxLabels(context.Background())
	mustNoErr(t, err)
	if labels[star.box].Name != "Nächste Führungskraft ⭐" {
		t.Errorf("an invalid name reached the store")
	}

	test.Tap(s.useDefault)
	if star.name.Text != "Future leader" || s.saveBoxes.Disabled() {
		t.Errorf("after using defaults: name %q, save disabled %v", star.name.Text, s.saveBoxes.Disabled())
	}
	test.Tap(s.saveBoxes)
	labels, err = db.BoxLabels(context.Background())
	mustNoErr(t, err)
	if labels[star.box].Name != "Future leader" {
		t.Errorf("stored name after restoring = %q, want Future leader", labels[star.box].Name)
	}
}
