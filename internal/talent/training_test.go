package talent_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestTrainingValidate(t *testing.T) {
	valid := func() talent.Training {
		return talent.Training{
			PersonID: 4, Title: "First-time manager course", Provider: "Chamber of Commerce", Kind: talent.TrainingCourse,
			CompetencyID: 2, PlannedDate: day("2026-05-10"), Hours: 16, CostCents: 45000, Status: talent.TrainingPlanned,
		}
	}
	completed := func(tr *talent.Training) { tr.Status, tr.CompletedDate = talent.TrainingCompleted, day("2026-05-12") }
	tests := []struct {
		name  string
		edit  func(tr *talent.Training)
		field string
	}{
		{"planned", func(tr *talent.Training) {}, ""},
		{"completed with a date", completed, ""},
		{"cancelled", func(tr *talent.Training) { tr.Status = talent.TrainingCancelled }, ""},
		{"no competency, no cost, no hours", func(tr *talent.Training) { tr.CompetencyID, tr.CostCents, tr.Hours = 0, 0, 0 }, ""},
		{"2000 hours", func(tr *talent.Training) { tr.Hours = 2000 }, ""},
		{"Unicode reflection", func(tr *talent.Training) {
			completed(tr)
			tr.Reflection = "Ich werde öfter zuhören. 我会先听。👂"
		}, ""},
		{"no person", func(tr *talent.Training) { tr.PersonID = 0 }, "person"},
		{"blank title", func(tr *talent.Training) { tr.Title = "  " }, "title"},
		{"unknown kind", func(tr *talent.Training) { tr.Kind = "podcast" }, "kind"},
		{"unknown status", func(tr *talent.Training) { tr.Status = "booked" }, "status"},
		{"completed without a date", func(tr *talent.Training) { tr.Status = talent.TrainingCompleted }, "completedDate"},
		{"completion date while planned", func(tr *talent.Training) { tr.CompletedDate = day("2026-05-12") }, "completedDate"},
		{"completion date while cancelled", func(tr *talent.Training) {
			tr.Status, tr.CompletedDate = talent.TrainingCancelled, day("2026-05-12")
		}, "completedDate"},
		{"-1 hours", func(tr *talent.Training) { tr.Hours = -1 }, "hours"},
		{"2000.5 hours", func(tr *talent.Training) { tr.Hours = 2000.5 }, "hours"},
		{"infinite hours", func(tr *talent.Training) { tr.Hours = math.Inf(1) }, "hours"},
		{"NaN hours", func(tr *talent.Training) { tr.Hours = math.NaN() }, "hours"},
		{"negative cost", func(tr *talent.Training) { tr.CostCents = -1 }, "cost"},
		{"implausible planned date", func(tr *talent.Training) { tr.PlannedDate = day("1800-01-01") }, "plannedDate"},
		{"provider too long", func(tr *talent.Training) { tr.Provider = strings.Repeat("ç", 201) }, "provider"},
		{"reflection with a control character", func(tr *talent.Training) { tr.Reflection = "bell\x07" }, "reflection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := valid()
			tt.edit(&tr)
			checkInvalid(t, tr.Validate(), tt.field)
		})
	}
}

func TestTrainingValidateCleans(t *testing.T) {
	tr := talent.Training{
		PersonID: 1, Title: "  Feedback   workshop ", Provider: " In  house ", Kind: talent.TrainingWorkshop,
		Status: talent.TrainingCompleted, CompletedDate: day("2026-02-03").Add(17 * time.Hour),
	}
	checkInvalid(t, tr.Validate(), "")
	if tr.Title != "Feedback workshop" || tr.Provider != "In house" || !tr.CompletedDate.Equal(day("2026-02-03")) {
		t.Errorf("cleaned = %q, %q, %v", tr.Title, tr.Provider, tr.CompletedDate)
	}
}
