// Package lock keeps a second copy of Leadbridge from opening data that is already open.
package lock
