package report

import "testing"

func TestVisual(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"latin untouched", "Zoë Ångström", "Zoë Ångström"},
		{"arabic name", "محمد", "\uFEAA\uFEE4\uFEA4\uFEE3"},
		{"arabic two words", "محمد علي", "\uFEF2\uFEE0\uFECB \uFEAA\uFEE4\uFEA4\uFEE3"},
		{"lam alef alone", "الا", "\uFEFB\uFE8D"},
		{"lam alef joined", "سلا", "\uFEFC\uFEB3"},
		{"hebrew", "שלום", "םולש"},
		{"mixed", "Seen by שלום today", "Seen by םולש today"},
		{"digits stay in order", "שלום 2026 רב", "בר 2026 םולש"},
		{"brackets mirror", "(שלום)", "(םולש)"},
		{"isolated letters", "د و", "\uFEED \uFEA9"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := visual(tt.in); got != tt.want {
				t.Errorf("visual(%q) = %q (%U), want %q (%U)", tt.in, got, []rune(got), tt.want, []rune(tt.want))
			}
		})
	}
}
