package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"leadbridge/internal/csvio"
	"leadbridge/internal/ical"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// runDue prints what is overdue and what falls due, or writes it as a spreadsheet or a
// calendar file: everyone's for the owner, or one mentor's.
func runDue(e env, args []string) error {
	fs := newFlags("due")
	path := fs.String("db", "", "the database file")
	days := fs.Int("days", talent.DefaultDueDays, "how many days ahead to look")
	mentorFlag := fs.String("mentor", "", "the mentor's name or ID")
	format := fs.String("format", "text", "text, csv or ics")
	out := fs.String("out", "", "the file to write")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("due", "db", *path); err != nil {
		return err
	}
	if err := checkDueFlags(*days, *format, *out); err != nil {
		return err
	}
	db, closeDB, err := openStore(e, *path, false)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	var mentor talent.Person
	if strings.TrimSpace(*mentorFlag) != "" {
		if mentor, err = findPerson(ctx, db, *mentorFlag); err != nil {
			return err
		}
	}
	a, err := talent.LoadAgenda(ctx, db, e.now(), *days, mentor.ID)
	if err != nil {
		return err
	}
	if *out == "" {
		return writeDueText(e.stdout, a, *days)
	}
	if err := writeDueFile(e, db, a, mentor, *format, *out); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s: %s.\n", *out, talent.Count(len(a.Items), "1 item", "items"))
	return closeDB()
}

// checkDueFlags reports mistakes in the flags before anything is opened.
func checkDueFlags(days int, format, out string) error {
	switch {
	case days < 0:
		return usagef("--days is %d; give how many days ahead to look, 0 or more.", days)
	case format != "text" && format != "csv" && format != "ics":
		return usagef("--format %q is not known; use text, csv or ics.", format)
	case format != "text" && out == "":
		return usagef("due --format %s needs --out.", format)
	}
	return nil
}

// writeDueFile writes the agenda to out in the format asked for, through writeExport so
// that the file is recorded in the audit log and never written over the data. A calendar
// file also remembers what it holds, for the next one (see ical.Plan).
func writeDueFile(e env, db *store.DB, a talent.Agenda, mentor talent.Person, format, out string) error {
	action, detail := talent.DueAudit(mentor.ID, format, out)
	switch format {
	case "csv":
		return writeExport(db, out, action, detail, func(w io.Writer) error { return csvio.WriteAgenda(w, a) }, nil)
	case "ics":
		cal, err := ical.Plan(context.Background(), db, a, mentor)
		if err != nil {
			return err
		}
		return writeExport(db, out, action, detail, func(w io.Writer) error { return cal.Write(w, e.now()) },
			func(ctx context.Context) error { return cal.Record(ctx, db) })
	}
	return writeExport(db, out, action, detail, func(w io.Writer) error {
		return writeDueText(w, a, talent.DaysBetween(a.AsOf, a.Until))
	}, nil)
}

// writeDueText writes the agenda group by group, a line per item.
func writeDueText(w io.Writer, a talent.Agenda, days int) error {
	bw := bufio.NewWriter(w)
	if len(a.Items) == 0 {
		fmt.Fprintf(bw, "Nothing is overdue or due in the next %s.\n", talent.Count(days, "day", "days"))
	}
	for _, g := range talent.DueGroups {
		items := a.In(g)
		if len(items) == 0 {
			continue
		}
		fmt.Fprintf(bw, "%s\n", g.Label())
		for _, d := range items {
			fmt.Fprintf(bw, "  %s\n", a.Line(d))
		}
	}
	return bw.Flush()
}
