package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// runRatings makes a rating pack for someone without Leadbridge, or takes in the
// responses saved from packs.
func runRatings(e env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "pack":
			return runRatingsPack(e, args[1:])
		case "import":
			return runRatingsImport(e, args[1:])
		}
	}
	return usagef("ratings needs what to do: ratings pack or ratings import.")
}

func runRatingsPack(e env, args []string) error {
	fs := newFlags("ratings pack")
	path := fs.String("db", "", "the database file")
	who := fs.String("person", "", "the person to be rated, by name or ID")
	kind := fs.String("kind", "", packKinds)
	rater := fs.String("rater", "", "who the pack goes to, by name or ID")
	out := fs.String("out", "", "the pack file to write")
	if err := noPositional(fs, args); err != nil {
		return err
	}
	if err := need("ratings pack", "db", *path, "person", *who, "kind", *kind, "out", *out); err != nil {
		return err
	}
	rel, err := packKind(*kind, *rater)
	if err != nil {
		return err
	}
	db, closeDB, person, err := openAtPerson(e, *path, *who)
	if err != nil {
		return err
	}
	defer closeDB()
	ctx := context.Background()
	req := ratings.Request{PersonID: person.ID, Kind: rel, Today: e.now()}
	if strings.TrimSpace(*rater) != "" {
		// A rater on file is linked; anyone else is kept by name.
		if r, err := findPerson(ctx, db, *rater); err == nil {
			req.RaterID = r.ID
		} else if talent.ErrorCode(err) == talent.ENOTFOUND {
			req.RaterName = *rater
		} else {
			return err
		}
	}
	p, err := ratings.Write(ctx, db, db.Path(), *out, req)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s: a rating pack about %s%s, open until %s.\n", *out, person.Name,
		packFor(rel), talent.FormatDate(p.Expires))
	return closeDB()
}

// packKinds lists the kinds of rater a pack can go to, as typed after --kind.
const packKinds = "self, peer, direct-report, mentor or manager"

// packKind reads --kind for a pack going to rater, as a usage mistake if the pack cannot
// be made: a kind not known, the owner (who rates in the app), or a mentor or manager
// left unnamed.
func packKind(kind, rater string) (talent.Relationship, error) {
	rel, _ := talent.ParseRelationship(kind)
	switch {
	case rel == talent.RelOwner:
		return rel, usagef("--kind owner: the owner rates in Leadbridge itself and is not sent a pack; a pack can go to %s.", packKinds)
	case !rel.Packable():
		return rel, usagef("--kind %q is not known; use %s.", kind, packKinds)
	case rel.NamesRater() && strings.TrimSpace(rater) == "":
		who := strings.ToLower(rel.Label())
		return rel, usagef("A %s's pack needs --rater NAME: the %s who will answer it.", who, who)
	}
	return rel, nil
}

// packFor says whom a pack is for, to follow "a rating pack about NAME".
func packFor(rel talent.Relationship) string {
	if rel == talent.RelSelf {
		return ", a self-assessment"
	}
	return " for " + rel.Rater()
}

func runRatingsImport(e env, args []string) error {
	fs := newFlags("ratings import")
	path := fs.String("db", "", "the database file")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := need("ratings import", "db", *path); err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("ratings import needs at least one response file.")
	}
	db, closeDB, err := openExisting(e, *path)
	if err != nil {
		return err
	}
	defer closeDB()
	refused := 0
	for _, f := range files {
		res, err := importResponse(e, db, f)
		if err != nil && talent.ErrorCode(err) == talent.EINTERNAL {
			return err
		} else if err != nil {
			refused++
			fmt.Fprintf(e.stderr, "%s: %s\n", f, talent.ErrorMessage(err))
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", f, res)
	}
	if refused > 0 {
		return talent.Errorf(talent.EINVALID, "%s refused; nothing was taken in from %s.",
			talent.Count(refused, "One response was", "responses were"), talent.Plural(refused, "it", "them"))
	}
	return closeDB()
}

// importResponse takes in one response file.
func importResponse(e env, st ratings.Store, file string) (ratings.Imported, error) {
	f, err := os.Open(file)
	if errors.Is(err, os.ErrNotExist) {
		return ratings.Imported{}, talent.Errorf(talent.ENOTFOUND, "There is no file here.")
	} else if err != nil {
		return ratings.Imported{}, talent.Errorf(talent.EINVALID, "This file cannot be read: %v.", err)
	}
	defer f.Close()
	content, err := ratings.ReadResponse(f)
	if err != nil {
		return ratings.Imported{}, err
	}
	return ratings.Import(context.Background(), st, content, e.now())
}
