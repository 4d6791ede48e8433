package report

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestVisual checks what a line looks like once in display order, and the text each
// right-to-left stretch stands for: its letters unshaped, in the order drawn.
func TestVisual(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
		stands         string // what the line stands for, when not its shown letters unshaped
	}{
		{"latin untouched", "Zoë Ångström", "Zoë Ångström", ""},
		{"arabic name", "محمد", "\uFEAA\uFEE4\uFEA4\uFEE3", ""},
		{"arabic two words", "محمد علي", "\uFEF2\uFEE0\uFECB \uFEAA\uFEE4\uFEA4\uFEE3", ""},
		{"lam alef alone", "الا", "\uFEFB\uFE8D", "الا"},
		{"lam alef joined", "سلا", "\uFEFC\uFEB3", "الس"},
		{"hebrew", "שלום", "םולש", ""},
		{"mixed", "Seen by שלום today", "Seen by םולש today", ""},
		{"digits stay in order", "שלום 2026 רב", "בר 2026 םולש", ""},
		{"brackets mirror", "(שלום)", "(םולש)", ""},
		{"isolated letters", "د و", "\uFEED \uFEA9", ""},
		{"emoji keep their order", "سلام 👩‍👩‍👧 علي", "\uFEF2\uFEE0\uFECB 👩‍👩‍👧 \uFEE1\uFEFC\uFEB3", "يلع 👩‍👩‍👧 مالس"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var shown, text strings.Builder
			for s, stands := range spans(visual(tt.in)) {
				shown.WriteString(s)
				if stands == "" {
					stands = s
				}
				text.WriteString(stands)
			}
			if got := shown.String(); got != tt.want {
				t.Errorf("visual(%q) shows %q (%U), want %q (%U)", tt.in, got, []rune(got), tt.want, []rune(tt.want))
			}
			want := tt.stands
			if want == "" {
				want = norm.NFKC.String(tt.want)
			}
			if got := text.String(); got != want {
				t.Errorf("visual(%q) stands for %q, want %q", tt.in, got, want)
			}
		})
	}
}
