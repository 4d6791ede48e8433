package report

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"leadbridge/internal/talent"
)

// planHeadings are the sections every development plan has, whatever it holds.
var planHeadings = []string{"Competency profile", "Strengths and focus areas", "Derailers to watch", "Goals and actions",
	"Training", "Mentoring", "Transition milestones", "Leadership moments seen lately", "Notes from this meeting"}

func TestWritePlan_Content(t *testing.T) {
	r := renderPlan(t, fullPlan(), Options{Made: made})
	r.keep("plan-mentor.pdf")
	text := r.flat()
	mustContain(t, text, planHeadings...)
	mustContain(t, text,
		"DEVELOPMENT PLAN", "MENTOR COPY", menteeName, mentorName, managerName, "Senior platform engineer · Platform",
		"Team lead, Platform", "Preparing", "2026-01-05", "2026-07-05", "Wants to lead",
		// the profile chart: anchors, scores and the legend
		"Not yet shown", "Role model", "Delegating and letting go of the technical", "4.0", "was 3.0",
		"Latest: 2026-02-10", "Previous: 2025-08-15", "Target: 3 Consistently",
		// strengths and focus areas from the scores
		"Strengths to build on", "Adapting to change — 4.0", "Focus areas", "Building trust — 1.0",
		// derailers, most worrying first
		"Problems with interpersonal", "Concern", "Two sharp exchanges with Sales in March.", "Too narrow a functional orientation", "Watch",
		"Flagged on 2 assessments.", "1 leadership moment about it: 2026-03-02, to develop: Cut a Sales colleague short in the stand-up.",
		// goals with their actions, 70-20-10 kinds, due dates and status
		"Hands the on-call rota and release checks to two engineers", "In progress, 40%", "Due 2026-05-31",
		"On-the-job experience", "Learning from others", "Formal learning", "Shadow Дмитрий at the weekly operations review",
		"Read “The Making of a Manager”, chapters 1–4", "Latest note, 2026-03-10",
		"Gives specific feedback within a day of the event", "Stalled: no update for 85 days",
		// training planned and done
		"Difficult conversations workshop", "Ελληνικό Ινστιτούτο", "First-time manager essentials", "14 hours in 1 completed entry.",
		// mentoring: agreement, meetings, next dates
		"Every 21 days · In person, café downstairs · 45 minutes", "Let go of the technical work", "What we discuss stays between us",
		"Delegating the release", "Ask Sales for a 20-minute call; listen first.", "2026-04-14 · 2026-05-05 · 2026-05-26",
		// moments, and the sign-off
		"Paired with a junior on the outage review", "Mentee: "+menteeName, "Mentor: "+mentorName,
		"Confidential", "Made 2026-03-31", "Page 1 of",
	)
	if strings.Contains(text, "Emergency cover") {
		t.Errorf("a plan lists readiness without nominations")
	}
}

func TestWritePlan_MentorCopyLeavesOutOwnerFields(t *testing.T) {
	p := fullPlan()
	ownerOnly := []string{
		// labels
		"For the owner only", "Risk of leaving", "Impact of loss", "Retention note", "9-box", "Successor nominations",
		"Suggested next step", "OWNER COPY",
		// values
		p.Person.RetentionNote, p.Box.Name, p.Box.NextStep, p.Potential.Explanation,
		p.Nominations[0].Role, p.Nominations[0].Note, p.Nominations[0].Readiness.Label(),
	}
	mentor := renderPlan(t, p, Options{Made: made, Copy: Mentor}).flat()
	mustNotContain(t, mentor, ownerOnly...)
	r := renderPlan(t, p, Options{Made: made, Copy: Owner})
	mustContain(t, r.flat(), ownerOnly...)
	mustContain(t, strings.Join(strings.Fields(r.text()), " "), "Risk of leaving High", "Impact of loss Medium")
}

// TestWritePlan_NothingYet checks that the plan of someone with nothing recorded yet is
// a one-page first-meeting worksheet, on A4 and Letter, with the owner's section after
// it in the owner copy.
func TestWritePlan_NothingYet(t *testing.T) {
	p := PlanDoc{Person: talent.Person{ID: 4, Name: "Ngozi Okonkwo", Status: talent.StatusActive}, Standard: testStandard()}
	for _, c := range []Copy{Mentor, Owner} {
		for _, paper := range []Paper{A4, Letter} {
			t.Run(c.String()+" "+paper.String(), func(t *testing.T) {
				r := renderPlan(t, p, Options{Made: made, Copy: c, Paper: paper})
				page1 := r.pageText(1)
				mustContain(t, page1,
					"Ngozi Okonkwo", "No mentor yet", "Reports to nobody", "None completed yet",
					"1 First meeting", "does leading people appeal to you?", "What could get in the way",
					"The first goals", "What will be different", "How we will know", "Owner", "Due",
					"1. 2. 3.", "Notes", "Mentee: Ngozi Okonkwo", "Page 1 of")
				for _, comp := range p.Standard.Competencies {
					mustContain(t, page1, "☐ "+strings.Join(strings.Fields(comp.Name)[:2], " "))
				}
				want := 1
				if c == Owner {
					want = 2
					mustContain(t, r.pageText(2), "For the owner only")
				}
				if got := r.pages(); got != want {
					t.Errorf("pages = %d, want %d", got, want)
				}
			})
		}
	}
}

func TestWritePlan_NoEvidenceOnSomeCompetencies(t *testing.T) {
	p := fullPlan()
	latest := *p.Latest
	latest.Ratings = latest.Ratings[:8] // the first two competencies only
	latest.Derailers = nil
	p.Latest, p.Previous, p.Derailers = &latest, nil, nil
	text := renderPlan(t, p, Options{Made: made}).flat()
	mustContain(t, text, "No evidence yet on Communicating and listening;", "No evidence yet",
		"No derailer is flagged on the latest assessment and no leadership moment is about one.")
	mustNotContain(t, text, "Previous:")
}

func TestWritePlan_Scripts(t *testing.T) {
	p := fullPlan()
	p.Person.Name = "Zoë 😀 李小龍 Ångström"
	p.Person.JobTitle = "Engineer 🚀 देवनागरी"
	p.Plan.Goals[0].Title = "Ships 🎉 without heroics"
	p.Moments[1].ObserverName = "محمد"
	p.People[3] = talent.Person{ID: 3, Name: "שלום Cohen"}
	p.Manager = "山田花子"
	p.Mentor.Name = "김민준"
	r := renderPlan(t, p, Options{Made: made})
	if r.pages() < 2 {
		t.Fatalf("pages = %d, want a whole document", r.pages())
	}
	r.keep("plan-scripts.pdf")
	text := r.flat()
	mustContain(t, text, "Zoë 😀 李小龍 Ångström", "Engineer 🚀 देवनागरी", "Ships 🎉 without heroics", "山田花子", "김민준")
	mustNotContain(t, text, string(placeholder))
	// Arabic and Hebrew come out as their letters in reading order.
	mustContain(t, extracted(r), "محمد", "שלום Cohen")
}

// TestWritePlan_PageAliasIsPrivate shows that text that looks like a page-count
// placeholder prints as written.
func TestWritePlan_PageAliasIsPrivate(t *testing.T) {
	p := fullPlan()
	p.Person.Name = "Team {nb} lead"
	p.Person.JobTitle = "\x01p0\x01 \x01pages\x01"
	r := renderPlan(t, p, Options{Made: made})
	text := r.flat()
	mustContain(t, text, "Team {nb} lead", "Page 1 of "+strconv.Itoa(r.pages()))
	mustNotContain(t, text, "Team "+strconv.Itoa(r.pages())+" lead")
}

func TestWritePlan_PaperSize(t *testing.T) {
	for _, tt := range []struct {
		paper Paper
		want  string
	}{
		{A4, "595.28 x 841.89 pts (A4)"},
		{Letter, "612 x 792 pts (letter)"},
	} {
		t.Run(tt.paper.String(), func(t *testing.T) {
			info := renderPlan(t, fullPlan(), Options{Made: made, Paper: tt.paper}).info()
			if got := info["Page size"]; got != tt.want {
				t.Errorf("page size = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWritePlan_PagesGrowWithContent(t *testing.T) {
	empty := renderPlan(t, PlanDoc{Person: talent.Person{Name: "Aino Väisänen"}, Standard: testStandard()}, Options{Made: made}).pages()
	full := renderPlan(t, fullPlan(), Options{Made: made}).pages()
	long := renderPlan(t, manyTraining(fullPlan(), 300, 100), Options{Made: made}).pages()
	if !(empty < full && full < long) {
		t.Errorf("pages: empty %d, full %d, 300 training entries %d; want each larger", empty, full, long)
	}
}

// trainingHeader is the header row of the table of completed training, and
// trainingRow one of its rows.
var (
	trainingHeader = regexp.MustCompile(`Title\s+Kind, provider\s+Competency\s+Completed\s+Hours`)
	trainingRow    = regexp.MustCompile(`Module \d+:`)
)

func TestWritePlan_LongTablesRepeatTheirHeader(t *testing.T) {
	r := renderPlan(t, manyTraining(fullPlan(), 300, 100), Options{Made: made})
	r.keep("plan-long.pdf")
	tablePages := 0
	for page := 1; page <= r.pages(); page++ {
		text := r.text(page, page)
		if !trainingRow.MatchString(text) {
			continue
		}
		tablePages++
		if n := len(trainingHeader.FindAllString(text, -1)); n != 1 {
			t.Errorf("page %d has the training header %d times, want 1", page, n)
		}
		if tablePages > 1 && !strings.Contains(text, "Training (continued)") {
			t.Errorf("page %d does not say the training table continues", page)
		}
	}
	if tablePages < 3 {
		t.Errorf("300 training entries fill %d pages, want at least 3", tablePages)
	}
	text := r.flat()
	mustContain(t, text, "Module 1: leading through", "Module 300: leading through",
		"The 6 most recent of 103 meetings; the others are in Leadbridge.", "464 hours in 301 completed entries.")
}

func TestWritePlan_LongText(t *testing.T) {
	p := fullPlan()
	word := strings.Repeat("Ω", 400)
	p.Person.Name = strings.Repeat("Bartholomew-Alexandrovich ", 8)
	p.Plan.TargetRole = word
	p.Plan.Goals[0].Title = strings.Repeat("Delegates the weekly report to the team ", 12)
	p.Plan.Goals[0].Notes[0].Text = strings.Repeat("A long progress note. ", 900)
	p.Pair.Meetings[0].AgreedActions = strings.Repeat("x", talent.MaxNoteLen)
	p.Person.RetentionNote = strings.Repeat("Keep them close. ", 800)
	r := renderPlan(t, p, Options{Made: made, Copy: Owner})
	if n := r.pages(); n > 20 {
		t.Errorf("pages = %d; long text should be cut, not printed in full everywhere", n)
	}
	mustContain(t, r.flat(), "Bartholomew-Alexandrovich", "ΩΩΩΩ", "…")
}

// cjkPlan is the full plan with people named in Chinese, Japanese and Korean, so that
// both fallback fonts are used.
func cjkPlan() PlanDoc {
	p := fullPlan()
	p.Person.Name, p.Manager, p.Mentor.Name = "李小龍", "山田花子", "김민준"
	return p
}

func TestWritePlan_Deterministic(t *testing.T) {
	write := func(o Options) []byte {
		var b bytes.Buffer
		if err := WritePlan(&b, cjkPlan(), o); err != nil {
			t.Fatalf("WritePlan: %v", err)
		}
		return b.Bytes()
	}
	first, second := write(Options{Made: made}), write(Options{Made: made})
	if !bytes.Equal(first, second) {
		t.Errorf("two renderings with the same date differ")
	}
	if later := write(Options{Made: made.AddDate(0, 0, 1)}); bytes.Equal(first, later) {
		t.Errorf("renderings made on different dates are identical")
	}
}

// TestWritePlan_Concurrent writes plans at the same time. gofpdf pads font tables in
// place while it writes a document, so under -race this fails if documents share the
// embedded font bytes, the fallback fonts' included.
func TestWritePlan_Concurrent(t *testing.T) {
	var wg sync.WaitGroup
	sizes := make([]int, 6)
	for i := range sizes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := WritePlan(&b, cjkPlan(), Options{Made: made}); err != nil {
				t.Errorf("WritePlan: %v", err)
			}
			sizes[i] = b.Len()
		}()
	}
	wg.Wait()
	for i, n := range sizes {
		if n != sizes[0] {
			t.Errorf("document %d is %d bytes, document 0 is %d", i, n, sizes[0])
		}
	}
}

// TestWritePlan_MentorNotOnFile names a mentor who is no longer on file (erased, or from
// outside) as the pair records them, everywhere the mentor appears.
func TestWritePlan_MentorNotOnFile(t *testing.T) {
	p := fullPlan()
	p.Mentor = nil
	p.Pair.MentorID, p.Pair.MentorName = 0, talent.FormerStaff
	text := renderPlan(t, p, Options{Made: made}).flat()
	mustContain(t, text, "Mentor "+talent.FormerStaff, "Mentor: "+talent.FormerStaff)
	mustNotContain(t, text, "Someone not on file", "No mentor yet")
}

// TestWritePlan_GoalsForTheMeeting puts a done goal first and the later-due goal before
// the earlier one: open goals print by due date, the done one after them, condensed, and
// an action past its due date says since when it is overdue.
func TestWritePlan_GoalsForTheMeeting(t *testing.T) {
	p := fullPlan()
	goals := p.Plan.Goals
	done := talent.Goal{ID: 3, CompetencyID: 2, Title: "Runs the weekly stand-up", Status: talent.GoalDone, Due: day("2026-02-01"),
		Actions: []talent.Action{{Kind: talent.LearnExperience, Text: "Chair three stand-ups", Due: day("2026-01-20"), Done: true}}}
	goals[0].Actions[0].Due = day("2026-03-15")
	p.Plan.Goals = []talent.Goal{done, goals[1], goals[0]}
	text := renderPlan(t, p, Options{Made: made}).flat()
	mustContain(t, text, "1. Hands the on-call rota", "2. Gives specific feedback", "Done and dropped",
		"3. Runs the weekly stand-up", "⚠ Overdue since 2026-03-15")
	mustNotContain(t, text, "Chair three stand-ups")
	if strings.Index(text, "Hands the on-call rota") > strings.Index(text, "Gives specific feedback") {
		t.Errorf("the goal due first is not printed first")
	}
}

// TestWritePlan_OwnerCopyOnEveryPage: an owner copy left on a printer must say whose it
// is on whichever page is picked up.
func TestWritePlan_OwnerCopyOnEveryPage(t *testing.T) {
	r := renderPlan(t, manyTraining(fullPlan(), 30, 12), Options{Made: made, Copy: Owner})
	if r.pages() < 3 {
		t.Fatalf("pages = %d, want a plan of several pages", r.pages())
	}
	for page := 1; page <= r.pages(); page++ {
		if text := strings.ToLower(r.text(page, page)); !strings.Contains(text, "owner copy") {
			t.Errorf("page %d does not say it is the owner copy", page)
		}
	}
}

// TestWritePlan_FocusInFull gives a mentoring pair every competency of the standard as
// its focus: the agreement lists them all, none cut short.
func TestWritePlan_FocusInFull(t *testing.T) {
	p := fullPlan()
	p.Pair.Focus = nil
	var names []string
	for _, c := range p.Standard.Competencies {
		p.Pair.Focus = append(p.Pair.Focus, c.ID)
		names = append(names, c.Name)
	}
	text := renderPlan(t, p, Options{Made: made}).flat()
	mustContain(t, text, "Focus "+strings.Join(names, "; "))
}
