package report

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"leadbridge/resources"
)

// devanagariName needs every step of Devanagari shaping: the vowel sign ि drawn before
// the consonant it follows, the repha and the conjuncts क्ष and त्र.
const devanagariName = "प्रिया क्षत्रिय"

// TestShaped_DevanagariLooksLikeHarfBuzz prints a Devanagari name, rasterises the page
// with pdftoppm, and compares the ink with the same text shaped and drawn by HarfBuzz's
// hb-view in the same font. The comparison must also tell the name apart from the same
// letters left unshaped, which is how it fails if shaping is lost.
func TestShaped_DevanagariLooksLikeHarfBuzz(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "hb-view"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: make test installs it (poppler-utils, libharfbuzz-bin)", tool)
		}
	}
	dir := t.TempDir()
	d := testDoc("")
	d.font("", 40, inkColour)
	top := d.y()
	d.text(d.left, top, d.width, devanagariName, "L")
	r := render(t, func(b *bytes.Buffer) error { return d.finish(b) })
	const dpi = 150
	px := func(mm float64) string { return fmt.Sprint(int(mm / 25.4 * dpi)) }
	run(t, "pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
		"-x", "0", "-y", px(top-5), "-W", px(d.right+margin), "-H", px(30), r.path, filepath.Join(dir, "pdf"))
	font := filepath.Join(dir, "NotoSansDevanagari-Regular.ttf")
	if err := os.WriteFile(font, resources.NotoSansDevanagari, 0o600); err != nil {
		t.Fatal(err)
	}
	hbView := func(name string, args ...string) string {
		out := filepath.Join(dir, name+".png")
		run(t, "hb-view", append(args, "--font-size=80", "--margin=10", "-O", "png", "-o", out, font, devanagariName)...)
		return out
	}
	printed := inkOf(t, filepath.Join(dir, "pdf.png"))
	shaped := inkOf(t, hbView("shaped"))
	unshaped := inkOf(t, hbView("unshaped", "--script=latn")) // HarfBuzz's default shaper: no reordering, no conjuncts
	same, apart := overlap(printed, shaped), overlap(printed, unshaped)
	t.Logf("overlap with HarfBuzz's shaping %.2f, with the letters unshaped %.2f", same, apart)
	if same < 0.75 {
		t.Errorf("the printed name overlaps HarfBuzz's rendering by %.2f, want at least 0.75", same)
	}
	if apart > same-0.3 {
		t.Errorf("the printed name overlaps the unshaped letters by %.2f, too close to %.2f to tell them apart", apart, same)
	}
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

// ink is a picture reduced to which cells of a fixed grid laid over its inked
// bounding box hold ink, so that pictures of different sizes compare.
type ink [inkRows][inkCols]bool

const inkRows, inkCols = 32, 160

// inkOf reads a PNG and lays the grid over its dark pixels.
func inkOf(t *testing.T, path string) *ink {
	t.Helper()
	img := readPNGFile(t, path)
	dark := func(x, y int) bool {
		r, g, b, _ := img.At(x, y).RGBA()
		return r+g+b < 3*0x8000
	}
	box := image.Rectangle{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if dark(x, y) {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if box.Empty() {
		t.Fatalf("%s holds no ink", path)
	}
	var m ink
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if dark(x, y) {
				m[(y-box.Min.Y)*inkRows/box.Dy()][(x-box.Min.X)*inkCols/box.Dx()] = true
			}
		}
	}
	return &m
}

// overlap is the share of inked cells the two pictures have in common (intersection
// over union).
func overlap(a, b *ink) float64 {
	both, either := 0, 0
	for y := range a {
		for x := range a[y] {
			if a[y][x] && b[y][x] {
				both++
			}
			if a[y][x] || b[y][x] {
				either++
			}
		}
	}
	return float64(both) / float64(either)
}

// TestShaped_TextLayer checks the text under shaped runs: pdftotext reads the names
// as typed, with emoji sequences whole, and the outlines take the width they are
// measured at.
func TestShaped_TextLayer(t *testing.T) {
	names := []string{devanagariName, "Sam 🎉 Lee", "Ana 👩‍👩‍👧 Silva", "अर्जुन 🚀 李小龍 محمد علي"}
	d := testDoc("")
	end := (d.left + d.pdf.GetCellMargin() + d.strWidth("Sam 🎉")) * 72 / 25.4
	for _, n := range names {
		d.text(d.left, d.y(), d.width, n, "L")
		d.space(lineHeight(sizeBody))
	}
	r := render(t, func(b *bytes.Buffer) error { return d.finish(b) })
	text := extracted(r)
	mustContain(t, text, names...)
	mustNotContain(t, text, string(placeholder))
	found := false
	for _, w := range r.words() {
		if w.text == "🎉" {
			found = true
			if math.Abs(w.xMax-end) > 0.5 {
				t.Errorf("the emoji's text ends at %.1f pt, want where the emoji ends, %.1f pt", w.xMax, end)
			}
		}
	}
	if !found {
		t.Errorf("pdftotext finds no word \"🎉\"")
	}
}

// TestBold_CJKThickened prints a Chinese name in regular and in bold and counts the ink of
// each: the Chinese font has one weight, so bold must thicken its glyphs to stand out as
// bold Latin text does.
func TestBold_CJKThickened(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm is missing: make test installs it (poppler-utils)")
	}
	inkFor := func(style string) int {
		d := testDoc("")
		d.font(style, 40, inkColour)
		top := d.y()
		d.text(d.left, top, d.width, "李小龍", "L")
		r := render(t, func(b *bytes.Buffer) error { return d.finish(b) })
		const dpi = 150
		px := func(mm float64) string { return fmt.Sprint(int(mm / 25.4 * dpi)) }
		out := filepath.Join(t.TempDir(), "page")
		run(t, "pdftoppm", "-r", fmt.Sprint(dpi), "-gray", "-png", "-singlefile", "-f", "1", "-l", "1",
			"-x", "0", "-y", px(top-5), "-W", px(d.right+margin), "-H", px(30), r.path, out)
		img := readPNGFile(t, out+".png")
		n := 0
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				if v, _, _, _ := img.At(x, y).RGBA(); v < 0x8000 {
					n++
				}
			}
		}
		return n
	}
	regular, bold := inkFor(""), inkFor("B")
	t.Logf("ink: regular %d pixels, bold %d", regular, bold)
	if regular == 0 || float64(bold) < 1.15*float64(regular) {
		t.Errorf("bold Chinese has %d pixels of ink against %d in regular; want at least 15%% more", bold, regular)
	}
}

func readPNGFile(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}
