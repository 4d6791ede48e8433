package report

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

var successionHeadings = []string{"Key roles and successors", "Where the business is exposed", "The 9-box",
	"Stalled development", "Training and mentoring in the period"}

func TestWriteSuccession_Content(t *testing.T) {
	s := fullSuccession(60)
	r := renderSuccession(t, s, Options{Made: made})
	r.keep("succession.pdf")
	text := r.flat()
	mustContain(t, text, successionHeadings...)
	mustContain(t, text,
		"SUCCESSION SUMMARY", "Period 2025-04-01 to 2026-03-31", "Confidential", "Made 2026-03-31", "Page 1 of",
		// bench strength and how it changed
		"67%", "4 of 6 key roles have a successor ready now", "up 42 points since the last summary on 2025-03-31 (25%, 1 of 4 key roles covered)",
		// key roles with holders, why they are critical and successors by readiness
		"Key role 1 — Head of platform — held by Zoë Ångström 1 · risk high × impact high",
		"Why it is critical: not recorded yet", "Why it is critical: The only one who signs off the safety file.",
		"1. Дмитрий Иванов 1 Emergency cover",
		// exposure
		"Expertise only one person holds", "Legacy system 11", "High risk of leaving and high impact of loss",
		"Counter-offer agreed in principle.",
		// the grid, with axis labels and box names
		"Leadership potential", "Performance in the current role", "Below expectations", "Exceeds expectations",
		// stalled plans, overdue milestones, assessments, activity
		"Plans with stalled goals", "Delegates the weekly report", "Overdue transition milestones", "30 days",
		"Never assessed by someone else", "whose latest assessment is over a year old",
		"Mentoring pairs that have not met for 45 days",
		// the appendices
		"People needing an assessment, by team", "Platform (", "Training and mentoring, by team",
	)
	for _, rd := range talent.Readinesses {
		mustContain(t, text, rd.Label())
	}
	for _, b := range talent.DefaultBoxLabels() {
		mustContain(t, text, b.Name)
	}
	mustContain(t, text, "Ελένη Παπαδοπούλου 1", "Søren Kierkegård 1", "Đặng Thị Hương 1")
}

// TestWriteSuccession_Scripts names the holder and successors of a key role in Chinese,
// Japanese and Korean, one person in Devanagari and one with a name too long for a
// 9-box cell.
func TestWriteSuccession_Scripts(t *testing.T) {
	s := fullSuccession(60)
	long := strings.Repeat("李小龍山田花子김민준", 6) + " Zoë"
	for id, name := range map[int64]string{1: "李小龍", 2: "山田花子", 3: "김민준", 4: "Zoë 李小龍 Ελένη", 6: "देवनागरी Sharma", 7: long} {
		p := s.People[id]
		p.Name = name
		s.People[id] = p
	}
	r := renderSuccession(t, s, Options{Made: made})
	if r.pages() < 2 {
		t.Fatalf("pages = %d, want a whole document", r.pages())
	}
	r.keep("succession-cjk.pdf")
	text := r.flat()
	mustContain(t, text, "李小龍", "山田花子", "김민준", "Zoë 李小龍 Ελένη", "देवनागरी Sharma")
	mustNotContain(t, text, string(placeholder))
	if !regexp.MustCompile(`李小龍山田花子김민준\S*…`).MatchString(text) {
		t.Errorf("the long name is not cut with an ellipsis in its 9-box cell: %q", text)
	}
}

func TestWriteSuccession_EmptyBusiness(t *testing.T) {
	s := SuccessionDoc{Overview: talent.BuildOverview(talent.OverviewInput{AsOf: made, Standard: testStandard()}),
		From: made.AddDate(-1, 0, 1), To: made}
	r := renderSuccession(t, s, Options{Made: made})
	text := r.flat()
	mustContain(t, text, successionHeadings...)
	mustContain(t, text,
		"no key roles recorded yet", "No key roles are recorded yet, so bench strength cannot be measured",
		"No key roles recorded yet: list the roles the business depends on",
		"No critical expertise is held by one person alone", "Nobody is rated both high risk of leaving and high impact of loss.",
		"No plan has a goal that has gone 45 days without an update.", "No transition milestone is overdue.",
		"Everyone has a recent assessment with enough evidence to be placed.", "No training was completed and no mentoring meeting held",
		"Every active mentoring pair has met recently.",
	)
}

func TestWriteSuccession_BenchChange(t *testing.T) {
	for _, tt := range []struct {
		name    string
		history []talent.BenchPoint
		want    string
	}{
		{"none recorded", nil, "This is the first figure recorded; the next summary will show the change since today."},
		{"down", []talent.BenchPoint{{Date: made.AddDate(-1, 0, 0), Bench: talent.Bench{Roles: 2, Covered: 2}}},
			"down 33 points since the last summary on 2025-03-31 (100%, 2 of 2 key roles covered)"},
		{"unchanged", []talent.BenchPoint{{Date: made.AddDate(0, -6, 0), Bench: talent.Bench{Roles: 3, Covered: 2}}},
			"unchanged since the last summary on 2025-10-01 (67%"},
		{"from the last one recorded", []talent.BenchPoint{
			{Date: made.AddDate(-2, 0, 0), Bench: talent.Bench{Roles: 4, Covered: 0}},
			{Date: made.AddDate(-1, 0, 0), Bench: talent.Bench{Roles: 4, Covered: 2}},
			{Date: made.AddDate(0, -1, 0), Bench: talent.Bench{Roles: 4, Covered: 3}},
		}, "down 8 points since the last summary on 2026-03-03 (75%, 3 of 4 key roles covered)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := fullSuccession(60)
			s.BenchHistory = tt.history
			mustContain(t, renderSuccession(t, s, Options{Made: made}).flat(), tt.want)
		})
	}
}

// crowdedGrid is a business whose n people all sit in the future-leader box.
func crowdedGrid(n int) SuccessionDoc {
	box := talent.Box{Performance: talent.PerformanceExceeds, Potential: talent.PotentialHigh}
	s := SuccessionDoc{Overview: talent.Overview{AsOf: made, Grid: map[talent.Box][]int64{}}, People: map[int64]talent.Person{},
		From: made.AddDate(-1, 0, 1), To: made}
	for i := 1; i <= n; i++ {
		id := int64(i)
		s.People[id] = talent.Person{ID: id, Name: fmt.Sprintf("Person %03d", i), Status: talent.StatusActive}
		s.Overview.Grid[box] = append(s.Overview.Grid[box], id)
	}
	return s
}

var gridName = regexp.MustCompile(`Person \d{3}`)

// TestWriteSuccession_CrowdedBoxKeepsEveryName fills one box with more names than a
// cell holds: every name is printed once, in the cell or in the names that follow.
func TestWriteSuccession_CrowdedBoxKeepsEveryName(t *testing.T) {
	for _, n := range []int{3, 40, 250} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			r := renderSuccession(t, crowdedGrid(n), Options{Made: made})
			text := r.flat()
			names := gridName.FindAllString(text, -1)
			seen := map[string]int{}
			for _, name := range names {
				seen[name]++
			}
			if len(seen) != n || len(names) != n {
				t.Errorf("%d names printed, %d different, want each of %d once", len(names), len(seen), n)
			}
			if m := regexp.MustCompile(`\+\d+ more`).FindString(text); m != "" {
				t.Errorf("names dropped: %q", m)
			}
			if listed := strings.Contains(text, "Future leader ("+strconv.Itoa(n)+")"); listed != (n > 40) {
				t.Errorf("names listed after the grid = %v for %d names", listed, n)
			}
			if !regexp.MustCompile(`Future leader\s+` + strconv.Itoa(n)).MatchString(r.text()) {
				t.Errorf("the future-leader box does not show its count %d", n)
			}
		})
	}
}

// TestWriteSuccession_ManyRolesPaginate prints 60 key roles on Letter: each role's
// title is printed once, its block whole on one page.
func TestWriteSuccession_ManyRolesPaginate(t *testing.T) {
	s := fullSuccession(600)
	r := renderSuccession(t, s, Options{Made: made, Paper: Letter})
	if got := r.info()["Page size"]; got != "612 x 792 pts (letter)" {
		t.Errorf("page size = %q, want letter", got)
	}
	first, last := 0, 0
	for page := 1; page <= r.pages() && last == 0; page++ {
		text := r.text(page, page)
		if first == 0 && strings.Contains(text, "Key roles and successors") {
			first = page
		}
		if strings.Contains(text, "Where the business is exposed") {
			last = page
		}
	}
	if first == 0 || last-first < 1 {
		t.Errorf("60 key roles run from page %d to page %d, want at least two pages", first, last)
	}
	text := r.flat()
	for _, role := range s.Roles {
		if n := strings.Count(text, role.Title+" — held by"); n != 1 {
			t.Errorf("%q printed %d times, want once", role.Title, n)
		}
	}
}

func TestWriteSuccession_Deterministic(t *testing.T) {
	write := func() []byte {
		var b bytes.Buffer
		if err := WriteSuccession(&b, fullSuccession(120), Options{Made: made}); err != nil {
			t.Fatalf("WriteSuccession: %v", err)
		}
		return b.Bytes()
	}
	if !bytes.Equal(write(), write()) {
		t.Errorf("two renderings with the same date differ")
	}
}

// TestSuccessionRoles_SampleBusiness checks each key role of the 250-person sample
// business against its data file: its block says why it is critical, names its holder,
// and lists every successor on a numbered line of their own, ranked by readiness.
func TestSuccessionRoles_SampleBusiness(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a sample business")
	}
	db := demoStore(t, 250)
	s, err := LoadSuccession(context.Background(), db, made)
	if err != nil {
		t.Fatalf("LoadSuccession: %v", err)
	}
	r := renderSuccession(t, s, Options{Made: made})
	layout := r.text()
	// The roles that need a decision have their blocks in section 1, the others in
	// appendix A; every role is named in section 1.
	section := between(t, layout, keyRolesSection, exposedSection)
	blocks := section + "\n" + between(t, layout, keyRolesInFull, highRiskSection)
	flat := strings.Join(strings.Fields(blocks), " ")
	inSection := strings.Join(strings.Fields(section), " ")
	rows, err := rawSQL(t, db).Query(`SELECT k.title, k.why_critical, coalesce(h.name, ''), coalesce(h.risk_of_leaving, ''),
		(SELECT group_concat(readiness, ' ') FROM (SELECT s.readiness FROM successors s WHERE s.role_id = k.id
			ORDER BY CASE s.readiness WHEN 'now' THEN 0 WHEN 'emergency' THEN 1 WHEN '1-2y' THEN 2 ELSE 3 END))
		FROM key_roles k LEFT JOIN people h ON h.id = k.holder_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	checked := 0
	for rows.Next() {
		var title, why, holder, risk string
		var readiness sql.NullString
		if err := rows.Scan(&title, &why, &holder, &risk, &readiness); err != nil {
			t.Fatal(err)
		}
		mustContain(t, inSection, title)
		if strings.ContainsRune(sanitize(holder), placeholder) {
			continue
		}
		start := strings.Index(flat, title+" — held by "+holder+" · risk ")
		if start < 0 {
			t.Errorf("no block for %q held by %q", title, holder)
			continue
		}
		block := flat[start:]
		head := len(title + " — held by ")
		if end := strings.Index(block[head:], " — held by "); end > 0 {
			block = block[:head+end]
		}
		mustContain(t, block, "Why it is critical: "+why)
		var labels []string
		for i, rd := range strings.Fields(readiness.String) {
			labels = append(labels, fmt.Sprintf("%d. ", i+1), talent.Readiness(rd).Label())
		}
		at := 0
		for _, l := range labels {
			i := strings.Index(block[at:], l)
			if i < 0 {
				t.Errorf("%q: %q missing or out of order in %q", title, l, block)
				break
			}
			at += i + len(l)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d key roles checked", checked)
	}
	// Every successor stands on a line of their own, numbered.
	for _, line := range strings.Split(blocks, "\n") {
		if n := len(regexp.MustCompile(`(^|\s)\d+\. \S`).FindAllString(line, -1)); n > 1 {
			t.Errorf("%d successors on one line: %q", n, line)
		}
	}
}

// TestSuccessionSoleExperts_MostDamagingFirst lists expertise held by one person alone
// with the holders' risk of leaving and impact of loss: the summary ranks them by risk ×
// impact, an unrated level counted as medium, and shows both levels on each line.
func TestSuccessionSoleExperts_MostDamagingFirst(t *testing.T) {
	s := fullSuccession(12)
	holders := []struct {
		expertise    string
		risk, impact talent.Level
	}{
		{"Kiln firing curves", talent.LevelLow, talent.LevelLow},      // 1
		{"Customs paperwork", talent.LevelHigh, talent.LevelHigh},     // 9
		{"Old ERP reports", "", talent.LevelHigh},                     // 2 × 3 = 6
		{"Forklift licences", talent.LevelMedium, talent.LevelMedium}, // 4
	}
	s.Overview.SoleExperts = nil
	for i, h := range holders {
		id := int64(i + 1)
		p := s.People[id]
		p.RiskOfLeaving, p.ImpactOfLoss = h.risk, h.impact
		s.People[id] = p
		s.Overview.SoleExperts = append(s.Overview.SoleExperts, talent.SoleExpert{Expertise: h.expertise, PersonID: id})
	}
	text := renderSuccession(t, s, Options{Made: made}).flat()
	section := between(t, text, "Expertise only one person holds", "High risk of leaving")
	want := []string{
		"Customs paperwork " + s.People[2].Name + " High High",
		"Old ERP reports " + s.People[3].Name + " Not rated High",
		"Forklift licences " + s.People[4].Name + " Medium Medium",
		"Kiln firing curves " + s.People[1].Name + " Low Low",
	}
	at := -1
	for _, w := range want {
		i := strings.Index(section, w)
		if i < 0 {
			t.Fatalf("the section lacks %q:\n%s", w, section)
		}
		if i < at {
			t.Errorf("%q comes before a more damaging loss:\n%s", w, section)
		}
		at = i
	}
}
