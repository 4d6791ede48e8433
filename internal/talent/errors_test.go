package talent_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"leadbridge/internal/talent"
)

// checkInvalid fails unless err is nil when field is "", and otherwise an EINVALID error
// about field whose message is a full sentence.
func checkInvalid(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("err = %v, want nil", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("err = nil, want an error about %q", field)
	}
	if got := talent.ErrorCode(err); got != talent.EINVALID {
		t.Errorf("ErrorCode = %q, want %q (%v)", got, talent.EINVALID, err)
	}
	if got := talent.ErrorField(err); got != field {
		t.Errorf("ErrorField = %q, want %q (%v)", got, field, err)
	}
	checkSentence(t, talent.ErrorMessage(err))
}

// checkSentence fails unless msg reads as a plain sentence: it starts with a capital, a
// digit or a quotation and ends with a full stop.
func checkSentence(t *testing.T, msg string) {
	t.Helper()
	first, _ := utf8.DecodeRuneInString(msg)
	if msg == "" || unicode.IsLower(first) || !strings.HasSuffix(msg, ".") {
		t.Errorf("message %q is not a full sentence", msg)
	}
}

func TestErrorHelpers(t *testing.T) {
	invalid := talent.Invalid("name", "Name is required.")
	notFound := talent.Errorf(talent.ENOTFOUND, "Nobody has the ID %d.", 42)
	generic := talent.ErrorMessage(errors.New("x"))
	tests := []struct {
		name                 string
		err                  error
		code, message, field string
	}{
		{"nil", nil, "", "", ""},
		{"invalid", invalid, talent.EINVALID, "Name is required.", "name"},
		{"not found", notFound, talent.ENOTFOUND, "Nobody has the ID 42.", ""},
		{"conflict", talent.Errorf(talent.ECONFLICT, "Already there."), talent.ECONFLICT, "Already there.", ""},
		{"storage", talent.Errorf(talent.ESTORAGE, "The disk is full."), talent.ESTORAGE, "The disk is full.", ""},
		{"wrapped", fmt.Errorf("saving person: %w", invalid), talent.EINVALID, "Name is required.", "name"},
		{"wrapped twice", fmt.Errorf("tx: %w", fmt.Errorf("saving: %w", notFound)), talent.ENOTFOUND, "Nobody has the ID 42.", ""},
		{"plain", errors.New("sql: database is locked"), talent.EINTERNAL, generic, ""},
		{"wrapped plain", fmt.Errorf("open: %w", errors.New("disk I/O error")), talent.EINTERNAL, generic, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := talent.ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := talent.ErrorMessage(tt.err); got != tt.message {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.message)
			}
			if got := talent.ErrorField(tt.err); got != tt.field {
				t.Errorf("ErrorField = %q, want %q", got, tt.field)
			}
		})
	}
}

func TestGenericMessageHidesDetails(t *testing.T) {
	msg := talent.ErrorMessage(errors.New("sql: no such table: person_secret"))
	if strings.Contains(msg, "sql") || strings.Contains(msg, "person_secret") {
		t.Errorf("ErrorMessage = %q, want no technical details", msg)
	}
	checkSentence(t, msg)
}

func TestErrorString(t *testing.T) {
	err := talent.Invalid("email", "%q is not an email address.", "zoë@")
	if got, want := err.Error(), `"zoë@" is not an email address.`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// An internal error's message promises nothing that does not exist, such as a log.
func TestErrorMessageOfInternalErrors(t *testing.T) {
	msg := talent.ErrorMessage(errors.New("disk I/O error at page 7"))
	if strings.Contains(msg, "log") || strings.Contains(msg, "page 7") {
		t.Errorf("ErrorMessage = %q, want a plain sentence with no details and no promise of a log", msg)
	}
}
