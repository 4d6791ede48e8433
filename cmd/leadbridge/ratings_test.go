package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// answerPack answers a pack file as its page would: it gives the first behaviour the
// rating, with the evidence, and signs the answers with the pack's checksum. The page's
// own script is tested in a real browser in package ratings.
func answerPack(t *testing.T, pack, out string, rating int, evidence string) {
	t.Helper()
	html := readFile(t, pack)
	attr := func(name string) string {
		m := regexp.MustCompile(name + `="([^"]+)"`).FindStringSubmatch(html)
		if m == nil {
			t.Fatalf("the pack has no %s", name)
		}
		return m[1]
	}
	key, err := hex.DecodeString(attr("data-check"))
	if err != nil {
		t.Fatal(err)
	}
	answers := `{"date":"2026-01-01","ratings":[{"behaviour":` + attr("data-id") + `,"text":"x","rating":` + strconv.Itoa(rating) +
		`,"evidence":"` + evidence + `"}],"derailers":[]}`
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(answers))
	body, _ := json.Marshal(map[string]any{"format": "leadbridge-rating-response", "version": 1, "code": attr("data-code"),
		"answers": answers, "mac": hex.EncodeToString(mac.Sum(nil))})
	if err := os.WriteFile(out, body, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestRatings(t *testing.T) {
	db := demoDB(t, "30")
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack.html")
	leadbridge(t, "ratings", "pack", "--db", db, "--person", "3", "--kind", "direct-report", "--rater", "Someone Outside", "--out", pack).
		expect(t, 0, "a rating pack about")
	html := readFile(t, pack)
	for _, bad := range []string{"http:", "https:", "//", "Someone Outside"} {
		if strings.Contains(html, bad) {
			t.Errorf("the pack holds %q", bad)
		}
	}
	response := filepath.Join(dir, "response.json")
	answerPack(t, pack, response, 3, "Seen on Monday")
	leadbridge(t, "ratings", "import", "--db", db, response).expect(t, 0, "from a direct report")
	r := leadbridge(t, "ratings", "import", "--db", db, response)
	r.expect(t, 1, "")
	if !strings.Contains(r.stderr, "already taken in") || !strings.Contains(r.stderr, "One response was refused") {
		t.Errorf("second import said %q", r.stderr)
	}
	leadbridge(t, "ratings", "import", "--db", db, filepath.Join(dir, "missing.json")).expect(t, 1, "")
	leadbridge(t, "ratings", "pack", "--db", db, "--person", "3", "--kind", "owner", "--out", pack).expect(t, 2, "")
	leadbridge(t, "ratings", "import", "--db", db).expect(t, 2, "")
}
