// Package datafile names the files that make up one Leadbridge data file (the database,
// SQLite's journal files beside it, the single-instance lock and the backups folder) and
// keeps every file Leadbridge writes for the user away from them.
package datafile
