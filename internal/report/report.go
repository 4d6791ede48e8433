package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// Paper is the page size a document is printed on.
type Paper int

const (
	A4     Paper = iota // 210 × 297 mm, the default
	Letter              // 8.5 × 11 in, usual in North America and the Philippines
)

// String names the paper as the command line and settings write it.
func (p Paper) String() string {
	if p == Letter {
		return "letter"
	}
	return "a4"
}

// gofpdfName is the size name gofpdf knows the paper by.
func (p Paper) gofpdfName() string {
	if p == Letter {
		return "Letter"
	}
	return "A4"
}

// ParsePaper reads a paper size written as "a4" or "letter", ignoring case.
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a4":
		return A4, nil
	case "letter":
		return Letter, nil
	}
	return A4, talent.Invalid("paper", "The paper size %q is not known; use a4 or letter.", s)
}

// letterRegions are the regions that print on US Letter rather than A4.
var letterRegions = map[string]bool{"US": true, "CA": true, "MX": true, "PH": true}

// PaperForLocale picks the paper usual where the locale is used: Letter for the United
// States, Canada, Mexico and the Philippines, A4 elsewhere and when the locale is unknown.
// It reads POSIX names ("en_US.UTF-8") and language tags ("en-CA").
func PaperForLocale(locale string) Paper {
	if i := strings.IndexAny(locale, ".@"); i >= 0 {
		locale = locale[:i]
	}
	parts := strings.FieldsFunc(locale, func(r rune) bool { return r == '_' || r == '-' })
	for _, p := range parts[min(1, len(parts)):] {
		if len(p) == 2 && letterRegions[strings.ToUpper(p)] {
			return Letter
		}
	}
	return A4
}

// ChoosePaper picks the paper for a document the same way wherever it is printed: the
// preference when one is set ("a4" or "letter"), else the paper usual where locale is
// used. An unknown preference is an EINVALID error.
func ChoosePaper(preference, locale string) (Paper, error) {
	if strings.TrimSpace(preference) == "" {
		return PaperForLocale(locale), nil
	}
	return ParsePaper(preference)
}

// Copy says whose copy of a development plan is printed.
type Copy int

const (
	// Mentor is the working copy a mentor shares with the mentee; it leaves out every
	// owner-only field.
	Mentor Copy = iota
	// Owner adds risk of leaving, impact of loss, the retention note, successor
	// nominations and the 9-box placement.
	Owner
)

// String names the copy as the command line writes it.
func (c Copy) String() string {
	if c == Owner {
		return "owner"
	}
	return "mentor"
}

// ParseCopy reads a copy written as "mentor" or "owner", ignoring case.
func ParseCopy(s string) (Copy, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "mentor":
		return Mentor, nil
	case "owner":
		return Owner, nil
	}
	return Mentor, talent.Invalid("copy", "The copy %q is not known; use mentor or owner.", s)
}

// Options are the printing choices shared by both documents.
type Options struct {
	Paper Paper
	Copy  Copy      // development plan only
	Made  time.Time // the date printed as made; the zero time means now
	trace *layoutTrace
}

// made returns the day the document is dated.
func (o Options) made() time.Time {
	if o.Made.IsZero() {
		return talent.Day(time.Now())
	}
	return o.Made
}

// PlanAudit is how a written development plan is entered in the audit log. It names the
// person by ID and the file by its base name, wherever the export was made from.
func PlanAudit(cp Copy, personID int64, path string) (action, detail string) {
	return "export plan", fmt.Sprintf("Exported the %s copy of the development plan of person %d to %s.", cp, personID, filepath.Base(path))
}

// SuccessionAudit is how a written succession summary is entered in the audit log.
func SuccessionAudit(path string) (action, detail string) {
	return "export succession", "Exported the succession summary to " + filepath.Base(path) + "."
}
