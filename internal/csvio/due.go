package csvio

import (
	"fmt"
	"io"

	"leadbridge/internal/talent"
)

// agendaHeadings are the columns of the agenda's spreadsheet. The key names the record an
// item belongs to, so a spreadsheet kept over several exports can match rows up.
var agendaHeadings = []string{"group", "date", "when", "for", "what", "kind", "key"}

// WriteAgenda writes what is due as a spreadsheet, one row per item, by date.
func WriteAgenda(w io.Writer, a talent.Agenda) error {
	rows := make([][]string, 0, len(a.Items))
	for _, d := range a.Items {
		rows = append(rows, []string{a.Group(d).Label(), talent.FormatDate(d.Date), a.When(d), d.Person, d.What, string(d.Kind), d.Key})
	}
	if err := WriteTable(w, agendaHeadings, rows); err != nil {
		return fmt.Errorf("write agenda file: %w", err)
	}
	return nil
}
