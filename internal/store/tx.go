package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// txKey carries the transaction of a Batch in a context.
type txKey struct{}

// Batch runs fn with a context carrying one transaction: every service call made with
// that context joins it, so many writes commit together or not at all. If fn returns an
// error nothing is saved. Batches nest: an inner Batch joins the outer transaction.
func (db *DB) Batch(ctx context.Context, fn func(ctx context.Context) error) error {
	return db.update(ctx, func(tx *txn) error {
		return fn(context.WithValue(ctx, txKey{}, tx))
	})
}

func txFrom(ctx context.Context) *txn {
	tx, _ := ctx.Value(txKey{}).(*txn)
	return tx
}

// update runs fn in a write transaction and commits it. Inside a Batch, fn runs in the
// batch's transaction under a savepoint, so a call that fails leaves the batch as it was
// before the call, just as a failed call outside a batch leaves the file unchanged.
func (db *DB) update(ctx context.Context, fn func(*txn) error) error {
	if tx := txFrom(ctx); tx != nil {
		return translate(savepoint(ctx, tx, fn))
	}
	db.gate.RLock()
	defer db.gate.RUnlock()
	// BEGIN IMMEDIATE (from the DSN) takes the write lock up front, so a transaction
	// that reads and then writes waits its turn instead of failing as locked.
	sqlTx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return translate(fmt.Errorf("begin: %w", err))
	}
	defer sqlTx.Rollback()
	if err := fn(db.wrap(sqlTx)); err != nil {
		return translate(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return translate(fmt.Errorf("commit: %w", err))
	}
	return nil
}

func savepoint(ctx context.Context, tx *txn, fn func(*txn) error) error {
	if _, err := tx.ExecContext(ctx, "SAVEPOINT call"); err != nil {
		return fmt.Errorf("savepoint: %w", err)
	}
	if err := fn(tx); err != nil {
		for _, q := range []string{"ROLLBACK TO call", "RELEASE call"} {
			if _, rerr := tx.ExecContext(ctx, q); rerr != nil {
				return fmt.Errorf("roll back to savepoint: %w (after %w)", rerr, err)
			}
		}
		return err
	}
	if _, err := tx.ExecContext(ctx, "RELEASE call"); err != nil {
		return fmt.Errorf("release savepoint: %w", err)
	}
	return nil
}

// view runs fn in a read transaction, so a read made of several queries sees one
// consistent state. Inside a Batch it reads the batch's own uncommitted writes.
func (db *DB) view(ctx context.Context, fn func(*txn) error) error {
	if tx := txFrom(ctx); tx != nil {
		return translate(fn(tx))
	}
	db.gate.RLock()
	defer db.gate.RUnlock()
	sqlTx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return translate(fmt.Errorf("begin read: %w", err))
	}
	defer sqlTx.Rollback()
	return translate(fn(db.wrap(sqlTx)))
}

// txn is a transaction that prepares each statement once. The driver keeps no
// statement cache, and parsing SQL again for every row costs more than running it; a
// sample business writes tens of thousands of rows in one Batch.
type txn struct {
	*sql.Tx
	db    *DB
	stmts map[string]*sql.Stmt
}

func (db *DB) wrap(tx *sql.Tx) *txn { return &txn{Tx: tx, db: db, stmts: map[string]*sql.Stmt{}} }

// stmt returns query prepared for this transaction's connection.
func (tx *txn) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := tx.stmts[query]; ok {
		return s, nil
	}
	var s *sql.Stmt
	if shared, err := tx.db.stmts.get(ctx, tx.db.db, query); err == nil {
		s = tx.Tx.StmtContext(ctx, shared)
	} else {
		// Shared statements are prepared on another connection, which cannot see
		// tables this transaction has just created (as a migration does).
		if s, err = tx.Tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
	}
	tx.stmts[query] = s
	return s, nil
}

// ExecContext runs a single statement through the statement cache.
func (tx *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := tx.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a single query through the statement cache.
func (tx *txn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := tx.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a single-row query through the statement cache.
func (tx *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := tx.stmt(ctx, query)
	if err != nil {
		return tx.Tx.QueryRowContext(ctx, query, args...) // reports the same error on Scan
	}
	return s.QueryRowContext(ctx, args...)
}

// stmtCache holds statements prepared once per DB; database/sql re-prepares them on
// each connection that needs them and reuses them after that.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, db *sql.DB, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[query]; ok {
		return s, nil
	}
	s, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if c.m == nil {
		c.m = map[string]*sql.Stmt{}
	}
	c.m[query] = s
	return s, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.m {
		s.Close()
	}
	c.m = nil
}

// insert runs an INSERT and stores the new row's ID in id.
func (tx *txn) insert(ctx context.Context, id *int64, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	*id, err = res.LastInsertId()
	return err
}
