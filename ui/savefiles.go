package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// fileRepository is everything Fyne's repository of "file" URIs does, so that wrapping
// it keeps the file dialogs able to list, climb and create folders.
type fileRepository interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// untouchedUntilWritten is Fyne's file repository with one change: a writer opens its
// file, which creates or empties it, only when something is first written. Fyne's save
// dialog opens a writer for the name the user picks before Leadbridge sees the name, so
// without this, picking the data file, a backup or any earlier file would empty it on
// the spot, whatever Leadbridge then decided. Leadbridge takes only the name from the
// dialog and writes the file itself, by the rule every export follows (fileout.Write).
type untouchedUntilWritten struct{ fileRepository }

// keepChosenFilesUntouched puts untouchedUntilWritten in place of the file repository
// the driver registered, once.
func keepChosenFilesUntouched() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if fr, ok := r.(fileRepository); ok {
		if _, done := r.(untouchedUntilWritten); !done {
			repository.Register("file", untouchedUntilWritten{fr})
		}
	}
}

func (r untouchedUntilWritten) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &writeOnFirstWrite{uri: u, open: r.fileRepository.Writer}, nil
}

// writeOnFirstWrite opens its file at the first Write; closed unwritten, it changed
// nothing.
type writeOnFirstWrite struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (w *writeOnFirstWrite) URI() fyne.URI { return w.uri }

func (w *writeOnFirstWrite) Write(p []byte) (int, error) {
	if w.w == nil {
		f, err := w.open(w.uri)
		if err != nil {
			return 0, err
		}
		w.w = f
	}
	return w.w.Write(p)
}

func (w *writeOnFirstWrite) Close() error {
	if w.w == nil {
		return nil
	}
	return w.w.Close()
}
