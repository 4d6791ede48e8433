package report

import (
	"strings"
)

// ellipsis ends text that was cut to fit.
const ellipsis = "…"

// wrap breaks sanitised text into lines no wider than w in the current font, keeping
// the text's own line breaks. Words wider than a line are broken between characters.
// With maxLines above zero, text beyond that many lines is cut and the last line ends
// in an ellipsis. gofpdf's SplitText is not used: it panics on some input.
func (d *doc) wrap(s string, w float64, maxLines int) []string {
	var lines []string
	full := func() bool { return maxLines > 0 && len(lines) > maxLines }
	space := d.strWidth(" ")
	for _, para := range strings.Split(s, "\n") {
		line, lineW := "", 0.0
		for _, word := range strings.Fields(para) {
			ww := d.strWidth(word)
			if line != "" && lineW+space+ww <= w {
				line, lineW = line+" "+word, lineW+space+ww
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			for ww > w && !full() {
				head := d.prefix(word, w)
				lines = append(lines, head)
				word = word[len(head):]
				ww = d.strWidth(word)
			}
			line, lineW = word, ww
		}
		lines = append(lines, line)
		if full() {
			break
		}
	}
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if full() {
		lines = lines[:maxLines]
		lines[maxLines-1] = d.cut(lines[maxLines-1], w)
	}
	return lines
}

// prefix returns the longest leading part of word that fits in w, and at least its
// first character.
func (d *doc) prefix(word string, w float64) string {
	runes := []rune(word)
	if len(runes) == 0 {
		return ""
	}
	lo, hi := 1, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.strWidth(string(runes[:mid])) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo])
}

// fit cuts sanitised text to width w, ending it with an ellipsis when it was cut.
func (d *doc) fit(s string, w float64) string {
	if d.strWidth(s) <= w {
		return s
	}
	return d.cut(s, w)
}

// cut ends s with an ellipsis, shortening it as far as needed to fit in w.
func (d *doc) cut(s string, w float64) string {
	ew := d.strWidth(ellipsis)
	switch {
	case ew > w:
		return ""
	case d.strWidth(s)+ew <= w:
		return s + ellipsis
	}
	return strings.TrimRight(d.prefix(s, w-ew), " ") + ellipsis
}
