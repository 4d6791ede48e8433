package report

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"leadbridge/internal/talent"
)

// The sample businesses the figures are checked on, as `leadbridge demo` makes them.
var sampleSizes = []int{40, 250, 1000}

// Independent SQL for the summary's headline figures. latestOthers is each person's
// latest completed assessment by someone else, as the potential rule takes it.
const (
	latestOthers = `WITH others AS (SELECT * FROM assessments WHERE draft = 0 AND relationship <> 'self'),
	latest AS (SELECT a.person_id, a.id, a.date FROM others a WHERE NOT EXISTS (SELECT 1 FROM others b
		WHERE b.person_id = a.person_id AND (b.date > a.date OR (b.date = a.date AND b.id > a.id)))),
	placed AS (SELECT p.id, l.date FROM people p JOIN latest l ON l.person_id = p.id
		WHERE p.status = 'active'
		AND (SELECT count(*) FROM assessment_ratings r WHERE r.assessment_id = l.id AND r.rating > 0) >= ?
		AND EXISTS (SELECT 1 FROM others o WHERE o.person_id = p.id AND o.performance <> ''))`
	sqlActive  = `SELECT count(*) FROM people WHERE status = 'active'`
	sqlPlaced  = latestOthers + ` SELECT count(*) FROM placed`
	sqlStale   = latestOthers + ` SELECT count(*) FROM placed WHERE julianday(?) - julianday(date) > 365`
	sqlRoles   = `SELECT count(*) FROM key_roles`
	sqlCovered = `SELECT count(*) FROM key_roles k WHERE EXISTS (SELECT 1 FROM successors s WHERE s.role_id = k.id AND s.readiness = 'now')`
	sqlTrained = `SELECT count(DISTINCT person_id), count(*), coalesce(sum(hours), 0) FROM training
		WHERE status = 'completed' AND completed_date BETWEEN ? AND ?`
	sqlMentored = `SELECT count(DISTINCT p.mentee_id), count(*) FROM meetings m JOIN pairs p ON p.id = m.pair_id
		WHERE m.date BETWEEN ? AND ?`
	// A goal is stalled when it is open and neither made nor noted on for 45 days.
	sqlStalled = `SELECT count(DISTINCT pl.person_id) FROM plans pl JOIN people p ON p.id = pl.person_id JOIN goals g ON g.plan_id = pl.id
		WHERE p.status = 'active' AND g.status IN ('not-started', 'in-progress')
		AND julianday(?) - julianday(coalesce((SELECT max(date) FROM progress_notes n WHERE n.goal_id = g.id), substr(g.created_at, 1, 10))) >= 45`
)

// TestSuccessionFigures_SampleBusinesses prints the summary of each sample business and
// checks every headline figure against the same figure recomputed from the data file
// with SQL of its own.
func TestSuccessionFigures_SampleBusinesses(t *testing.T) {
	if testing.Short() {
		t.Skip("generates sample businesses")
	}
	for _, n := range sampleSizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			db := demoStore(t, n)
			raw := rawSQL(t, db)
			s, err := LoadSuccession(context.Background(), db, made)
			if err != nil {
				t.Fatalf("LoadSuccession: %v", err)
			}
			r := renderSuccession(t, s, Options{Made: made})
			r.keep(fmt.Sprintf("succession-%d.pdf", n))
			text := r.flat()
			want := sampleFigures(t, raw, queryInt(t, raw, `SELECT count(*) FROM behaviours`))
			mustContain(t, text, want...)
		})
	}
}

// sampleFigures are the sentences the summary must print, with the figures from SQL.
func sampleFigures(t *testing.T, raw *sql.DB, behaviours int) []string {
	from, to := talent.FormatDate(made.AddDate(-1, 0, 1)), talent.FormatDate(made)
	need := talent.MinRated(behaviours)
	active := queryInt(t, raw, sqlActive)
	placed := queryInt(t, raw, sqlPlaced, need)
	stale := queryInt(t, raw, sqlStale, need, to)
	roles, covered := queryInt(t, raw, sqlRoles), queryInt(t, raw, sqlCovered)
	var trained, entries, mentees, meetings int
	var hoursDone float64
	if err := raw.QueryRow(sqlTrained, from, to).Scan(&trained, &entries, &hoursDone); err != nil {
		t.Fatalf("training: %v", err)
	}
	if err := raw.QueryRow(sqlMentored, from, to).Scan(&mentees, &meetings); err != nil {
		t.Fatalf("mentoring: %v", err)
	}
	stalled := queryInt(t, raw, sqlStalled, to)
	notPlaced := active - placed
	return []string{
		fmt.Sprintf("%d of the %d active people are placed", placed, active),
		fmt.Sprintf("%d %s not placed", notPlaced, talent.Plural(notPlaced, "is", "are")),
		fmt.Sprintf("%d %s an assessment: the %d not placed on the 9-box, with the reason, and %d on the grid",
			notPlaced+stale, talent.Plural(notPlaced+stale, "person needs", "people need"), notPlaced, stale),
		fmt.Sprintf("Bench strength is %d%% today", talent.Bench{Roles: roles, Covered: covered}.Percent()),
		fmt.Sprintf("%d of %d key roles have a successor ready now", covered, roles),
		fmt.Sprintf("%d %s completed %s hours of training in %d %s", trained, talent.Plural(trained, "person", "people"),
			hours(hoursDone), entries, talent.Plural(entries, "entry", "entries")),
		fmt.Sprintf("%d %s held %d mentoring %s", mentees, talent.Plural(mentees, "mentee", "mentees"), meetings, talent.Plural(meetings, "meeting", "meetings")),
		fmt.Sprintf("%d %s a goal with no update for 45 days or more", stalled, talent.Plural(stalled, "plan has", "plans have")),
	}
}

// TestSuccessionNineBox_EveryActivePersonOnce accounts for every active person exactly
// once: placed, in the 9-box (its grid, or the appendix naming each box's people), and
// not anywhere in the list of people not placed; or not placed, in the list of people
// needing an assessment with the reason, and nowhere in the 9-box.
func TestSuccessionNineBox_EveryActivePersonOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("generates sample businesses")
	}
	for _, n := range sampleSizes {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			db := demoStore(t, n)
			s, err := LoadSuccession(context.Background(), db, made)
			if err != nil {
				t.Fatalf("LoadSuccession: %v", err)
			}
			text := renderSuccession(t, s, Options{Made: made}).flat()
			grid := between(t, text, "The 9-box", "Stalled development")
			if strings.Contains(text, "The 9-box, name by name") {
				grid += " " + between(t, text, "The 9-box, name by name", "People needing an assessment, by team")
			}
			toAssess := between(t, text, assessSection, pairsSection)
			notPlaced := len(regexp.MustCompile(`(Never assessed by someone else|Not enough evidence|No performance rating)[^.]*\.\s*Not placed`).FindAllString(toAssess, -1))
			raw := rawSQL(t, db)
			placed := names(t, raw, latestOthers+` SELECT p.name FROM placed pl JOIN people p ON p.id = pl.id`, talent.MinRated(queryInt(t, raw, `SELECT count(*) FROM behaviours`)))
			active := names(t, raw, `SELECT name FROM people WHERE status = 'active'`)
			if len(placed) == 0 || len(placed) == len(active) {
				t.Fatalf("%d of %d active people placed: the sample does not test both kinds", len(placed), len(active))
			}
			isPlaced := map[string]bool{}
			for _, p := range placed {
				isPlaced[p] = true
			}
			counts := func(section string, names []string) map[string]int {
				section = norm.NFKC.String(section)
				// Longer names first, each taken out of the text once counted, so that
				// "Ana Carvalho" is not also found in "Ana Carvalho Guimarães".
				sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
				got := map[string]int{}
				for _, name := range names {
					re := nameRegexp(sanitize(talent.CleanName(name)))
					got[name] = len(re.FindAllStringIndex(section, -1))
					section = re.ReplaceAllString(section, "${1}\x00${2}")
				}
				return got
			}
			inGrid := counts(grid, active)
			inList := counts(toAssess, active)
			for _, name := range active {
				switch {
				case isPlaced[name] && inGrid[name] != 1:
					t.Errorf("%q is placed and in the 9-box %d times, want once", name, inGrid[name])
				case !isPlaced[name] && (inGrid[name] != 0 || inList[name] != 1):
					t.Errorf("%q is not placed, yet in the 9-box %d times and among those to assess %d times, want 0 and 1", name, inGrid[name], inList[name])
				}
			}
			if notPlaced != len(active)-len(placed) {
				t.Errorf("%d people listed as not placed with a reason, want %d", notPlaced, len(active)-len(placed))
			}
		})
	}
}

// names runs a query that returns names.
func names(t *testing.T, raw *sql.DB, query string, args ...any) []string {
	t.Helper()
	rows, err := raw.Query(query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		out = append(out, name)
	}
	return out
}

// between returns the text from the first start to the first end after it.
func between(t *testing.T, text, start, end string) string {
	t.Helper()
	i := strings.Index(text, start)
	j := strings.Index(text[max(i, 0):], end)
	if i < 0 || j < 0 {
		t.Fatalf("no section from %q to %q", start, end)
	}
	return text[i : i+j]
}

// nameRegexp matches a name standing alone: between white space, name separators,
// direction marks or the ends of the text, with any white space between its words. The
// text is to be compared in its compatibility form (NFKC), in which the Arabic
// presentation forms of the text layer are the letters typed.
func nameRegexp(name string) *regexp.Regexp {
	words := strings.Fields(norm.NFKC.String(name))
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	const edge = `[\s·\x{202A}-\x{202E}]`
	return regexp.MustCompile(`(^|` + edge + `)` + strings.Join(words, `\s+`) + `($|` + edge + `)`)
}

// TestPlanDerailers_SampleBusiness checks each plan of the 40-person sample business
// against its data file: every derailer a leadership moment is about has a row that
// counts those moments, and the assessments flagging a derailer are counted in full.
func TestPlanDerailers_SampleBusiness(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a sample business")
	}
	ctx := context.Background()
	db := demoStore(t, 40)
	raw := rawSQL(t, db)
	rows, err := raw.Query(`SELECT p.id,
		(SELECT group_concat(n, ' ') FROM (SELECT count(*) AS n FROM moments m WHERE m.person_id = p.id AND m.derailer <> ''
			GROUP BY m.derailer ORDER BY n)),
		(SELECT count(*) FROM moments m WHERE m.person_id = p.id AND m.derailer <> '')
		FROM people p WHERE EXISTS (SELECT 1 FROM plans WHERE person_id = p.id)`)
	if err != nil {
		t.Fatalf("moments by derailer: %v", err)
	}
	defer rows.Close()
	counted := regexp.MustCompile(`(\d+) leadership moments? about it`)
	checked := 0
	for rows.Next() {
		var id int64
		var want sql.NullString
		var total int
		if err := rows.Scan(&id, &want, &total); err != nil {
			t.Fatal(err)
		}
		d, err := LoadPlan(ctx, db, id, made)
		if err != nil {
			t.Fatalf("LoadPlan(%d): %v", id, err)
		}
		text := renderPlan(t, d, Options{Made: made}).flat()
		var got []int
		for _, m := range counted.FindAllStringSubmatch(text, -1) {
			n, _ := strconv.Atoi(m[1])
			got = append(got, n)
		}
		sort.Ints(got)
		if fmt.Sprint(got) != "["+want.String+"]" {
			t.Errorf("person %d: moments counted per derailer %v, want [%s]", id, got, want.String)
		}
		checked += total
	}
	if checked == 0 {
		t.Errorf("no leadership moment on a derailer in the sample business: nothing was checked")
	}
}
