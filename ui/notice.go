package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// noticeTime is how long a notice stays on screen.
const noticeTime = 4 * time.Second

// notice confirms briefly, at the foot of the window, something done in a dialog that
// has closed, such as a moment logged. It is drawn over the area rather than as a
// dialog, so it takes no keys and no clicks and nothing waits for it to go.
type notice struct {
	text  *widget.Label
	card  *fyne.Container
	shown int // counts notices, so that a timer hides only its own
	view  fyne.CanvasObject
}

func newNotice() *notice {
	n := &notice{text: &widget.Label{Importance: widget.SuccessImportance, TextStyle: fyne.TextStyle{Bold: true}}}
	n.card = container.NewStack(widget.NewCard("", "", n.text))
	n.card.Hide()
	n.view = container.NewVBox(layout.NewSpacer(), container.NewCenter(n.card))
	return n
}

// show puts text on screen for a few seconds.
func (n *notice) show(text string) {
	n.shown++
	mine := n.shown
	n.text.SetText(text)
	n.card.Show()
	time.AfterFunc(noticeTime, func() {
		fyne.Do(func() {
			if n.shown == mine {
				n.card.Hide()
			}
		})
	})
}
