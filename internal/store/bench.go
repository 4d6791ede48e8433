package store

import (
	"context"
	"fmt"
	"strings"

	"leadbridge/internal/talent"
)

// Bench strength figures live in the settings table, one row a day keyed by benchKey
// and the date (YYYY-MM-DD sorts as it reads), holding "covered/roles". They need no
// table of their own: a few hundred short rows a year, read in one indexed range scan.
const (
	benchKey = "bench-strength/"
	// benchKeyEnd is the first key after every bench key: '0' follows '/' in ASCII.
	benchKeyEnd = "bench-strength0"
)

// RecordBench keeps the bench strength of p's day, replacing one recorded earlier that
// day.
func (db *DB) RecordBench(ctx context.Context, p talent.BenchPoint) error {
	key := benchKey + talent.FormatDate(p.Date)
	value := fmt.Sprintf("%d/%d", p.Bench.Covered, p.Bench.Roles)
	return db.update(ctx, func(tx *txn) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
		if err != nil {
			return fmt.Errorf("record bench strength: %w", err)
		}
		return nil
	})
}

// BenchHistory returns the recorded bench strength figures, oldest first. A row that
// cannot be read is skipped rather than failing the summary that shows the trend.
func (db *DB) BenchHistory(ctx context.Context) ([]talent.BenchPoint, error) {
	var out []talent.BenchPoint
	err := db.view(ctx, func(tx *txn) error {
		rows, err := tx.QueryContext(ctx, "SELECT key, value FROM settings WHERE key >= ? AND key < ? ORDER BY key", benchKey, benchKeyEnd)
		if err != nil {
			return fmt.Errorf("read bench strength: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var key, value string
			if err := rows.Scan(&key, &value); err != nil {
				return fmt.Errorf("read bench strength: %w", err)
			}
			if p, ok := parseBench(key, value); ok {
				out = append(out, p)
			}
		}
		return rows.Err()
	})
	return out, err
}

func parseBench(key, value string) (talent.BenchPoint, bool) {
	date, err := talent.ParseDate(strings.TrimPrefix(key, benchKey))
	var b talent.Bench
	if _, scanErr := fmt.Sscanf(value, "%d/%d", &b.Covered, &b.Roles); err != nil || scanErr != nil {
		return talent.BenchPoint{}, false
	}
	return talent.BenchPoint{Date: date, Bench: b}, true
}
