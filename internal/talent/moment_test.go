package talent_test

import (
	"strings"
	"testing"
	"time"

	"leadbridge/internal/talent"
)

func TestMomentValidate(t *testing.T) {
	valid := func() talent.Moment {
		return talent.Moment{
			PersonID: 6, Date: day("2026-04-02"), ObserverID: 2, CompetencyID: 3, Positive: true,
			Text: "Summed up both sides before deciding in the planning meeting.",
		}
	}
	tests := []struct {
		name  string
		edit  func(m *talent.Moment)
		field string
	}{
		{"about a competency", func(m *talent.Moment) {}, ""},
		{"about a derailer", func(m *talent.Moment) {
			m.CompetencyID, m.Derailer, m.Positive = 0, talent.DerailerRelationships, false
		}, ""},
		{"outside observer", func(m *talent.Moment) { m.ObserverID, m.ObserverName = 0, "محمد" }, ""},
		{"280 characters", func(m *talent.Moment) { m.Text = strings.Repeat("ö", talent.MaxMomentLen) }, ""},
		{"201 characters", func(m *talent.Moment) { m.Text = strings.Repeat("ö", talent.MaxNameLen+1) }, ""},
		{"emoji", func(m *talent.Moment) { m.Text = "Thanked the night shift in person 🙏🏽" }, ""},
		{"281 characters", func(m *talent.Moment) { m.Text = strings.Repeat("ö", talent.MaxMomentLen+1) }, "text"},
		{"empty", func(m *talent.Moment) { m.Text = "" }, "text"},
		{"white space only", func(m *talent.Moment) { m.Text = " \n\t " }, "text"},
		{"control character", func(m *talent.Moment) { m.Text = "ok\x00" }, "text"},
		{"neither competency nor derailer", func(m *talent.Moment) { m.CompetencyID = 0 }, "competency"},
		{"both competency and derailer", func(m *talent.Moment) { m.Derailer = talent.DerailerNarrow }, "competency"},
		{"unknown derailer", func(m *talent.Moment) { m.CompetencyID, m.Derailer = 0, "laziness" }, "derailer"},
		{"no person", func(m *talent.Moment) { m.PersonID = 0 }, "person"},
		{"no date", func(m *talent.Moment) { m.Date = time.Time{} }, "date"},
		{"implausible date", func(m *talent.Moment) { m.Date = day("0202-04-02") }, "date"},
		{"observer name too long", func(m *talent.Moment) { m.ObserverID, m.ObserverName = 0, strings.Repeat("ß", 201) }, "observer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.edit(&m)
			checkInvalid(t, m.Validate(), tt.field)
		})
	}
}

func TestMomentValidateCleans(t *testing.T) {
	m := talent.Moment{PersonID: 1, Date: day("2026-04-02").Add(9 * time.Hour), CompetencyID: 1, Text: "  Ran the\nstand-up  ", ObserverName: " Zoë  Ångström "}
	checkInvalid(t, m.Validate(), "")
	if m.Text != "Ran the stand-up" || m.ObserverName != "Zoë Ångström" || !m.Date.Equal(day("2026-04-02")) {
		t.Errorf("cleaned = %q, %q, %v", m.Text, m.ObserverName, m.Date)
	}
}
