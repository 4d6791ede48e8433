package main

import (
	"net/url"

	"fyne.io/fyne/v2"
	"golang.org/x/sys/windows"
)

// shellApp is the Fyne app with Windows's own way of opening a saved file.
type shellApp struct{ fyne.App }

// desktopApp adapts the Fyne app to the desktop it runs on.
func desktopApp(a fyne.App) fyne.App { return shellApp{a} }

// OpenURL opens a file in the program Windows uses for its type, as a double-click in
// Explorer does. Fyne hands file: addresses to url.dll, which must turn the address back
// into a path, its escaped spaces, "#" and letters outside ASCII included; Windows's shell
// is given the plain path instead. Other addresses go to Fyne.
func (a shellApp) OpenURL(u *url.URL) error {
	path, ok := windowsPath(u)
	if !ok {
		return a.App.OpenURL(u)
	}
	verb, err := windows.UTF16PtrFromString("open")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL)
}
