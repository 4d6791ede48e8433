package talent

import (
	"context"
	"time"
)

// PersonService stores people.
type PersonService interface {
	// People returns every person, active and left, ordered by name.
	People(ctx context.Context) ([]Person, error)
	// Listings returns every person as People does, with only what a list shows of them.
	Listings(ctx context.Context) ([]Listing, error)
	Person(ctx context.Context, id int64) (Person, error)
	// PeopleWithIDs returns the people with the given IDs, ordered by name; IDs not on file
	// are left out.
	PeopleWithIDs(ctx context.Context, ids []int64) ([]Person, error)
	// PeopleNamed returns the people whose name matches name as names match everywhere:
	// by FoldKey, ignoring case, accents and extra spaces.
	PeopleNamed(ctx context.Context, name string) ([]Person, error)
	CreatePerson(ctx context.Context, p *Person) error
	UpdatePerson(ctx context.Context, p *Person) error
	// DeletePerson removes a person. While other records refer to them it fails with
	// ECONFLICT naming what depends on them, unless cascade is set.
	DeletePerson(ctx context.Context, id int64, cascade bool) error
	// ImportStaff adds every row or none; problems come back as an *ImportError.
	ImportStaff(ctx context.Context, rows []StaffRow) (int, error)
	// PreviewStaff says what ImportStaff would add, changing nothing; problems come back
	// as ImportStaff gives them.
	PreviewStaff(ctx context.Context, rows []StaffRow) (ImportPreview, error)
}

// StandardService stores the leadership standard and the 9-box labels.
type StandardService interface {
	Standard(ctx context.Context) (Standard, error)
	// SaveStandard replaces the standard. Behaviours keep their IDs, so ratings given
	// before an edit stay attached; removing a behaviour that has ratings fails with
	// ECONFLICT.
	SaveStandard(ctx context.Context, s *Standard) error
	BoxLabels(ctx context.Context) (map[Box]BoxLabel, error)
	SaveBoxLabel(ctx context.Context, b Box, l BoxLabel) error
}

// AssessmentService stores assessments.
type AssessmentService interface {
	// Assessments returns one person's assessments, oldest first.
	Assessments(ctx context.Context, personID int64) ([]Assessment, error)
	Assessment(ctx context.Context, id int64) (Assessment, error)
	// PotentialResults derives everyone's potential with DerivePotential, under the standard as
	// stored, from the assessments the rule reads: the latest completed one by someone
	// else, and the latest such one that rates performance. People never assessed by
	// someone else are left out (see PotentialResults.Of). Each result's Basis keeps the
	// assessment's own fields, not its ratings, derailers or free text. A fixed number of
	// queries.
	PotentialResults(ctx context.Context) (PotentialResults, error)
	// EachPotentialResult derives the same results as PotentialResults and hands each to
	// fn as soon as it is derived, holding none of them: for a caller that keeps only a
	// little of each. fn must not call the store.
	EachPotentialResult(ctx context.Context, fn func(personID int64, r PotentialResult)) error
	// LatestAssessed returns the date of each person's latest completed assessment by
	// someone else: the Basis.Date of their potential, without deriving it. People never
	// so assessed are left out. One query.
	LatestAssessed(ctx context.Context) (map[int64]time.Time, error)
	SaveAssessment(ctx context.Context, a *Assessment) error
	DeleteAssessment(ctx context.Context, id int64) error
}

// SuccessionService stores key roles and their successors.
type SuccessionService interface {
	// KeyRoles returns every key role with its successors, ordered by title.
	KeyRoles(ctx context.Context) ([]KeyRole, error)
	// KeyRolesFor returns the key roles a person is nominated to succeed to, with all
	// their successors, ordered by title.
	KeyRolesFor(ctx context.Context, personID int64) ([]KeyRole, error)
	// SaveKeyRole creates or updates a role and replaces its successors.
	SaveKeyRole(ctx context.Context, k *KeyRole) error
	DeleteKeyRole(ctx context.Context, id int64) error
	// RecordBench keeps the bench strength of a day, replacing any figure recorded
	// earlier that day: one figure a day is enough to show a trend.
	RecordBench(ctx context.Context, p BenchPoint) error
	// BenchHistory returns the recorded bench strength figures, oldest first.
	BenchHistory(ctx context.Context) ([]BenchPoint, error)
}

// PlanService stores development plans with their goals and milestones.
type PlanService interface {
	// Plan returns a person's plan, or an ENOTFOUND error when they have none.
	Plan(ctx context.Context, personID int64) (Plan, error)
	// PlanOutlines returns every plan with its goals, the dates of their progress notes
	// and its milestones; without actions, and without the notes' text or stamps.
	PlanOutlines(ctx context.Context) ([]Plan, error)
	// DuePlans returns every plan as PlanOutlines does, with the actions of its goals.
	DuePlans(ctx context.Context) ([]Plan, error)
	// SavePlan creates or replaces a plan with its goals, actions, notes and milestones.
	SavePlan(ctx context.Context, p *Plan) error
	DeletePlan(ctx context.Context, id int64) error
}

// MentoringService stores mentoring pairs and their meetings.
type MentoringService interface {
	// Pairs returns every pair with its meetings, newest start first.
	Pairs(ctx context.Context) ([]Pair, error)
	// PairOutlines returns every pair as Pairs does, but with only the dates and next
	// dates of its meetings, and without its agreement goals and focus.
	PairOutlines(ctx context.Context) ([]Pair, error)
	Pair(ctx context.Context, id int64) (Pair, error)
	// PairsOf returns the pairs a person is in, as mentor or mentee, with their
	// meetings, newest start first.
	PairsOf(ctx context.Context, personID int64) ([]Pair, error)
	// SavePair creates or updates a pair (not its meetings); a second active pair of the
	// same mentor and mentee fails with ECONFLICT.
	SavePair(ctx context.Context, p *Pair) error
	DeletePair(ctx context.Context, id int64) error
	SaveMeeting(ctx context.Context, m *Meeting) error
	DeleteMeeting(ctx context.Context, id int64) error
}

// TrainingFilter narrows the training log. Zero fields do not filter.
type TrainingFilter struct {
	PersonID int64
	From, To time.Time // by planned or completed date, inclusive
}

// TrainingService stores the training log.
type TrainingService interface {
	// TrainingLog returns matching entries, by planned date.
	TrainingLog(ctx context.Context, f TrainingFilter) ([]Training, error)
	SaveTraining(ctx context.Context, t *Training) error
	DeleteTraining(ctx context.Context, id int64) error
}

// MomentService stores leadership moments.
type MomentService interface {
	// Moments returns one person's moments, newest first; personID 0 returns everyone's.
	Moments(ctx context.Context, personID int64) ([]Moment, error)
	SaveMoment(ctx context.Context, m *Moment) error
	DeleteMoment(ctx context.Context, id int64) error
}

// DecisionService stores promotion decisions.
type DecisionService interface {
	// Decisions returns one person's decisions, newest first; personID 0 returns all.
	Decisions(ctx context.Context, personID int64) ([]Decision, error)
	// RecordDecision saves a decision. A decision to promote also records the role on the
	// person's plan and adds the transition milestones, in the same transaction.
	RecordDecision(ctx context.Context, d *Decision) error
}

// RatingService keeps rating packs and the figures drawn from their answers.
type RatingService interface {
	// RatingSecret is the data file's own key for rating packs' checksums, made on
	// first use with create, refused as an unknown pack without.
	RatingSecret(ctx context.Context, create bool) ([]byte, error)
	SavePack(ctx context.Context, p *RatingPack) error
	// RatingPacks returns the packs made about a person, newest first.
	RatingPacks(ctx context.Context, personID int64) ([]RatingPack, error)
	// ReturnPack takes in a response to the pack with code in one transaction: answer
	// checks it and returns the assessment it brings, or refuses it.
	ReturnPack(ctx context.Context, code string, answer func(RatingPack, Standard) (Assessment, error)) (Assessment, error)
	// Views returns how a person is seen by each group, as ViewsOf allows.
	Views(ctx context.Context, personID int64) (Views, error)
	// TeamViews returns, by person, the views of everyone whose direct reports answered
	// anonymously, as Views does for one: a fixed number of queries.
	TeamViews(ctx context.Context) (map[int64]Views, error)
}

// Services is everything the app stores, as one value to pass around.
type Services interface {
	RatingService
	PersonService
	StandardService
	AssessmentService
	SuccessionService
	PlanService
	MentoringService
	TrainingService
	MomentService
	DecisionService
}
