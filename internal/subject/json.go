package subject

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"leadbridge/internal/talent"
)

// personFile is person.json: the person's profile first, then every table about them.
type personFile struct {
	About    string      `json:"about"`
	Exported string      `json:"exported"`
	Person   record      `json:"person"`
	Tables   []tableJSON `json:"tables"`
}

type tableJSON struct {
	Table   string   `json:"table"`
	Records []record `json:"records"`
}

// record is one row as a JSON object whose keys keep the table's column order, which a
// Go map would lose.
type record struct {
	cols, vals []string
}

func (r record) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range r.cols {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := writeString(&b, c); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := writeString(&b, r.vals[i]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// writeString writes s as a JSON string, leaving < > & as they are: the file is read by
// people, not embedded in a web page.
func writeString(b *bytes.Buffer, s string) error {
	e := json.NewEncoder(b)
	e.SetEscapeHTML(false)
	if err := e.Encode(s); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode ends with a newline
	return nil
}

// document renders d as person.json.
func document(d talent.PersonData, made time.Time) ([]byte, error) {
	own := d.Tables[0]
	f := personFile{
		About: fmt.Sprintf("Everything Leadbridge holds about %s, for a subject-access request. Each table lists, with every column as stored, "+
			"the records that refer to this person, directly or through a record of theirs, including assessments they gave and received. "+
			"An empty value means nothing is stored.", d.Name),
		Exported: made.UTC().Format(time.RFC3339),
		Person:   record{own.Columns, own.Rows[0]},
	}
	for _, t := range d.Tables {
		tj := tableJSON{Table: t.Name, Records: []record{}}
		for _, row := range t.Rows {
			tj.Records = append(tj.Records, record{t.Columns, row})
		}
		f.Tables = append(f.Tables, tj)
	}
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(f); err != nil {
		return nil, fmt.Errorf("write person.json: %w", err)
	}
	return b.Bytes(), nil
}
