package report

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// page1 draws page 1 in grey at 72 dots per inch, one pixel a point.
func (r rendered) page1() image.Image { return r.page(1) }

// page draws page n in grey at 72 dots per inch.
func (r rendered) page(n int) image.Image {
	r.t.Helper()
	prefix := filepath.Join(r.t.TempDir(), "page")
	run(r.t, "pdftoppm", "-r", "72", "-gray", "-png", "-singlefile", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), r.path, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		r.t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		r.t.Fatal(err)
	}
	return img
}

// TestChart_ScaleStartsAtOne draws the competency chart with a top score, a bottom
// score and a competency without evidence, and reads the page back as pixels: the top
// score's bar runs from the scale's 1 to its 4 (from 0 it would be a third longer), and
// no line crosses the words "No evidence yet".
func TestChart_ScaleStartsAtOne(t *testing.T) {
	r := render(t, func(b *bytes.Buffer) error {
		d := newDoc(Options{Made: made}, "Chart", "Chart", "")
		d.profileChart([]profileRow{
			{name: "Topscore", latest: 4},
			{name: "Bottomscore", latest: 1},
			{name: "Unrated", latest: 0},
		}, "2026-01-05", "")
		return d.finish(b)
	})
	words := map[string][]word{}
	for _, w := range r.words() {
		words[w.text] = append(words[w.text], w)
	}
	img := r.page1()
	one, four := words["1"], words["4"]
	if len(one) == 0 || len(four) == 0 || len(words["Topscore"]) != 1 || len(words["Unrated"]) != 1 {
		t.Fatalf("the chart's axis or rows are not on its page: %v", words)
	}
	center := func(w word) float64 { return (w.xMin + w.xMax) / 2 }
	grey := func(x, y int) uint8 { return color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y }
	dark := func(x, y int) bool { return grey(x, y) < 128 }

	// The longest dark run right of the label, in the top score's row.
	label := words["Topscore"][0]
	longest := 0
	for y := int(label.yMin) - 6; y <= int(label.yMax)+6; y++ {
		n := 0
		for x := int(label.xMax) + 4; x < img.Bounds().Dx(); x++ {
			if dark(x, y) {
				n++
				longest = max(longest, n)
			} else {
				n = 0
			}
		}
	}
	want := center(four[0]) - center(one[0])
	if math.Abs(float64(longest)-want) > 3 {
		t.Errorf("the bar of a 4 is %d pt long, want %.0f pt: from the 1 to the 4 of the scale", longest, want)
	}

	// Just above and below the words "No evidence yet", in the unrated row: white, all
	// the way along, the grid's line at 1 included.
	row := words["Unrated"][0]
	inRow := func(text string) word {
		for _, w := range words[text] {
			if w.yMax > row.yMin-8 && w.yMin < row.yMax+8 && w.xMin > row.xMax {
				return w
			}
		}
		t.Fatalf("no %q in the unrated row: %v", text, words[text])
		return word{}
	}
	first, last := inRow("No"), inRow("yet")
	// From the scale's 1, where the words begin, to their end.
	x0, x1 := min(first.xMin, center(one[0]))-1, last.xMax
	y0, y1 := min(first.yMin, last.yMin), max(first.yMax, last.yMax)
	for _, y := range []int{int(y0) - 2, int(y1) + 2} {
		for x := int(x0); x <= int(x1); x++ {
			if grey(x, y) < 230 {
				t.Fatalf("a line crosses %q at %d,%d (grey %d)", "No evidence yet", x, y, grey(x, y))
			}
		}
	}
}
