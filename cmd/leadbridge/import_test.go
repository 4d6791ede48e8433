package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportStaff_EveryBadRowAtOnce imports a spreadsheet as Excel saves it in a locale
// with a decimal comma, with 11 bad rows of every kind, and expects all 11 listed in one
// go, in line order, and nothing imported.
func TestImportStaff_EveryBadRowAtOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "staff.db")
	first := filepath.Join(dir, "first.csv")
	writeFile(t, first, "name\nSam Lee\n")
	leadbridge(t, "import", "staff", "--db", db, first).expect(t, 0, "Imported 1 person")
	before := exportedStaff(t, db)

	bad := filepath.Join(dir, "bad.csv")
	writeFile(t, bad, "\ufeffName;Job Title;Reports To;Start Date;Email\r\n"+
		"Zoë Ångström;Director;;2010-04-01;zoe@example.com\r\n"+
		"Ana Sol;Engineer;Nobody Known;2020-01-01;\r\n"+ // unknown manager
		"Bo Berg;Engineer;Zoë Ångström;2020-02-30;\r\n"+ // impossible date
		"Cy Chen;Engineer;CY CHEN;2020-01-01;\r\n"+ // reports to themselves
		"Di Dahl;Lead;Ed Eng;2020-01-01;\r\n"+ // reporting loop
		"Ed Eng;Lead;Di Dahl;2020-01-01;\r\n"+ // reporting loop
		"Fay Fox;Engineer;Zoë Ångström;2020-01-01;fay at example\r\n"+ // not an email address
		"fay fox;Engineer;;2020-01-01;\r\n"+ // twice in the file
		";Engineer;Zoë Ångström;2020-01-01;\r\n"+ // no name
		"Sam  Lee;Engineer;;2020-01-01;\r\n"+ // already stored
		"Jo Jay;Engineer;Nobody Else;2020-13-01;\r\n"+ // two problems
		"Kim \"K\" Lee;Engineer;;2020-01-01;\r\n"+ // not readable as CSV
		"Hal Hill;Engineer;Ana Sol;2020-01-01;\r\n")
	r := leadbridge(t, "import", "staff", "--db", db, bad)
	r.expect(t, 1, "Nothing was imported: 11 rows need to be fixed first.")
	var lines []string
	for _, l := range strings.Split(r.stderr, "\n") {
		if n, _, ok := strings.Cut(l, ":"); ok && strings.HasPrefix(n, "Line ") {
			lines = append(lines, n)
		}
	}
	want := "Line 3 Line 4 Line 5 Line 6 Line 7 Line 8 Line 9 Line 10 Line 11 Line 12 Line 12 Line 13"
	if got := strings.Join(lines, " "); got != want {
		t.Errorf("problems listed on\n%s\nwant\n%s\nstderr:\n%s", got, want, r.stderr)
	}
	if after := exportedStaff(t, db); after != before {
		t.Errorf("a refused import changed the staff list:\n%s\nwant\n%s", after, before)
	}
}

// exportedStaff is the staff list of the data file at db, as export staff writes it.
func exportedStaff(t *testing.T, db string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "staff.csv")
	leadbridge(t, "export", "staff", "--db", db, "--out", out).expect(t, 0, "")
	return readFile(t, out)
}

// TestImportStaff_FileProblems gives import staff files it cannot read, or rows it
// refuses, and expects a plain sentence about each, with no data file or folder made.
func TestImportStaff_FileProblems(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, content, want string // content "" is a folder, "-" no file at all
	}{
		{"Folder", "", "is a folder, not a spreadsheet"},
		{"Missing", "-", "does not exist"},
		{"UTF16WithoutByteOrderMark", "n\x00a\x00m\x00e\x00\n\x00A\x00\n\x00", "The file is saved as UTF-16 text."},
		{"BadRows", "name,reports to\nAna Sol,Nobody Known\n", "Nothing was imported"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			csv := filepath.Join(dir, tt.name)
			switch tt.content {
			case "-":
			case "":
				if err := os.Mkdir(csv, 0o700); err != nil {
					t.Fatal(err)
				}
			default:
				writeFile(t, csv, tt.content)
			}
			// The data file would go in folders of its own, made only when needed.
			db := filepath.Join(dir, tt.name+" data", "2026", "leadbridge.db")
			r := leadbridge(t, "import", "staff", "--db", db, csv)
			r.expect(t, 1, tt.want)
			if strings.Contains(r.stderr, "log") || strings.Contains(r.stderr, `\x`) {
				t.Errorf("stderr is not a plain sentence:\n%s", r.stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, tt.name+" data")); !os.IsNotExist(err) {
				t.Errorf("a refused import left the data file's folders behind (%v)", err)
			}
		})
	}
}

// TestImportStaff_UnreadableLeavesFileAlone imports a spreadsheet it cannot read into an
// existing data file and expects the file and the folder it is in exactly as they were.
func TestImportStaff_UnreadableLeavesFileAlone(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "staff.db")
	first := filepath.Join(t.TempDir(), "first.csv")
	writeFile(t, first, "name\nSam Lee\n")
	leadbridge(t, "import", "staff", "--db", db, first).expect(t, 0, "Imported 1 person")
	before := folderState(t, dir)
	bad := filepath.Join(t.TempDir(), "utf16.csv")
	writeFile(t, bad, "n\x00a\x00m\x00e\x00\n\x00A\x00\n\x00")
	leadbridge(t, "import", "staff", "--db", db, bad).expect(t, 1, "The file is saved as UTF-16 text.")
	if after := folderState(t, dir); after != before {
		t.Errorf("an import that never ran changed the data file's folder:\n%s\nwant\n%s", after, before)
	}
}

// folderState lists the files in dir with their sizes, times and contents.
func folderState(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d %s", e.Name(), fi.Size(), fi.ModTime())
		if !e.IsDir() {
			fmt.Fprintf(&b, " %x", sha256.Sum256([]byte(readFile(t, filepath.Join(dir, e.Name())))))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestImportStaff_LineBreakInJobTitle imports a job title a spreadsheet cell holds on two
// lines and expects the export to write it back on two lines.
func TestImportStaff_LineBreakInJobTitle(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "staff.db")
	in := filepath.Join(dir, "people.csv")
	writeFile(t, in, "name,job title,team\nZoë Ångström,\"Head of Sales\nEMEA\",Sales\n")
	leadbridge(t, "import", "staff", "--db", db, in).expect(t, 0, "Imported 1 person")
	want := "Zoë Ångström,\"Head of Sales\r\nEMEA\",Sales,,,\r\n"
	if got := exportedStaff(t, db); !strings.HasSuffix(got, want) {
		t.Errorf("export wrote\n%q\nwant it to end\n%q", got, want)
	}
}
