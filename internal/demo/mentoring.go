package demo

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// plannedPair is a mentoring pair before it is written.
type plannedPair struct {
	mentor, mentee *member
	start, end     time.Time
	status         talent.PairStatus
	notMet         bool // active, but the last meeting was 45 days ago or more
}

var meetingFormats = []string{
	"In person, over coffee before the shift",
	"Video call",
	"A walk round the site",
	"In person, in the small meeting room",
}

var confidentiality = []string{
	"What we discuss stays between us, unless it concerns safety or the law. {mentee} decides what to share with their manager.",
	"Confidential. The mentor reports only whether meetings took place, never what was said.",
	"Open by agreement: the development plan and agreed actions may be shared with the owner; personal matters stay private.",
}

// planPairs pairs about one person in six with a mentor from another team, most still
// active, some ended, one paused now and then, and some that have stopped meeting.
func (g *generator) planPairs() {
	want := max(2, int(math.Round(float64(g.n)/6)))
	mentors := g.mentorPool()
	load := map[*member]int{}
	for _, mentee := range g.menteeQueue() {
		if len(g.pairs) >= want {
			return
		}
		mentor := g.mentorFor(mentee, mentors, load)
		if mentor == nil {
			continue
		}
		p := g.pairFor(mentor, mentee, len(g.pairs))
		if p.start.Before(mentee.p.StartDate.AddDate(0, 0, 30)) {
			continue
		}
		g.pairs = append(g.pairs, p)
		if p.status != talent.PairEnded {
			load[mentor]++
			mentee.mentor, mentee.mentorSince = mentor, p.start
		}
	}
}

// menteeQueue lists mentees by priority: people with plans, then others who want to
// lead; one person who has left is fourth, keeping an ended pair in their history.
func (g *generator) menteeQueue() []*member {
	queue := append([]*member(nil), g.candidates...)
	for _, m := range g.members {
		if !m.candidate && m.p.Active() && m.role != roleOwner && m.aspiration == talent.AspirationYes {
			queue = append(queue, m)
		}
	}
	for _, m := range g.members {
		if years := m.p.LeftDate.Sub(m.p.StartDate).Hours() / 24 / 365; !m.p.Active() && years > 1 && years < 10 {
			at := min(3, len(queue))
			return append(queue[:at], append([]*member{m}, queue[at:]...)...)
		}
	}
	return queue
}

// mentorPool is everyone experienced enough to mentor: managers and long-serving,
// strong staff.
func (g *generator) mentorPool() []*member {
	var pool []*member
	for _, m := range g.members {
		senior := talent.DaysBetween(m.p.StartDate, g.today) >= 8*365 && m.level >= 2.6
		if m.p.Active() && m.promoted.IsZero() && (m.role != roleStaff || senior) {
			pool = append(pool, m)
		}
	}
	return pool
}

// mentorFor finds a mentor who is not the mentee's manager, has fewer than three
// mentees, and preferably works in another team. Managers, and those about to become
// one, are mentored by experienced managers.
func (g *generator) mentorFor(mentee *member, pool []*member, load map[*member]int) *member {
	if len(pool) == 0 {
		return nil
	}
	managersOnly := mentee.role != roleStaff || mentee.readiness == talent.ReadyNow
	var fallback *member
	start := g.rng.IntN(len(pool))
	for k := range pool {
		c := pool[(start+k)%len(pool)]
		switch {
		case c == mentee || c == mentee.manager || load[c] >= 3 || (managersOnly && c.role == roleStaff):
		case c.team != nil && c.team == mentee.team:
			if fallback == nil {
				fallback = c
			}
		default:
			return c
		}
	}
	return fallback
}

func (g *generator) pairFor(mentor, mentee *member, i int) *plannedPair {
	p := &plannedPair{mentor: mentor, mentee: mentee, status: talent.PairActive}
	switch {
	case !mentee.p.Active():
		p.status, p.end = talent.PairEnded, mentee.p.LeftDate.AddDate(0, 0, -g.between(10, 60))
		p.start = p.end.AddDate(0, 0, -g.between(150, 270))
	case i%7 == 3:
		p.status, p.start = talent.PairEnded, g.daysAgo(400, 700)
		p.end = p.start.AddDate(0, 0, g.between(150, 270))
	case i%9 == 6:
		p.status, p.start = talent.PairPaused, g.daysAgo(250, 450)
		p.end = p.start.AddDate(1, 0, 0)
	default:
		p.notMet = i%5 == 2
		p.start = g.daysAgo(20, 360)
		if p.notMet {
			p.start = g.daysAgo(120, 360)
		} else if !mentee.promoted.IsZero() {
			p.start = mentee.promoted.AddDate(0, 0, -g.between(14, 60))
		}
		p.end = later(p.start.AddDate(0, g.between(6, 12), 0), g.today.AddDate(0, 0, g.between(30, 120)))
	}
	return p
}

// writePairs writes each pair with its agreement and meetings.
func (g *generator) writePairs(ctx context.Context) error {
	for _, pp := range g.pairs {
		focus := pp.mentee.weakest(g.between(1, 3))
		pair := g.pair(pp, focus)
		if err := g.svc.SavePair(ctx, &pair); err != nil {
			return fmt.Errorf("demo: save mentoring pair of %s: %w", pp.mentee.p.Name, err)
		}
		g.sum.Pairs++
		for _, m := range g.meetings(pp, pair, focus) {
			if err := g.svc.SaveMeeting(ctx, &m); err != nil {
				return fmt.Errorf("demo: save mentoring meeting of %s: %w", pp.mentee.p.Name, err)
			}
			g.sum.Meetings++
		}
	}
	return nil
}

func (g *generator) pair(pp *plannedPair, focus []int) talent.Pair {
	p := talent.Pair{
		MentorID:   pp.mentor.p.ID,
		MenteeID:   pp.mentee.p.ID,
		Start:      pp.start,
		PlannedEnd: pp.end,
		Status:     pp.status,
		Agreement: talent.Agreement{
			EveryDays:       pick(g, []int{14, 21, 28, 30}),
			Format:          pick(g, meetingFormats),
			MinutesEach:     pick(g, []int{30, 45, 60, 90}),
			Confidentiality: fill(pick(g, confidentiality), "{mentee}", pp.mentee.call),
		},
	}
	for _, ci := range focus {
		p.Focus = append(p.Focus, g.std.Competencies[ci].ID)
		p.Agreement.Goals = append(p.Agreement.Goals, pick(g, growthText[g.keys[ci]].goals))
	}
	return p
}

// meetings are held about as often as agreed, from the start until the pair ended,
// paused or stopped meeting.
func (g *generator) meetings(pp *plannedPair, p talent.Pair, focus []int) []talent.Meeting {
	end := g.today.AddDate(0, 0, -1)
	switch {
	case pp.status == talent.PairEnded:
		end = pp.end
	case pp.status == talent.PairPaused:
		end = g.daysAgo(60, 150)
	case pp.notMet:
		end = g.daysAgo(talent.NotMetAfterDays+5, 100)
	}
	every := p.Agreement.EveryDays
	agenda := g.agenda(pp.mentee, focus)
	vars := g.mentoringVars(pp.mentee, pp.mentor)
	var out []talent.Meeting
	for d := pp.start.AddDate(0, 0, g.between(2, 10)); !d.After(end); d = d.AddDate(0, 0, every+g.between(-3, 4)) {
		item := agenda[len(out)%len(agenda)]
		out = append(out, talent.Meeting{
			PairID:        p.ID,
			Date:          d,
			Minutes:       max(15, p.Agreement.MinutesEach+5*g.between(-3, 2)),
			Topics:        g.topics(item.topic, vars),
			AgreedActions: fill(item.action, vars...) + ".",
			NextDate:      d.AddDate(0, 0, every),
		})
	}
	if n := len(out); n > 0 && pp.status == talent.PairActive && !pp.notMet && !g.meetsToday {
		// One pair meets on the day the sample is made, so that what is due has
		// something this week whatever day of the week that is.
		out[n-1].NextDate, g.meetsToday = g.today, true
	}
	if n := len(out); n > 0 && pp.status == talent.PairEnded {
		out[n-1].NextDate = time.Time{}
		out[n-1].Topics += "; Looking back on what changed, and closing the mentoring"
	}
	return out
}

// agendaItem is what one mentoring meeting is about and what it agrees.
type agendaItem struct{ topic, action string }

// agenda lists the topics and actions of the mentee's focus competencies in a shuffled
// order that the meetings work through, so consecutive meetings do not repeat.
func (g *generator) agenda(mentee *member, focus []int) []agendaItem {
	var items []agendaItem
	for _, ci := range focus {
		text := growthText[g.keys[ci]]
		actions := append(append(append([]string(nil), text.experience...), text.others...), text.formal...)
		for i, a := range actions {
			items = append(items, agendaItem{topic: text.topics[i%len(text.topics)], action: a})
		}
	}
	return shuffled(g, items)
}

// generalTopics come up in mentoring whatever the focus.
var generalTopics = []string{"How the week went", "Update on the development plan", "Preparing for the next assessment", "A tricky situation with a customer", "Celebrating a good month 🎉"}

func (g *generator) topics(topic string, vars []string) string {
	topics := []string{fill(topic, vars...)}
	if g.chance(0.4) {
		topics = append(topics, pick(g, generalTopics))
	}
	return strings.Join(topics, "; ")
}
