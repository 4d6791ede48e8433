package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"leadbridge/internal/demo"
	"leadbridge/internal/report"
	"leadbridge/internal/talent"
)

// statement is one SQL statement the store ran, with its arguments.
type statement struct {
	query string
	args  []driver.NamedValue
}

// queryLog records every statement run through a countingConnector.
type queryLog struct {
	mu   sync.Mutex
	runs []statement
}

func (l *queryLog) add(query string, args []driver.NamedValue) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.runs = append(l.runs, statement{query: query, args: append([]driver.NamedValue(nil), args...)})
}

// take returns the statements recorded since the last take and starts a new record.
func (l *queryLog) take() []statement {
	l.mu.Lock()
	defer l.mu.Unlock()
	runs := l.runs
	l.runs = nil
	return runs
}

// countingConnector opens SQLite connections whose statements are recorded. It wraps the
// real driver rather than imitating it, so the store runs exactly as in the app.
type countingConnector struct {
	drv driver.Driver
	dsn string
	log *queryLog
}

func (c countingConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return &countingConn{conn: conn, log: c.log}, nil
}

func (c countingConnector) Driver() driver.Driver { return c.drv }

// countingConn passes everything to the SQLite connection, recording what it runs.
type countingConn struct {
	conn driver.Conn
	log  *queryLog
}

func (c *countingConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *countingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	s, err := c.conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &countingStmt{stmt: s, query: query, log: c.log}, nil
}

func (c *countingConn) Close() error { return c.conn.Close() }

func (c *countingConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *countingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *countingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.log.add(query, args)
	return c.conn.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c *countingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	c.log.add(query, args)
	return c.conn.(driver.QueryerContext).QueryContext(ctx, query, args)
}

func (c *countingConn) ResetSession(ctx context.Context) error {
	return c.conn.(driver.SessionResetter).ResetSession(ctx)
}

func (c *countingConn) IsValid() bool { return c.conn.(driver.Validator).IsValid() }

// countingStmt is a prepared statement that records each run.
type countingStmt struct {
	stmt  driver.Stmt
	query string
	log   *queryLog
}

func (s *countingStmt) Close() error  { return s.stmt.Close() }
func (s *countingStmt) NumInput() int { return s.stmt.NumInput() }

func (s *countingStmt) Exec(args []driver.Value) (driver.Result, error) {
	return s.ExecContext(context.Background(), named(args))
}

func (s *countingStmt) Query(args []driver.Value) (driver.Rows, error) {
	return s.QueryContext(context.Background(), named(args))
}

func (s *countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.log.add(s.query, args)
	return s.stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.log.add(s.query, args)
	return s.stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
}

func named(args []driver.Value) []driver.NamedValue {
	out := make([]driver.NamedValue, len(args))
	for i, v := range args {
		out[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
	}
	return out
}

// sampleBusiness is a data file holding a generated business of a given size, opened so
// that every statement the store runs on it is recorded.
type sampleBusiness struct {
	db     *DB
	log    *queryLog
	people int
}

// openSample generates a sample business of n people into a new file and reopens the
// store on a connection pool that records its statements.
func openSample(t testing.TB, n int) *sampleBusiness {
	t.Helper()
	db := openAt(t, filepath.Join(t.TempDir(), fmt.Sprintf("sample-%d.db", n)))
	ctx := context.Background()
	err := db.Batch(ctx, func(ctx context.Context) error {
		_, err := demo.Generate(ctx, db, demo.Options{People: n, Today: testNow})
		return err
	})
	if err != nil {
		t.Fatalf("generate %d people: %v", n, err)
	}
	drv := db.db.Driver()
	db.stmts.close()
	if err := db.db.Close(); err != nil {
		t.Fatalf("close pool: %v", err)
	}
	log := &queryLog{}
	db.db = sql.OpenDB(countingConnector{drv: drv, dsn: dsn(db.path), log: log})
	return &sampleBusiness{db: db, log: log, people: n}
}

// run returns the statements load ran.
func (s *sampleBusiness) run(t testing.TB, load screenLoad) []statement {
	t.Helper()
	s.log.take()
	if err := load.run(context.Background(), s.db); err != nil {
		t.Fatalf("%s on %d people: %v", load.name, s.people, err)
	}
	return s.log.take()
}

// screenLoad is what one screen or document reads from the store to show itself.
type screenLoad struct {
	name string
	max  int // statements it may run
	run  func(ctx context.Context, db *DB) error
}

// documentDay is the day the documents are made in these tests.
var documentDay = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// screenLoads are the reads of the home view and the people list (the service calls
// ui/home.go and ui/people.go make; ui/perf_test.go checks that they make no others) and
// the two documents and the agenda, loaded by their own code.
var screenLoads = []screenLoad{
	{"home view", 20, func(ctx context.Context, db *DB) error {
		return inOrder(ctx, db, readPeople, readStandard, readEachPotential, readRoles, readDuePlans, readPairs, readBoxes)
	}},
	{"people list", 10, func(ctx context.Context, db *DB) error {
		return inOrder(ctx, db, readListings, readRoles, readEachPotential)
	}},
	{"development plan", 33, func(ctx context.Context, db *DB) error {
		id, err := plannedPerson(ctx, db)
		if err != nil {
			return err
		}
		_, err = report.LoadPlan(ctx, db, id, documentDay)
		return err
	}},
	{"succession summary", 25, func(ctx context.Context, db *DB) error {
		_, err := report.LoadSuccession(ctx, db, documentDay)
		return err
	}},
	{"what is due", 15, func(ctx context.Context, db *DB) error {
		_, err := talent.LoadAgenda(ctx, db, documentDay, talent.DefaultDueDays, 0)
		return err
	}},
}

func inOrder(ctx context.Context, db *DB, reads ...func(context.Context, *DB) error) error {
	for _, r := range reads {
		if err := r(ctx, db); err != nil {
			return err
		}
	}
	return nil
}

func readPeople(ctx context.Context, db *DB) error   { _, err := db.People(ctx); return err }
func readListings(ctx context.Context, db *DB) error { _, err := db.Listings(ctx); return err }
func readStandard(ctx context.Context, db *DB) error { _, err := db.Standard(ctx); return err }
func readEachPotential(ctx context.Context, db *DB) error {
	return db.EachPotentialResult(ctx, func(int64, talent.PotentialResult) {})
}
func readRoles(ctx context.Context, db *DB) error    { _, err := db.KeyRoles(ctx); return err }
func readDuePlans(ctx context.Context, db *DB) error { _, err := db.DuePlans(ctx); return err }
func readPairs(ctx context.Context, db *DB) error    { _, err := db.PairOutlines(ctx); return err }
func readBoxes(ctx context.Context, db *DB) error    { _, err := db.BoxLabels(ctx); return err }

// plannedPerson is someone with a development plan; how many statements printing it runs
// does not depend on how full the plan is.
func plannedPerson(ctx context.Context, db *DB) (int64, error) {
	plans, err := db.PlanOutlines(ctx)
	if err != nil {
		return 0, err
	}
	if len(plans) == 0 {
		return 0, errors.New("the sample business has no development plan to print")
	}
	return plans[0].PersonID, nil
}

// TestScreensRunFixedQueries checks that the home view, the people list and the two
// documents run the same few statements for a business of 30 people as for one of 300:
// nothing is read person by person.
func TestScreensRunFixedQueries(t *testing.T) {
	small, large := openSample(t, 30), openSample(t, 300)
	for _, load := range screenLoads {
		t.Run(load.name, func(t *testing.T) {
			few, many := small.run(t, load), large.run(t, load)
			if len(few) != len(many) {
				t.Errorf("statements at %d people = %d, at %d people = %d, want the same:\n%s",
					small.people, len(few), large.people, len(many), listStatements(many))
			}
			if len(many) > load.max {
				t.Errorf("statements = %d, want at most %d:\n%s", len(many), load.max, listStatements(many))
			}
		})
	}
}

// TestQueryLogRecordsEveryStatement makes sure the count above can fail: reading people
// one by one shows up as one statement each.
func TestQueryLogRecordsEveryStatement(t *testing.T) {
	s := openSample(t, 30)
	ctx := context.Background()
	people, err := s.db.People(ctx)
	if err != nil {
		t.Fatalf("People() = %v", err)
	}
	oneByOne := screenLoad{name: "one by one", run: func(ctx context.Context, db *DB) error {
		for _, p := range people {
			if _, err := db.Person(ctx, p.ID); err != nil {
				return err
			}
		}
		return nil
	}}
	got := s.run(t, oneByOne)
	if want := 2 * len(people); len(got) != want {
		t.Errorf("statements = %d, want %d (a person and their expertise, for each of %d people)", len(got), want, len(people))
	}
}

// listStatements lists statements one a line, for failure messages.
func listStatements(runs []statement) string {
	var b strings.Builder
	for i, r := range runs {
		fmt.Fprintf(&b, "%3d  %s\n", i+1, oneLine(r.query))
	}
	return b.String()
}
