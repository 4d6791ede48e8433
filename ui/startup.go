package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"leadbridge/internal/talent"
)

// NewStartupError is the window shown instead of the app when the data cannot be opened
// (in use by another copy, damaged, from a newer version): someone who started Leadbridge
// from a desktop menu never sees the terminal, so the reason must be on screen.
func NewStartupError(fa fyne.App, err error) fyne.Window {
	w := fa.NewWindow("Leadbridge cannot open its data")
	msg := widget.NewLabel(talent.ErrorMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	quit := &widget.Button{Text: "Close", Icon: theme.CancelIcon(), Importance: widget.HighImportance, OnTapped: w.Close}
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(520, 200))
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape || k.Name == fyne.KeyReturn {
			w.Close()
		}
	})
	return w
}
