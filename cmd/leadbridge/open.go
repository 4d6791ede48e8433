package main

import (
	"net/url"
	"strings"
)

// windowsPath is the Windows path of a file: address ("file:///C:/Users/Zo%C3%AB/plan.pdf"
// and Fyne's "file://C:/Users/Zo%C3%AB/plan.pdf" are C:\Users\Zoë\plan.pdf,
// "file://server/share/plan.pdf" is \\server\share\plan.pdf), and false for any other
// address.
func windowsPath(u *url.URL) (string, bool) {
	if u == nil || u.Scheme != "file" {
		return "", false
	}
	p, host := u.Path, u.Host
	switch {
	case len(host) == 2 && host[1] == ':': // "file://C:/…", as Fyne writes it
		p, host = host+p, ""
	case len(p) >= 3 && p[0] == '/' && p[2] == ':': // "file:///C:/…"
		p = p[1:]
	}
	p = strings.ReplaceAll(p, "/", `\`)
	if host != "" && host != "localhost" {
		p = `\\` + host + p
	}
	return p, p != ""
}
