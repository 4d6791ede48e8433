package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestDecisionValidate(t *testing.T) {
	valid := func() talent.Decision {
		return talent.Decision{
			PersonID: 8, Role: "Team lead, dispatch", Date: day("2026-05-01"), Outcome: talent.OutcomePromote,
			PromotionDate: day("2026-06-01"), Reason: "Consistently delegates and coaches; 3.4 average across 36 of 40.",
		}
	}
	tests := []struct {
		name  string
		edit  func(d *talent.Decision)
		field string
	}{
		{"promote", func(d *talent.Decision) {}, ""},
		{"not yet", func(d *talent.Decision) { d.Outcome, d.PromotionDate = talent.OutcomeNotYet, time.Time{} }, ""},
		{"do not promote", func(d *talent.Decision) { d.Outcome, d.PromotionDate = talent.OutcomeNo, time.Time{} }, ""},
		{"Unicode role and reason", func(d *talent.Decision) {
			d.Role, d.Reason = "Руководитель смены", "李小龍 leads by example 👏"
		}, ""},
		{"promote without a date", func(d *talent.Decision) { d.PromotionDate = time.Time{} }, "promotionDate"},
		{"a date without promote", func(d *talent.Decision) { d.Outcome = talent.OutcomeNotYet }, "promotionDate"},
		{"no reason", func(d *talent.Decision) { d.Reason = "" }, "reason"},
		{"blank reason", func(d *talent.Decision) { d.Reason = " \n\t" }, "reason"},
		{"reason too long", func(d *talent.Decision) { d.Reason = strings.Repeat("å", talent.MaxNoteLen+1) }, "reason"},
		{"no role", func(d *talent.Decision) { d.Role = "  " }, "role"},
		{"unknown outcome", func(d *talent.Decision) { d.Outcome = "maybe" }, "outcome"},
		{"no person", func(d *talent.Decision) { d.PersonID = 0 }, "person"},
		{"no date", func(d *talent.Decision) { d.Date = time.Time{} }, "date"},
		{"implausible promotion date", func(d *talent.Decision) { d.PromotionDate = day("2206-06-01") }, "promotionDate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := valid()
			tt.edit(&d)
			checkInvalid(t, d.Validate(), tt.field)
		})
	}
}
