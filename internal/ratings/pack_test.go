package ratings_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leadbridge/internal/ratings"
	"leadbridge/internal/talent"
)

// fill rates the first behaviours of the open pack 3, 4 and "No evidence yet" with a
// note, gives the first behaviour evidence, and saves; it returns the file the browser
// downloaded, which must equal the text shown to copy.
func fill(t *testing.T, b *browser, downloads string) []byte {
	t.Helper()
	b.eval(`(function () {
		var sets = document.querySelectorAll("fieldset.behaviour");
		sets[0].querySelector("input[value='3']").click();
		sets[0].querySelector("textarea").value = "Hands the rota over on Mondays — and leaves it 👍";
		sets[1].querySelector("input[value='4']").click();
		sets[2].querySelector("textarea").value = "Not seen this yet";
		document.getElementById("save").click();
		return true;
	}())`)
	var name string
	b.waitFor("Browser.downloadProgress", func(p json.RawMessage) bool {
		var d struct{ State string }
		json.Unmarshal(p, &d)
		return d.State == "completed"
	})
	entries, err := os.ReadDir(downloads)
	must(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			name = e.Name()
		}
	}
	if name == "" {
		t.Fatalf("no response file downloaded, only %v", entries)
	}
	got := readFile(t, filepath.Join(downloads, name))
	os.Remove(filepath.Join(downloads, name))
	if shown := b.text(`document.getElementById("response").value`); shown != string(got) {
		t.Errorf("text to copy differs from the downloaded file:\n%s\n%s", shown, got)
	}
	return got
}

func TestPack_AnsweredInChromiumAndTakenIn(t *testing.T) {
	w := openWorld(t)
	ctx := context.Background()
	downloads := t.TempDir()
	b := startBrowser(t, downloads)

	path, pack := w.pack(t, ratings.Request{PersonID: w.zoe.ID, Kind: talent.RelManager, RaterID: w.li.ID})
	b.open(path)
	if got, want := b.text("document.title"), "How Zoë Ångström leads today"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if got, want := b.text(`String(document.querySelectorAll("fieldset.behaviour").length)`), fmt.Sprint(w.std.BehaviourCount()); got != want {
		t.Errorf("the pack asks about %s behaviours, want the standard's %s", got, want)
	}
	response := fill(t, b, downloads)
	if ext := b.externalRequests(path); len(ext) > 0 {
		t.Errorf("the pack asked for %v; it must ask for nothing", ext)
	}

	imp, err := ratings.Import(ctx, w.db, response, today)
	if err != nil {
		t.Fatalf("Import() = %v", err)
	}
	if imp.Rated != 2 || imp.Person != w.zoe.Name || len(imp.Missing) != 0 {
		t.Errorf("imported %+v", imp)
	}
	as, err := w.db.Assessments(ctx, w.zoe.ID)
	must(t, err)
	if len(as) != 1 {
		t.Fatalf("Zoë has %d assessments, want the one taken in", len(as))
	}
	a, first := as[0], w.std.Competencies[0].Behaviours
	if a.RaterID != w.li.ID || a.Relationship != talent.RelManager || a.Source != talent.SourcePack || !a.Date.Equal(today) {
		t.Errorf("assessment = %+v", a)
	}
	if a.Rating(first[0].ID) != 3 || a.Rating(first[1].ID) != 4 || a.Ratings[0].Evidence != "Hands the rota over on Mondays — and leaves it 👍" {
		t.Errorf("ratings = %+v", a.Ratings)
	}
	packs, err := w.db.RatingPacks(ctx, w.zoe.ID)
	must(t, err)
	if len(packs) != 1 || packs[0].ID != pack.ID || packs[0].Status(today) != "Returned 2026-11-21" {
		t.Errorf("packs = %+v", packs)
	}

	before := snapshot(t, w.db, w.zoe.ID)
	t.Run("the same response again", func(t *testing.T) {
		_, err := ratings.Import(ctx, w.db, response, today)
		wantRefused(t, err, "already taken in on 2026-11-21")
	})
	t.Run("an edited response", func(t *testing.T) {
		var r map[string]any
		must(t, json.Unmarshal(response, &r))
		r["answers"] = strings.Replace(r["answers"].(string), `"rating":3`, `"rating":4`, 1)
		edited, _ := json.Marshal(r)
		_, err := ratings.Import(ctx, w.db, edited, today)
		wantRefused(t, err, "changed after it was saved")
	})
	t.Run("a response for another data file", func(t *testing.T) {
		other := openWorld(t)
		otherBefore := snapshot(t, other.db, other.zoe.ID)
		_, err := ratings.Import(ctx, other.db, response, today)
		wantRefused(t, err, "this data file did not make")
		sameSnapshot(t, otherBefore, snapshot(t, other.db, other.zoe.ID))
		// A file that never made a pack has no key for them, and a refusal makes none.
		if key, err := other.db.Setting(ctx, "rating_packs.secret"); err != nil || key != "" {
			t.Errorf("the other file's pack key after the refusal = %q, %v; want none", key, err)
		}
	})
	t.Run("not a response at all", func(t *testing.T) {
		_, err := ratings.Import(ctx, w.db, readFile(t, path), today)
		wantRefused(t, err, "not a rating response")
	})
	sameSnapshot(t, before, snapshot(t, w.db, w.zoe.ID))

	t.Run("an expired response", func(t *testing.T) {
		old, _ := w.pack(t, ratings.Request{PersonID: w.zoe.ID, Kind: talent.RelSelf, Today: today.AddDate(0, 0, -talent.PackValidDays-1)})
		b.open(old)
		response := fill(t, b, downloads)
		before := snapshot(t, w.db, w.zoe.ID)
		_, err := ratings.Import(ctx, w.db, response, today)
		wantRefused(t, err, "expired on 2026-11-20")
		sameSnapshot(t, before, snapshot(t, w.db, w.zoe.ID))
	})
}
