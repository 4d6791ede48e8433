// Package csvio reads and writes staff spreadsheets as CSV files.
package csvio
