package talent

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits on free text, in characters.
const (
	MaxNameLen = 200
	MaxLineLen = 500   // one-line fields: titles, topics, a moment
	MaxNoteLen = 20000 // notes and evidence
)

// DateLayout is how dates are written everywhere: in the store, CSV files and forms.
const DateLayout = "2006-01-02"

// CleanName trims a name, folds runs of white space into one space and composes it (NFC):
// a name typed on one system and imported from another is then the same bytes.
func CleanName(s string) string {
	if s = nfc(s); spacedOnce(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spacedOnce reports whether s has white space only as single spaces between words, as
// CleanName leaves it: most text read in is so already and need not be rebuilt.
func spacedOnce(s string) bool {
	space := true // as if before the start: s may not begin with a space
	for _, r := range s {
		if r == ' ' {
			if space {
				return false
			}
			space = true
			continue
		}
		if unicode.IsSpace(r) {
			return false
		}
		space = false
	}
	return !space || s == ""
}

// nfc returns s in Unicode's composed form (NFC), in which every text is stored.
func nfc(s string) string {
	if isNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isNFC is a quick check that s is in NFC already, as stored text is: cheap, since FoldKey
// calls it for every name the people list loads. Below U+0300 no character decomposes or
// combines with the one before, so most Latin names need no look-up at all.
func isNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xCC { // the first byte of U+0300 and above
			return norm.NFC.QuickSpanString(s) == len(s)
		}
	}
	return true
}

// CheckName checks a required name-like field as the records do once they have cleaned
// it with CleanName: not empty, plain text, at most MaxNameLen characters. label names
// the field in the message.
func CheckName(label, s string) error {
	s = CleanName(s)
	return checkName("", label, &s)
}

// checkName validates a required name-like field after cleaning.
func checkName(field, label string, s *string) error {
	return checkRequired(field, label, s, MaxNameLen)
}

// checkRequired composes and validates required free text of up to max characters.
func checkRequired(field, label string, s *string, max int) error {
	if *s == "" {
		return Invalid(field, "%s is required.", label)
	}
	return checkText(field, label, s, max)
}

// checkText composes optional free text (NFC), the one spelling text is stored and
// matched in, and validates it: valid UTF-8, no control characters other than line
// breaks and tabs, and not longer than max characters. Every text a record holds passes
// through here, so none reaches the store in another spelling.
func checkText(field, label string, p *string, max int) error {
	if !utf8.ValidString(*p) {
		return Invalid(field, "%s contains characters that are not valid text.", label)
	}
	*p = nfc(*p) // before counting: a decomposed "ë" is two characters, composed one
	n, control := 0, false
	for _, r := range *p {
		n++
		control = control || unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r'
	}
	if n > max {
		return Invalid(field, "%s is %d characters long; the limit is %d.", label, n, max)
	}
	if control {
		return Invalid(field, "%s contains a control character; remove it and try again.", label)
	}
	return nil
}

// ParseDate reads a date written as YYYY-MM-DD. An empty string is the zero time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, Errorf(EINVALID, "%q is not a date; %s", s, whyNotADate(s))
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, Errorf(EINVALID, "%s is not a plausible date.", s)
	}
	return t, nil
}

// whyNotADate says what is wrong with s, which is not a date: a month past 12, the day
// its month lacks, or else how to write a date.
func whyNotADate(s string) string {
	const how = "write it as YYYY-MM-DD, for example 2026-03-31."
	var y, m, d int
	if !digitsLike(s, DateLayout) {
		return how
	}
	fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d) // cannot fail: s is digits laid out as a date
	if m < 1 || m > 12 {
		return fmt.Sprintf("there is no month %d: %s", m, how)
	}
	month := time.Month(m)
	if last := time.Date(y, month+1, 0, 0, 0, 0, 0, time.UTC).Day(); d > last && d <= 31 {
		return fmt.Sprintf("%s %d has no %s (it has %d days).", month, y, ordinal(d), last)
	}
	return how
}

// digitsLike reports whether s has a digit wherever layout has one, and layout's other
// characters elsewhere.
func digitsLike(s, layout string) bool {
	if len(s) != len(layout) {
		return false
	}
	for i := range len(s) {
		isDigit := s[i] >= '0' && s[i] <= '9'
		if wantDigit := layout[i] >= '0' && layout[i] <= '9'; isDigit != wantDigit || (!isDigit && s[i] != layout[i]) {
			return false
		}
	}
	return true
}

// ordinal writes a day of the month as 1st, 2nd, 3rd, 4th, ... 31st.
func ordinal(d int) string {
	suffix := "th"
	switch {
	case d%100 >= 11 && d%100 <= 13:
	case d%10 == 1:
		suffix = "st"
	case d%10 == 2:
		suffix = "nd"
	case d%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", d, suffix)
}

// FormatDate writes a date as YYYY-MM-DD, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// Day returns t's calendar date at midnight UTC, the form every date in Leadbridge takes.
func Day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// DaysBetween returns the whole days from a to b (negative when b is earlier). It counts
// calendar days rather than subtracting times, whose Duration cannot span the 300 years
// between the earliest and latest plausible dates.
func DaysBetween(a, b time.Time) int {
	return int((Day(b).Unix() - Day(a).Unix()) / secondsPerDay)
}

const secondsPerDay = 24 * 60 * 60

// AddMonths moves t by n calendar months, keeping to the last day of a shorter month:
// six months after 31 August is the end of February, not early March.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// checkDate rejects implausible dates (those a typo produces, like year 20226).
func checkDate(field, label string, t time.Time) error {
	if t.IsZero() {
		return nil
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return Invalid(field, "%s %s is not a plausible date.", label, FormatDate(t))
	}
	return nil
}

// checkOrder rejects an end date before a start date.
func checkOrder(field, endLabel, startLabel string, start, end time.Time) error {
	if !start.IsZero() && !end.IsZero() && Day(end).Before(Day(start)) {
		return Invalid(field, "%s (%s) is before %s (%s).", endLabel, FormatDate(end), startLabel, FormatDate(start))
	}
	return nil
}

// Meta records who entered a record and when.
type Meta struct {
	CreatedBy string
	CreatedAt time.Time
	UpdatedBy string
	UpdatedAt time.Time
}

// joinWords lists phrases as a sentence does: "a, b and c".
func joinWords(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// Plural picks the wording for n things: Plural(1, "person", "people") is "person".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count phrases n things, one being the whole phrase for a single thing: Count(1, "a
// development plan", "development plans") is "a development plan", and Count(3, ...) is
// "3 development plans".
func Count(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return strconv.Itoa(n) + " " + many
}

// lineEnds turns CRLF and a lone CR, as Windows and classic Mac OS programs end lines,
// into the LF that Leadbridge stores.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// CleanLines tidies text that may hold line breaks, such as a job title a spreadsheet
// cell wraps onto two lines: each line as CleanName tidies a name, every line end made
// LF, and blank lines before and after the text dropped. The breaks themselves are the
// user's layout, so they are kept.
func CleanLines(s string) string {
	if !strings.ContainsAny(s, "\r\n") { // one line, as most are
		return CleanName(s)
	}
	lines := strings.Split(lineEnds.Replace(s), "\n")
	for i, l := range lines {
		lines[i] = CleanName(l)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
