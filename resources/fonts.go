package resources

import _ "embed"

// DejaVu Sans sets the documents; it covers Latin, Greek and Cyrillic. Its licence is
// fonts/LICENSE-DejaVu.txt. Callers must not modify these slices: clone them before
// handing them to code that might.
var (
	// DejaVuSans is the regular weight.
	//
	//go:embed fonts/DejaVuSans.ttf
	DejaVuSans []byte

	// DejaVuSansBold is the bold weight.
	//
	//go:embed fonts/DejaVuSans-Bold.ttf
	DejaVuSansBold []byte
)
