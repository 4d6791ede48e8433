package report

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"leadbridge/internal/csvio"
	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

// staffInScripts is a staff spreadsheet with a name in each script a person may type.
const staffInScripts = `name,job title,team,reports to
Ελένη Παπαδοπούλου,Managing director,Board,
Дмитрий Иванов,Head of operations,Operations,Ελένη Παπαδοπούλου
Nguyễn Thị Minh Khai,Engineer,Operations,Дмитрий Иванов
प्रिया शर्मा,Engineer,Operations,Дмитрий Иванов
अर्जुन क्षत्रिय,Engineer 🚀 देवनागरी,Operations,प्रिया शर्मा
عمر الفاروق,Accountant,Finance,Ελένη Παπαδοπούλου
محمد علي,Accountant,Finance,عمر الفاروق
李小龍,Designer,Design,Ελένη Παπαδοπούλου
山田花子,Designer,Design,李小龍
김민준,Designer,Design,李小龍
Sam 🎉 Lee,Sales,Sales,Ελένη Παπαδοπούλου
Ana 👩‍👩‍👧 Silva,Sales,Sales,Sam 🎉 Lee
`

// importedInScripts is a data file holding the people of staffInScripts, imported as
// the app imports a spreadsheet.
func importedInScripts(t *testing.T) *store.DB {
	t.Helper()
	rows, err := csvio.ReadStaff(strings.NewReader(staffInScripts))
	if err != nil {
		t.Fatalf("ReadStaff: %v", err)
	}
	db := openStore(t)
	if _, err := db.ImportStaff(context.Background(), rows); err != nil {
		t.Fatalf("ImportStaff: %v", err)
	}
	return db
}

// extracted is pdftotext's text with the direction marks it puts round right-to-left
// words taken out and white space folded, in the normal form the names are typed in.
func extracted(r rendered) string {
	text := strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return ' '
		}
		return r
	}, r.pdftotext())
	return norm.NFC.String(strings.Join(strings.Fields(text), " "))
}

// TestDocuments_EveryScript prints the summary and every plan of a business imported
// from a staff file with names in many scripts, and finds every name in pdftotext's
// text as it was typed, with nothing replaced by a placeholder.
func TestDocuments_EveryScript(t *testing.T) {
	ctx := context.Background()
	db := importedInScripts(t)
	people, err := db.People(ctx)
	if err != nil {
		t.Fatalf("People: %v", err)
	}
	s, err := LoadSuccession(ctx, db, made)
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	summary := extracted(renderSuccession(t, s, Options{Made: made}))
	mustNotContain(t, summary, string(placeholder))
	for _, p := range people {
		mustContain(t, summary, p.Name)
	}
	for _, p := range people {
		t.Run(p.Name, func(t *testing.T) {
			d, err := LoadPlan(ctx, db, p.ID, made)
			if err != nil {
				t.Fatalf("LoadPlan: %v", err)
			}
			r := renderPlan(t, d, Options{Made: made, Copy: Owner})
			text := extracted(r)
			mustNotContain(t, text, string(placeholder))
			mustContain(t, text, p.Name, p.JobTitle)
		})
	}
}

// TestDemoDocuments_NoPlaceholder prints the summary of each sample business and the
// plans of its people, and finds no placeholder in any of them. Past 40 people the
// plans printed are those of the people whose names DejaVu Sans alone cannot draw:
// the rest of a plan is the same whoever it is for.
func TestDemoDocuments_NoPlaceholder(t *testing.T) {
	if testing.Short() {
		t.Skip("generates sample businesses")
	}
	ctx := context.Background()
	for _, n := range sampleSizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			db := demoStore(t, n)
			s, err := LoadSuccession(ctx, db, made)
			if err != nil {
				t.Fatalf("LoadSuccession: %v", err)
			}
			text := extracted(renderSuccession(t, s, Options{Made: made}))
			mustNotContain(t, text, string(placeholder))
			people, err := db.People(ctx)
			if err != nil {
				t.Fatalf("People: %v", err)
			}
			printed := 0
			for _, p := range people {
				if n > 40 && dejaVuScript(p.Name) {
					continue
				}
				d, err := LoadPlan(ctx, db, p.ID, made)
				if err != nil {
					t.Fatalf("LoadPlan(%d): %v", p.ID, err)
				}
				text := extracted(renderPlan(t, d, Options{Made: made, Copy: Copy(p.ID % 2)}))
				if strings.ContainsRune(text, placeholder) {
					t.Errorf("the plan of %q holds a placeholder", p.Name)
				}
				if !strings.Contains(text, talent.CleanName(p.Name)) {
					t.Errorf("the plan of %q does not hold the name", p.Name)
				}
				printed++
			}
			if printed < min(n, 20) {
				t.Errorf("printed %d plans, want at least %d", printed, min(n, 20))
			}
		})
	}
}

// dejaVuScript reports whether a name is written in the scripts before Hebrew in
// Unicode (Latin, Greek, Cyrillic and their accents) or in Vietnamese, which DejaVu
// Sans draws.
func dejaVuScript(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && (r < 0x1E00 || r > 0x1EFF) {
			return false
		}
	}
	return true
}
