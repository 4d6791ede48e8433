package csvio

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"leadbridge/internal/talent"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sameRows reports whether two row lists hold the same values.
func sameRows(got, want []talent.StaffRow) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if !g.StartDate.Equal(w.StartDate) {
			return false
		}
		g.StartDate, w.StartDate = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			return false
		}
	}
	return true
}

// message is the user-facing message of a talent rule's error, so that tests follow the
// rule's wording instead of copying it.
func message(_ any, err error) string { return talent.ErrorMessage(err) }

func bad(line int, msg string) talent.RowError { return talent.RowError{Line: line, Message: msg} }

// problems lists the problems ReadStaff found in rows, as the importer reports them.
func problems(rows []talent.StaffRow) []talent.RowError {
	var list []talent.RowError
	for _, r := range rows {
		for _, msg := range r.Problems {
			list = append(list, bad(r.Line, msg))
		}
	}
	return list
}

func TestReadStaff_Accepts(t *testing.T) {
	tests := []struct {
		name, in string
		want     []talent.StaffRow
	}{
		{"AllColumns", "name,job title,team,reports to,start date,email\nZoë Ångström,Engineer,R&D,Дмитрий Иванов,2020-01-15,zoe@example.com\n",
			[]talent.StaffRow{{Line: 2, Name: "Zoë Ångström", JobTitle: "Engineer", Team: "R&D", ReportsTo: "Дмитрий Иванов", StartDate: date(2020, 1, 15), Email: "zoe@example.com"}}},
		{"ByteOrderMark", "\xEF\xBB\xBFname,team\n李小龍,Ops\n",
			[]talent.StaffRow{{Line: 2, Name: "李小龍", Team: "Ops"}}},
		{"CRLF", "name,team\r\nمحمد,Ops\r\nΕλένη Παπαδοπούλου,Sales\r\n",
			[]talent.StaffRow{{Line: 2, Name: "محمد", Team: "Ops"}, {Line: 3, Name: "Ελένη Παπαδοπούλου", Team: "Sales"}}},
		{"Semicolon", "\xEF\xBB\xBFname;job title;team\r\nΕλένη Παπαδοπούλου;Head, Sales;Sales\r\n",
			[]talent.StaffRow{{Line: 2, Name: "Ελένη Παπαδοπούλου", JobTitle: "Head, Sales", Team: "Sales"}}},
		{"SemicolonQuoted", "\"name\";\"team\"\n\"Smith; Jane\";\"Ops, Ltd\"\n",
			[]talent.StaffRow{{Line: 2, Name: "Smith; Jane", Team: "Ops, Ltd"}}},
		{"QuotedCommas", "name,team\n\"Smith, Jane\",\"R&D, East\"\n",
			[]talent.StaffRow{{Line: 2, Name: "Smith, Jane", Team: "R&D, East"}}},
		{"QuotedQuotes", "name,job title\n\"Jo \"\"JJ\"\" Lee\",\"The \"\"fixer\"\"\"\n",
			[]talent.StaffRow{{Line: 2, Name: `Jo "JJ" Lee`, JobTitle: `The "fixer"`}}},
		{"QuotedLineBreak", "name,job title\nAna,\"Senior\nEngineer\"\nBo,Dev\n",
			[]talent.StaffRow{{Line: 2, Name: "Ana", JobTitle: "Senior\nEngineer"}, {Line: 4, Name: "Bo", JobTitle: "Dev"}}},
		{"QuotedCRLFLineBreaks", "name,job title\r\n\"Ana\r\nLee\",\"Senior\r\n\r\nEngineer\"\r\nBo,Dev\r\n",
			[]talent.StaffRow{{Line: 2, Name: "Ana Lee", JobTitle: "Senior\n\nEngineer"}, {Line: 6, Name: "Bo", JobTitle: "Dev"}}},
		{"CROnly", "name;job title\rAna;Engineer\r\rBo;Dev",
			[]talent.StaffRow{{Line: 2, Name: "Ana", JobTitle: "Engineer"}, {Line: 4, Name: "Bo", JobTitle: "Dev"}}},
		{"CROnlyMultiLineCell", "\xEF\xBB\xBF\rname,job title,start date\r\"Ana\",\"Senior\rEngineer\",2020-01-01\rBo,Dev,\r",
			[]talent.StaffRow{{Line: 3, Name: "Ana", JobTitle: "Senior\nEngineer", StartDate: date(2020, 1, 1)}, {Line: 5, Name: "Bo", JobTitle: "Dev"}}},
		{"EmptyLinesSkipped", "\n\nname,team\n\nA,B\n\n\nC,D\n\n",
			[]talent.StaffRow{{Line: 5, Name: "A", Team: "B"}, {Line: 8, Name: "C", Team: "D"}}},
		{"BlankRowsSkipped", "name,team\nA,B\n,\n  , \t\n,\nC,D\n",
			[]talent.StaffRow{{Line: 2, Name: "A", Team: "B"}, {Line: 6, Name: "C", Team: "D"}}},
		{"NoFinalLineEnd", "name\nA",
			[]talent.StaffRow{{Line: 2, Name: "A"}}},
		{"SpaceAfterSeparator", "name, team, email\nA, \"B, C\",  a@example.com\n",
			[]talent.StaffRow{{Line: 2, Name: "A", Team: "B, C", Email: "a@example.com"}}},
		{"WhiteSpaceTidied", "name,team\n  Ana \u00a0  Lee  ,\" Ops \t Team \"\n",
			[]talent.StaffRow{{Line: 2, Name: "Ana Lee", Team: "Ops Team"}}},
		{"Emoji", "name,team\n🚀 Ruth 👩‍💻,Launch 🛰️\n",
			[]talent.StaffRow{{Line: 2, Name: "🚀 Ruth 👩‍💻", Team: "Launch 🛰️"}}},
		{"AnyColumnOrder", "email,start date,name\na@example.com,1999-12-31,A\n",
			[]talent.StaffRow{{Line: 2, Name: "A", StartDate: date(1999, 12, 31), Email: "a@example.com"}}},
		{"UnnamedEmptyColumn", "name,,team,\nA,,B,\n",
			[]talent.StaffRow{{Line: 2, Name: "A", Team: "B"}}},
		{"FormulaGuardRemoved", "name,job title,team,reports to\n'=Bob,'-lead-,'+1,'@x\n",
			[]talent.StaffRow{{Line: 2, Name: "=Bob", JobTitle: "-lead-", Team: "+1", ReportsTo: "@x"}}},
		{"UserApostrophesKept", "name,job title,team\n'Tis Ann,'',''=x\n",
			[]talent.StaffRow{{Line: 2, Name: "'Tis Ann", JobTitle: "''", Team: "'=x"}}},
		{"ValidationLeftToTheImporter", "name,team,email\n ,Ops,not-an-email\n",
			[]talent.StaffRow{{Line: 2, Team: "Ops", Email: "not-an-email"}}},
		{"BadCellKeepsTheOthers", "name,team,start date\nAna,Ops,2020-02-30\n",
			[]talent.StaffRow{{Line: 2, Name: "Ana", Team: "Ops", Problems: []string{message(talent.ParseDate("2020-02-30"))}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadStaff(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadStaff error = %v", err)
			}
			if !sameRows(got, tt.want) {
				t.Errorf("ReadStaff = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadStaff_Headings(t *testing.T) {
	title := func(r talent.StaffRow) string { return r.JobTitle }
	team := func(r talent.StaffRow) string { return r.Team }
	manager := func(r talent.StaffRow) string { return r.ReportsTo }
	start := func(r talent.StaffRow) string { return talent.FormatDate(r.StartDate) }
	email := func(r talent.StaffRow) string { return r.Email }
	tests := []struct {
		heading, value string
		get            func(talent.StaffRow) string
	}{
		{"job title", "Lead", title}, {"Job Title", "Lead", title}, {"job-title", "Lead", title},
		{"job_title", "Lead", title}, {"JobTitle", "Lead", title}, {"JOB  TITLE", "Lead", title},
		{" Job - Title ", "Lead", title}, {"Title", "Lead", title}, {"Role", "Lead", title}, {"Position", "Lead", title},
		{"Team", "Ops", team}, {"Department", "Ops", team},
		{"reports to", "Ana", manager}, {"Reports-To", "Ana", manager}, {"REPORTS_TO", "Ana", manager},
		{"ReportsTo", "Ana", manager}, {"Manager", "Ana", manager}, {"Line manager", "Ana", manager},
		{"start date", "2021-03-04", start}, {"Start_Date", "2021-03-04", start}, {"StartDate", "2021-03-04", start},
		{"Started", "2021-03-04", start}, {"Hire date", "2021-03-04", start}, {"Joined", "2021-03-04", start},
		{"email", "a@example.com", email}, {"E-mail", "a@example.com", email}, {"Email address", "a@example.com", email},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			rows, err := ReadStaff(strings.NewReader("Name," + tt.heading + "\nZoë," + tt.value + "\n"))
			if err != nil {
				t.Fatalf("ReadStaff error = %v", err)
			}
			if got := tt.get(rows[0]); got != tt.value {
				t.Errorf("column %q = %q, want %q", tt.heading, got, tt.value)
			}
		})
	}
	for _, heading := range []string{"name", "NAME", "Full Name", "full-name", "Employee", "Employee name"} {
		t.Run(heading, func(t *testing.T) {
			rows, err := ReadStaff(strings.NewReader(heading + "\nДмитрий Иванов\n"))
			if err != nil {
				t.Fatalf("ReadStaff error = %v", err)
			}
			if got := rows[0].Name; got != "Дмитрий Иванов" {
				t.Errorf("Name = %q, want %q", got, "Дмитрий Иванов")
			}
		})
	}
}

func TestReadStaff_RowProblems(t *testing.T) {
	quoteMsg := "A quoted cell is not closed properly. Check that each opening quotation mark has a closing one and that quotation marks inside a cell are doubled."
	bareMsg := "A quotation mark is in the middle of a cell. Put the whole cell in quotation marks and double each quotation mark inside it."
	tests := []struct {
		name, in string
		want     []talent.RowError
	}{
		{"CellCount", "name,team,email\nA,B\nC,D,c@example.com,extra\nE\n", []talent.RowError{
			bad(2, "This row has 2 cells; the header has 3."),
			bad(3, "This row has 4 cells; the header has 3."),
			bad(4, "This row has 1 cell; the header has 3.")}},
		{"ImpossibleDate", "name,start date\nA,2023-02-30\nB,31/12/2020\nC,1850-01-01\n", []talent.RowError{
			bad(2, message(talent.ParseDate("2023-02-30"))),
			bad(3, message(talent.ParseDate("31/12/2020"))),
			bad(4, message(talent.ParseDate("1850-01-01")))}},
		{"NotUTF8", "name,team\nA,Caf\xe9\n\xff,\n", []talent.RowError{
			bad(2, `The text in the "team" column is not valid UTF-8. Save the file as "CSV UTF-8" in your spreadsheet program and import it again.`),
			bad(3, `The text in the "name" column is not valid UTF-8. Save the file as "CSV UTF-8" in your spreadsheet program and import it again.`)}},
		{"SeveralProblemsInOneRow", "name,start date,\nA,2020-02-31,x\n", []talent.RowError{
			bad(2, message(talent.ParseDate("2020-02-31"))),
			bad(2, `Column 3 has no heading but holds "x"; give the column a heading or clear the cell.`)}},
		{"ValueUnderUnnamedColumn", "name,,team\nA,x,B\n", []talent.RowError{
			bad(2, `Column 2 has no heading but holds "x"; give the column a heading or clear the cell.`)}},
		{"AfterMultiLineCell", "name,job title,start date\n\"Ana\",\"Line 1\nLine 2\n\nLine 4\",2020-01-01\nBo,Dev,2020-13-01\nCy,x,1850-01-01\n", []talent.RowError{
			bad(6, message(talent.ParseDate("2020-13-01"))),
			bad(7, message(talent.ParseDate("1850-01-01")))}},
		{"AfterLeadingBlankLines", "\n\nname,start date\n\nA,2020-02-30\n", []talent.RowError{
			bad(5, message(talent.ParseDate("2020-02-30")))}},
		{"CRLFAndMultiLineCell", "name,start date\r\nA,2020-02-30\r\n\"B\r\nC\",2020-01-01\r\nD,2020-02-31\r\n", []talent.RowError{
			bad(2, message(talent.ParseDate("2020-02-30"))),
			bad(5, message(talent.ParseDate("2020-02-31")))}},
		{"BareQuote", "name,team\nA,B\"C\nD\nE,F\n", []talent.RowError{
			bad(2, bareMsg),
			bad(3, "This row has 1 cell; the header has 2.")}},
		{"UnclosedQuote", "name,team\nA,B\n\"C,D\nE,F\n", []talent.RowError{
			bad(3, quoteMsg)}},
		{"TextAfterClosingQuote", "name,team\n\"A\"x,B\nC,D\n,\n\"E\nF\" ,G\n", []talent.RowError{
			bad(2, quoteMsg),
			bad(5, quoteMsg)}},
		{"CROnly", "name,start date\rA,2020-01-01\r\"B\rC\",2020-02-30\rD,2020-01-01,x\r", []talent.RowError{
			bad(3, message(talent.ParseDate("2020-02-30"))),
			bad(5, "This row has 3 cells; the header has 2.")}},
		{"SemicolonFile", "name;start date\nA;2020-02-30\nB;2020-01-01;x\n", []talent.RowError{
			bad(2, message(talent.ParseDate("2020-02-30"))),
			bad(3, "This row has 3 cells; the header has 2.")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ReadStaff(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadStaff error = %v, want the rows with their problems", err)
			}
			if got, want := fmt.Sprint(problems(rows)), fmt.Sprint(tt.want); got != want {
				t.Errorf("ReadStaff rows with problems =\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestReadStaff_AllBadRowsAtOnce(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,start date\n")
	var want []int
	for i := range 300 {
		line := i + 2
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "Person %d,2020-01-01\n", i)
		case 1:
			fmt.Fprintf(&b, "Person %d,2020-02-30\n", i)
			want = append(want, line)
		case 2:
			fmt.Fprintf(&b, "Person %d,2020-01-01,extra\n", i)
			want = append(want, line)
		}
	}
	rows, err := ReadStaff(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("ReadStaff error = %v, want the rows with their problems", err)
	}
	got := problems(rows)
	if len(got) != len(want) {
		t.Fatalf("rows with problems = %d, want %d", len(got), len(want))
	}
	for i, r := range got {
		if r.Line != want[i] {
			t.Errorf("problem %d on line %d, want %d", i, r.Line, want[i])
		}
	}
}

func TestReadStaff_FileErrors(t *testing.T) {
	noRows := "The file has no rows to import."
	utf16 := `The file is saved as UTF-16 text. Save the file as "CSV UTF-8" in your spreadsheet program and import it again.`
	accepted := "The first line of the file must name the columns: Leadbridge reads name, job title, team, reports to, start date and email (only name is required). Rename or remove the others."
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", noRows},
		{"OnlyByteOrderMark", "\xEF\xBB\xBF", noRows},
		{"OnlyLineEnds", "\n\r\n\n", noRows},
		{"HeaderOnly", "name,team\r\n", noRows},
		{"HeaderAndBlankRows", "name,team\n,\n\n , \n", noRows},
		{"UnknownColumn", "name,Salary\nA,1\n", `Leadbridge does not know the column "Salary". ` + accepted},
		{"UnknownColumns", "name,Salary,Phone  Number,team\nA,1,2,3\n", `Leadbridge does not know the columns "Salary" and "Phone Number". ` + accepted},
		{"NoHeader", "Zoë Ångström,Engineer,Ops\n", `Leadbridge does not know the columns "Zoë Ångström", "Engineer" and "Ops". ` + accepted},
		{"NoNameColumn", "team,email\nOps,a@example.com\n", `The file has no "name" column. Its first line must name the columns, and one of them must be "name".`},
		{"BlankHeader", ",,\nA,B,C\n", `The file has no "name" column. Its first line must name the columns, and one of them must be "name".`},
		{"DuplicateColumn", "name,Full Name\nA,B\n", `The columns "name" and "Full Name" both mean "name"; keep only one of them.`},
		{"DuplicateAlias", "name,manager,Reports To\nA,B,C\n", `The columns "manager" and "Reports To" both mean "reports to"; keep only one of them.`},
		{"UTF16", "\xFF\xFEn\x00a\x00m\x00e\x00", utf16},
		{"UTF16BigEndian", "\xFE\xFF\x00n\x00a\x00m\x00e", utf16},
		{"UTF16WithoutByteOrderMark", "n\x00a\x00m\x00e\x00,\x00t\x00e\x00a\x00m\x00\r\x00\n\x00A\x00,\x00B\x00\r\x00\n\x00", utf16},
		{"UTF16BigEndianWithoutByteOrderMark", "\x00n\x00a\x00m\x00e\x00\n\x00A\x00\n", utf16},
		{"UTF16WithoutByteOrderMarkBlankFirstLine", "\r\x00\n\x00n\x00a\x00m\x00e\x00", utf16},
		{"NotUTF8Header", "nam\xe9\nA\n", `The file is not saved as UTF-8 text. Save the file as "CSV UTF-8" in your spreadsheet program and import it again.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := ReadStaff(strings.NewReader(tt.in))
			if rows != nil {
				t.Errorf("ReadStaff rows = %+v, want none", rows)
			}
			var te *talent.Error
			if !errors.As(err, &te) {
				t.Fatalf("ReadStaff error = %v (%T), want *talent.Error", err, err)
			}
			if te.Code != talent.EINVALID {
				t.Errorf("Code = %q, want %q", te.Code, talent.EINVALID)
			}
			if te.Message != tt.want {
				t.Errorf("Message =\n%s\nwant\n%s", te.Message, tt.want)
			}
		})
	}
}

func TestReadStaff_BrokenHeaderLine(t *testing.T) {
	tests := []struct {
		name, in string
		want     talent.RowError
	}{
		{"BareQuote", "na\"me,team\nA,B\n", talent.RowError{Line: 1, Message: "A quotation mark is in the middle of a cell. Put the whole cell in quotation marks and double each quotation mark inside it."}},
		{"UnclosedQuote", "\n\nname,\"team\nA,B\n", talent.RowError{Line: 3, Message: "A quoted cell is not closed properly. Check that each opening quotation mark has a closing one and that quotation marks inside a cell are doubled."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadStaff(strings.NewReader(tt.in))
			var ie *talent.ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("ReadStaff error = %v (%T), want *talent.ImportError", err, err)
			}
			if len(ie.Rows) != 1 || ie.Rows[0] != tt.want {
				t.Errorf("Rows = %+v, want [%+v]", ie.Rows, tt.want)
			}
		})
	}
}

func TestReadStaff_ReaderFails(t *testing.T) {
	broken := errors.New("disk unplugged")
	tests := []struct {
		name, in string
	}{
		{"AtOnce", ""},
		{"AfterHeader", "name\nA\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadStaff(io.MultiReader(strings.NewReader(tt.in), iotest.ErrReader(broken)))
			if !errors.Is(err, broken) {
				t.Errorf("ReadStaff error = %v, want it to wrap %v", err, broken)
			}
			if got := talent.ErrorCode(err); got != talent.EINTERNAL {
				t.Errorf("ErrorCode = %q, want %q", got, talent.EINTERNAL)
			}
		})
	}
}

func TestHeaderFormat(t *testing.T) {
	tests := []struct {
		head   string
		comma  rune
		crOnly bool
	}{
		{"name,team", ',', false},
		{"name;team", ';', false},
		{"name", ',', false},
		{"", ',', false},
		{"\r\n\nname;team;email\nA,B,C,D,E", ';', false},
		{`"a;b;c",name`, ',', false},
		{`"a,b,c";name`, ';', false},
		{`"a""b;c"",d";name;x`, ';', false},
		{"\"a\nb,c,d\";name;e", ';', false},
		{"name;team\r\nA,B,C,D", ';', false},
		{"name;team\rA,B,C,D\r", ';', true},
		{"\r\rname,team\rA;B;C;D", ',', true},
		{"\"a\r\nb;c;d\",name,team\rA", ',', true},
		{"name\r", ',', true},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			if comma, crOnly := headerFormat([]byte(tt.head)); comma != tt.comma || crOnly != tt.crOnly {
				t.Errorf("headerFormat(%q) = %q, %v; want %q, %v", tt.head, comma, crOnly, tt.comma, tt.crOnly)
			}
		})
	}
}
