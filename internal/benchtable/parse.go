package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// result is what one benchmark measured: every value of each unit, one per run when the
// benchmarks ran with -count.
type result struct {
	pkg    string // the package's import path
	name   string // the benchmark's full name, without the -GOMAXPROCS suffix
	values map[string][]float64
}

// median is the middle value measured in unit, and whether there is one.
func (r *result) median(unit string) (float64, bool) {
	vs := slices.Clone(r.values[unit])
	if len(vs) == 0 {
		return 0, false
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2, true
	}
	return vs[len(vs)/2], true
}

// procsSuffix is the -GOMAXPROCS suffix the testing package adds to benchmark names.
var procsSuffix = regexp.MustCompile(`-\d+$`)

// parse reads `go test -bench` output: "pkg:" lines name the package of the benchmark
// lines after them, which hold the name, the iterations, then value and unit pairs.
// Everything else (test logs, PASS, ok) is skipped.
func parse(r io.Reader) ([]*result, error) {
	var out []*result
	byKey := map[string]*result{}
	pkg := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if p, ok := strings.CutPrefix(text, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		fields := strings.Fields(text)
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || len(fields)%2 != 0 {
			continue
		}
		if _, err := strconv.Atoi(fields[1]); err != nil {
			continue // a log line that happens to start with a benchmark's name
		}
		name := procsSuffix.ReplaceAllString(fields[0], "")
		key := pkg + " " + name
		res := byKey[key]
		if res == nil {
			res = &result{pkg: pkg, name: name, values: map[string][]float64{}}
			byKey[key] = res
			out = append(out, res)
		}
		for i := 2; i < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %q is not a number", line, fields[i])
			}
			res.values[fields[i+1]] = append(res.values[fields[i+1]], v)
		}
	}
	return out, sc.Err()
}
