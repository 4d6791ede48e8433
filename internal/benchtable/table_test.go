package main

import (
	"strings"
	"testing"
)

// sample is `go test -bench` output as make bench collects it: two packages, a
// benchmark run twice, a log line, a custom metric, and a benchmark without a budget.
const sample = `goos: linux
goarch: amd64
pkg: leadbridge/ui
cpu: AMD EPYC
BenchmarkPeople/people=10000/SearchKeystroke-2   	    1000	   3000000 ns/op	  120 B/op	       3 allocs/op
BenchmarkPeople/people=10000/SearchKeystroke-2   	    1000	   5000000 ns/op	  120 B/op	       3 allocs/op
BenchmarkPeople/people=10000/Sort-2              	     100	  25000000 ns/op	    0 B/op	       0 allocs/op
    perf_bench_test.go:42: BenchmarkPeople/people=10000/Sort took a while
BenchmarkUI/people=1000/Home-2                   	      10	  88000000 ns/op
PASS
ok  	leadbridge/ui	12.3s
pkg: leadbridge/cmd/leadbridge
BenchmarkPeakMemory/people=10000-8               	       1	5017826170 ns/op	       357.1 MB-peak
BenchmarkRatios-2                                	       1	90000000000 ns/op	         1.21 launch1000/floor	         2.4 launch10000/floor	         1.6 plan/floor	         3.5 import/floor
`

func TestParse(t *testing.T) {
	results, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatalf("parse() error = %v", err)
	}
	cases := []struct {
		pkg, name, unit string
		want            float64
		runs            int
	}{
		{"leadbridge/ui", "BenchmarkPeople/people=10000/SearchKeystroke", "ns/op", 4000000, 2},
		{"leadbridge/ui", "BenchmarkPeople/people=10000/SearchKeystroke", "allocs/op", 3, 2},
		{"leadbridge/ui", "BenchmarkPeople/people=10000/Sort", "ns/op", 25000000, 1},
		{"leadbridge/ui", "BenchmarkUI/people=1000/Home", "ns/op", 88000000, 1},
		{"leadbridge/cmd/leadbridge", "BenchmarkPeakMemory/people=10000", "MB-peak", 357.1, 1},
		{"leadbridge/cmd/leadbridge", "BenchmarkRatios", "plan/floor", 1.6, 1},
	}
	if len(results) != len(cases)-1 {
		t.Errorf("parse() found %d benchmarks, want %d", len(results), len(cases)-1)
	}
	for _, tc := range cases {
		t.Run(tc.name+" "+tc.unit, func(t *testing.T) {
			var r *result
			for _, res := range results {
				if res.pkg == tc.pkg && res.name == tc.name {
					r = res
				}
			}
			if r == nil {
				t.Fatalf("no result for %s %s", tc.pkg, tc.name)
			}
			if got, ok := r.median(tc.unit); !ok || got != tc.want {
				t.Errorf("median(%s) = %v, %v, want %v", tc.unit, got, ok, tc.want)
			}
			if got := len(r.values[tc.unit]); got != tc.runs {
				t.Errorf("runs = %d, want %d", got, tc.runs)
			}
		})
	}
}

func TestParse_RejectsGarbledFigures(t *testing.T) {
	_, err := parse(strings.NewReader("BenchmarkX-2   10   abc ns/op\n"))
	if err == nil {
		t.Errorf("parse() of a garbled figure returned no error")
	}
}

func TestWriteTable(t *testing.T) {
	results, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatalf("parse() error = %v", err)
	}
	var b strings.Builder
	if err := writeTable(&b, results); err != nil {
		t.Fatalf("writeTable() error = %v", err)
	}
	lines := strings.Split(b.String(), "\n")
	cases := []struct {
		start string // the figure and size that begin the line
		want  string // what else the line says
	}{
		{"People list: search, per keystroke  ", "10,000  4 ms"},
		{"People list: sort by a column  ", "10,000  25 ms"},
		{"Peak memory, people list open and scrolled  ", "10,000  357 MB"},
		{"People list: sort by a column  ", "1,000   not run"},
		{"Launch to window shown ÷ a bare Fyne window  ", "1,000  1.21×  < 1.5×"},
		{"Launch to window shown ÷ a bare Fyne window  ", "10,000  2.4×  < 1.5×"},
		{"`leadbridge export plan` ÷ gofpdf alone  ", "1,000  1.6×"},
		{"Import 10,000 rows ÷ the sqlite3 tool's .import  ", "10,000  3.5×  < 5×"},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			line := findLine(lines, tc.start, tc.want)
			if line == "" {
				t.Fatalf("no line starting %q with %q in:\n%s", tc.start, tc.want, b.String())
			}
			over := strings.Contains(line, "OVER BUDGET")
			wantOver := strings.HasSuffix(tc.want, "25 ms") || strings.HasSuffix(tc.want, "357 MB") ||
				strings.Contains(tc.want, "2.4×") || strings.Contains(tc.want, "1.6×")
			if over != wantOver {
				t.Errorf("line %q marked over budget = %v, want %v", line, over, wantOver)
			}
		})
	}
	for _, want := range []string{"4 figures are over their budgets", "Other benchmarks, without a budget", "ui BenchmarkUI/people=1000/Home 88 ms"} {
		if !strings.Contains(words(b.String()), want) {
			t.Errorf("table does not say %q:\n%s", want, b.String())
		}
	}
}

func findLine(lines []string, start, want string) string {
	for _, l := range lines {
		if strings.HasPrefix(l, start) && strings.Contains(words(l), words(want)) {
			return l
		}
	}
	return ""
}

// words is s with every run of spaces made one, as a reader sees the columns.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestFormat(t *testing.T) {
	cases := []struct {
		v    float64
		unit string
		want string
	}{
		{640, "ns/op", "640 ns"},
		{1500, "ns/op", "1.5 µs"},
		{170000, "ns/op", "170 µs"},
		{9999999, "ns/op", "10 ms"},
		{27300000, "ns/op", "27.3 ms"},
		{1271724482, "ns/op", "1.27 s"},
		{383, "ms/launch", "383 ms"},
		{1000, "ms/launch", "1 s"},
		{246.2, "MB-peak", "246 MB"},
		{12.34, "allocs/op", "12.3 allocs/op"},
		{1.234, "plan/floor", "1.23×"},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			if got := format(tc.v, tc.unit); got != tc.want {
				t.Errorf("format(%v, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
			}
		})
	}
}
