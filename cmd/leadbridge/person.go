package main

import (
	"context"
	"fmt"

	"leadbridge/internal/datafile"
	"leadbridge/internal/store"
	"leadbridge/internal/subject"
	"leadbridge/internal/talent"
)

// exportPerson writes everything held about one person as JSON and CSV files, for a
// subject-access request.
func exportPerson(e env, args []string) error {
	fs := newFlags("export person")
	path := fs.String("db", "", "the database file")
	who := fs.String("person", "", "the person's name or ID")
	out := fs.String("out", "", "the folder to write into")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("export person", "db", *path, "person", *who, "out", *out); err != nil {
		return err
	}
	// The export is recorded in the audit log, so it writes and takes the lock.
	db, closeDB, p, err := openAtPerson(e, *path, *who)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	res, err := subject.Export(ctx, db, p.ID, db.Path(), *out, e.now())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote everything held about %s (%d %s in %d %s) to %s.\n", p.Name,
		res.Records, talent.Plural(res.Records, "record", "records"), len(res.Files), talent.Plural(len(res.Files), "file", "files"), res.Folder)
	return closeDB()
}

// runErase removes a person and everything about them, or Leadbridge's backups.
func runErase(e env, args []string) error {
	if len(args) == 0 {
		return usagef("erase needs what to erase: erase person --db FILE --person NAME|ID --yes")
	}
	switch args[0] {
	case "person":
		return erasePerson(e, args[1:])
	case "backups":
		return eraseBackups(e, args[1:])
	}
	return usagef("Unknown erase %q; use person or backups.", args[0])
}

// erasePerson erases a person after --yes; without it, it says what would go.
func erasePerson(e env, args []string) error {
	fs := newFlags("erase person")
	path := fs.String("db", "", "the database file")
	who := fs.String("person", "", "the person's name or ID")
	yes := fs.Bool("yes", false, "erase for real")
	purge := fs.Bool("purge-backups", false, "also remove the backups that still hold the person")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("erase person", "db", *path, "person", *who); err != nil {
		return err
	}
	db, closeDB, p, err := openAtPerson(e, *path, *who)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	if !*yes {
		preview, err := db.PreviewErasure(ctx, p.ID)
		if err != nil {
			return err
		}
		return usagef("%s Nothing has been changed. To erase, run the command again with --yes.%s", describeErasure(preview, false), mentions(preview))
	}
	done, err := db.ErasePerson(ctx, p.ID)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, describeErasure(done, true)+mentions(done))
	if *purge {
		return purgeBackups(ctx, e, db, closeDB)
	}
	if done.Backups > 0 {
		fmt.Fprintln(e.stdout, backupsNote(done.Backups, db.Path(), *path))
	}
	return closeDB()
}

// backupsNote tells the user that older backups still hold an erased person, and how to
// remove them.
func backupsNote(n int, dbPath, flagPath string) string {
	return fmt.Sprintf("%s in %s still %s their data until %s rotated out; Leadbridge keeps the newest 10. "+
		"To remove them now, keeping one fresh backup of the current data, run:\n  leadbridge erase backups --db %s --yes",
		talent.Count(n, "One older backup", "older backups"), datafile.BackupDir(dbPath),
		talent.Plural(n, "holds", "hold"), talent.Plural(n, "it is", "they are"), flagPath)
}

// describeErasure says what an erasure removes (or removed) and changes in other people's
// records.
func describeErasure(x talent.Erasure, done bool) string {
	verb, shows := fmt.Sprintf("Erasing %s would remove them and", x.Name), "would show"
	if done {
		verb, shows = fmt.Sprintf("Erased %s and", x.Name), "now show"
	}
	msg := fmt.Sprintf("%s %s.", verb, x.RemovedText())
	if x.Records() > 0 {
		msg = fmt.Sprintf("%s %s: %s.", verb, talent.Count(x.Records(), "1 record", "records"), x.RemovedText())
	}
	if r := x.ReplacedText(); r != "" {
		msg += fmt.Sprintf(" In other people's records, %s %s %q in their place, or nothing.", r, shows, talent.FormerStaff)
	}
	if !done {
		msg += " This cannot be undone."
	}
	return msg
}

// mentions lists, on lines of their own, the records that still mention the person's
// first name, for the owner to review; "" when there are none.
func mentions(x talent.Erasure) string {
	if m := x.MentionsText(); m != "" {
		return "\n" + m
	}
	return ""
}

// eraseBackups removes Leadbridge's backups of the data after --yes.
func eraseBackups(e env, args []string) error {
	fs := newFlags("erase backups")
	path := fs.String("db", "", "the database file")
	yes := fs.Bool("yes", false, "remove them for real")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("erase backups", "db", *path); err != nil {
		return err
	}
	db, closeDB, err := openExisting(e, *path)
	if err != nil {
		return err
	}
	defer closeDB()
	if !*yes {
		bs, err := db.Backups()
		if err != nil {
			return err
		}
		return usagef("This would remove %s in %s and keep one fresh backup of the current data. Nothing has been changed. "+
			"To remove them, run the command again with --yes.", talent.Count(len(bs), "1 backup", "backups"), datafile.BackupDir(db.Path()))
	}
	return purgeBackups(context.Background(), e, db, closeDB)
}

func purgeBackups(ctx context.Context, e env, db *store.DB, closeDB func() error) error {
	removed, fresh, err := db.PurgeBackups(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Removed %s from %s and kept one fresh backup of the current data: %s.\n",
		talent.Count(removed, "1 backup", "backups"), datafile.BackupDir(db.Path()), fresh)
	return closeDB()
}

// openExisting opens a data file that must already exist, holding the lock: these
// commands write, and a mistyped name must not create an empty file.
func openExisting(e env, path string) (*store.DB, func() error, error) {
	if err := mustExist(path); err != nil {
		return nil, nil, err
	}
	return openStore(e, path, true)
}

// openAtPerson opens an existing data file for writing and finds the person a --person
// argument names in it.
func openAtPerson(e env, path, who string) (*store.DB, func() error, talent.Person, error) {
	db, closeDB, err := openExisting(e, path)
	if err != nil {
		return nil, nil, talent.Person{}, err
	}
	p, err := findPerson(context.Background(), db, who)
	if err != nil {
		closeDB()
		return nil, nil, talent.Person{}, err
	}
	return db, closeDB, p, nil
}
