// Package demo creates a realistic sample business through the talent services, so that
// a prospective customer can try Leadbridge on believable data and developers can measure it.
package demo
