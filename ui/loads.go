package ui

// loadingNote stands in a view until its first load arrives.
const loadingNote = "Loading…"

// newestLoad runs the loads of one view off the UI goroutine and shows what they read on
// it: in a large business a load takes a while, and the window must be drawn and take
// typing meanwhile. What is shown stays until the next load replaces it. When loads
// overlap, as when a choice changes twice in quick succession, only the newest is shown
// (or its error): an older one that arrives later is dropped.
type newestLoad[T any] struct {
	started int // how many loads have started
}

// run starts a load, and shows what it read unless a newer load has started by then.
// load must read the store only: it runs off the UI goroutine.
func (l *newestLoad[T]) run(a *App, load func() (T, error), show func(T)) {
	l.started++
	n := l.started
	var v T
	background(func() (err error) {
		v, err = load()
		return err
	}, func(err error) {
		switch {
		case n != l.started: // a newer load is under way and will show
		case err != nil:
			a.showError(err)
		default:
			show(v)
		}
	})
}
