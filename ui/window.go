package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// The window's size is the user's: it opens at the size they last gave it, or at one that
// fits the screen, and no screen makes it grow: what does not fit scrolls.

// prefWindow is the preference that keeps the window's size between runs, as "width
// height": one value, so that closing the window writes the preferences file once.
const prefWindow = "window"

var (
	// defaultWindow is the size of the first window on a screen with room for it.
	defaultWindow = fyne.NewSize(1200, 780)
	// windowFrame is the room a screen keeps for the window's title bar and a task bar
	// when the system does not say how much of the screen windows may use.
	windowFrame = fyne.NewSize(0, 80)
)

// openAtRememberedSize gives the window the size it was closed at, or the default, and
// remembers its size when it closes.
func (a *App) openAtRememberedSize() {
	p := a.fyne.Preferences()
	size := defaultWindow
	var w, h float32
	if n, _ := fmt.Sscan(p.String(prefWindow), &w, &h); n == 2 && w > 0 && h > 0 {
		size = fyne.NewSize(w, h)
	}
	a.win.Resize(size)
	a.win.SetOnClosed(func() {
		size := a.win.Canvas().Size()
		setPreference(p, prefWindow, fmt.Sprintf("%g %g", size.Width, size.Height))
	})
}

// FitScreen makes the window fit a screen whose usable part, the work area outside task
// bars, measures screen: it keeps its size where that fits and shrinks where not, leaving
// room for its title bar. A zero size, for a screen the system does not describe,
// changes nothing.
func (a *App) FitScreen(screen fyne.Size) {
	if screen.Width <= 0 || screen.Height <= 0 {
		return
	}
	room := screen.Subtract(windowFrame)
	size := a.win.Canvas().Size()
	fit := fyne.NewSize(min(size.Width, room.Width), min(size.Height, room.Height))
	if fit != size {
		a.win.Resize(fit)
	}
}

// setPreference sets a preference only when its value changes. Fyne writes the whole
// preferences file at each change, and while it writes, its own watch on the file can
// read it half-written and log "Preferences load error: EOF"; a value that did not
// change need not be written at all.
func setPreference(p fyne.Preferences, key, value string) {
	if p.String(key) != value {
		p.SetString(key, value)
	}
}
