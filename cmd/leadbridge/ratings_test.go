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
	leadbridge(t, "ratings", "import", "--db", db, response).expect(t, 0, "by a direct report")
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

// TestRatingsImportKeepsTheGoodOnes: of a good and a bad response taken in together, the
// bad one is named and refused, the command exits 1, and the good one is stored.
func TestRatingsImportKeepsTheGoodOnes(t *testing.T) {
	db := demoDB(t, "10")
	dir := t.TempDir()
	answered := func(kind, evidence string) string {
		t.Helper()
		pack, response := filepath.Join(dir, kind+".html"), filepath.Join(dir, kind+".json")
		leadbridge(t, "ratings", "pack", "--db", db, "--person", "3", "--kind", kind, "--rater", "Someone Outside", "--out", pack).expect(t, 0, "")
		answerPack(t, pack, response, 3, evidence)
		return response
	}
	good := answered("mentor", "Chaired the Monday stand-up")
	bad := answered("manager", "Ran the Tuesday audit")
	// Changed after it was saved: its checksum no longer matches.
	writeFile(t, bad, strings.Replace(readFile(t, bad), `\"rating\":3`, `\"rating\":4`, 1))
	if !strings.Contains(readFile(t, bad), `\"rating\":4`) {
		t.Fatal("the bad response was not changed")
	}

	r := leadbridge(t, "ratings", "import", "--db", db, bad, good)
	r.expect(t, 1, "One response was refused")
	if !strings.Contains(r.stderr, bad+": This rating response was changed after it was saved") || strings.Contains(r.stderr, good) {
		t.Errorf("stderr should name the bad file alone, with why:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, good+": Took in ratings") || strings.Contains(r.stdout, bad) {
		t.Errorf("stdout should name the good file as taken in:\n%s", r.stdout)
	}

	folder := filepath.Join(dir, "data")
	leadbridge(t, "export", "person", "--db", db, "--person", "3", "--out", folder).expect(t, 0, "")
	held := readFile(t, filepath.Join(folder, "person.json"))
	if !strings.Contains(held, "Chaired the Monday stand-up") {
		t.Error("the good response's answer is not held about the person")
	}
	if strings.Contains(held, "Ran the Tuesday audit") {
		t.Error("the refused response's answer is held about the person")
	}
}
