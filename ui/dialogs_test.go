package ui

import (
	"errors"
	"testing"

	"leadbridge/internal/talent"
)

func TestShowError_ByCode(t *testing.T) {
	for _, tc := range []struct {
		name  string
		err   error
		title string
		text  string
	}{
		{"invalid input", talent.Invalid("name", "Name is required."), "Please check", "Name is required."},
		{"conflict", talent.Errorf(talent.ECONFLICT, "Already there."), "Please check", "Already there."},
		{"storage fault", talent.Errorf(talent.ESTORAGE, "The disk is full, so the change was not saved."), "Error", "The disk is full, so the change was not saved."},
		{"internal", errors.New("sql: no such table"), "Error", talent.ErrorMessage(errors.New("x"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := newTestApp(t)
			a.showError(tc.err)
			wantDialog(t, a, tc.title, tc.text)
		})
	}
}
