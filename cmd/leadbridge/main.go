package main

import (
	"os"
	"runtime/debug"
)

// A command runs for a moment and ends, and most allocate a few tens of megabytes: Go's
// collector, which by default starts at 4 MB, would run half a dozen times in an export
// for memory the exit gives back anyway (about a sixth of its processor time). So the
// collector waits until the heap nears commandMemoryLimit (GOGC and GOMEMLIMIT override
// this); the window sets its own, tighter rule (see runGUI).
const commandMemoryLimit = 256 << 20

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(commandMemoryLimit)
	}
	useParentConsole()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
