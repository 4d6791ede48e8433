// Command leadbridge is the Leadbridge desktop app; the same binary also works headless for
// automation, scripting and tests.
package main
