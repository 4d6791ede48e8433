package ratings_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// answerEvery answers every behaviour of a pack file as its page would: each rated 3
// with a line of evidence, the answers signed with the pack's checksum. The page's own
// script is tested in a real browser (see browser_test.go).
func answerEvery(t *testing.T, path string) []byte {
	t.Helper()
	page := string(readFile(t, path))
	form := regexp.MustCompile(`id="pack" data-code="([^"]+)" data-check="([^"]+)"`).FindStringSubmatch(page)
	if form == nil {
		t.Fatal("the pack has no code and checksum")
	}
	type rating struct {
		Behaviour int64  `json:"behaviour"`
		Text      string `json:"text"`
		Rating    int    `json:"rating"`
		Evidence  string `json:"evidence"`
	}
	var rs []rating
	for _, m := range regexp.MustCompile(`<fieldset class="behaviour" data-id="(\d+)" data-text="([^"]*)">`).FindAllStringSubmatch(page, -1) {
		id, _ := strconv.ParseInt(m[1], 10, 64)
		rs = append(rs, rating{Behaviour: id, Text: html.UnescapeString(m[2]), Rating: 3, Evidence: "Seen at the Monday stand-up"})
	}
	body, err := json.Marshal(map[string]any{"date": talent.FormatDate(today), "ratings": rs, "derailers": []any{}})
	must(t, err)
	key, err := hex.DecodeString(form[2])
	must(t, err)
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	out, err := json.Marshal(map[string]any{"format": "leadbridge-rating-response", "version": 1, "code": form[1],
		"answers": string(body), "mac": hex.EncodeToString(mac.Sum(nil))})
	must(t, err)
	return out
}

// TestImport_StandardChangedSince takes in a response to a pack made before two of its
// behaviours were removed from the standard: the behaviours that still exist are taken
// in, and the message names the two that were left out.
func TestImport_StandardChangedSince(t *testing.T) {
	w := openWorld(t)
	ctx := context.Background()
	path, _ := w.pack(t, ratings.Request{PersonID: w.zoe.ID, Kind: talent.RelManager, RaterID: w.li.ID})

	std := w.std
	std.Competencies = slices.Clone(std.Competencies)
	gone := []talent.Behaviour{std.Competencies[0].Behaviours[1], std.Competencies[3].Behaviours[0]}
	for _, b := range gone {
		for i, c := range std.Competencies {
			std.Competencies[i].Behaviours = slices.DeleteFunc(slices.Clone(c.Behaviours), func(x talent.Behaviour) bool { return x.ID == b.ID })
		}
	}
	must(t, w.db.SaveStandard(ctx, &std))
	std, err := w.db.Standard(ctx)
	must(t, err)
	if std.BehaviourCount() != w.std.BehaviourCount()-2 {
		t.Fatalf("the standard has %d behaviours, want %d", std.BehaviourCount(), w.std.BehaviourCount()-2)
	}

	imp, err := ratings.Import(ctx, w.db, answerEvery(t, path), today)
	if err != nil {
		t.Fatalf("Import() = %v", err)
	}
	if imp.Rated != std.BehaviourCount() || !slices.Equal(imp.Missing, []string{gone[0].Text, gone[1].Text}) {
		t.Errorf("imported %d rated, missing %q; want %d rated and the two removed", imp.Rated, imp.Missing, std.BehaviourCount())
	}
	want := "2 behaviours answered are no longer in the leadership standard and were left out: “" + gone[0].Text + "”; “" + gone[1].Text + "”."
	if msg := imp.String(); !strings.Contains(msg, want) {
		t.Errorf("message = %q, want it to say %q", msg, want)
	}
	as, err := w.db.Assessments(ctx, w.zoe.ID)
	must(t, err)
	if len(as) != 1 || len(as[0].Ratings) != std.BehaviourCount() {
		t.Fatalf("assessments = %+v, want one rating every behaviour still in the standard", as)
	}
	for _, c := range std.Competencies {
		for _, b := range c.Behaviours {
			if as[0].Rating(b.ID) != talent.RatingConsistently {
				t.Errorf("behaviour %q is rated %v, want 3", b.Text, as[0].Rating(b.ID))
			}
		}
	}
	for _, b := range gone {
		if as[0].Rating(b.ID) != talent.RatingNoEvidence {
			t.Errorf("the removed behaviour %q was taken in", b.Text)
		}
	}
}
