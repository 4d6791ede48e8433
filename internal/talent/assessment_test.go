package talent_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

// rate gives the standard's behaviours, in order, the ratings rs; behaviours past the end
// of rs are left unrated.
func rate(std talent.Standard, rs ...talent.Rating) []talent.BehaviourRating {
	ids := behaviourIDs(std)
	out := make([]talent.BehaviourRating, len(rs))
	for i, r := range rs {
		out[i] = talent.BehaviourRating{BehaviourID: ids[i], Rating: r}
	}
	return out
}

// repeat returns n copies of r.
func repeat(n int, r talent.Rating) []talent.Rating {
	out := make([]talent.Rating, n)
	for i := range out {
		out[i] = r
	}
	return out
}

func validAssessment(std talent.Standard) talent.Assessment {
	return talent.Assessment{
		PersonID: 7, RaterID: 9, Relationship: talent.RelManager, Date: day("2026-03-31"),
		Ratings:     rate(std, 3, 2, 0, 4),
		Performance: talent.PerformanceMeets, Aspiration: talent.AspirationYes,
		LearningAgility: talent.LevelHigh, Engagement: talent.LevelMedium,
		Derailers: []talent.DerailerStatus{
			{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch},
			{Derailer: talent.DerailerTeam, Status: talent.ConcernConcern, Evidence: "Took back two delegated tasks in March."},
		},
	}
}

func TestAssessmentValidate(t *testing.T) {
	std := smallStandard(2, 2)
	tests := []struct {
		name  string
		edit  func(a *talent.Assessment)
		field string
	}{
		{"valid", func(a *talent.Assessment) {}, ""},
		{"self by the person", func(a *talent.Assessment) { a.Relationship, a.RaterID = talent.RelSelf, a.PersonID }, ""},
		{"self without a rater", func(a *talent.Assessment) { a.Relationship, a.RaterID = talent.RelSelf, 0 }, ""},
		{"outside mentor by name", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.RaterName = talent.RelMentor, 0, "Ελένη Παπαδοπούλου"
		}, ""},
		{"no ratings at all", func(a *talent.Assessment) { a.Ratings = nil }, ""},
		{"rating -1", func(a *talent.Assessment) { a.Ratings[0].Rating = -1 }, "ratings"},
		{"rating 5", func(a *talent.Assessment) { a.Ratings[1].Rating = 5 }, "ratings"},
		{"unknown behaviour", func(a *talent.Assessment) { a.Ratings[0].BehaviourID = 999 }, "ratings"},
		{"rated twice", func(a *talent.Assessment) { a.Ratings[1].BehaviourID = a.Ratings[0].BehaviourID }, "ratings"},
		{"evidence with a control character", func(a *talent.Assessment) { a.Ratings[0].Evidence = "led\x00" }, "ratings"},
		{"self made by someone else", func(a *talent.Assessment) { a.Relationship = talent.RelSelf }, "rater"},
		{"rater is the person, as manager", func(a *talent.Assessment) { a.RaterID = a.PersonID }, "relationship"},
		{"rater is the person, as peer", func(a *talent.Assessment) { a.RaterID, a.Relationship = a.PersonID, talent.RelPeer }, "relationship"},
		{"no rater", func(a *talent.Assessment) { a.RaterID = 0 }, "rater"},
		{"blank rater name", func(a *talent.Assessment) { a.RaterID, a.RaterName = 0, " \t " }, "rater"},
		{"no person", func(a *talent.Assessment) { a.PersonID = 0 }, "person"},
		{"no date", func(a *talent.Assessment) { a.Date = time.Time{} }, "date"},
		{"implausible date", func(a *talent.Assessment) { a.Date = day("1850-06-01") }, "date"},
		{"unknown relationship", func(a *talent.Assessment) { a.Relationship = "friend" }, "relationship"},
		{"unknown performance", func(a *talent.Assessment) { a.Performance = "great" }, "performance"},
		{"unknown aspiration", func(a *talent.Assessment) { a.Aspiration = "perhaps" }, "aspiration"},
		{"unknown learning agility", func(a *talent.Assessment) { a.LearningAgility = "fast" }, "learningAgility"},
		{"unknown engagement", func(a *talent.Assessment) { a.Engagement = "very" }, "engagement"},
		{"unknown derailer", func(a *talent.Assessment) { a.Derailers[0].Derailer = "arrogance" }, "derailers"},
		{"unknown concern", func(a *talent.Assessment) { a.Derailers[0].Status = "high" }, "derailers"},
		{"concern without evidence", func(a *talent.Assessment) { a.Derailers[1].Evidence = " \n " }, "derailers"},
		{"watch without evidence", func(a *talent.Assessment) { a.Derailers[0].Evidence = "" }, ""},
		{"derailer listed twice", func(a *talent.Assessment) { a.Derailers[1].Derailer = talent.DerailerNarrow }, "derailers"},
		{"derailer evidence too long", func(a *talent.Assessment) {
			a.Derailers[1].Evidence = strings.Repeat("ö", talent.MaxNoteLen+1)
		}, "derailers"},
		{"notes not valid text", func(a *talent.Assessment) { a.Notes = "\xff\xfe" }, "notes"},
		{"Unicode notes", func(a *talent.Assessment) { a.Notes = "محمد ran the stand-up 👍" }, ""},
		{"named direct report", func(a *talent.Assessment) { a.Relationship = talent.RelDirectReport }, ""},
		{"anonymous direct report", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round, a.Source = talent.RelDirectReport, 0, day("2026-03-01"), talent.SourcePack
		}, ""},
		{"anonymous peer from paper", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round, a.Source = talent.RelPeer, 0, day("2026-03-01"), talent.SourcePaper
		}, ""},
		{"anonymous answer naming its rater", func(a *talent.Assessment) { a.Relationship, a.Round = talent.RelPeer, day("2026-03-01") }, "rater"},
		{"anonymous manager", func(a *talent.Assessment) { a.RaterID, a.Round = 0, day("2026-03-01") }, "relationship"},
		{"unknown source", func(a *talent.Assessment) { a.Source = "fax" }, "source"},
		{"paper form from a peer with no round", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Source = talent.RelPeer, 0, talent.SourcePaper
		}, "round"},
		{"paper form from a named peer", func(a *talent.Assessment) { a.Relationship, a.Source = talent.RelPeer, talent.SourcePaper }, "round"},
		{"paper form from a manager", func(a *talent.Assessment) { a.Source = talent.SourcePaper }, ""},
		{"answer before its round", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round, a.Source = talent.RelDirectReport, 0, day("2026-04-01"), talent.SourcePaper
		}, "round"},
		{"answer on the day of its round", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round, a.Source = talent.RelDirectReport, 0, a.Date, talent.SourcePaper
		}, ""},
		{"anonymous draft", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round, a.Source, a.Draft = talent.RelPeer, 0, day("2026-03-01"), talent.SourcePaper, true
		}, "draft"},
		{"implausible round", func(a *talent.Assessment) {
			a.Relationship, a.RaterID, a.Round = talent.RelDirectReport, 0, day("1850-06-01")
		}, "round"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validAssessment(std)
			tt.edit(&a)
			checkInvalid(t, a.Validate(std), tt.field)
		})
	}
}

func TestAssessmentValidateCleans(t *testing.T) {
	std := smallStandard(2)
	a := talent.Assessment{PersonID: 1, Relationship: talent.RelOwner, RaterName: "  李   小龍 ", Date: day("2026-01-02").Add(15 * time.Second)}
	checkInvalid(t, a.Validate(std), "")
	if a.RaterName != "李 小龍" || !a.Date.Equal(day("2026-01-02")) {
		t.Errorf("after Validate RaterName = %q, Date = %v", a.RaterName, a.Date)
	}
}

func TestCompetencyScores(t *testing.T) {
	std := smallStandard(3, 2, 1)
	tests := []struct {
		name    string
		ratings []talent.Rating
		want    map[int64]float64
	}{
		{"no evidence is never averaged in", []talent.Rating{3, 0, 1, 0, 0, 0}, map[int64]float64{1: 2}},
		{"all rated", []talent.Rating{4, 4, 1, 2, 3, 1}, map[int64]float64{1: 3, 2: 2.5, 3: 1}},
		{"nothing rated", []talent.Rating{0, 0, 0}, map[int64]float64{}},
		{"only the last competency", []talent.Rating{0, 0, 0, 0, 0, 4}, map[int64]float64{3: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.CompetencyScores(std, talent.Assessment{Ratings: rate(std, tt.ratings...)})
			if len(got) != len(tt.want) {
				t.Errorf("scores = %v, want %v", got, tt.want)
			}
			for id, w := range tt.want {
				if g, ok := got[id]; !ok || g != w {
					t.Errorf("score of competency %d = %v (present %v), want %v", id, g, ok, w)
				}
			}
		})
	}
}

func TestSelfGaps(t *testing.T) {
	std := smallStandard(2, 2)
	self := func(date string, rs ...talent.Rating) talent.Assessment {
		return talent.Assessment{PersonID: 1, RaterID: 1, Relationship: talent.RelSelf, Date: day(date), Ratings: rate(std, rs...)}
	}
	by := func(rater int64, date string, rs ...talent.Rating) talent.Assessment {
		return talent.Assessment{PersonID: 1, RaterID: rater, Relationship: talent.RelPeer, Date: day(date), Ratings: rate(std, rs...)}
	}
	draft := func(a talent.Assessment) talent.Assessment { a.Draft = true; return a }
	tests := []struct {
		name string
		in   []talent.Assessment
		want []talent.SelfGap
	}{
		{"nothing", nil, nil},
		{"no self-assessment", []talent.Assessment{by(2, "2026-01-01", 3, 3, 3, 3)}, nil},
		{"only a self-assessment", []talent.Assessment{self("2026-01-01", 4, 4, 4, 4)}, nil},
		{"rates themselves higher", []talent.Assessment{self("2026-01-01", 4, 4, 2, 2), by(2, "2026-01-05", 2, 2, 3, 3)},
			[]talent.SelfGap{{CompetencyID: 1, Self: 4, Others: 2, Gap: 2}, {CompetencyID: 2, Self: 2, Others: 3, Gap: -1}}},
		{"others averaged", []talent.Assessment{self("2026-01-01", 3, 3), by(2, "2026-01-05", 2, 2), by(3, "2026-01-06", 4, 3)},
			[]talent.SelfGap{{CompetencyID: 1, Self: 3, Others: 2.75, Gap: 0.25}}},
		{"outside rater keyed by name", []talent.Assessment{self("2026-01-01", 3, 3),
			{PersonID: 1, RaterName: "Ana", Relationship: talent.RelMentor, Date: day("2026-02-01"), Ratings: rate(std, 1, 1)},
			{PersonID: 1, RaterName: "Bo", Relationship: talent.RelMentor, Date: day("2026-02-01"), Ratings: rate(std, 3, 3)}},
			[]talent.SelfGap{{CompetencyID: 1, Self: 3, Others: 2, Gap: 1}}},
		{"drafts ignored", []talent.Assessment{self("2026-01-01", 2, 2), draft(self("2026-06-01", 4, 4)),
			by(2, "2026-01-05", 3, 3), draft(by(2, "2026-06-05", 1, 1)), draft(by(3, "2026-06-05", 1, 1))},
			[]talent.SelfGap{{CompetencyID: 1, Self: 2, Others: 3, Gap: -1}}},
		{"latest per rater", []talent.Assessment{by(2, "2026-05-01", 4, 4), self("2026-01-01", 2, 2), self("2026-04-01", 3, 3),
			by(2, "2025-01-01", 1, 1), by(3, "2026-02-01", 2, 2)},
			[]talent.SelfGap{{CompetencyID: 1, Self: 3, Others: 3, Gap: 0}}},
		{"competency missing on one side left out", []talent.Assessment{self("2026-01-01", 3, 3, 0, 0), by(2, "2026-01-05", 0, 0, 2, 2)}, nil},
		{"same date: the later entered self-assessment counts", []talent.Assessment{withID(4, self("2026-01-01", 4, 4)), withID(5, self("2026-01-01", 2, 2)),
			by(2, "2026-01-05", 3, 3)},
			[]talent.SelfGap{{CompetencyID: 1, Self: 2, Others: 3, Gap: -1}}},
		{"same date: the later entered by a rater counts", []talent.Assessment{self("2026-01-01", 3, 3),
			withID(8, by(2, "2026-01-05", 3, 3)), withID(7, by(2, "2026-01-05", 1, 1))},
			[]talent.SelfGap{{CompetencyID: 1, Self: 3, Others: 3, Gap: 0}}},
		{"outside rater named in two spellings is one rater", []talent.Assessment{self("2026-01-01", 3, 3),
			{PersonID: 1, RaterName: "Zoë Ørsted", Relationship: talent.RelMentor, Date: day("2026-02-01"), Ratings: rate(std, 1, 1)},
			{PersonID: 1, RaterName: "ZOE ORSTED", Relationship: talent.RelMentor, Date: day("2026-03-01"), Ratings: rate(std, 3, 3)}},
			[]talent.SelfGap{{CompetencyID: 1, Self: 3, Others: 3, Gap: 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.SelfGaps(std, tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("SelfGaps = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("gap %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// withID gives an assessment its ID, which breaks ties between assessments of one date.
func withID(id int64, a talent.Assessment) talent.Assessment { a.ID = id; return a }

// TestByOthers lists the assessments that count for a person, newest first, by the one
// rule every screen and document uses.
func TestByOthers(t *testing.T) {
	a := func(id int64, date string, rel talent.Relationship, draft bool) talent.Assessment {
		return talent.Assessment{ID: id, PersonID: 1, RaterID: 2, Relationship: rel, Date: day(date), Draft: draft}
	}
	in := []talent.Assessment{
		a(1, "2026-01-05", talent.RelManager, false),
		a(2, "2026-03-01", talent.RelPeer, false),
		a(3, "2026-04-01", talent.RelSelf, false),
		a(4, "2026-05-01", talent.RelMentor, true),
		a(6, "2026-03-01", talent.RelOwner, false),
		a(5, "2026-03-01", talent.RelMentor, false),
	}
	var got []int64
	for _, x := range talent.ByOthers(in) {
		got = append(got, x.ID)
	}
	if want := []int64{6, 5, 2, 1}; !slices.Equal(got, want) {
		t.Errorf("ByOthers() = %v, want %v: completed, not self, newest first, the later entered first on one date", got, want)
	}
	if in[0].ID != 1 || in[5].ID != 5 {
		t.Errorf("ByOthers() reordered its argument")
	}
}

func TestNewer(t *testing.T) {
	at := func(id int64, date string) talent.Assessment { return talent.Assessment{ID: id, Date: day(date)} }
	for _, tt := range []struct {
		name string
		a, b talent.Assessment
		want bool
	}{
		{"later date", at(1, "2026-02-01"), at(2, "2026-01-01"), true},
		{"earlier date", at(2, "2026-01-01"), at(1, "2026-02-01"), false},
		{"same date, entered later", at(3, "2026-01-01"), at(2, "2026-01-01"), true},
		{"same date, entered earlier", at(2, "2026-01-01"), at(3, "2026-01-01"), false},
		{"itself", at(2, "2026-01-01"), at(2, "2026-01-01"), false},
	} {
		if got := talent.Newer(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: Newer() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSelfGapInLine is the one threshold at which a self-rating stops being in line with
// others': half a step of the rating scale, whichever way, exactly half included.
func TestSelfGapInLine(t *testing.T) {
	for _, tt := range []struct {
		gap  float64
		want bool
	}{
		{0, true}, {0.04, true}, {0.3, true}, {-0.49, true}, {0.5, false}, {-0.5, false}, {1.25, false},
		{13.0/6 - 5.0/3, false}, // half a point between averages of six and three ratings, 0.4999… in floating point
	} {
		if got := (talent.SelfGap{Gap: tt.gap}).InLine(); got != tt.want {
			t.Errorf("SelfGap{Gap: %v}.InLine() = %v, want %v", tt.gap, got, tt.want)
		}
	}
}

func TestWatched(t *testing.T) {
	ds := []talent.DerailerStatus{
		{Derailer: talent.DerailerRelationships, Status: talent.ConcernWatch},
		{Derailer: talent.DerailerTeam, Status: talent.ConcernNone},
		{Derailer: talent.DerailerObjectives, Status: talent.ConcernConcern, Evidence: "Missed the Q2 target."},
		{Derailer: talent.DerailerNarrow, Status: talent.ConcernWatch},
	}
	got := talent.Watched(ds)
	want := []talent.Derailer{talent.DerailerObjectives, talent.DerailerRelationships, talent.DerailerNarrow}
	if len(got) != len(want) {
		t.Fatalf("Watched = %+v, want %v", got, want)
	}
	for i := range want {
		if got[i].Derailer != want[i] {
			t.Errorf("Watched[%d] = %q, want %q", i, got[i].Derailer, want[i])
		}
	}
	if got := talent.Watched(nil); len(got) != 0 {
		t.Errorf("Watched(nil) = %v, want none", got)
	}
}

func TestAssessmentRating(t *testing.T) {
	std := smallStandard(3)
	a := talent.Assessment{Ratings: rate(std, 4, 0)}
	for _, tt := range []struct {
		id   int64
		want talent.Rating
	}{{101, 4}, {102, talent.RatingNoEvidence}, {103, talent.RatingNoEvidence}, {999, talent.RatingNoEvidence}} {
		if got := a.Rating(tt.id); got != tt.want {
			t.Errorf("Rating(%d) = %v, want %v", tt.id, got, tt.want)
		}
	}
}
