// Package talent holds Leadbridge's records and the rules that govern them: validation,
// derived potential, the 9-box, bench strength, stalled plans and transition milestones.
package talent
