//go:build !test

package ui

// fyneTestTag reports whether the tests are built with Fyne's `test` tag, which has text
// measured with Fyne's own fonts only, as the goldens need.
const fyneTestTag = false
