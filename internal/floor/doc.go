// Package floor holds the programs `make bench` measures Leadbridge against: what the
// machine and the libraries do with nothing of Leadbridge's own. window is a bare Fyne
// window of the same Fyne version (the floor of launching the app); plan is gofpdf alone
// writing a plan of comparable size with two embedded font faces (the floor of
// `leadbridge export plan`). The third floor, the sqlite3 tool importing the same rows,
// is Debian's. See BenchmarkRatios in cmd/leadbridge.
package floor
