//go:build !windows

package main

import "fyne.io/fyne/v2"

// desktopApp adapts the Fyne app to the desktop it runs on: outside Windows, Fyne's own
// ways serve.
func desktopApp(a fyne.App) fyne.App { return a }
