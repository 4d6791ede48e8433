package report

import (
	"bytes"
	"testing"

	"leadbridge/internal/talent"
)

// FuzzPlan puts arbitrary text in every text field of a plan, owner copy and all: the
// document must still be written.
func FuzzPlan(f *testing.F) {
	for _, s := range []string{"", "Zoë", "李小龍 😀", "김민준 山田花子、ひらがな", "देवनागरी", "\x00\xff\xfe", "محمد (۲۰۲۶)", "a\u202eb", "\x01pages\x01", "{nb}", "( ) \\"} {
		f.Add(s, s+" "+s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var out bytes.Buffer
		if err := WritePlan(&out, planWithText(a, b), Options{Made: made, Copy: Owner}); err != nil {
			t.Fatalf("WritePlan: %v", err)
		}
		if !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) || out.Len() < 1000 {
			t.Fatalf("output is not a PDF: %d bytes", out.Len())
		}
	})
}

// planWithText is the full plan with every text field set to a or b.
func planWithText(a, b string) PlanDoc {
	p := fullPlan()
	p.Person.Name, p.Person.JobTitle, p.Person.Team, p.Person.RetentionNote = a, b, a, b
	p.Manager = b
	p.Mentor.Name = a
	p.Plan.TargetRole = b
	for i := range p.Plan.Goals {
		g := &p.Plan.Goals[i]
		g.Title = a
		for j := range g.Actions {
			g.Actions[j].Text = b
		}
		for j := range g.Notes {
			g.Notes[j].Text = a
		}
	}
	p.Plan.Milestones = []talent.Milestone{{Label: a, Focus: b, Notes: a, Due: made}}
	for i := range p.Standard.Competencies {
		p.Standard.Competencies[i].Name = b
		for j := range p.Standard.Competencies[i].Behaviours {
			p.Standard.Competencies[i].Behaviours[j].Text = a
		}
	}
	for i := range p.Latest.Derailers {
		p.Latest.Derailers[i].Evidence = b
	}
	p.Potential.Explanation = a
	p.Box.Name, p.Box.NextStep = b, a
	ag := &p.Pair.Agreement
	ag.Goals, ag.Format, ag.Confidentiality = []string{a, b}, a, b
	for i := range p.Pair.Meetings {
		p.Pair.Meetings[i].Topics, p.Pair.Meetings[i].AgreedActions = a, b
	}
	for i := range p.Training {
		p.Training[i].Title, p.Training[i].Provider, p.Training[i].Reflection = a, b, a
	}
	for i := range p.Nominations {
		p.Nominations[i].Role, p.Nominations[i].Holder, p.Nominations[i].Note = a, b, a
	}
	for i := range p.Moments {
		p.Moments[i].Text, p.Moments[i].ObserverName = a, b
	}
	for id, q := range p.People {
		q.Name = b
		p.People[id] = q
	}
	return p
}

// FuzzSuccession puts arbitrary text in the names, titles and notes the succession
// summary prints.
func FuzzSuccession(f *testing.F) {
	for _, s := range []string{"", "Zoë", "李小龍 😀", "\x00\xff", "محمد", "\x01pages\x01"} {
		f.Add(s)
	}
	base := fullSuccession(40)
	f.Fuzz(func(t *testing.T, a string) {
		s := base
		s.People = map[int64]talent.Person{}
		for id, p := range base.People {
			p.Name, p.JobTitle, p.Team, p.RetentionNote = a+p.Name, a, a, a
			s.People[id] = p
		}
		s.Roles = append([]talent.KeyRole(nil), base.Roles...)
		for i := range s.Roles {
			s.Roles[i].Title = a
		}
		s.Boxes = map[talent.Box]talent.BoxLabel{}
		for b := range talent.DefaultBoxLabels() {
			s.Boxes[b] = talent.BoxLabel{Name: a, NextStep: a}
		}
		var out bytes.Buffer
		if err := WriteSuccession(&out, s, Options{Made: made}); err != nil {
			t.Fatalf("WriteSuccession: %v", err)
		}
		if !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) || out.Len() < 1000 {
			t.Fatalf("output is not a PDF: %d bytes", out.Len())
		}
	})
}
