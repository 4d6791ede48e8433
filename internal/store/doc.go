// Package store keeps Leadbridge's records in one local SQLite file.
package store
