package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// workArea is the part of the primary screen that windows may use (the screen less task
// bars and docks), in the units of w's canvas, or a zero size when the system does not
// say. Fyne has no call for it, so it asks GLFW, which Fyne's window driver runs on: w
// must have been shown, so that GLFW is running and w's scale is known, and the call
// must come from the main goroutine, as every GLFW call must.
func workArea(w fyne.Window) fyne.Size {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	_, _, width, height := m.GetWorkarea()
	scale := w.Canvas().Scale()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(width)/scale, float32(height)/scale)
}
