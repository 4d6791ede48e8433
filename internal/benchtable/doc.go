// Command benchtable prints the output of `go test -bench` as a table of Leadbridge's
// speed and memory figures against their budgets.
//
// Usage:
//
//	go run ./internal/benchtable RESULTS.txt
//
// It reads standard input when no file is given. Over-budget figures are marked, but it
// always exits 0: a slow machine is no reason to fail a build.
package main
