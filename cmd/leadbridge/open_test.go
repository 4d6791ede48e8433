package main

import (
	"net/url"
	"testing"

	"fyne.io/fyne/v2/storage/repository"
)

func TestWindowsPath(t *testing.T) {
	for in, want := range map[string]string{
		"file:///C:/Users/Zo%C3%AB/My%20Plans/plan.pdf": `C:\Users\Zoë\My Plans\plan.pdf`,
		"file://server/share/plan.pdf":                  `\\server\share\plan.pdf`,
		"file://localhost/C:/plan.pdf":                  `C:\plan.pdf`,
		"https://example.com/plan.pdf":                  "",
		"file://":                                       "",
	} {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := windowsPath(u)
		if got != want || ok != (want != "") {
			t.Errorf("windowsPath(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	// What the app hands over: Fyne's file URI of a Windows path (with the slashes Fyne
	// turns the backslashes into), as the ui parses it.
	u, err := url.Parse(repository.NewFileURI("C:/Users/Zoë/My Plans/plan #2.pdf").String())
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := windowsPath(u); got != `C:\Users\Zoë\My Plans\plan #2.pdf` {
		t.Errorf("windowsPath of Fyne's URI = %q", got)
	}
}
