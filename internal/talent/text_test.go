package talent_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // a named zone with daylight saving, whatever the machine has installed

	"golang.org/x/text/unicode/norm"

	"leadbridge/internal/talent"
)

// zoeNFC and zoeNFD are the two byte spellings of one name: "ë" as one code point, or
// as "e" followed by a combining diaeresis, as macOS and some spreadsheets write it.
// ("Ø" has no decomposition: it is one letter in both.)
const (
	zoeNFC = "Zo\u00eb \u00d8rsted"
	zoeNFD = "Zoe\u0308 \u00d8rsted"
)

// day returns the date written as YYYY-MM-DD; a typo in a test table is a bug in the test.
func day(s string) time.Time {
	t, err := time.Parse(talent.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" with wantErr false is the zero time
		wantErr  bool
	}{
		{in: "2026-03-31", want: "2026-03-31"},
		{in: "  2026-03-31\t", want: "2026-03-31"},
		{in: "2028-02-29", want: "2028-02-29"},
		{in: "1900-01-01", want: "1900-01-01"},
		{in: "2200-12-31", want: "2200-12-31"},
		{in: ""},
		{in: "   "},
		{in: "2026-02-30", wantErr: true},
		{in: "2027-02-29", wantErr: true},
		{in: "2026-13-01", wantErr: true},
		{in: "2026-00-10", wantErr: true},
		{in: "2026-04-31", wantErr: true},
		{in: "2026-3-31", wantErr: true},
		{in: "31/03/2026", wantErr: true},
		{in: "03/31/2026", wantErr: true},
		{in: "2026/03/31", wantErr: true},
		{in: "31.03.2026", wantErr: true},
		{in: "March 31, 2026", wantErr: true},
		{in: "2026-03-31T10:00:00Z", wantErr: true},
		{in: "20226-03-31", wantErr: true},
		{in: "1899-12-31", wantErr: true},
		{in: "2201-01-01", wantErr: true},
		{in: "+999-01-01", wantErr: true},
		{in: "２０２６-03-31", wantErr: true},
		{in: "yesterday", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := talent.ParseDate(tt.in)
			if tt.wantErr {
				if code := talent.ErrorCode(err); code != talent.EINVALID {
					t.Fatalf("ParseDate(%q) code = %q, want %q", tt.in, code, talent.EINVALID)
				}
				checkSentence(t, talent.ErrorMessage(err))
				if !got.IsZero() {
					t.Errorf("ParseDate(%q) = %v with an error, want the zero time", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q) error = %v", tt.in, err)
			}
			if s := talent.FormatDate(got); s != tt.want {
				t.Errorf("ParseDate(%q) = %q, want %q", tt.in, s, tt.want)
			}
			if !got.Equal(talent.Day(got)) {
				t.Errorf("ParseDate(%q) = %v, want a date at midnight UTC", tt.in, got)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	tokyo := time.FixedZone("UTC+9", 9*60*60)
	tests := []struct {
		name string
		in   time.Time
		want string
	}{
		{"zero", time.Time{}, ""},
		{"midnight UTC", time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), "2026-01-31"},
		{"late in the day", time.Date(2026, 12, 31, 23, 59, 59, 0, time.UTC), "2026-12-31"},
		{"calendar date of its own zone", time.Date(2026, 7, 1, 8, 0, 0, 0, tokyo), "2026-07-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.FormatDate(tt.in)
			if got != tt.want {
				t.Errorf("FormatDate(%v) = %q, want %q", tt.in, got, tt.want)
			}
			back, err := talent.ParseDate(got)
			if err != nil {
				t.Fatalf("ParseDate(%q) error = %v", got, err)
			}
			if !back.Equal(talent.Day(tt.in)) {
				t.Errorf("round trip of %v = %v, want %v", tt.in, back, talent.Day(tt.in))
			}
		})
	}
}

func TestDay(t *testing.T) {
	sydney := time.FixedZone("UTC+10", 10*60*60)
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"zero stays zero", time.Time{}, time.Time{}},
		{"time of day dropped", time.Date(2026, 3, 31, 17, 45, 12, 99, time.UTC), day("2026-03-31")},
		{"keeps the local calendar date", time.Date(2026, 3, 31, 8, 30, 0, 0, sydney), day("2026-03-31")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.Day(tt.in)
			if !got.Equal(tt.want) || got.Location() != tt.want.Location() {
				t.Errorf("Day(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDaysBetween(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatalf("LoadLocation: %v", err)
	}
	tests := []struct {
		name string
		a, b time.Time
		want int
	}{
		{"same day", day("2026-03-31"), day("2026-03-31"), 0},
		{"same day, different hours", time.Date(2026, 3, 31, 23, 0, 0, 0, time.UTC), time.Date(2026, 3, 31, 1, 0, 0, 0, time.UTC), 0},
		{"next day", day("2026-03-31"), day("2026-04-01"), 1},
		{"earlier is negative", day("2026-04-01"), day("2026-03-31"), -1},
		{"across a leap day", day("2028-02-28"), day("2028-03-01"), 2},
		{"a year", day("2026-01-01"), day("2027-01-01"), 365},
		{"across daylight saving", time.Date(2026, 3, 28, 12, 0, 0, 0, berlin), time.Date(2026, 3, 30, 12, 0, 0, 0, berlin), 2},
		{"the whole plausible range", day("1900-01-01"), day("2200-12-31"), 109937},
		{"the whole range backwards", day("2200-12-31"), day("1900-01-01"), -109937},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := talent.DaysBetween(tt.a, tt.b); got != tt.want {
				t.Errorf("DaysBetween(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Zoë   Ångström \n", "Zoë Ångström"},
		{"Дмитрий\tИванов", "Дмитрий Иванов"},
		{"李小龍", "李小龍"},
		{" \t\n ", ""},
		{"Ana\u00a0Silva", "Ana Silva"},
		{zoeNFD, zoeNFC},
		{" Zoe\u0308  O\u0308rsted", "Zoë Örsted"},
		// Text already clean comes back as it is; any stray white space does not.
		{"Ana Silva", "Ana Silva"},
		{"", ""},
		{" ", ""},
		{"Ana ", "Ana"},
		{" Ana", "Ana"},
		{"Ana  Silva", "Ana Silva"},
		{"Ana \u2003Silva", "Ana Silva"},
		{"Ana\u2028Silva", "Ana Silva"},
		{"Ana\u0085Silva", "Ana Silva"},
		{"Ana\u200bSilva", "Ana\u200bSilva"}, // a zero-width space is not white space
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := talent.CleanName(tt.in); got != tt.want {
				t.Errorf("CleanName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanLines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"OneLine", "  Head   of \t sales ", "Head of sales"},
		{"LineFeed", "Senior\nEngineer", "Senior\nEngineer"},
		{"CRLF", "Senior \r\n  Engineer", "Senior\nEngineer"},
		{"LoneCR", "Senior\rEngineer", "Senior\nEngineer"},
		{"BlankLineInside", "Senior\r\n \r\nEngineer", "Senior\n\nEngineer"},
		{"BlankLinesAround", "\n \r\n Senior Engineer \n\t\n", "Senior Engineer"},
		{"OnlyLineEnds", "\r\n\n\r", ""},
		{"OtherScripts", "Руководитель\nотдела 李", "Руководитель\nотдела 李"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.CleanLines(tt.in)
			if got != tt.want {
				t.Errorf("CleanLines(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := talent.CleanLines(got); again != got {
				t.Errorf("CleanLines(%q) = %q, want it unchanged", got, again)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-31", " 2028-02-29 ", "", "2026-02-30", "2026-13-01", "-001-01-01", "+999-12-31", "1900-01-01", "2200-12-31", "9999-99-99", "2026-03-31\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := talent.ParseDate(s)
		if err != nil {
			if code := talent.ErrorCode(err); code != talent.EINVALID {
				t.Fatalf("ParseDate(%q) code = %q, want %q", s, code, talent.EINVALID)
			}
			return
		}
		trimmed := strings.TrimSpace(s)
		if formatted := talent.FormatDate(got); formatted != trimmed {
			t.Fatalf("FormatDate(ParseDate(%q)) = %q, want %q", s, formatted, trimmed)
		}
		if !got.IsZero() && (got.Year() < 1900 || got.Year() > 2200) {
			t.Fatalf("ParseDate(%q) = %v, an implausible year was accepted", s, got)
		}
	})
}

// TestParseDate_SaysWhyNotADate checks that a date that does not exist is refused with
// the reason: the day its month lacks, or the month that does not exist.
func TestParseDate_SaysWhyNotADate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2025-02-31", `"2025-02-31" is not a date; February 2025 has no 31st (it has 28 days).`},
		{"2027-02-29", `"2027-02-29" is not a date; February 2027 has no 29th (it has 28 days).`},
		{"2026-04-31", `"2026-04-31" is not a date; April 2026 has no 31st (it has 30 days).`},
		{"2026-13-01", `"2026-13-01" is not a date; there is no month 13: write it as YYYY-MM-DD, for example 2026-03-31.`},
		{"2026-03-32", `"2026-03-32" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.`},
		{"31/02/2025", `"31/02/2025" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.`},
		{"+999-12-31", `"+999-12-31" is not a date; write it as YYYY-MM-DD, for example 2026-03-31.`},
	} {
		_, err := talent.ParseDate(tc.in)
		if got := talent.ErrorMessage(err); got != tc.want {
			t.Errorf("ParseDate(%q) says %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPluralAndCount(t *testing.T) {
	for _, tc := range []struct {
		n                 int
		plural, countText string
	}{
		{0, "plans", "0 development plans"},
		{1, "plan", "a development plan"},
		{2, "plans", "2 development plans"},
	} {
		if got := talent.Plural(tc.n, "plan", "plans"); got != tc.plural {
			t.Errorf("Plural(%d) = %q, want %q", tc.n, got, tc.plural)
		}
		if got := talent.Count(tc.n, "a development plan", "development plans"); got != tc.countText {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.countText)
		}
	}
}

// TestValidate_BringsTextToNFC gives every record each of its text fields in the
// decomposed spelling (NFD) and checks that cleaning and validating leave all of them
// composed (NFC), the one spelling in which text is stored and matched.
func TestValidate_BringsTextToNFC(t *testing.T) {
	std := smallStandard(3, 3)
	p, a, pair, plan, role := validPerson(), validAssessment(std), validPair(), validPlan(), validRole()
	pair.MentorID = 0 // named, not on file
	m := talent.Meeting{PairID: 1, Date: day("2026-02-09")}
	tr := talent.Training{PersonID: 1, Kind: talent.TrainingCourse, Status: talent.TrainingPlanned}
	d := talent.Decision{PersonID: 1, Date: day("2026-03-01"), Outcome: talent.OutcomeNotYet}
	mo := talent.Moment{PersonID: 1, Date: day("2026-03-01"), CompetencyID: 1}
	box, c := talent.BoxLabel{}, std.Competencies[0]
	c.Key = "delegating" // an identifier the app ships, not text anyone types
	tests := []struct {
		name     string
		record   any // a pointer to a valid record
		validate func() error
	}{
		{"person", &p, func() error { p.Normalize(); return p.Validate() }},
		{"assessment", &a, func() error { return a.Validate(std) }},
		{"mentoring pair", &pair, pair.Validate},
		{"meeting", &m, m.Validate},
		{"plan", &plan, plan.Validate},
		{"key role", &role, role.Validate},
		{"training", &tr, tr.Validate},
		{"decision", &d, d.Validate},
		{"moment", &mo, mo.Validate},
		{"box label", &box, box.Validate},
		{"competency", &c, c.Validate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := reflect.ValueOf(tt.record).Elem()
			n := spellDecomposed(v)
			if n < 2 {
				t.Fatalf("only %d text fields found; the test proves nothing", n)
			}
			if err := tt.validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			for _, path := range notComposed(v, tt.name) {
				t.Errorf("%s is not in NFC after validation", path)
			}
		})
	}
}

func TestCheckName(t *testing.T) {
	tests := []struct {
		name, in, want string // want: the message, or "" for none
	}{
		{"a name", "  Head   of production ", ""},
		{"empty", "", "Role title is required."},
		{"only spaces", " \t ", "Role title is required."},
		{"the limit", strings.Repeat("é", talent.MaxNameLen), ""},
		{"over the limit", strings.Repeat("é", talent.MaxNameLen+1), "Role title is 201 characters long; the limit is 200."},
		{"a control character", "Head\x07", "Role title contains a control character; remove it and try again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := talent.CheckName("Role title", tt.in)
			if got := talent.ErrorMessage(err); got != tt.want {
				t.Errorf("CheckName(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if err != nil && talent.ErrorCode(err) != talent.EINVALID {
				t.Errorf("CheckName(%q) code = %q, want %q", tt.in, talent.ErrorCode(err), talent.EINVALID)
			}
		})
	}
}

// spellDecomposed sets every text field of v (besides who entered the record) to its
// NFD spelling, filling empty ones with a name, and returns how many it set.
func spellDecomposed(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		if v.Type() != reflect.TypeFor[string]() {
			return 0 // a choice such as a status: a fixed ASCII value
		}
		if v.String() == "" {
			v.SetString("Zoë Ørsted")
		}
		v.SetString(norm.NFD.String(v.String()))
		return 1
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if v.Type().Field(i).Name != "Meta" && v.Type().Field(i).IsExported() {
				n += spellDecomposed(v.Field(i))
			}
		}
		return n
	case reflect.Slice:
		n := 0
		for i := range v.Len() {
			n += spellDecomposed(v.Index(i))
		}
		return n
	}
	return 0
}

// notComposed lists the paths of the text fields of v that are not in NFC.
func notComposed(v reflect.Value, path string) []string {
	var out []string
	switch v.Kind() {
	case reflect.String:
		if !norm.NFC.IsNormalString(v.String()) {
			out = append(out, path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = append(out, notComposed(v.Field(i), path+"."+v.Type().Field(i).Name)...)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			out = append(out, notComposed(v.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return out
}

func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from   string
		months int
		want   string
	}{
		{"2025-08-31", talent.PlanReviewMonths, "2026-02-28"}, // a new plan's review, six months on
		{"2024-01-31", 1, "2024-02-29"},
		{"2026-03-16", 6, "2026-09-16"},
		{"2025-01-31", 18, "2026-07-31"},
	} {
		from, _ := talent.ParseDate(tc.from)
		if got := talent.FormatDate(talent.AddMonths(from, tc.months)); got != tc.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tc.from, tc.months, got, tc.want)
		}
	}
}
