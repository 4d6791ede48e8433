// Command window opens a bare Fyne window titled Leadbridge: the floor for launching the
// app (see BenchmarkRatios in cmd/leadbridge).
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Leadbridge")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
