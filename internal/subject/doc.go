// Package subject writes everything held about one person as JSON and CSV files, to answer
// a subject-access request.
package subject
