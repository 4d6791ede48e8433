// Command leadbridge is the Leadbridge desktop app; the same binary also works headless for
// automation, scripting and tests.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
