package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"

	"leadbridge/ui"
)

// showFitted shows gui's window fitted to the screen's work area (the screen less task
// bars and docks). Fyne has no call for the work area, so it asks GLFW, which Fyne's
// window driver runs on; every GLFW call must come from the main goroutine, as this does.
// The window is sized before it is shown, so that it never appears too large, counting
// one screen pixel a unit; once shown, its scale is known and it is fitted again.
func showFitted(gui *ui.App) {
	if glfw.Init() == nil { // a second Init, as Fyne's own, changes nothing
		gui.FitScreen(workArea(1))
	}
	w := gui.Window()
	w.Show()
	gui.FitScreen(workArea(w.Canvas().Scale()))
}

// workArea is the primary screen's work area in units of the given scale, or a zero size
// when the system does not say.
func workArea(scale float32) fyne.Size {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	_, _, width, height := m.GetWorkarea()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(width)/scale, float32(height)/scale)
}
