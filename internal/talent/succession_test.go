package talent_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"leadbridge/internal/talent"
)

func validRole() talent.KeyRole {
	return talent.KeyRole{
		ID: 1, Title: "Head of production", HolderID: 10, WhyCritical: "Runs the CNC line; the only one who plans shifts.",
		Successors: []talent.Successor{
			{PersonID: 11, Readiness: talent.ReadyNow},
			{PersonID: 12, Readiness: talent.Ready1to2Years, Note: "Needs a stretch project first."},
		},
	}
}

func TestKeyRoleValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(k *talent.KeyRole)
		field string
	}{
		{"valid", func(k *talent.KeyRole) {}, ""},
		{"vacant role", func(k *talent.KeyRole) { k.HolderID = 0 }, ""},
		{"no successors", func(k *talent.KeyRole) { k.Successors = nil }, ""},
		{"Unicode title", func(k *talent.KeyRole) { k.Title = "Директор по производству" }, ""},
		{"blank title", func(k *talent.KeyRole) { k.Title = " \n " }, "title"},
		{"title of 201 characters", func(k *talent.KeyRole) { k.Title = strings.Repeat("ñ", 201) }, "title"},
		{"why critical not valid text", func(k *talent.KeyRole) { k.WhyCritical = "\xc3\x28" }, "whyCritical"},
		{"successor is the holder", func(k *talent.KeyRole) { k.Successors[1].PersonID = k.HolderID }, "successor"},
		{"nominated twice", func(k *talent.KeyRole) { k.Successors[1].PersonID = k.Successors[0].PersonID }, "successors"},
		{"nominated twice at other readiness", func(k *talent.KeyRole) {
			k.Successors = append(k.Successors, talent.Successor{PersonID: 11, Readiness: talent.ReadyEmergency})
		}, "successors"},
		{"no successor chosen", func(k *talent.KeyRole) { k.Successors[0].PersonID = 0 }, "successor"},
		{"unknown readiness", func(k *talent.KeyRole) { k.Successors[0].Readiness = "soon" }, "readiness"},
		{"no readiness", func(k *talent.KeyRole) { k.Successors[0].Readiness = "" }, "readiness"},
		{"note too long", func(k *talent.KeyRole) { k.Successors[1].Note = strings.Repeat("ü", talent.MaxNoteLen+1) }, "note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := validRole()
			tt.edit(&k)
			checkInvalid(t, k.Validate(), tt.field)
		})
	}
}

func roleWith(rs ...talent.Readiness) talent.KeyRole {
	k := talent.KeyRole{Title: "Role"}
	for i, r := range rs {
		k.Successors = append(k.Successors, talent.Successor{PersonID: int64(i + 1), Readiness: r})
	}
	return k
}

func TestBenchStrength(t *testing.T) {
	tests := []struct {
		name                   string
		roles                  []talent.KeyRole
		wantRoles, wantCovered int
		wantPercent            int
	}{
		{"no roles", nil, 0, 0, 0},
		{"none ready", []talent.KeyRole{roleWith(talent.Ready1to2Years), roleWith(), roleWith(talent.Ready3Plus)}, 3, 0, 0},
		{"emergency cover is not ready now", []talent.KeyRole{roleWith(talent.ReadyEmergency), roleWith(talent.ReadyEmergency, talent.Ready1to2Years)}, 2, 0, 0},
		{"all ready", []talent.KeyRole{roleWith(talent.ReadyNow), roleWith(talent.ReadyEmergency, talent.ReadyNow)}, 2, 2, 100},
		{"one of three", []talent.KeyRole{roleWith(talent.ReadyNow, talent.ReadyNow), roleWith(), roleWith(talent.ReadyEmergency)}, 3, 1, 33},
		{"two of three", []talent.KeyRole{roleWith(talent.ReadyNow), roleWith(talent.ReadyNow), roleWith(talent.Ready3Plus)}, 3, 2, 67},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := talent.BenchStrength(tt.roles)
			if b.Roles != tt.wantRoles || b.Covered != tt.wantCovered {
				t.Errorf("BenchStrength = %+v, want %d of %d", b, tt.wantCovered, tt.wantRoles)
			}
			if got := b.Percent(); got != tt.wantPercent {
				t.Errorf("Percent() = %d, want %d", got, tt.wantPercent)
			}
			if tt.wantRoles > 0 {
				if want := float64(tt.wantCovered) / float64(tt.wantRoles); b.Share() != want {
					t.Errorf("Share() = %v, want %v", b.Share(), want)
				}
			} else if b.Share() != 0 {
				t.Errorf("Share() = %v, want 0", b.Share())
			}
		})
	}
}

func TestSoleExpertise(t *testing.T) {
	person := func(id int64, status talent.Status, expertise ...string) talent.Person {
		return talent.Person{ID: id, Name: "P", Status: status, Expertise: expertise}
	}
	active, left := talent.StatusActive, talent.StatusLeft
	tests := []struct {
		name   string
		people []talent.Person
		want   []talent.SoleExpert
	}{
		{"nobody", nil, nil},
		{"one holder", []talent.Person{person(1, active, "Payroll")}, []talent.SoleExpert{{"Payroll", 1}}},
		{"two holders, ignoring case and spacing", []talent.Person{person(1, active, "Payroll"), person(2, active, "  PAYROLL ")}, nil},
		{"left people ignored", []talent.Person{person(1, active, "Payroll"), person(2, left, "payroll")}, []talent.SoleExpert{{"Payroll", 1}}},
		{"two holders, ignoring accents", []talent.Person{person(1, active, "Pâtisserie"), person(2, active, "patisserie")}, nil},
		{"only left holders", []talent.Person{person(2, left, "VAT returns")}, nil},
		{"listed twice by one person", []talent.Person{person(1, active, "Payroll", "payroll")}, []talent.SoleExpert{{"Payroll", 1}}},
		{"blank expertise ignored", []talent.Person{person(1, active, " ", "")}, nil},
		{"sorted without regard to case", []talent.Person{
			person(1, active, "VAT returns", "Payroll"), person(2, active, "cnc  line", "Бухгалтерия"), person(3, active, "payroll"),
		}, []talent.SoleExpert{{"cnc line", 2}, {"VAT returns", 1}, {"Бухгалтерия", 2}}},
		{"sorted with accented initials under their letter", []talent.Person{person(1, active, "Zinc roofing"), person(2, active, "Ébénisterie")},
			[]talent.SoleExpert{{"Ébénisterie", 2}, {"Zinc roofing", 1}}},
		{"one sole, one shared among three", []talent.Person{
			person(1, active, "Welding"), person(2, active, "welding"), person(3, active, "Welding", "Kiln firing"),
		}, []talent.SoleExpert{{"Kiln firing", 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := talent.SoleExpertise(tt.people)
			if len(got) != len(tt.want) {
				t.Fatalf("SoleExpertise = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("SoleExpertise[%d] = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadinessRank(t *testing.T) {
	order := []talent.Readiness{talent.ReadyNow, talent.ReadyEmergency, talent.Ready1to2Years, talent.Ready3Plus, ""}
	for i := 1; i < len(order); i++ {
		if order[i-1].Rank() >= order[i].Rank() {
			t.Errorf("%q ranks %d, not before %q at %d", order[i-1], order[i-1].Rank(), order[i], order[i].Rank())
		}
	}
}

func TestBestReadiness(t *testing.T) {
	roles := []talent.KeyRole{
		{ID: 1, Successors: []talent.Successor{{PersonID: 11, Readiness: talent.Ready3Plus}, {PersonID: 12, Readiness: talent.ReadyEmergency}}},
		{ID: 2, Successors: []talent.Successor{{PersonID: 11, Readiness: talent.Ready1to2Years}, {PersonID: 12, Readiness: talent.ReadyNow}}},
		{ID: 3, Successors: []talent.Successor{{PersonID: 11, Readiness: talent.Ready3Plus}, {PersonID: 13, Readiness: talent.ReadyEmergency}}},
	}
	want := map[int64]talent.Readiness{11: talent.Ready1to2Years, 12: talent.ReadyNow, 13: talent.ReadyEmergency}
	if got := talent.BestReadiness(roles); !maps.Equal(got, want) {
		t.Errorf("BestReadiness() = %v, want %v", got, want)
	}
	if got := talent.BestReadiness(nil); len(got) != 0 {
		t.Errorf("BestReadiness(nil) = %v, want nobody", got)
	}
}

func TestMostExposed(t *testing.T) {
	people := map[int64]talent.Person{
		1: {ID: 1, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh},
		2: {ID: 2, RiskOfLeaving: talent.LevelLow, ImpactOfLoss: talent.LevelHigh},
		3: {ID: 3}, // not rated: counts as medium risk and impact
		4: {ID: 4, RiskOfLeaving: talent.LevelHigh, ImpactOfLoss: talent.LevelHigh},
	}
	roles := []talent.KeyRole{
		{ID: 10, Title: "Covered", HolderID: 1, Successors: []talent.Successor{{PersonID: 5, Readiness: talent.ReadyNow}}},
		{ID: 11, Title: "Low risk", HolderID: 2},
		{ID: 12, Title: "Unrated", HolderID: 3},
		{ID: 13, Title: "High, cover named", HolderID: 4, Successors: []talent.Successor{{PersonID: 5, Readiness: talent.ReadyEmergency}}},
		{ID: 14, Title: "High, nobody named", HolderID: 1},
		{ID: 15, Title: "Vacant"},
	}
	var got []int64
	for _, e := range talent.MostExposed(roles, people) {
		got = append(got, e.Role.ID)
	}
	// Vacant first (its holder is already gone), then high × high with nobody named
	// before high × high with emergency cover; the covered role is not exposed.
	want := []int64{15, 14, 13, 12, 11}
	if !slices.Equal(got, want) {
		t.Errorf("MostExposed() = %v, want %v", got, want)
	}
	if e := talent.MostExposed(roles[2:3], people)[0]; e.Score != 4 {
		t.Errorf("unrated holder scores %d, want 4 (medium × medium)", e.Score)
	}
}
