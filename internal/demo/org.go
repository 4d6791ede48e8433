package demo

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// teamKind is a kind of team a small manufacturing business has.
type teamKind struct {
	name, lead  string
	weight      float64 // relative head count
	titles      []string
	expertise   []string // know-how several people share
	rare        []string // know-how that one person per team holds
	specialists []string // the key role each rare expertise makes
	whyLead     string
	whyRare     []string
}

// teamKinds come in the order a growing business adds them, so a small sample has the
// teams that matter most.
var teamKinds = []teamKind{
	{name: "Workshop", lead: "Workshop Manager", weight: 3,
		titles:      []string{"CNC Machinist", "Fitter", "Welder", "Maintenance Technician", "Apprentice Machinist", "Toolmaker"},
		expertise:   []string{"CNC programming (Heidenhain)", "TIG welding of stainless steel", "Press brake setup", "Hydraulics repair", "First-article inspection"},
		rare:        []string{"5-axis machining of titanium parts", "Servicing the 1998 Hermle mills"},
		specialists: []string{"5-axis CNC Programmer", "Maintenance Technician, legacy machines"},
		whyLead:     "Runs production, which earns most of the revenue; every delivery date depends on the workshop plan.",
		whyRare:     []string{"The aerospace orders need 5-axis titanium work that only this person can programme.", "The two old mills still make a third of the parts, and the manufacturer no longer supports them."}},
	{name: "Engineering", lead: "Lead Engineer", weight: 2,
		titles:      []string{"Design Engineer", "Mechanical Engineer", "Electrical Engineer", "CAD Technician", "Controls Engineer"},
		expertise:   []string{"SolidWorks", "PLC programming (Siemens S7)", "Tolerance analysis", "Electrical schematics (EPLAN)"},
		rare:        []string{"CE marking and machine safety files", "Firmware for the V2 controller"},
		specialists: []string{"Certification Engineer", "Embedded Software Engineer"},
		whyLead:     "Signs off every design before it reaches the workshop; customers' technical questions end here.",
		whyRare:     []string{"No machine can be shipped in the EU without the safety file this person keeps.", "Every machine sold since 2019 runs this firmware; fixes and updates go through one person."}},
	{name: "Sales", lead: "Head of Sales", weight: 2,
		titles:      []string{"Account Manager", "Sales Engineer", "Internal Sales Coordinator", "Business Development Manager"},
		expertise:   []string{"Quoting and costing", "Tender writing", "CRM reporting"},
		rare:        []string{"Key accounts in the food industry", "Export sales to the Gulf region"},
		specialists: []string{"Key Account Manager, Food", "Export Sales Manager"},
		whyLead:     "Owns the order book and the pricing; the three largest customers deal with this person directly.",
		whyRare:     []string{"The food-industry accounts are a quarter of turnover and rest on one relationship.", "The Gulf distributors know one person here, and their orders are growing fastest."}},
	{name: "Finance & Admin", lead: "Finance Manager", weight: 1.2,
		titles:      []string{"Bookkeeper", "Payroll Administrator", "Office Administrator", "Credit Controller"},
		expertise:   []string{"Sage accounts", "Credit control", "Purchase ledger"},
		rare:        []string{"Payroll and pensions", "Year-end accounts and VAT returns"},
		specialists: []string{"Payroll Specialist", "Year-end and VAT Accountant"},
		whyLead:     "Keeps the cash flow forecast and the relationship with the bank; pays suppliers and staff.",
		whyRare:     []string{"Everyone is paid through a payroll only one person can run.", "The year-end and VAT deadlines carry penalties, and one person knows the process."}},
	{name: "Customer Service", lead: "Customer Service Lead", weight: 1.5,
		titles:      []string{"Customer Service Advisor", "Field Service Technician", "Spare Parts Coordinator"},
		expertise:   []string{"Warranty claims", "Spare parts catalogue", "Remote diagnostics"},
		rare:        []string{"Field repair of legacy machines", "The Scandinavian service contracts"},
		specialists: []string{"Senior Field Service Engineer", "Service Contracts Manager"},
		whyLead:     "Customers judge the company by the service team; breakdown calls and warranty decisions go through this role.",
		whyRare:     []string{"Machines older than 15 years can only be repaired on site by one technician.", "The Nordic service contracts renew every spring and only one person negotiates them."}},
	{name: "Warehouse", lead: "Warehouse Supervisor", weight: 2,
		titles:      []string{"Warehouse Operative", "Forklift Driver", "Goods-in Controller", "Dispatch Coordinator"},
		expertise:   []string{"Stock system (ERP)", "Forklift (counterbalance)", "Packing for export"},
		rare:        []string{"Dangerous goods shipping (ADR)", "Forklift instructor licence"},
		specialists: []string{"Dangerous Goods Adviser", "Forklift Instructor"},
		whyLead:     "Runs goods-in and dispatch; a bad week here means late deliveries for every customer.",
		whyRare:     []string{"Oils and gas springs cannot be shipped without a qualified dangerous goods adviser.", "New drivers cannot be trained or signed off without an instructor on site."}},
	{name: "Operations & Planning", lead: "Operations Manager", weight: 1,
		titles:      []string{"Production Planner", "Buyer", "Logistics Coordinator"},
		expertise:   []string{"Production scheduling", "Supplier negotiations", "ERP (Microsoft Dynamics)"},
		rare:        []string{"Steel purchasing and price hedging", "The capacity planning model"},
		specialists: []string{"Senior Buyer", "Capacity Planner"},
		whyLead:     "Turns the order book into a production plan and keeps materials arriving on time.",
		whyRare:     []string{"Steel is the largest cost, and one person negotiates the quarterly prices.", "Quotes for new orders rely on a capacity model only one person understands."}},
	{name: "Quality & Safety", lead: "Quality Manager", weight: 1,
		titles:      []string{"Quality Engineer", "Quality Inspector", "Health and Safety Officer"},
		expertise:   []string{"ISO 9001 audits", "Measurement (CMM)", "Root-cause analysis (8D)"},
		rare:        []string{"Aerospace approval (AS9100)", "Fire and COSHH risk assessments"},
		specialists: []string{"AS9100 Quality Engineer", "Health and Safety Lead"},
		whyLead:     "Holds the ISO 9001 certificate; losing it would lose the aerospace and medical customers.",
		whyRare:     []string{"The aerospace approval is audited every year and one person prepares it.", "The site's insurance depends on risk assessments one person keeps up to date."}},
	{name: "IT & Systems", lead: "IT Manager", weight: 0.7,
		titles:      []string{"IT Support Technician", "Systems Administrator", "ERP Analyst"},
		expertise:   []string{"Microsoft 365 administration", "Network and firewall", "Backups and recovery"},
		rare:        []string{"ERP customisations", "Shop-floor data collection system"},
		specialists: []string{"ERP Developer", "Shop-floor Systems Engineer"},
		whyLead:     "Keeps the ERP, the network and the backups running; an outage stops quoting, production and dispatch.",
		whyRare:     []string{"Invoicing and stock run on customisations one person wrote.", "Machine times and scrap figures come from a system one person set up."}},
	{name: "Marketing", lead: "Marketing Lead", weight: 0.7,
		titles:      []string{"Marketing Coordinator", "Graphic Designer", "Content Writer"},
		expertise:   []string{"Website and SEO", "Trade-show planning", "Product photography"},
		rare:        []string{"Technical catalogue production", "The Google Ads account"},
		specialists: []string{"Catalogue Manager", "Digital Marketing Specialist"},
		whyLead:     "Brings in most new enquiries through the website and the two trade shows a year.",
		whyRare:     []string{"Distributors order from a catalogue one person produces each year.", "Half of the new enquiries come through an ads account one person runs."}},
}

// siteNames name the sites of a large sample business.
var siteNames = words("Leeds Lyon Kraków Valencia Hamburg İzmir Thessaloniki Gdańsk Porto Malmö Brno Łódź Besançon Zaragoza Nürnberg Aarhus Plzeň Göteborg Córdoba Poznań Bergen Münster Tampere Coimbra")

// role is where a person sits in the hierarchy.
type role int

const (
	roleStaff role = iota
	roleLead
	roleSiteHead
	roleOwner
)

// team is one team of the sample business.
type team struct {
	kind  *teamKind
	name  string
	site  string // "" for a business on one site
	head  *member
	lead  *member
	staff []*member
	rare  []*member // the holder of each rare expertise, nil when nobody holds it
}

// member is a person of the sample business with the hidden traits their records are
// drawn from.
type member struct {
	p           talent.Person
	call        string // what colleagues call them in notes
	role        role
	team        *team
	manager     *member
	promoted    time.Time // when they became a manager for the first time, if lately
	predecessor *member   // who held the job before a recent promotion
	oldTitle    string    // their job title before that promotion
	traits
}

// maxSiteSize is the head count above which the sample business spreads over sites of
// about this size: ten teams of twenty at most, so there are enough team leads and
// specialists for one key role in eight people.
const maxSiteSize = 200

// planOrg lays out the whole business in memory before anything is written.
func (g *generator) planOrg() {
	g.owner = g.newMember(roleOwner, "Managing Director", "Management", nil)
	g.owner.p.StartDate = g.daysAgo(15*365, 15*365+200)
	rest := g.n - 1
	sites := 1
	if rest > maxSiteSize {
		sites = (rest + maxSiteSize - 1) / maxSiteSize
	}
	for i := range sites {
		g.planSite(i, sites, rest/sites+boolInt(i < rest%sites))
	}
	g.planPromotions()
	g.planLeavers()
	g.planTraits()
	g.planDetails()
	g.planKeyRoles()
	g.planCandidates()
	g.planPairs()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *generator) planSite(i, sites, size int) {
	boss, site, suffix := g.owner, "", ""
	if sites > 1 {
		site = siteNames[i%len(siteNames)]
		if i >= len(siteNames) {
			site += " " + strconv.Itoa(i/len(siteNames)+1)
		}
		suffix = " – " + site
		boss = g.newMember(roleSiteHead, "Site Manager, "+site, "Management"+suffix, g.owner)
		g.heads = append(g.heads, boss)
		size--
	}
	teams := make([]*team, teamCount(size))
	for k := range teams {
		kind := &teamKinds[k]
		t := &team{kind: kind, name: kind.name + suffix, site: site, head: boss}
		t.lead = g.newMember(roleLead, kind.lead, t.name, boss)
		t.lead.team = t
		teams[k] = t
	}
	for k, count := range spread(teams, size-len(teams)) {
		t := teams[k]
		for range count {
			m := g.newMember(roleStaff, "", t.name, t.lead)
			m.team = t
			m.p.JobTitle = g.staffTitle(t.kind, m.p.StartDate)
			t.staff = append(t.staff, m)
		}
	}
	g.teams = append(g.teams, teams...)
}

// teamCount is how many teams size people form: teams of about seven, at least two.
func teamCount(size int) int {
	return min(max((size+3)/7, 2), len(teamKinds), size)
}

// spread shares staff between teams by the teams' relative sizes.
func spread(teams []*team, staff int) []int {
	counts := make([]int, len(teams))
	for range staff {
		best := 0
		for k := range teams {
			if float64(counts[k]+1)/teams[k].kind.weight < float64(counts[best]+1)/teams[best].kind.weight {
				best = k
			}
		}
		counts[best]++
	}
	return counts
}

func (g *generator) newMember(r role, title, teamName string, boss *member) *member {
	name := g.drawName()
	m := &member{
		p:       talent.Person{Name: name.full, JobTitle: title, Team: teamName, Status: talent.StatusActive},
		call:    name.call,
		role:    r,
		manager: boss,
	}
	switch r {
	case roleSiteHead:
		m.p.StartDate = g.daysAgo(6*365, 14*365)
	case roleLead:
		m.p.StartDate = g.daysAgo(3*365, 14*365)
	case roleStaff:
		// Most staff joined in recent years; a few have been there from the start.
		m.p.StartDate = g.today.AddDate(0, 0, -(14 + int(5300*math.Pow(g.rng.Float64(), 1.7))))
	}
	if r != roleStaff || g.chance(0.85) {
		m.p.Email = g.email(name)
	}
	g.members = append(g.members, m)
	return m
}

// staffTitle picks a job title that fits the team and how long the person has been there.
func (g *generator) staffTitle(k *teamKind, start time.Time) string {
	title := pick(g, k.titles)
	years := talent.DaysBetween(start, g.today) / 365
	if rest, ok := strings.CutPrefix(title, "Apprentice "); ok && years >= 3 {
		title = rest
	}
	if years >= 8 && !strings.HasPrefix(title, "Apprentice ") && g.chance(0.5) {
		title = "Senior " + title
	}
	return title
}

// planPromotions makes the leads of the first site's last teams recent first-time
// managers: one in their first 90 days, whose predecessor left, and one settling in.
func (g *generator) planPromotions() {
	var site []*team
	for _, t := range g.teams {
		if t.site == g.teams[0].site {
			site = append(site, t)
		}
	}
	first := site[len(site)-1]
	g.promote(first, g.daysAgo(61, 78))
	if len(first.staff) >= 2 {
		pred := first.staff[0]
		pred.p.JobTitle, pred.manager = first.lead.p.JobTitle, first.lead.manager
		pred.p.StartDate = g.daysAgo(6*365, 12*365)
		g.leave(pred, first.lead.promoted.AddDate(0, 0, -g.between(5, 20)))
		first.lead.predecessor = pred
	}
	if len(site) >= 3 {
		g.promote(site[len(site)-2], g.daysAgo(215, 290))
	}
}

func (g *generator) promote(t *team, on time.Time) {
	m := t.lead
	m.promoted = on
	m.p.StartDate = on.AddDate(0, 0, -g.between(4*365, 11*365))
	m.oldTitle = "Senior " + t.kind.titles[0]
}

// planLeavers marks about one person in twenty as having left in the last three years.
// They keep their history.
func (g *generator) planLeavers() {
	want := max(1, int(math.Round(float64(g.n)*0.05)))
	left := 0
	for _, m := range g.members {
		if !m.p.Active() {
			left++
		}
	}
	for _, m := range shuffled(g, g.members) {
		if left >= want {
			return
		}
		lo := later(m.p.StartDate.AddDate(0, 0, 150), g.today.AddDate(-3, 0, 0))
		hi := g.today.AddDate(0, 0, -14)
		if m.role != roleStaff || !m.p.Active() || lo.After(hi) || len(m.team.activeStaff(m)) == 0 {
			continue // a team keeps at least one person besides its lead
		}
		g.leave(m, lo.AddDate(0, 0, g.between(0, talent.DaysBetween(lo, hi))))
		left++
	}
}

func (g *generator) leave(m *member, on time.Time) {
	m.p.Status, m.p.LeftDate = talent.StatusLeft, on
}

// createPeople writes everyone, managers before the people who report to them.
func (g *generator) createPeople(ctx context.Context) error {
	for _, m := range g.members {
		if m.manager != nil {
			m.p.ReportsTo = m.manager.p.ID
		}
		if err := g.svc.CreatePerson(ctx, &m.p); err != nil {
			return fmt.Errorf("demo: create person %s: %w", m.p.Name, err)
		}
		g.sum.People++
		if !m.p.Active() {
			g.sum.Left++
		}
	}
	return nil
}

// activeStaff returns the team's staff who still work there, other than skip.
func (t *team) activeStaff(skip *member) []*member {
	var out []*member
	for _, m := range t.staff {
		if m.p.Active() && m != skip {
			out = append(out, m)
		}
	}
	return out
}
