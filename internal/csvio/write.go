package csvio

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"

	"leadbridge/internal/talent"
)

// StaffAudit is how a written staff list of people is entered in the audit log: how many
// active people it holds and the file's base name, wherever the export was made from.
func StaffAudit(people []talent.Person, path string) (action, detail string) {
	active := 0
	for _, p := range people {
		if p.Active() {
			active++
		}
	}
	return "export staff", fmt.Sprintf("Exported the staff list of %s to %s.", talent.Count(active, "1 person", "people"), filepath.Base(path))
}

// WriteStaff writes the active people, in the given order, as a staff spreadsheet that
// ReadStaff reads back unchanged. A manager is written by name, looked up among people,
// or by email address when someone else has the same name and they have one, so that an
// import into a new file finds them; a manager who has left is written by name too,
// though not in the list, for the reader to see.
func WriteStaff(w io.Writer, people []talent.Person) error {
	shared := make(map[string]int, len(people))
	for _, p := range people {
		shared[talent.FoldKey(p.Name)]++
	}
	names := make(map[int64]string, len(people))
	for _, p := range people {
		if p.ID == 0 {
			continue
		}
		names[p.ID] = p.Name
		if shared[talent.FoldKey(p.Name)] > 1 && p.Email != "" {
			names[p.ID] = p.Email
		}
	}
	var rows [][]string
	for _, p := range people {
		if !p.Active() {
			continue
		}
		rec := make([]string, len(headings))
		rec[colName], rec[colJobTitle], rec[colTeam] = p.Name, p.JobTitle, p.Team
		rec[colReportsTo], rec[colStartDate], rec[colEmail] = names[p.ReportsTo], talent.FormatDate(p.StartDate), p.Email
		rows = append(rows, rec)
	}
	if err := WriteTable(w, headings, rows); err != nil {
		return fmt.Errorf("write staff file: %w", err)
	}
	return nil
}

// WriteTable writes a header row and rows as a CSV file that spreadsheets open safely: no
// cell can run as a formula (one that would gets an apostrophe in front, which ReadStaff
// removes again).
//
// The file starts with a UTF-8 byte-order mark because Excel reads a CSV without one in
// the computer's legacy code page, turning "Zoë" into "ZoÃ«"; LibreOffice, Numbers and
// ReadStaff all accept the mark. Lines end in CRLF, as RFC 4180 and Excel's own CSV
// files do.
func WriteTable(w io.Writer, header []string, rows [][]string) error {
	if _, err := w.Write(utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(header))
	for _, row := range rows {
		for i, v := range row {
			rec[i] = inert(v)
		}
		if err := cw.Write(rec[:len(row)]); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
