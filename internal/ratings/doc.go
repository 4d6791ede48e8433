// Package ratings makes rating packs, self-contained web pages a rater without
// Leadbridge answers in any browser, and takes in the response files they save.
package ratings
