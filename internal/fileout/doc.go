// Package fileout writes exported files so that a failure never leaves half a file behind.
package fileout
