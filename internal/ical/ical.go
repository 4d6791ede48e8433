// Package ical writes what is due as an iCalendar file (RFC 5545) that calendar programs
// import: one all-day event per item, with a reminder the day before, and a cancelled
// event for each item the last file held that is no longer due.
package ical

import (
	"bufio"
	"context"
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

// WriteCalendar writes each event as an all-day event with a reminder the day before,
// or, for an item no longer due, as a cancelled event (see talent.PlanCalendar).
//
// A calendar program that imports the file again updates the events whose UID it already
// has when their SEQUENCE is higher. The UID is the item's key, which names its record,
// so it never changes; the sequence comes from what the last file of the same calendar
// said, so the same data gives the same file apart from DTSTAMP.
func WriteCalendar(w io.Writer, events []talent.CalendarEvent, opt Options) error {
	bw := bufio.NewWriter(w)
	l := lines{w: bw}
	l.put("BEGIN:VCALENDAR")
	l.put("VERSION:2.0")
	l.put("PRODID:-//Leadbridge//What is due//EN")
	l.put("CALSCALE:GREGORIAN")
	l.put("METHOD:PUBLISH")
	l.put("X-WR-CALNAME:" + escape(opt.Name))
	stamp := opt.Stamp.UTC().Format("20060102T150405Z")
	for _, ev := range events {
		l.put("BEGIN:VEVENT")
		l.put("UID:" + strings.ReplaceAll(ev.Key, ":", "-") + "@leadbridge")
		l.put("DTSTAMP:" + stamp)
		l.put(fmt.Sprintf("SEQUENCE:%d", ev.Sequence))
		l.put("DTSTART;VALUE=DATE:" + ev.Date.Format("20060102"))
		l.put("DTEND;VALUE=DATE:" + ev.Date.AddDate(0, 0, 1).Format("20060102"))
		l.put("TRANSP:TRANSPARENT") // a reminder, not time taken
		if ev.Cancelled {
			// The item may have been erased with its person: nothing of it is kept but
			// its key and date, so the event says only that it is no longer due.
			l.put("SUMMARY:No longer due")
			l.put("STATUS:CANCELLED")
			l.put("END:VEVENT")
			continue
		}
		summary := escape(ev.Person + ": " + ev.What)
		l.put("SUMMARY:" + summary)
		l.put("CATEGORIES:" + escape(string(ev.Kind)))
		l.put("STATUS:CONFIRMED")
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

// Calendar is a calendar file ready to be written: the owner's or one mentor's.
type Calendar struct {
	MentorID int64 // 0 for the owner's
	Name     string
	Events   []talent.CalendarEvent
	next     []talent.CalendarEntry // what to remember once it is written
}

// Plan reads what the last file of the calendar held, then plans the next one from the
// agenda, which must be the owner's or that mentor's (see talent.LoadAgenda).
func Plan(ctx context.Context, src talent.CalendarService, a talent.Agenda, mentor talent.Person) (Calendar, error) {
	last, err := src.CalendarExport(ctx, mentor.ID)
	if err != nil {
		return Calendar{}, err
	}
	c := Calendar{MentorID: mentor.ID, Name: talent.CalendarName(mentor)}
	c.Events, c.next = talent.PlanCalendar(a, last)
	return c, nil
}

// Write writes the calendar, made at stamp.
func (c Calendar) Write(w io.Writer, stamp time.Time) error {
	return WriteCalendar(w, c.Events, Options{Name: c.Name, Stamp: stamp})
}

// Record remembers what the written file holds, for the next file of the same calendar.
// Call it in the transaction that records the export, once the file is written.
func (c Calendar) Record(ctx context.Context, src talent.CalendarService) error {
	return src.SaveCalendarExport(ctx, c.MentorID, c.next)
}
