package csvio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// sniffSize is how much of the file is looked at to find the separator: far more than
// any real header line.
const sniffSize = 64 << 10

var utf8BOM = []byte("\xEF\xBB\xBF")

const saveAsUTF8 = `Save the file as "CSV UTF-8" in your spreadsheet program and import it again.`

// ReadStaff reads a staff spreadsheet: a header row naming the columns, then one person
// per row. It returns every row, bad ones included: what it finds wrong with a row's
// cells is in the row's Problems, for the importer to report with its own checks
// (validation, managers, duplicates), so that one pass lists every problem. Problems
// with the file as a whole, or a header line that cannot be read, come back as an error.
func ReadStaff(r io.Reader) ([]talent.StaffRow, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	comma, crOnly, err := sniff(br)
	if err != nil {
		return nil, err
	}
	var src io.Reader = br
	if crOnly {
		src = crLines{br}
	}
	cr := csv.NewReader(src)
	cr.Comma = comma
	cr.FieldsPerRecord = -1 // a short row is reported in plain words, not as a parse error
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	h, err := readHeader(cr)
	if err != nil {
		return nil, err
	}
	return h.readRows(cr)
}

// sniff skips a UTF-8 byte-order mark and returns how the header line is written: its
// separator, and whether lines end in a lone carriage return.
func sniff(br *bufio.Reader) (comma rune, crOnly bool, err error) {
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF {
		return 0, false, fmt.Errorf("read staff file: %w", err)
	}
	if utf16(head) {
		return 0, false, talent.Invalid("file", "The file is saved as UTF-16 text. "+saveAsUTF8)
	}
	bom := bytes.HasPrefix(head, utf8BOM)
	if bom {
		head = head[len(utf8BOM):]
	}
	comma, crOnly = headerFormat(head)
	if bom {
		if _, err := br.Discard(len(utf8BOM)); err != nil {
			return 0, false, fmt.Errorf("skip byte-order mark: %w", err)
		}
	}
	return comma, crOnly, nil
}

// utf16 reports whether head starts as UTF-16 text does: with its byte-order mark, or
// without one with a NUL byte beside the first character, as any header Leadbridge can
// read starts with an ASCII character (a letter, a quotation mark, a separator or a line
// end), which UTF-16 writes as that byte and a NUL. UTF-8 text never holds a NUL byte.
func utf16(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) ||
		len(head) >= 2 && (head[0] == 0) != (head[1] == 0)
}

// headerFormat reads the first non-empty line of head. The separator is ';' when the line
// has more semicolons than commas outside quotes, as spreadsheets set to a locale with a
// decimal comma save, and ',' otherwise. crOnly reports a line that ends in a carriage
// return alone, as classic Mac OS programs (old Excel's "CSV (Macintosh)") write them.
func headerFormat(head []byte) (comma rune, crOnly bool) {
	head = bytes.TrimLeft(head, "\r\n")
	commas, semicolons, quoted := 0, 0, false
scan:
	for i, c := range head {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			break scan
		case c == '\r':
			crOnly = i+1 == len(head) || head[i+1] != '\n'
			break scan
		case c == ',':
			commas++
		case c == ';':
			semicolons++
		}
	}
	if semicolons > commas {
		return ';', crOnly
	}
	return ',', crOnly
}

// crLines reads a file whose lines end in a lone carriage return as if they ended in a
// line feed, which encoding/csv needs to see lines at all. A carriage return inside a
// quoted cell is a line break in such a file, so it becomes a line feed too.
type crLines struct{ r io.Reader }

func (c crLines) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// header is the columns of a staff file in file order, with their headings as written.
type header struct {
	cols  []column
	names []string
}

// readHeader reads the first line that is not empty and matches its headings to columns.
func readHeader(cr *csv.Reader) (header, error) {
	rec, err := cr.Read()
	if err == io.EOF {
		return header{}, noRows()
	} else if err != nil {
		return header{}, fileError(err)
	}
	h := header{names: slices.Clone(rec), cols: make([]column, len(rec))}
	first := map[column]string{} // the heading that claimed each column
	var unknown []string
	for i, name := range h.names {
		if !utf8.ValidString(name) {
			return header{}, talent.Invalid("file", "The file is not saved as UTF-8 text. "+saveAsUTF8)
		}
		key, name := foldHeading(name), talent.CleanName(name)
		c, known := aliases[key]
		switch {
		case key == "":
			c = colBlank
		case !known:
			unknown = append(unknown, name)
			continue
		case first[c] != "":
			return header{}, talent.Invalid("file", "The columns %q and %q both mean %q; keep only one of them.", first[c], name, headings[c])
		default:
			first[c] = name
		}
		h.cols[i] = c
	}
	if len(unknown) > 0 {
		return header{}, unknownColumns(unknown)
	}
	if first[colName] == "" {
		return header{}, talent.Invalid("file", `The file has no "name" column. Its first line must name the columns, and one of them must be "name".`)
	}
	return h, nil
}

// unknownColumns names the headings Leadbridge cannot import and lists those it can.
func unknownColumns(names []string) error {
	what := "the column"
	if len(names) > 1 {
		what = "the columns"
	}
	return talent.Invalid("file", "Leadbridge does not know %s %s. The first line of the file must name the columns: Leadbridge reads %s and %s (only name is required). Rename or remove the others.",
		what, quoteList(names), strings.Join(headings[:len(headings)-1], ", "), headings[len(headings)-1])
}

// readRows reads every row after the header, the bad ones with their problems.
func (h header) readRows(cr *csv.Reader) ([]talent.StaffRow, error) {
	var rows []talent.StaffRow
	for {
		rec, err := cr.Read()
		var pe *csv.ParseError
		if err == io.EOF {
			break
		} else if errors.As(err, &pe) {
			rows = append(rows, unreadable(pe.StartLine, parseMessage(pe)))
			continue
		} else if err != nil {
			return nil, fmt.Errorf("read staff file: %w", err)
		}
		if blank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, h.parse(rec, line))
	}
	if len(rows) == 0 {
		return nil, noRows()
	}
	return rows, nil
}

// unreadable is a row whose cells cannot be told apart, with the reason.
func unreadable(line int, problem string) talent.StaffRow {
	return talent.StaffRow{Line: line, Problems: []string{problem}, Unreadable: true}
}

// parse turns one record into a row with what is wrong with its cells. Whether the row
// makes a valid person is left to the importer, which checks every row it is given.
func (h header) parse(rec []string, line int) talent.StaffRow {
	if len(rec) != len(h.cols) {
		cells := "cells"
		if len(rec) == 1 {
			cells = "cell"
		}
		return unreadable(line, fmt.Sprintf("This row has %d %s; the header has %d.", len(rec), cells, len(h.cols)))
	}
	for i, cell := range rec {
		if !utf8.ValidString(cell) {
			return unreadable(line, fmt.Sprintf("The text in %s is not valid UTF-8. %s", h.label(i), saveAsUTF8))
		}
	}
	row := talent.StaffRow{Line: line}
	for i, cell := range rec {
		if msg := h.set(&row, i, restore(cell)); msg != "" {
			row.Problems = append(row.Problems, msg)
		}
	}
	return row
}

// set stores cell i in row, tidied as a form would tidy it, and returns any problem.
func (h header) set(row *talent.StaffRow, i int, cell string) string {
	switch h.cols[i] {
	case colName:
		row.Name = talent.CleanName(cell)
	case colJobTitle:
		row.JobTitle = talent.CleanLines(cell)
	case colTeam:
		row.Team = talent.CleanName(cell)
	case colReportsTo:
		row.ReportsTo = talent.CleanName(cell)
	case colEmail:
		row.Email = strings.TrimSpace(cell)
	case colStartDate:
		d, err := talent.ParseDate(cell)
		if err != nil {
			return talent.ErrorMessage(err)
		}
		row.StartDate = d
	case colBlank:
		if strings.TrimSpace(cell) != "" {
			return fmt.Sprintf("Column %d has no heading but holds %q; give the column a heading or clear the cell.", i+1, cell)
		}
	}
	return ""
}

// label names column i for a message.
func (h header) label(i int) string {
	if name := talent.CleanName(h.names[i]); name != "" {
		return fmt.Sprintf("the %q column", name)
	}
	return fmt.Sprintf("column %d", i+1)
}

// blank reports whether every cell is empty, as in the rows of separators spreadsheets
// write below the data.
func blank(rec []string) bool {
	for _, cell := range rec {
		if strings.TrimSpace(cell) != "" {
			return false
		}
	}
	return true
}

// fileError reports a failure to read the header.
func fileError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &talent.ImportError{Rows: []talent.RowError{{Line: pe.StartLine, Message: parseMessage(pe)}}}
	}
	return fmt.Errorf("read staff file header: %w", err)
}

// parseMessage explains a CSV syntax error in plain words.
func parseMessage(pe *csv.ParseError) string {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return "A quotation mark is in the middle of a cell. Put the whole cell in quotation marks and double each quotation mark inside it."
	case errors.Is(pe.Err, csv.ErrQuote):
		return "A quoted cell is not closed properly. Check that each opening quotation mark has a closing one and that quotation marks inside a cell are doubled."
	}
	return "This line cannot be read as CSV."
}

func noRows() error {
	return talent.Errorf(talent.EINVALID, "The file has no rows to import.")
}
