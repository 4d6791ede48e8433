package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"leadbridge/internal/store"
	"leadbridge/internal/talent"
)

func TestExportDocuments(t *testing.T) {
	db := demoDB(t, "40")
	dir := t.TempDir()
	name := firstPersonWithPlan(t, db)

	t.Run("PlanByName", func(t *testing.T) {
		out := filepath.Join(dir, "plan.pdf")
		leadbridge(t, "export", "plan", "--db", db, "--person", name, "--out", out).expect(t, 0, "mentor copy")
		text := pdfText(t, out)
		if !strings.Contains(text, name) {
			t.Errorf("the plan does not name %s", name)
		}
		if got := pdfInfo(t, out, "Page size"); !strings.Contains(got, "595.28 x 841.89") {
			t.Errorf("page size with an en_GB locale = %q, want A4", got)
		}
	})
	t.Run("OwnerCopyOnLetter", func(t *testing.T) {
		out := filepath.Join(dir, "owner.pdf")
		leadbridge(t, "export", "plan", "--db", db, "--person", name, "--copy", "owner", "--paper", "letter", "--out", out).expect(t, 0, "owner copy")
		if got := pdfInfo(t, out, "Page size"); !strings.Contains(got, "612 x 792") {
			t.Errorf("page size = %q, want Letter", got)
		}
	})
	t.Run("Succession", func(t *testing.T) {
		out := filepath.Join(dir, "succession.pdf")
		leadbridge(t, "export", "succession", "--db", db, "--out", out).expect(t, 0, "succession summary")
		if text := pdfText(t, out); !strings.Contains(text, "Bench strength") {
			t.Errorf("the summary has no bench strength:\n%.500s", text)
		}
	})
	t.Run("UnknownPerson", func(t *testing.T) {
		out := filepath.Join(dir, "nobody.pdf")
		leadbridge(t, "export", "plan", "--db", db, "--person", "Nobody Atall", "--out", out).expect(t, 1, `Nobody called "Nobody Atall"`)
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Error("a failed export left a file behind")
		}
	})
	t.Run("UnknownID", func(t *testing.T) {
		leadbridge(t, "export", "plan", "--db", db, "--person", "99999", "--out", filepath.Join(dir, "x.pdf")).expect(t, 1, "")
	})
	t.Run("MissingFolder", func(t *testing.T) {
		leadbridge(t, "export", "succession", "--db", db, "--out", filepath.Join(dir, "no", "such", "s.pdf")).expect(t, 1, "does not exist")
	})
}

func TestFindPerson(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "people.db"), store.Options{Actor: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	var ids []int64
	for _, p := range []talent.Person{{Name: "Sam Taylor", Team: "Workshop"}, {Name: "Sam Taylor", Team: "Sales"}, {Name: "Zoë Ångström"}} {
		if err := db.CreatePerson(ctx, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	t.Run("Ambiguous", func(t *testing.T) {
		_, err := findPerson(ctx, db, "sam  taylor")
		msg := talent.ErrorMessage(err)
		for _, want := range []string{"2 people are called", "Workshop", "Sales", strconv.FormatInt(ids[0], 10)} {
			if !strings.Contains(msg, want) {
				t.Errorf("message %q lacks %q", msg, want)
			}
		}
	})
	t.Run("ByID", func(t *testing.T) {
		p, err := findPerson(ctx, db, strconv.FormatInt(ids[1], 10))
		if err != nil || p.Team != "Sales" {
			t.Errorf("findPerson(id) = %+v, %v; want the Sales Sam Taylor", p, err)
		}
	})
	t.Run("ByUniqueName", func(t *testing.T) {
		p, err := findPerson(ctx, db, "zoë ångström")
		if err != nil || p.ID != ids[2] {
			t.Errorf("findPerson(name) = %+v, %v; want Zoë Ångström", p, err)
		}
	})
	t.Run("ByNameInTheOtherSpelling", func(t *testing.T) {
		p, err := findPerson(ctx, db, "Zoe\u0308 A\u030angstro\u0308m") // decomposed, as macOS types it
		if err != nil || p.ID != ids[2] {
			t.Errorf("findPerson(decomposed name) = %+v, %v; want Zoë Ångström", p, err)
		}
	})
	t.Run("Unknown", func(t *testing.T) {
		if _, err := findPerson(ctx, db, "Nobody"); talent.ErrorCode(err) != talent.ENOTFOUND {
			t.Errorf("findPerson(unknown) error = %v, want not found", err)
		}
	})
}

// firstPersonWithPlan finds someone in the demo whose plan has goals, by exporting staff.
func firstPersonWithPlan(t *testing.T, db string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "staff.csv")
	leadbridge(t, "export", "staff", "--db", db, "--out", out).expect(t, 0, "")
	lines := strings.Split(readFile(t, out), "\n")
	return strings.SplitN(strings.TrimPrefix(lines[1], "\ufeff"), ",", 2)[0]
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func pdfInfo(t *testing.T, path, field string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, field+":") {
			return strings.TrimSpace(strings.TrimPrefix(line, field+":"))
		}
	}
	return ""
}
