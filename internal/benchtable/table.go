package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// figure is one line of the table: a benchmark, the unit it is judged by, and its budget.
type figure struct {
	pkg, bench string // the package's import path and the benchmark's full name
	what       string
	people     string // the size of the sample business, as printed
	unit       string
	budget     float64 // in unit; 0 when there is none at this size
	proposed   bool    // a budget of our own, where the product sets no number
}

// Durations in nanoseconds, the unit of ns/op.
const (
	ms = float64(time.Millisecond)
	s  = float64(time.Second)
)

// figures lists the budgeted figures in the order they are printed. Where the product
// ties a budget to one size (the window and the succession summary at 1,000 people), the
// other size is shown without one; the other budgets hold at both sizes. Budgets the
// product leaves without a number are marked as proposed here: a screen or a save done
// within a tenth of a second feels instant, within a second it keeps someone's flow, and
// a backup may take a few seconds in the background.
var figures = concat(
	sized("leadbridge/internal/store", "BenchmarkOpen", "/Unchanged", "Open the data file as Leadbridge left it (no check needed)", "ns/op", 800*ms, s, true),
	sized("leadbridge/internal/store", "BenchmarkOpen", "/ChangedOutside", "Open the data file changed outside Leadbridge (full check)", "ns/op", s, 0, true),
	sized("leadbridge/ui", "BenchmarkOpenHome", "", "Open the data file and build the home view", "ns/op", 800*ms, 0, true),
	sized("leadbridge/ui", "BenchmarkPeople", "/Load", "People list: load it from the data file", "ns/op", 100*ms, s, true),
	sized("leadbridge/ui", "BenchmarkPeople", "/SearchKeystroke", "People list: search, per keystroke", "ns/op", 10*ms, 10*ms, false),
	sized("leadbridge/ui", "BenchmarkPeople", "/Sort", "People list: sort by a column", "ns/op", 10*ms, 10*ms, false),
	sized("leadbridge/ui", "BenchmarkPeople", "/ScrollPage", "People list: scroll to a new page", "ns/op", 10*ms, 10*ms, false),
	sized("leadbridge/internal/store", "BenchmarkSaveAssessment", "", "Save an assessment (one transaction)", "ns/op", 100*ms, 100*ms, true),
	sized("leadbridge/ui", "BenchmarkSaveAssessment", "", "Save an assessment from its form, with what it refreshes", "ns/op", s, s, true),
	sized("leadbridge/internal/report", "BenchmarkPlanPDF", "", "Development plan PDF, loaded and written", "ns/op", 50*ms, 50*ms, false),
	sized("leadbridge/internal/report", "BenchmarkSuccessionPDF", "", "Succession summary PDF, loaded and written", "ns/op", 300*ms, 0, false),
	sized("leadbridge/internal/store", "BenchmarkImportStaff", "/rows=10000", "Import 10,000 CSV rows into the business", "ns/op", s, s, false),
	sized("leadbridge/internal/store", "BenchmarkBackup", "", "Back up the data file, checked", "ns/op", 5*s, 5*s, true),
	sized("leadbridge/cmd/leadbridge", "BenchmarkLaunch", "", "Launch to window shown (Xvfb, from outside)", "ms/launch", 1000, 0, false),
	sized("leadbridge/cmd/leadbridge", "BenchmarkPeakMemory", "", "Peak memory, people list open and scrolled", "MB-peak", 200, 200, false),
	sized("leadbridge/cmd/leadbridge", "BenchmarkExportPlanCommand", "", "`leadbridge export plan`, whole command", "ns/op", s, s, true),
	sized("leadbridge/cmd/leadbridge", "BenchmarkDueCommand", "/text", "`leadbridge due`, whole command", "ns/op", s, s, false),
	sized("leadbridge/cmd/leadbridge", "BenchmarkDueCommand", "/ics", "`leadbridge due --format ics`, whole command", "ns/op", s, s, false),
	ratio("Launch to window shown ÷ a bare Fyne window", "1,000", "launch1000/floor", 1.5),
	ratio("Launch to window shown ÷ a bare Fyne window", "10,000", "launch10000/floor", 1.5),
	ratio("`leadbridge export plan` ÷ gofpdf alone", "1,000", "plan/floor", 1.5),
	ratio("Import 10,000 rows ÷ the sqlite3 tool's .import", "10,000", "import/floor", 5),
)

// ratio makes a figure of BenchmarkRatios: Leadbridge's time over its floor's.
func ratio(what, people, unit string, budget float64) []figure {
	return []figure{{"leadbridge/cmd/leadbridge", "BenchmarkRatios", what, people, unit, budget, false}}
}

// sized makes the figure at 1,000 and at 10,000 people; a zero budget means none.
func sized(pkg, bench, sub, what, unit string, at1000, at10000 float64, proposed bool) []figure {
	return []figure{
		{pkg, bench + "/people=1000" + sub, what, "1,000", unit, at1000, proposed},
		{pkg, bench + "/people=10000" + sub, what, "10,000", unit, at10000, proposed},
	}
}

func concat(lists ...[]figure) []figure {
	var out []figure
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// writeTable prints the budgeted figures, then every other benchmark in the results.
func writeTable(w io.Writer, results []*result) error {
	byKey := map[string]*result{}
	for _, r := range results {
		byKey[r.pkg+" "+r.name] = r
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Figure\tPeople\tMeasured\tBudget\t")
	shown := map[*result]bool{}
	over, missing := 0, 0
	for _, f := range figures {
		r := byKey[f.pkg+" "+f.bench]
		v, ok := 0.0, false
		if r != nil {
			v, ok = r.median(f.unit)
			shown[r] = true
		}
		measured, verdict := "not run", ""
		switch {
		case !ok:
			missing++
		case f.budget > 0 && v >= f.budget:
			measured, verdict = format(v, f.unit), "OVER BUDGET"
			over++
		default:
			measured = format(v, f.unit)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.what, f.people, measured, budgetText(f), verdict)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s. Budgets marked * are our own; the product sets no number for them.\n", summary(over, missing))
	return writeOthers(w, results, shown)
}

func summary(over, missing int) string {
	var parts []string
	switch over {
	case 0:
		parts = append(parts, "Every figure measured is within its budget")
	case 1:
		parts = append(parts, "1 figure is over its budget")
	default:
		parts = append(parts, fmt.Sprintf("%d figures are over their budgets", over))
	}
	if missing > 0 {
		parts = append(parts, fmt.Sprintf("%d not run", missing))
	}
	return strings.Join(parts, "; ")
}

// writeOthers lists the benchmarks that have no budget, by time per operation.
func writeOthers(w io.Writer, results []*result, shown map[*result]bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := false
	for _, r := range results {
		v, ok := r.median("ns/op")
		if shown[r] || !ok {
			continue
		}
		if !header {
			fmt.Fprintln(tw, "\nOther benchmarks, without a budget\tMeasured")
			header = true
		}
		fmt.Fprintf(tw, "%s %s\t%s\n", strings.TrimPrefix(r.pkg, "leadbridge/"), r.name, format(v, "ns/op"))
	}
	return tw.Flush()
}

func budgetText(f figure) string {
	if f.budget == 0 {
		return "—"
	}
	text := "< " + format(f.budget, f.unit)
	if f.proposed {
		text += " *"
	}
	return text
}

// format writes a value in its unit as people read it: durations in ns, µs, ms or s.
func format(v float64, unit string) string {
	switch unit {
	case "ns/op":
		switch {
		case v >= s:
			return trim(v/s) + " s"
		case v >= ms:
			return trim(v/ms) + " ms"
		case v >= 1000:
			return trim(v/1000) + " µs"
		}
		return trim(v) + " ns"
	case "ms/launch":
		return format(v*ms, "ns/op")
	case "MB-peak":
		return trim(v) + " MB"
	}
	if strings.HasSuffix(unit, "/floor") {
		return trim(v) + "×"
	}
	return trim(v) + " " + unit
}

// trim prints three significant figures at most, without trailing zeros.
func trim(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0")
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}
