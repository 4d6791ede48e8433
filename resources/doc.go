// Package resources holds the files Leadbridge embeds in its binary: the app icon and the
// fonts its documents are set in. It imports no GUI code, so documents can use the fonts
// without pulling in Fyne.
package resources
