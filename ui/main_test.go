package ui

import (
	"os"
	"testing"
)

// TestMain runs every background job at once, work then report, on the test's own
// goroutine: a test starts a job as the user does and finds its outcome on screen when
// the call returns.
func TestMain(m *testing.M) {
	background = func(work func() error, finish func(error)) { finish(work()) }
	os.Exit(m.Run())
}
