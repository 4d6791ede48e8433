package report

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"testing"
)

// The layout rules are checked on where the writer placed each heading, line and table
// row, recorded as it writes (Options.trace), rather than read back from pdftotext: a
// heading, a table row and a wrapped line look alike in extracted text, and a row of
// several lines or a page of two tables side by side cannot be told apart from its
// layout, whereas the writer knows what each thing it places is.

// layoutProblems lists every break of the layout rules in a trace: a heading must share
// its page with at least the first three lines or rows of what follows it (all of them
// when there are fewer), a table split over pages keeps at least three rows on each,
// a goal's title shares its page with the first of its actions, and no page is left
// empty.
func layoutProblems(tr *layoutTrace) []string {
	var out []string
	items := tr.items
	used := map[int]bool{}
	for _, it := range items {
		used[it.page] = true
	}
	for page := 1; len(items) > 0 && page < items[len(items)-1].page; page++ {
		if !used[page] {
			out = append(out, fmt.Sprintf("page %d is empty", page))
		}
	}
	for i, it := range items {
		switch it.kind {
		case placedHeading:
			content, same := 0, 0
			for _, next := range items[i+1:] {
				if next.kind == placedHeading {
					if content > 0 {
						break
					}
					if next.page != it.page {
						out = append(out, fmt.Sprintf("heading %q ends page %d, its subheading %q starts page %d", it.text, it.page, next.text, next.page))
					}
					continue
				}
				if next.kind == placedGoal {
					continue
				}
				content++
				if next.page == it.page {
					same++
				}
			}
			if same < min(3, content) {
				out = append(out, fmt.Sprintf("heading %q on page %d keeps %d of the first %d lines of what follows", it.text, it.page, same, min(3, content)))
			}
		case placedGoal:
			if i+1 < len(items) && items[i+1].page != it.page {
				out = append(out, fmt.Sprintf("goal %q on page %d, its actions on page %d", it.text, it.page, items[i+1].page))
			}
		}
	}
	rows := map[int]map[int]int{} // table → page → rows
	for _, it := range items {
		if it.kind == placedRow {
			if rows[it.table] == nil {
				rows[it.table] = map[int]int{}
			}
			rows[it.table][it.page]++
		}
	}
	for table, pages := range rows {
		for page, n := range pages {
			if len(pages) > 1 && n < 3 {
				out = append(out, fmt.Sprintf("table %d leaves %d %s on page %d", table, n, pluralRows(n), page))
			}
		}
	}
	return out
}

func pluralRows(n int) string {
	if n == 1 {
		return "row"
	}
	return "rows"
}

// TestLayoutProblems_Found checks that the checker sees each kind of break.
func TestLayoutProblems_Found(t *testing.T) {
	for name, tr := range map[string]*layoutTrace{
		"heading alone": {items: []placed{{kind: placedHeading, page: 1, text: "Goals"}, {kind: placedLine, page: 2}}},
		"heading with two lines": {items: []placed{{kind: placedHeading, page: 1, text: "Goals"},
			{kind: placedLine, page: 1}, {kind: placedLine, page: 1}, {kind: placedLine, page: 2}}},
		"subheading apart": {items: []placed{{kind: placedHeading, page: 1, text: "Goals"}, {kind: placedHeading, page: 2, text: "Done"}, {kind: placedLine, page: 2}}},
		"two rows left": {items: []placed{{kind: placedRow, page: 1}, {kind: placedRow, page: 1}, {kind: placedRow, page: 1},
			{kind: placedRow, page: 2}, {kind: placedRow, page: 2}}},
		"goal apart": {items: []placed{{kind: placedGoal, page: 1, text: "Delegate"}, {kind: placedRow, page: 2, table: 1}}},
		"empty page": {items: []placed{{kind: placedLine, page: 1}, {kind: placedLine, page: 3}}},
	} {
		if len(layoutProblems(tr)) == 0 {
			t.Errorf("%s: no problem found", name)
		}
	}
	ok := &layoutTrace{items: []placed{{kind: placedHeading, page: 1}, {kind: placedLine, page: 1}, {kind: placedHeading, page: 2}, {kind: placedRow, page: 2}}}
	if p := layoutProblems(ok); len(p) != 0 {
		t.Errorf("a short section wholly on its page: %v", p)
	}
}

// TestLayout_SampleBusinesses checks the layout rules over the summary and a dozen plans,
// both copies, of each sample business on A4 and Letter.
func TestLayout_SampleBusinesses(t *testing.T) {
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
			plans, err := db.PlanOutlines(ctx)
			if err != nil {
				t.Fatalf("plans: %v", err)
			}
			docs := []PlanDoc{fullestPlan(t, db), fullPlan(), manyTraining(fullPlan(), 40, 30)}
			for _, p := range plans[:min(len(plans), 12)] {
				d, err := LoadPlan(ctx, db, p.PersonID, made)
				if err != nil {
					t.Fatalf("LoadPlan: %v", err)
				}
				docs = append(docs, d)
			}
			for _, paper := range []Paper{A4, Letter} {
				checkLayout(t, fmt.Sprintf("summary on %s", paper), func(o Options) error { return WriteSuccession(io.Discard, s, o) }, paper, Owner)
				for i, d := range docs {
					for _, c := range []Copy{Mentor, Owner} {
						checkLayout(t, fmt.Sprintf("plan %d (%s) %v on %s", i, d.Person.Name, c, paper), func(o Options) error { return WritePlan(io.Discard, d, o) }, paper, c)
					}
				}
			}
		})
	}
}

func checkLayout(t *testing.T, name string, write func(Options) error, paper Paper, c Copy) {
	t.Helper()
	tr := &layoutTrace{}
	if err := write(Options{Made: made, Paper: paper, Copy: c, trace: tr}); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, p := range layoutProblems(tr) {
		t.Errorf("%s: %s", name, p)
	}
}

// TestLayout_TraceLeavesDocumentAlone checks that recording the layout does not change
// the document.
func TestLayout_TraceLeavesDocumentAlone(t *testing.T) {
	var plain, traced bytes.Buffer
	if err := WritePlan(&plain, fullPlan(), Options{Made: made}); err != nil {
		t.Fatal(err)
	}
	if err := WritePlan(&traced, fullPlan(), Options{Made: made, trace: &layoutTrace{}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), traced.Bytes()) {
		t.Errorf("the traced plan differs from the plain one")
	}
}
