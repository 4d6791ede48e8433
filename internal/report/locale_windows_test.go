package report

import (
	"os"
	"testing"
)

// The Windows user locale decides the paper. The tests run under Wine, which takes the
// user locale from LANG, so the runner sets LANG and says which paper it expects in
// LEADBRIDGE_WANT_PAPER (a4 or letter).
func TestPaperFromWindowsLocale(t *testing.T) {
	want := os.Getenv("LEADBRIDGE_WANT_PAPER")
	if want == "" {
		t.Skip("set LEADBRIDGE_WANT_PAPER to the paper the Windows user locale calls for (make test-windows does)")
	}
	loc := EnvLocale()
	if loc == "" {
		t.Fatal("EnvLocale() = \"\", want the Windows user locale")
	}
	got, err := ChoosePaper("", loc)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != want {
		t.Errorf("paper for the Windows user locale %q = %s, want %s", loc, got, want)
	}
}
