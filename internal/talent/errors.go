package talent

import (
	"errors"
	"fmt"
)

// Error codes say what kind of failure an error is, so callers can react without
// parsing messages.
const (
	EINVALID  = "invalid"  // input breaks a rule; the message says what to fix
	ENOTFOUND = "notfound" // the record does not exist
	ECONFLICT = "conflict" // the change clashes with data already stored
	// ESTORAGE is the computer letting the data down: a full disk, a read-only file, a
	// backup that fails its check. Nothing was changed; the message says what to put
	// right outside Leadbridge.
	ESTORAGE  = "storage"
	EINTERNAL = "internal" // a fault the user cannot fix; details are logged, not shown
)

// Error is a failure whose Message is written for the person using the app.
type Error struct {
	Code    string
	Field   string // the input the message is about, when there is one
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an Error with the given code and a message for the user.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an EINVALID error about one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err, or EINTERNAL for errors that are not an *Error.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err. Internal errors get a generic
// message so that nothing technical reaches the user.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong inside Leadbridge. Your data has not been changed."
}

// ErrorField returns the field an error is about, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}
