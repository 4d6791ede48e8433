package main

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"
	"unicode"

	"leadbridge/internal/store"
)

// TestNamesOnScreen starts the real binary under Xvfb, with a fresh home folder, on the
// 40-person sample business, whose Home shows Devanagari and Korean names in the 9-box.
// It looks for each such name in a screenshot of Home, drawn by HarfBuzz's hb-view in
// the bundled font as a reference: a name Fyne drew as boxes would not be found. A name
// that is not on the screen is the control: it must not be found.
func TestNamesOnScreen(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import", "hb-view"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is not installed; `make test` installs it", tool)
		}
	}
	db := demoDB(t, "40")
	names := namesIn(t, db)
	display := startXvfb(t)
	home := t.TempDir()
	app := startApp(t, db, display, "HOME="+home, "XDG_CACHE_HOME=", "XDG_DATA_DIRS=")
	defer func() { _ = app.quit(t) }()

	fonts := filepath.Join(home, ".cache", "leadbridge", "fonts")
	shot := filepath.Join(t.TempDir(), "home.png")
	waitFor(t, 60*time.Second, "a window showing names", func() bool {
		return screenshot(display, shot) && colours(t, shot) > 16
	}, display)
	time.Sleep(2 * time.Second) // the 9-box is filled once the sample is read
	if !screenshot(display, shot) {
		t.Fatal("no screenshot")
	}
	screen := inkOfScreen(t, shot)
	for _, script := range []struct {
		name  string
		table *unicode.RangeTable
		font  string
	}{
		{"Devanagari", unicode.Devanagari, "NotoSansDevanagari-Regular.ttf"},
		{"Hangul", unicode.Hangul, "NanumSquareR.ttf"},
	} {
		found := 0
		for _, name := range names {
			if !inScript(name, script.table) {
				continue
			}
			score := bestMatch(screen, reference(t, filepath.Join(fonts, script.font), name))
			t.Logf("%s: %.2f", name, score)
			if score >= matchScore {
				found++
			}
		}
		if found == 0 {
			t.Errorf("no %s name of the sample is drawn on Home as HarfBuzz draws it\n%s", script.name, app.log.String())
		}
	}
	// The control: a Devanagari name no one in the sample has.
	score := bestMatch(screen, reference(t, filepath.Join(fonts, "NotoSansDevanagari-Regular.ttf"), "क्षत्रिय प्रियंका"))
	t.Logf("control: %.2f", score)
	if score >= matchScore {
		t.Errorf("a name not on the sample's Home is found with %.2f: the comparison cannot tell names apart", score)
	}
}

// matchScore is the least overlap, over the box a reference covers, between its ink
// and the screen's for the name to count as drawn. Fyne's and HarfBuzz's rasterisers
// differ in their edges, so it is well below 1; a name that shares a word with one on
// screen scores about 0.6.
const matchScore = 0.7

// namesIn reads the names of the people in a data file.
func namesIn(t *testing.T, path string) []string {
	t.Helper()
	db, err := store.Open(path, store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	people, err := db.People(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	return names
}

func inScript(s string, table *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(table, r) {
			return true
		}
	}
	return false
}

// mask is a picture reduced to which pixels hold ink.
type mask struct {
	w, h int
	ink  []bool
}

func (m mask) at(x, y int) bool { return m.ink[y*m.w+x] }

// inkOfScreen reads a screenshot; ink is what stands out from the background, light
// text on a dark theme or dark text on a light one.
func inkOfScreen(t *testing.T, path string) mask {
	img := readPNG(t, path)
	b := img.Bounds()
	lumas := make([]int, 0, b.Dx()*b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			lumas = append(lumas, luma(img, x, y))
		}
	}
	sorted := append([]int(nil), lumas...)
	sort.Ints(sorted)
	background := sorted[len(sorted)/2]
	m := mask{w: b.Dx(), h: b.Dy(), ink: make([]bool, len(lumas))}
	for i, l := range lumas {
		m.ink[i] = l-background > 45 || background-l > 45
	}
	return m
}

// reference draws text with hb-view in a font at the size Fyne sets names in.
func reference(t *testing.T, font, text string) mask {
	t.Helper()
	out := filepath.Join(t.TempDir(), "ref.png")
	cmd := exec.Command("hb-view", "--font-size="+strconv.Itoa(fyneTextSize), "--margin=0", "-O", "png", "-o", out, font, text)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hb-view: %v\n%s", err, b)
	}
	img := readPNG(t, out)
	b := img.Bounds()
	m := mask{w: b.Dx(), h: b.Dy(), ink: make([]bool, b.Dx()*b.Dy())}
	for y := 0; y < m.h; y++ {
		for x := 0; x < m.w; x++ {
			m.ink[y*m.w+x] = luma(img, b.Min.X+x, b.Min.Y+y) < 128
		}
	}
	return m
}

// fyneTextSize is the size, in pixels under Xvfb, of Fyne's body text.
const fyneTextSize = 14

// bestMatch slides the reference over the screen and returns the best overlap (ink in
// both over ink in either, within the reference's box). Places where fewer than half
// the reference's ink pixels land on ink are passed over early.
func bestMatch(screen, ref mask) float64 {
	var refInk []image.Point
	for y := 0; y < ref.h; y++ {
		for x := 0; x < ref.w; x++ {
			if ref.at(x, y) {
				refInk = append(refInk, image.Pt(x, y))
			}
		}
	}
	best := 0.0
	for oy := 0; oy+ref.h <= screen.h; oy++ {
		for ox := 0; ox+ref.w <= screen.w; ox++ {
			misses, limit := 0, len(refInk)/2
			for _, p := range refInk {
				if !screen.at(ox+p.X, oy+p.Y) {
					if misses++; misses > limit {
						break
					}
				}
			}
			if misses > limit {
				continue
			}
			both, either := 0, 0
			for y := 0; y < ref.h; y++ {
				for x := 0; x < ref.w; x++ {
					a, b := ref.at(x, y), screen.at(ox+x, oy+y)
					if a && b {
						both++
					}
					if a || b {
						either++
					}
				}
			}
			if s := float64(both) / float64(either); s > best {
				best = s
			}
		}
	}
	return best
}

func readPNG(t *testing.T, path string) image.Image {
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

func luma(img image.Image, x, y int) int {
	r, g, b, _ := img.At(x, y).RGBA()
	return int(299*r+587*g+114*b) / 1000 >> 8
}
