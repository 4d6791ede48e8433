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

// TestRatingsPackSays: the line a pack is written with names the kind of rater in plain
// words, and a kind or a missing rater the pack cannot take is a usage mistake that
// names what to type and writes nothing.
func TestRatingsPackSays(t *testing.T) {
	db := demoDB(t, "10")
	dir := t.TempDir()
	name := personName(t, db, 3)
	for _, tc := range []struct{ kind, rater, says string }{
		{"self", "", ", a self-assessment, open until "},
		{"peer", "Someone Outside", " for a peer, open until "},
		{"direct-report", "Someone Outside", " for a direct report, open until "},
		{"mentor", "Someone Outside", " for their mentor, open until "},
		{"Manager", "Someone Outside", " for their manager, open until "},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			out := filepath.Join(dir, tc.kind+".html")
			args := []string{"ratings", "pack", "--db", db, "--person", "3", "--kind", tc.kind, "--out", out}
			if tc.rater != "" {
				args = append(args, "--rater", tc.rater)
			}
			r := leadbridge(t, args...)
			r.expect(t, 0, "")
			line := regexp.MustCompile(`^` + regexp.QuoteMeta("Wrote "+out+": a rating pack about "+name+tc.says) + `\d{4}-\d{2}-\d{2}\.\n$`)
			if !line.MatchString(r.stdout) {
				t.Errorf("pack written with %q, want %q and a date", r.stdout, tc.says)
			}
		})
	}
	for _, tc := range []struct{ name, kind, says string }{
		{"Owner", "owner", "--kind owner: the owner rates in Leadbridge itself and is not sent a pack; a pack can go to self, peer, direct-report, mentor or manager."},
		{"Unknown", "boss", `--kind "boss" is not known; use self, peer, direct-report, mentor or manager.`},
		{"MentorWithoutRater", "mentor", "A mentor's pack needs --rater NAME: the mentor who will answer it."},
		{"ManagerWithoutRater", "manager", "A manager's pack needs --rater NAME: the manager who will answer it."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".html")
			r := leadbridge(t, "ratings", "pack", "--db", db, "--person", "3", "--kind", tc.kind, "--out", out)
			r.expect(t, 2, tc.says)
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("a refused pack was written: %v", err)
			}
		})
	}
}
