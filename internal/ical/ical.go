// Package ical writes what is due as an iCalendar file (RFC 5545) that calendar programs
// import: one all-day event per item, with a reminder the day before.
package ical

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// Options say what the calendar is called and when it is made.
type Options struct {
	Name  string    // the calendar's name, shown by programs that read X-WR-CALNAME
	Stamp time.Time // DTSTAMP: when the file is made, the only thing two exports of the same data differ in
}

// sequenceEpoch is the day SEQUENCE counts from.
var sequenceEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteAgenda writes every item of the agenda as an all-day event.
//
// A calendar program that imports the file again updates the events whose UID it already
// has, when their SEQUENCE is higher. The UID is the item's key, which names its record.
// SEQUENCE is the item's date counted in days since 2000, so it comes from the data alone:
// Leadbridge keeps no record of what it exported, the same data gives the same file, and
// a date that moves later, as a next meeting does when one is logged or a stall date when
// a goal is updated, gives a higher SEQUENCE. A date moved earlier gets a lower one, and
// some programs then keep the old event; only a stored history could avoid that.
func WriteAgenda(w io.Writer, a talent.Agenda, opt Options) error {
	bw := bufio.NewWriter(w)
	l := lines{w: bw}
	l.put("BEGIN:VCALENDAR")
	l.put("VERSION:2.0")
	l.put("PRODID:-//Leadbridge//What is due//EN")
	l.put("CALSCALE:GREGORIAN")
	l.put("METHOD:PUBLISH")
	l.put("X-WR-CALNAME:" + escape(opt.Name))
	stamp := opt.Stamp.UTC().Format("20060102T150405Z")
	for _, d := range a.Items {
		summary := escape(d.Person + ": " + d.What)
		l.put("BEGIN:VEVENT")
		l.put("UID:" + strings.ReplaceAll(d.Key, ":", "-") + "@leadbridge")
		l.put("DTSTAMP:" + stamp)
		l.put(fmt.Sprintf("SEQUENCE:%d", talent.DaysBetween(sequenceEpoch, d.Date)))
		l.put("DTSTART;VALUE=DATE:" + d.Date.Format("20060102"))
		l.put("DTEND;VALUE=DATE:" + d.Date.AddDate(0, 0, 1).Format("20060102"))
		l.put("SUMMARY:" + summary)
		l.put("CATEGORIES:" + escape(string(d.Kind)))
		l.put("TRANSP:TRANSPARENT") // a reminder, not time taken
		l.put("BEGIN:VALARM")
		l.put("ACTION:DISPLAY")
		l.put("TRIGGER:-P1D")
		l.put("DESCRIPTION:" + summary)
		l.put("END:VALARM")
		l.put("END:VEVENT")
	}
	l.put("END:VCALENDAR")
	if l.err != nil {
		return l.err
	}
	return bw.Flush()
}

// lines writes content lines as RFC 5545 wants them: ending in CRLF and folded so that
// no line is longer than 75 octets, never inside a UTF-8 character.
type lines struct {
	w   *bufio.Writer
	err error
}

func (l *lines) put(s string) {
	const maxOctets = 75
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		l.write(s[:cut] + "\r\n ")
		s, limit = s[cut:], maxOctets-1 // a continuation line starts with a space
	}
	l.write(s + "\r\n")
}

func (l *lines) write(s string) {
	if l.err == nil {
		_, l.err = l.w.WriteString(s)
	}
}

// escape writes text as an iCalendar TEXT value: backslash, semicolon and comma escaped,
// line breaks as \n.
var escape = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace
