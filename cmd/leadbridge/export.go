package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"leadbridge/internal/fileout"
	"leadbridge/internal/report"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// runExport writes staff, a development plan or the succession summary to a file.
func runExport(e env, args []string) error {
	if len(args) == 0 {
		return usagef("export needs what to export: staff, plan, succession or person.")
	}
	switch args[0] {
	case "staff":
		return exportStaff(e, args[1:])
	case "plan":
		return exportPlan(e, args[1:])
	case "succession":
		return exportSuccession(e, args[1:])
	case "person":
		return exportPerson(e, args[1:])
	}
	return usagef("Unknown export %q; use staff, plan, succession or person.", args[0])
}

func exportPlan(e env, args []string) error {
	fs := newFlags("export plan")
	path := fs.String("db", "", "the database file")
	who := fs.String("person", "", "the person's name or ID")
	copyFlag := fs.String("copy", "mentor", "mentor or owner")
	paperFlag := fs.String("paper", "", "a4 or letter")
	out := fs.String("out", "", "the PDF file to write")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("export plan", "db", *path, "person", *who, "out", *out); err != nil {
		return err
	}
	if err := checkPaper(*paperFlag); err != nil {
		return err
	}
	cp, err := report.ParseCopy(*copyFlag)
	if err != nil {
		return usagef("%s", talent.ErrorMessage(err))
	}
	db, closeDB, err := openStore(e, *path, false)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	paper, err := choosePaper(ctx, db, *paperFlag)
	if err != nil {
		return err
	}
	p, err := findPerson(ctx, db, *who)
	if err != nil {
		return err
	}
	doc, err := report.LoadPlan(ctx, db, p.ID, e.now())
	if err != nil {
		return err
	}
	opt := report.Options{Paper: paper, Copy: cp, Made: e.now()}
	action, detail := report.PlanAudit(cp, p.ID, *out)
	if err := writeExport(db, *out, action, detail, func(w io.Writer) error { return report.WritePlan(w, doc, opt) }, nil); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote the development plan for %s (%s copy) to %s.\n", p.Name, cp, *out)
	return closeDB()
}

func exportSuccession(e env, args []string) error {
	fs := newFlags("export succession")
	path := fs.String("db", "", "the database file")
	paperFlag := fs.String("paper", "", "a4 or letter")
	out := fs.String("out", "", "the PDF file to write")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("export succession", "db", *path, "out", *out); err != nil {
		return err
	}
	if err := checkPaper(*paperFlag); err != nil {
		return err
	}
	db, closeDB, err := openStore(e, *path, false)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	paper, err := choosePaper(ctx, db, *paperFlag)
	if err != nil {
		return err
	}
	doc, err := report.LoadSuccession(ctx, db, e.now())
	if err != nil {
		return err
	}
	opt := report.Options{Paper: paper, Made: e.now()}
	action, detail := report.SuccessionAudit(*out)
	if err := writeExport(db, *out, action, detail, func(w io.Writer) error { return report.WriteSuccession(w, doc, opt) }, func(ctx context.Context) error { return doc.Record(ctx, db) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote the succession summary to %s.\n", *out)
	return closeDB()
}

// writeExport writes out from the data in db (never over the data itself: fileout.Write)
// and, before the file takes its name, records it (store.AuditExport).
func writeExport(db *store.DB, out, action, detail string, write func(io.Writer) error, also func(context.Context) error) error {
	return fileout.Write(db.Path(), out, write, func() error {
		return db.AuditExport(context.Background(), action, detail, also)
	})
}

// choosePaper picks the paper size: the flag, else the saved preference, else the locale.
func choosePaper(ctx context.Context, db *store.DB, flagValue string) (report.Paper, error) {
	preference := flagValue
	if preference == "" {
		saved, err := db.Setting(ctx, talent.PaperSetting)
		if err != nil {
			return 0, err
		}
		preference = saved
	}
	return report.ChoosePaper(preference, report.EnvLocale())
}

// checkPaper checks --paper before anything is opened, so a mistake in it is reported as
// the usage error it is.
func checkPaper(flagValue string) error {
	if strings.TrimSpace(flagValue) == "" {
		return nil
	}
	if _, err := report.ParsePaper(flagValue); err != nil {
		return usagef("%s", talent.ErrorMessage(err))
	}
	return nil
}

// findPerson resolves a --person argument: an ID, or a name matching exactly one person.
func findPerson(ctx context.Context, svc talent.PersonService, who string) (talent.Person, error) {
	if id, err := strconv.ParseInt(strings.TrimSpace(who), 10, 64); err == nil {
		return svc.Person(ctx, id)
	}
	people, err := svc.PeopleNamed(ctx, talent.CleanName(who))
	if err != nil {
		return talent.Person{}, err
	}
	switch len(people) {
	case 0:
		return talent.Person{}, talent.Errorf(talent.ENOTFOUND, "Nobody called %q is in this data file.", who)
	case 1:
		return people[0], nil
	}
	var list []string
	for _, p := range people {
		desc := fmt.Sprintf("%d (%s", p.ID, p.Name)
		if p.Team != "" {
			desc += ", " + p.Team
		}
		list = append(list, desc+")")
	}
	return talent.Person{}, talent.Errorf(talent.ECONFLICT, "%d people are called %q; give the ID of the one you mean: %s.", len(people), who, strings.Join(list, "; "))
}
