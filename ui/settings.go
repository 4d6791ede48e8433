package ui

import (
	"context"
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// paperChoices pairs the paper setting's values with how they are offered.
var paperChoices = []struct{ value, label string }{
	{"", "From the locale"},
	{"a4", "A4"},
	{"letter", "Letter"},
}

// settingsArea shows where the data lives and how it is kept safe, with the audit log,
// and holds the preferences: the 9-box names and next steps, and the paper size for
// documents. Its sections are cards in one column.
type settingsArea struct {
	a          *App
	boxesDirty bool
	paperValue string                         // as loaded
	remindOff  bool                           // as loaded
	labels     map[talent.Box]talent.BoxLabel // as loaded

	root       *fyne.Container
	sections   *fyne.Container
	path       *widget.Label
	copyPath   *widget.Button
	backups    *widget.Label
	backUp     *widget.Button
	restore    *widget.Button
	purge      *widget.Button
	audit      *auditView
	boxes      []*boxEditor
	saveBoxes  *widget.Button
	useDefault *widget.Button
	boxProblem *widget.Label
	paper      *widget.RadioGroup
	remind     *checkBox
}

// boxEditor is one box of the 9-box grid with its name and suggested next step.
type boxEditor struct {
	box  talent.Box
	name *entry
	next *entry
}

func newSettingsArea(a *App) *settingsArea {
	s := &settingsArea{a: a}
	s.buildUI()
	return s
}

func (s *settingsArea) buildUI() {
	data := s.buildDataSafety()
	s.audit = newAuditView(s.a)
	audit := noteCard("Audit log", "Backups, restores, imports, exports and erasures, newest first. Entries can never be changed or removed, and never hold an erased person's data.",
		s.audit.root)

	s.boxProblem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	s.saveBoxes = &widget.Button{Text: "Save box names", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: s.onSaveBoxes}
	s.useDefault = &widget.Button{Text: "Use the default names", Icon: theme.ContentUndoIcon(), OnTapped: s.onUseDefaults}
	grid := noteCard("9-box names and next steps",
		"Only the ratings are stored on people; these names and steps are how the grid reads them.",
		container.NewVBox(s.boxGrid(), s.boxProblem, container.NewHBox(s.saveBoxes, s.useDefault)))

	s.paper = widget.NewRadioGroup(paperLabels(), s.onPaper)
	s.paper.Horizontal = true
	s.paper.Required = true
	docs := noteCard("Documents", "Paper size for printed development plans and succession summaries.", s.paper)
	look := widget.NewCard("Appearance", "", widget.NewLabel("Theme: follows the system, light or dark."))
	s.remind = newCheckBox("Remind me of what is overdue")
	s.remind.OnChanged = s.onRemind
	reminders := widget.NewCard("Reminders", "When Leadbridge starts, and once a day while it stays open, a desktop notification says how many things are overdue and which is the most urgent.", s.remind)

	s.sections = container.NewVBox(data, audit, docs, reminders, grid, look)
	s.root = container.NewStack(container.NewVScroll(s.sections))
}

// buildDataSafety is the card that says where the data is and how it is backed up, with
// the ways to back up, restore and purge.
func (s *settingsArea) buildDataSafety() fyne.CanvasObject {
	s.path = &widget.Label{Wrapping: fyne.TextWrapBreak, Selectable: true}
	s.copyPath = &widget.Button{Text: "Copy path", Icon: theme.ContentCopyIcon(), OnTapped: s.onCopyPath}
	s.backups = &widget.Label{Wrapping: fyne.TextWrapWord}
	s.backUp = &widget.Button{Text: "Back up now…", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: s.a.backUpNow}
	s.restore = &widget.Button{Text: "Restore from a backup…", Icon: theme.HistoryIcon(), OnTapped: s.a.restoreFromBackup}
	s.purge = &widget.Button{Text: "Purge backups…", Icon: theme.DeleteIcon(), OnTapped: func() { s.a.purgeBackups("") }}
	return noteCard("Data safety", "Everything Leadbridge knows is kept in this one file, on this computer only.",
		container.NewVBox(container.NewBorder(nil, nil, nil, s.copyPath, s.path), s.backups,
			container.NewHBox(s.backUp, s.restore, s.purge)))
}

// backupsText says how the data is backed up and what the newest backup is.
func backupsText(bs []talent.BackupInfo) string {
	s := "Leadbridge backs the data up every day it starts, into the backups folder beside the file, and keeps the most recent backups. "
	if len(bs) == 0 {
		return s + "There is no backup yet."
	}
	return s + fmt.Sprintf("The newest was made on %s; %s kept.", madeText(bs[0].Made), talent.Count(len(bs), "1 backup is", "backups are"))
}

// boxGrid lays the nine boxes out as the grid is drawn: potential from high (top) to low,
// performance from below (left) to exceeds expectations.
func (s *settingsArea) boxGrid() fyne.CanvasObject {
	cols := weightedColumns{1, 2, 2, 2}
	header := &fyne.Container{Layout: cols, Objects: []fyne.CanvasObject{widget.NewLabel("")}}
	for _, perf := range talent.Performances {
		header.Add(widget.NewLabelWithStyle(perf.Label(), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	rows := container.NewVBox(header)
	var row *fyne.Container
	for i, b := range talent.Boxes() {
		if i%len(talent.Performances) == 0 {
			row = &fyne.Container{Layout: cols, Objects: []fyne.CanvasObject{
				&widget.Label{Text: b.Potential.Label() + " potential", TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}}}
			rows.Add(row)
		}
		e := &boxEditor{box: b, name: newEntry("", requiredName("Box name")),
			next: newNotesEntry("Suggested next step", nil)}
		e.next.SetMinRowsVisible(3)
		e.name.OnChanged = func(string) { s.boxesChanged() }
		e.next.OnChanged = func(string) { s.boxesChanged() }
		s.boxes = append(s.boxes, e)
		row.Add(container.NewVBox(e.name, e.next))
	}
	return rows
}

func paperLabels() []string {
	var out []string
	for _, p := range paperChoices {
		out = append(out, p.label)
	}
	return out
}

func (s *settingsArea) view() fyne.CanvasObject { return s.root }

// refresh reloads the settings; box names being edited are kept until saved.
func (s *settingsArea) refresh() {
	s.path.SetText(s.a.store.Path())
	// Said here rather than in a dialog: Settings reloads after every save elsewhere.
	if bs, err := s.a.store.Backups(); err != nil {
		fyne.LogError("list backups", err)
		s.backups.SetText(talent.ErrorMessage(err))
	} else {
		s.backups.SetText(backupsText(bs))
	}
	s.a.reload(s.load, s.show)
}

// load reads the audit log, the paper setting and, unless being edited, the box names.
func (s *settingsArea) load() (err error) {
	ctx := s.a.ctx()
	if err = s.audit.load(ctx, s.a.store); err != nil {
		return err
	}
	if s.paperValue, err = s.a.store.Setting(ctx, talent.PaperSetting); err != nil {
		return err
	}
	remind, err := s.a.store.Setting(ctx, talent.ReminderSetting)
	if err != nil {
		return err
	}
	s.remindOff = remind == "off"
	if !s.boxesDirty {
		s.labels, err = s.a.store.BoxLabels(ctx)
	}
	return err
}

func (s *settingsArea) show() {
	s.showPaper(s.paperValue)
	on := s.remind.OnChanged
	s.remind.OnChanged = nil
	s.remind.SetChecked(!s.remindOff)
	s.remind.OnChanged = on
	if !s.boxesDirty {
		s.showBoxes(s.labels)
	}
}

func (s *settingsArea) showPaper(value string) {
	on := s.paper.OnChanged
	s.paper.OnChanged = nil
	for _, p := range paperChoices {
		if p.value == value {
			s.paper.SetSelected(p.label)
		}
	}
	s.paper.OnChanged = on
}

// showBoxes fills the grid; the domain's defaults show where no name is stored.
func (s *settingsArea) showBoxes(labels map[talent.Box]talent.BoxLabel) {
	defaults := talent.DefaultBoxLabels()
	for _, e := range s.boxes {
		l, ok := labels[e.box]
		if !ok {
			l = defaults[e.box]
		}
		e.name.SetText(l.Name)
		e.next.SetText(l.NextStep)
	}
	s.boxesDirty = false
	s.checkBoxes()
}

func (s *settingsArea) boxesChanged() {
	s.boxesDirty = true
	s.checkBoxes()
}

// checkBoxes shows the first problem with the box names and enables Save when none.
func (s *settingsArea) checkBoxes() {
	var err error
	for _, e := range s.boxes {
		l := talent.BoxLabel{Name: e.name.Text, NextStep: e.next.Text}
		if err = l.Validate(); err != nil {
			break
		}
	}
	s.boxProblem.SetText(talent.ErrorMessage(err))
	enableIf(s.saveBoxes, err == nil && s.boxesDirty)
}

// onSaveBoxes saves all nine boxes in one transaction.
func (s *settingsArea) onSaveBoxes() {
	err := s.a.store.Batch(s.a.ctx(), func(ctx context.Context) error {
		for _, e := range s.boxes {
			if err := s.a.store.SaveBoxLabel(ctx, e.box, talent.BoxLabel{Name: e.name.Text, NextStep: e.next.Text}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.a.showError(err)
		return
	}
	s.boxesDirty = false
	s.refresh()
}

// onUseDefaults puts the default names in the grid, to be saved like any edit.
func (s *settingsArea) onUseDefaults() {
	s.showBoxes(talent.DefaultBoxLabels())
	s.boxesChanged()
}

func (s *settingsArea) onPaper(label string) {
	value := ""
	for _, p := range paperChoices {
		if p.label == label {
			value = p.value
		}
	}
	if err := s.a.store.SetSetting(s.a.ctx(), talent.PaperSetting, value); err != nil {
		s.a.showError(err)
		s.refresh()
	}
}

func (s *settingsArea) onRemind(on bool) {
	value := "off"
	if on {
		value = ""
	}
	if err := s.a.store.SetSetting(s.a.ctx(), talent.ReminderSetting, value); err != nil {
		s.a.showError(err)
		s.refresh()
	}
}

func (s *settingsArea) onCopyPath() {
	s.a.fyne.Clipboard().SetContent(s.a.store.Path())
}

// auditView lists the audit log, newest first, one line an entry; the selected entry's
// detail shows in full below.
type auditView struct {
	entries []talent.AuditEntry
	list    *widget.List
	empty   *widget.Label
	detail  *widget.Label
	root    fyne.CanvasObject
}

// auditColumns are the widths of When, Who, What and Detail.
var auditColumns = weightedColumns{2, 2, 2, 5}

func newAuditView(a *App) *auditView {
	v := &auditView{
		empty:  emptyNote("Nothing recorded yet. Backups, restores, imports, exports and erasures will be listed here."),
		detail: &widget.Label{Wrapping: fyne.TextWrapWord, Selectable: true},
	}
	v.list = widget.NewList(func() int { return len(v.entries) }, func() fyne.CanvasObject { return newAuditRow(a) }, v.updateRow)
	v.list.OnSelected = func(i widget.ListItemID) { v.detail.SetText(auditText(v.entries[i])) }
	header := &fyne.Container{Layout: auditColumns}
	for _, h := range []string{"When", "Who", "What", "Detail"} {
		header.Add(boldLabel(h))
	}
	height := canvas.NewRectangle(color.Transparent)
	height.SetMinSize(fyne.NewSize(0, 220))
	v.root = container.NewVBox(header, container.NewStack(height, v.list, v.empty), v.detail)
	return v
}

func newAuditRow(a *App) fyne.CanvasObject {
	row := &fyne.Container{Layout: auditColumns}
	for range 4 {
		row.Add(a.newCellLabel())
	}
	return row
}

func (v *auditView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	e := v.entries[i]
	for col, text := range []string{auditWhen(e), e.Actor, e.Action, e.Detail} {
		o.(*fyne.Container).Objects[col].(*cellLabel).SetText(text)
	}
}

// load reads the audit log, which the store keeps oldest first, and shows it newest first.
func (v *auditView) load(ctx context.Context, s Store) error {
	log, err := s.AuditLog(ctx)
	if err != nil {
		return err
	}
	slices.Reverse(log)
	v.entries = log
	v.list.UnselectAll()
	v.detail.SetText("")
	v.empty.Hidden = len(log) > 0
	v.empty.Refresh()
	v.list.Refresh()
	return nil
}

func auditWhen(e talent.AuditEntry) string { return e.At.Local().Format("2 Jan 2006 15:04") }

// auditText is one entry in full.
func auditText(e talent.AuditEntry) string {
	return auditWhen(e) + " · " + e.Actor + " · " + e.Action + "\n" + e.Detail
}
