// Package benchdata provides the sample businesses the benchmarks measure, generated once
// into the build folder and reused.
package benchdata
