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

// Fallback fonts draw what DejaVu Sans cannot: Chinese, Japanese and Korean. They come
// in one weight only. The same rule applies: clone before handing them on.
var (
	// DroidSansFallback covers CJK ideographs, kana and CJK punctuation. Its licence is
	// fonts/LICENSE-DroidSansFallback.txt.
	//
	//go:embed fonts/DroidSansFallbackFull.ttf
	DroidSansFallback []byte

	// NanumSquare covers the Hangul syllables Droid Sans Fallback lacks. Its licence is
	// fonts/LICENSE-NanumSquare.txt.
	//
	//go:embed fonts/NanumSquareR.ttf
	NanumSquare []byte
)
