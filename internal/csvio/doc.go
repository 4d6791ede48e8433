// Package csvio reads and writes staff spreadsheets as CSV files, and writes what is due
// as one.
package csvio
