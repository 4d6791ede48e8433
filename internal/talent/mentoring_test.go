package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func validPair() talent.Pair {
	return talent.Pair{
		ID: 1, MentorID: 2, MenteeID: 3, Start: day("2026-02-01"), PlannedEnd: day("2026-12-01"),
		Focus: []int64{1, 4}, Status: talent.PairActive,
		Agreement: talent.Agreement{
			Goals:     []string{"Delegate the weekly schedule", "Hold a feedback conversation"},
			EveryDays: 21, Format: "in person", MinutesEach: 60, Confidentiality: "What we say stays between us.",
		},
	}
}

func TestPairValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(p *talent.Pair)
		field string
	}{
		{"valid", func(p *talent.Pair) {}, ""},
		{"no planned end", func(p *talent.Pair) { p.PlannedEnd = time.Time{} }, ""},
		{"ends on the start day", func(p *talent.Pair) { p.PlannedEnd = p.Start }, ""},
		{"three goals", func(p *talent.Pair) { p.Agreement.Goals = []string{"a", "b", "c"} }, ""},
		{"no mentor", func(p *talent.Pair) { p.MentorID = 0 }, "mentor"},
		{"mentor not on file", func(p *talent.Pair) { p.MentorID, p.MentorName = 0, "Ελένη Παπαδοπούλου" }, ""},
		{"former staff mentor", func(p *talent.Pair) { p.MentorID, p.MentorName = 0, talent.FormerStaff }, ""},
		{"blank mentor name", func(p *talent.Pair) { p.MentorID, p.MentorName = 0, " \t " }, "mentor"},
		{"mentor name too long", func(p *talent.Pair) { p.MentorID, p.MentorName = 0, strings.Repeat("李", talent.MaxNameLen+1) }, "mentor"},
		{"mentor name with a control character", func(p *talent.Pair) { p.MentorID, p.MentorName = 0, "Ana\x07" }, "mentor"},
		{"no mentee", func(p *talent.Pair) { p.MenteeID = 0 }, "mentee"},
		{"self-mentoring", func(p *talent.Pair) { p.MenteeID = p.MentorID }, "mentor"},
		{"no start", func(p *talent.Pair) { p.Start = time.Time{} }, "start"},
		{"unknown status", func(p *talent.Pair) { p.Status = "finished" }, "status"},
		{"end before start", func(p *talent.Pair) { p.PlannedEnd = day("2026-01-31") }, "plannedEnd"},
		{"implausible start", func(p *talent.Pair) { p.Start, p.PlannedEnd = day("1776-07-04"), time.Time{} }, "start"},
		{"four goals", func(p *talent.Pair) { p.Agreement.Goals = []string{"a", "b", "c", "d"} }, "agreementGoals"},
		{"goal too long", func(p *talent.Pair) { p.Agreement.Goals = []string{strings.Repeat("ï", talent.MaxLineLen+1)} }, "agreementGoals"},
		{"meets every -1 days", func(p *talent.Pair) { p.Agreement.EveryDays = -1 }, "everyDays"},
		{"meets every 366 days", func(p *talent.Pair) { p.Agreement.EveryDays = 366 }, "everyDays"},
		{"481-minute meetings", func(p *talent.Pair) { p.Agreement.MinutesEach = 481 }, "minutesEach"},
		{"format with a control character", func(p *talent.Pair) { p.Agreement.Format = "video\x00" }, "format"},
		{"confidentiality not valid text", func(p *talent.Pair) { p.Agreement.Confidentiality = "\xed\xa0\x80" }, "confidentiality"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPair()
			tt.edit(&p)
			checkInvalid(t, p.Validate(), tt.field)
		})
	}
}

func TestPairValidateDropsBlankGoals(t *testing.T) {
	p := validPair()
	p.Agreement.Goals = []string{"  ", "Lead  the retro", "", "Ask Zoë for feedback", "\t", "Плановая встреча"}
	checkInvalid(t, p.Validate(), "")
	want := []string{"Lead the retro", "Ask Zoë for feedback", "Плановая встреча"}
	if strings.Join(p.Agreement.Goals, "|") != strings.Join(want, "|") {
		t.Errorf("Goals = %q, want %q", p.Agreement.Goals, want)
	}
}

func TestPairValidateMentorName(t *testing.T) {
	tests := []struct {
		name     string
		id       int64
		in, want string
	}{
		{"cleaned when not on file", 0, "  Zoë   Ångström 🌻 ", "Zoë Ångström 🌻"},
		{"dropped when on file", 2, "Someone else", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPair()
			p.MentorID, p.MentorName = tt.id, tt.in
			checkInvalid(t, p.Validate(), "")
			if p.MentorName != tt.want {
				t.Errorf("MentorName = %q, want %q", p.MentorName, tt.want)
			}
		})
	}
}

func TestCheckPairs(t *testing.T) {
	existing := []talent.Pair{
		{ID: 1, MentorID: 2, MenteeID: 3, Status: talent.PairActive},
		{ID: 2, MentorID: 4, MenteeID: 3, Status: talent.PairEnded},
		{ID: 3, MentorID: 5, MenteeID: 3, Status: talent.PairPaused},
		{ID: 4, MentorName: "محمد", MenteeID: 3, Status: talent.PairActive},
		{ID: 5, MentorName: talent.FormerStaff, MenteeID: 3, Status: talent.PairEnded},
		{ID: 6, MentorName: "Zoë Ørsted", MenteeID: 3, Status: talent.PairActive},
	}
	tests := []struct {
		name     string
		pair     talent.Pair
		conflict bool
	}{
		{"duplicate active pair", talent.Pair{MentorID: 2, MenteeID: 3, Status: talent.PairActive}, true},
		{"the same pair updated", talent.Pair{ID: 1, MentorID: 2, MenteeID: 3, Status: talent.PairActive}, false},
		{"again after an ended pair", talent.Pair{MentorID: 4, MenteeID: 3, Status: talent.PairActive}, false},
		{"beside a paused pair", talent.Pair{MentorID: 5, MenteeID: 3, Status: talent.PairActive}, false},
		{"a new paused pair", talent.Pair{MentorID: 2, MenteeID: 3, Status: talent.PairPaused}, false},
		{"another mentor", talent.Pair{MentorID: 6, MenteeID: 3, Status: talent.PairActive}, false},
		{"roles swapped", talent.Pair{MentorID: 3, MenteeID: 2, Status: talent.PairActive}, false},
		{"same outside mentor", talent.Pair{MentorName: "محمد", MenteeID: 3, Status: talent.PairActive}, true},
		{"same outside mentor without accents", talent.Pair{MentorName: "zoe  orsted", MenteeID: 3, Status: talent.PairActive}, true},
		{"another outside mentor", talent.Pair{MentorName: "Ana Sol", MenteeID: 3, Status: talent.PairActive}, false},
		{"former staff again", talent.Pair{MentorName: talent.FormerStaff, MenteeID: 3, Status: talent.PairActive}, false},
		{"outside mentor named like an ID", talent.Pair{MentorName: "2", MenteeID: 3, Status: talent.PairActive}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := talent.CheckPairs(tt.pair, existing)
			if !tt.conflict {
				checkInvalid(t, err, "")
				return
			}
			if got := talent.ErrorCode(err); got != talent.ECONFLICT {
				t.Errorf("ErrorCode = %q, want %q", got, talent.ECONFLICT)
			}
			checkSentence(t, talent.ErrorMessage(err))
		})
	}
}

func TestMeetingValidate(t *testing.T) {
	valid := func() talent.Meeting {
		return talent.Meeting{PairID: 1, Date: day("2026-03-01"), Minutes: 45, Topics: "Delegation", AgreedActions: "Hand over the rota.", NextDate: day("2026-03-22")}
	}
	tests := []struct {
		name  string
		edit  func(m *talent.Meeting)
		field string
	}{
		{"valid", func(m *talent.Meeting) {}, ""},
		{"next on the same day", func(m *talent.Meeting) { m.NextDate = m.Date }, ""},
		{"480 minutes", func(m *talent.Meeting) { m.Minutes = 480 }, ""},
		{"Unicode topics", func(m *talent.Meeting) { m.Topics = "Обратная связь; 反馈 🗣️" }, ""},
		{"no pair", func(m *talent.Meeting) { m.PairID = 0 }, "pair"},
		{"no date", func(m *talent.Meeting) { m.Date = time.Time{} }, "date"},
		{"-1 minutes", func(m *talent.Meeting) { m.Minutes = -1 }, "minutes"},
		{"481 minutes", func(m *talent.Meeting) { m.Minutes = 481 }, "minutes"},
		{"next before this one", func(m *talent.Meeting) { m.NextDate = day("2026-02-28") }, "nextDate"},
		{"implausible next date", func(m *talent.Meeting) { m.NextDate = day("2262-01-01") }, "nextDate"},
		{"topics not valid text", func(m *talent.Meeting) { m.Topics = "\xfe" }, "topics"},
		{"actions too long", func(m *talent.Meeting) { m.AgreedActions = strings.Repeat("ë", talent.MaxNoteLen+1) }, "agreedActions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.edit(&m)
			checkInvalid(t, m.Validate(), tt.field)
		})
	}
}

func TestNotMetLately(t *testing.T) {
	start := day("2026-02-01")
	pair := func(status talent.PairStatus, meetings ...string) talent.Pair {
		p := talent.Pair{Start: start, Status: status}
		for _, m := range meetings {
			p.Meetings = append(p.Meetings, talent.Meeting{Date: day(m)})
		}
		return p
	}
	tests := []struct {
		name string
		pair talent.Pair
		days int // after the start
		want bool
	}{
		{"never met, 44 days", pair(talent.PairActive), 44, false},
		{"never met, 45 days", pair(talent.PairActive), 45, true},
		{"44 days after the last meeting", pair(talent.PairActive, "2026-03-01", "2026-02-10"), 28 + 44, false},
		{"45 days after the last meeting", pair(talent.PairActive, "2026-03-01", "2026-02-10"), 28 + 45, true},
		{"ended pairs are never flagged", pair(talent.PairEnded), 400, false},
		{"paused pairs are never flagged", pair(talent.PairPaused), 400, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asOf := start.AddDate(0, 0, tt.days).Add(18 * time.Hour)
			if got := tt.pair.NotMetLately(asOf); got != tt.want {
				t.Errorf("NotMetLately(%s) = %v, want %v", talent.FormatDate(asOf), got, tt.want)
			}
		})
	}
	if got := pair(talent.PairActive, "2026-03-01").LastMet(); !got.Equal(day("2026-03-01")) {
		t.Errorf("LastMet() = %v, want 2026-03-01", got)
	}
}

func TestPair_Mentor(t *testing.T) {
	onFile := talent.Pair{MentorID: 7, MentorName: ""}
	outside := talent.Pair{MentorName: "Åsa Berg"}
	former := talent.Pair{MentorName: talent.FormerStaff}
	for _, tc := range []struct {
		p    talent.Pair
		want string
	}{{onFile, "Zoë Ångström"}, {outside, "Åsa Berg"}, {former, talent.FormerStaff}} {
		if got := tc.p.Mentor("Zoë Ångström"); got != tc.want {
			t.Errorf("%+v.Mentor(record name) = %q, want %q", tc.p, got, tc.want)
		}
	}
}
