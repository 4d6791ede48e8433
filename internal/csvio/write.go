package csvio

import (
	"encoding/csv"
	"fmt"
	"io"

	"leadbridge/internal/talent"
)

// WriteStaff writes the active people, in the given order, as a staff spreadsheet that
// ReadStaff reads back unchanged. A manager is written by name, looked up among people.
//
// The file starts with a UTF-8 byte-order mark because Excel reads a CSV without one in
// the computer's legacy code page, turning "Zoë" into "ZoÃ«"; LibreOffice, Numbers and
// ReadStaff all accept the mark. Lines end in CRLF, as RFC 4180 and Excel's own CSV
// files do.
func WriteStaff(w io.Writer, people []talent.Person) error {
	names := make(map[int64]string, len(people))
	for _, p := range people {
		if p.ID != 0 {
			names[p.ID] = p.Name
		}
	}
	if _, err := w.Write(utf8BOM); err != nil {
		return fmt.Errorf("write staff file: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(headings); err != nil {
		return fmt.Errorf("write staff file: %w", err)
	}
	rec := make([]string, len(headings))
	for _, p := range people {
		if !p.Active() {
			continue
		}
		rec[colName], rec[colJobTitle], rec[colTeam] = p.Name, p.JobTitle, p.Team
		rec[colReportsTo], rec[colStartDate], rec[colEmail] = names[p.ReportsTo], talent.FormatDate(p.StartDate), p.Email
		for i := range rec {
			rec[i] = inert(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write staff file: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write staff file: %w", err)
	}
	return nil
}
