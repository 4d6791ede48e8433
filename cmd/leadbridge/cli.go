package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"leadbridge/internal/datafile"
	"leadbridge/internal/lock"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// Exit codes: 0 success, 1 failure, 2 usage error.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

const usage = `Usage:
  leadbridge [--db FILE]                                open the app
  leadbridge demo --db FILE [--people N]                create a data file with a sample business
  leadbridge import staff --db FILE PEOPLE.csv          add people from a spreadsheet (all or nothing)
  leadbridge export staff --db FILE --out PEOPLE.csv    the staff list as a spreadsheet
  leadbridge export plan --db FILE --person NAME|ID [--copy mentor|owner] [--paper a4|letter] --out FILE.pdf
  leadbridge export succession --db FILE [--paper a4|letter] --out FILE.pdf
  leadbridge export person --db FILE --person NAME|ID --out FOLDER
                                                        everything held about one person (JSON and CSV)
  leadbridge erase person --db FILE --person NAME|ID --yes [--purge-backups]
                                                        remove a person and everything about them
  leadbridge erase backups --db FILE --yes              remove the automatic backups
  leadbridge backup --db FILE --out FILE                a checked copy of the data
  leadbridge check --db FILE                            integrity and schema check
  leadbridge due --db FILE [--days N] [--mentor NAME|ID] [--format text|csv|ics] [--out FILE]
                                                        what is overdue and due in the next N days
                                                        (14 unless told): everyone's, or only what
                                                        a mentor's mentees have and nothing owner-only
  leadbridge ratings pack --db FILE --person NAME|ID --kind self|peer|direct-report|mentor|manager [--rater NAME] --out FILE.html
                                                        a rating form for someone without Leadbridge
  leadbridge ratings import --db FILE RESPONSE...       take in the answers saved from rating packs

--out replaces an ordinary file of that name (an earlier export), and is recorded in the
data file's audit log. It never writes over the data file, its -wal, -shm or .lock file,
anything in its backups folder, or anything that is not an ordinary file.
`

// usageError is a mistake in how the command was called: it exits 2 with the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// env is what every command gets: where to write and what time it is.
type env struct {
	stdout, stderr io.Writer
	now            func() time.Time
}

// command runs one subcommand with its own arguments.
type command func(e env, args []string) error

var commands = map[string]command{
	"demo":    runDemo,
	"import":  runImport,
	"export":  runExport,
	"backup":  runBackup,
	"erase":   runErase,
	"check":   runCheck,
	"due":     runDue,
	"ratings": runRatings,
}

// run executes the command line and returns the exit code. Nothing it does lets a panic or
// a stack trace reach the user.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			logCrash(r)
			fmt.Fprintln(stderr, "Leadbridge stopped because of an internal error. Your data has not been changed.")
			code = exitFail
		}
	}()
	e := env{stdout: stdout, stderr: stderr, now: time.Now}
	err := dispatch(e, args)
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s\n\n%s", ue.msg, usage)
		return exitUsage
	}
	fmt.Fprintln(stderr, talent.ErrorMessage(err))
	if talent.ErrorCode(err) == talent.EINTERNAL && os.Getenv("LEADBRIDGE_DEBUG") != "" {
		fmt.Fprintln(stderr, "Details:", err)
	}
	return exitFail
}

func dispatch(e env, args []string) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		if args[0] == "help" {
			return flag.ErrHelp
		}
		cmd, ok := commands[args[0]]
		if !ok {
			return usagef("Unknown command %q.", args[0])
		}
		return cmd(e, args[1:])
	}
	return runGUI(e, args)
}

// newFlags makes a flag set that reports mistakes as usage errors instead of printing.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse reads flags and positional arguments in any order ("import staff a.csv --db x").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%s: %s.", fs.Name(), strings.TrimSuffix(err.Error(), "."))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// noPositional parses flags for a command that takes no other arguments.
func noPositional(fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("%s does not take %q.", fs.Name(), pos[0])
	}
	return nil
}

// need reports the first missing required flag as a usage error. flags alternates flag
// names and their values: need("backup", "db", *path, "out", *out).
func need(cmd string, flags ...string) error {
	for i := 0; i+1 < len(flags); i += 2 {
		if strings.TrimSpace(flags[i+1]) == "" {
			return usagef("%s needs --%s.", cmd, flags[i])
		}
	}
	return nil
}

// openStore opens the data file for a command, holding the single-instance lock when
// the command writes. closeFn releases both; calling it again is harmless, so commands can
// defer it and still check the error of an explicit call.
func openStore(e env, path string, writes bool) (db *store.DB, closeFn func() error, err error) {
	if err := datafile.CheckLocal(path); err != nil {
		return nil, nil, err
	}
	if !writes {
		// A command that only reads must not turn a mistyped --db into a new, empty file.
		if err := mustExist(path); err != nil {
			return nil, nil, err
		}
	}
	release := func() {}
	if writes {
		if release, err = lock.Acquire(path); err != nil {
			return nil, nil, err
		}
	}
	db, err = store.Open(path, store.Options{Actor: actor(), Now: e.now, HoldsLock: writes})
	if err != nil {
		release()
		return nil, nil, err
	}
	return db, sync.OnceValue(func() error {
		defer release()
		return db.Close()
	}), nil
}

// mustExist refuses a data file that is not there.
func mustExist(path string) error {
	if fi, err := os.Stat(path); err != nil || fi.IsDir() {
		return talent.Errorf(talent.EINVALID, "There is no data file at %s. Check the path given with --db.", path)
	}
	return nil
}

// actor names who enters records: the operating-system user, since Leadbridge has no
// accounts.
func actor() string {
	if u, err := user.Current(); err == nil {
		if u.Name != "" {
			return u.Name
		}
		return u.Username
	}
	return "unknown"
}

// defaultDBPath is the data file in the user's data folder.
func defaultDBPath() (string, error) {
	var dir string
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd":
		dir = os.Getenv("XDG_DATA_HOME")
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", talent.Errorf(talent.EINVALID, "Leadbridge cannot find your home folder; give the data file with --db FILE.")
			}
			dir = filepath.Join(home, ".local", "share")
		}
	default:
		d, err := os.UserConfigDir()
		if err != nil {
			return "", talent.Errorf(talent.EINVALID, "Leadbridge cannot find your data folder; give the data file with --db FILE.")
		}
		dir = d
	}
	return filepath.Join(dir, "leadbridge", "leadbridge.db"), nil
}

// logCrash keeps the details of an internal error where support can find them, without
// showing a stack trace to the user.
func logCrash(r any) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return
	}
	dir = filepath.Join(dir, "leadbridge")
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	msg := fmt.Sprintf("%s panic: %v\n%s\n", time.Now().Format(time.RFC3339), r, debug.Stack())
	f, err := os.OpenFile(filepath.Join(dir, "crash.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	_, _ = f.WriteString(msg)
}
