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

// Shaped fonts draw scripts whose letters change shape and place with their neighbours,
// and emoji. Documents shape text in them before drawing it; the screens hand them to
// Fyne as fallbacks. Both are under the SIL Open Font License, as the same rule applies:
// clone before handing them on.
var (
	// NotoSansDevanagari covers Devanagari (Hindi, Marathi, Nepali and more). Its licence
	// is fonts/LICENSE-NotoSansDevanagari.txt.
	//
	//go:embed fonts/NotoSansDevanagari-Regular.ttf
	NotoSansDevanagari []byte

	// NotoSansDevanagariBold is the bold weight.
	//
	//go:embed fonts/NotoSansDevanagari-Bold.ttf
	NotoSansDevanagariBold []byte

	// NotoEmoji draws emoji in one colour, so that they print in black and white. Its
	// licence is fonts/LICENSE-NotoEmoji.txt.
	//
	//go:embed fonts/NotoEmoji-Regular.ttf
	NotoEmoji []byte
)
