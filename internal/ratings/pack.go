package ratings

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"leadbridge/internal/fileout"
	"leadbridge/internal/talent"
)

var (
	//go:embed pack.html
	pageText string
	//go:embed pack.js
	script string
	//go:embed pack.css
	style string

	// page is parsed when the first pack is made, not at every start of the program.
	page = sync.OnceValue(func() *template.Template { return template.Must(template.New("pack").Parse(pageText)) })
)

// policy lets the page run its own script and style, marked with the pack's nonce, and
// nothing else: no request of any kind, to anywhere, can leave a pack. (A nonce in hex
// rather than a hash of the script: a hash in base64 may hold "//".)
func policy(nonce string) string {
	return "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce +
		"'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
}

// Store is what making rating packs and taking in their responses needs of a data file.
type Store interface {
	Person(ctx context.Context, id int64) (talent.Person, error)
	Standard(ctx context.Context) (talent.Standard, error)
	RatingSecret(ctx context.Context, create bool) ([]byte, error)
	SavePack(ctx context.Context, p *talent.RatingPack) error
	ReturnPack(ctx context.Context, code string, answer func(talent.RatingPack, talent.Standard) (talent.Assessment, error)) (talent.Assessment, error)
}

// Request asks for one rating pack.
type Request struct {
	PersonID  int64
	Kind      talent.Relationship
	RaterID   int64  // who it goes to, when they are on file
	RaterName string // or their name; for peers and direct reports, kept for the owner only
	Today     time.Time
}

// Write makes a rating pack and writes it to out, a new file beside nothing of the data
// file at db; the pack is recorded in the data file as the file is completed, so a pack
// exists on file exactly when its file does.
func Write(ctx context.Context, st Store, db, out string, req Request) (talent.RatingPack, error) {
	p, html, err := Make(ctx, st, req)
	if err != nil {
		return p, err
	}
	err = fileout.Write(db, out, func(w io.Writer) error {
		_, err := w.Write(html)
		return err
	}, func() error { return st.SavePack(ctx, &p) })
	return p, err
}

// Validate checks a request before anything is read or written: the person, the kind
// of rater and who answers, as the pack will be checked when it is made. Only the
// behaviours it asks about, which the standard holds, wait until then.
func (req Request) Validate() error {
	p := req.pack()
	p.Behaviours = []int64{0} // a stand-in for the standard's, read as the pack is made
	return p.Validate()
}

// pack is the record a request makes, before its code and behaviours are known.
func (req Request) pack() talent.RatingPack {
	return talent.RatingPack{PersonID: req.PersonID, Relationship: req.Kind, RaterID: req.RaterID, RaterName: req.RaterName,
		Made: talent.Day(req.Today), Expires: talent.Day(req.Today).AddDate(0, 0, talent.PackValidDays)}
}

// Make prepares a rating pack, not yet recorded, and its page.
func Make(ctx context.Context, st Store, req Request) (talent.RatingPack, []byte, error) {
	person, err := st.Person(ctx, req.PersonID)
	if err != nil {
		return talent.RatingPack{}, nil, err
	}
	std, err := st.Standard(ctx)
	if err != nil {
		return talent.RatingPack{}, nil, err
	}
	secret, err := st.RatingSecret(ctx, true)
	if err != nil {
		return talent.RatingPack{}, nil, err
	}
	code, err := random(20)
	if err != nil {
		return talent.RatingPack{}, nil, err
	}
	nonce, err := random(10)
	if err != nil {
		return talent.RatingPack{}, nil, err
	}
	p := req.pack()
	p.Code = code
	for _, c := range std.Competencies {
		for _, b := range c.Behaviours {
			p.Behaviours = append(p.Behaviours, b.ID)
		}
	}
	if err := p.Validate(); err != nil {
		return p, nil, err
	}
	var buf bytes.Buffer
	if err := page().Execute(&buf, newSheet(p, person, std, check(secret, p), strings.ToLower(nonce))); err != nil {
		return p, nil, fmt.Errorf("write rating pack: %w", err)
	}
	return p, buf.Bytes(), nil
}

// random is n random bytes written in capital letters and digits: 20 make a pack's
// one-time code, 10 its page's nonce.
func random(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("make rating pack code: %w", err)
	}
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b), nil
}

// check is a pack's keyed checksum: an HMAC, keyed with the data file's secret, over
// what the pack asks and of whom. The pack hands it to the browser as the key its
// answers are signed with, so a response proves it answers this very pack from this
// very data file, and that nobody without the pack changed it on its way back.
func check(secret []byte, p talent.RatingPack) []byte {
	ids := make([]string, len(p.Behaviours))
	for i, id := range p.Behaviours {
		ids[i] = strconv.FormatInt(id, 10)
	}
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "leadbridge rating pack\n%s\n%d\n%s\n%s\n%s\n%s", p.Code, p.PersonID, p.Relationship,
		talent.FormatDate(p.Made), talent.FormatDate(p.Expires), strings.Join(ids, ","))
	return mac.Sum(nil)
}

// sheet is what the page shows.
type sheet struct {
	Title, Intro, Expires, Code, ShortCode, Check, FileName, ReturnTo string
	Policy, Nonce                                                     string
	About                                                             []string
	Style                                                             template.CSS
	Script                                                            template.JS
	Scale                                                             []string
	Ratings                                                           []choice
	Concerns                                                          []choice
	Competencies                                                      []talent.Competency
	Derailers                                                         []derailer
}

type choice struct {
	Value any
	Label string
}

type derailer struct{ Key, Label string }

func newSheet(p talent.RatingPack, person talent.Person, std talent.Standard, check []byte, nonce string) sheet {
	s := sheet{Title: title(p.Relationship, person.Name), Intro: intro(p.Relationship, person.Name), About: about(p.Relationship),
		Expires: talent.FormatDate(p.Expires), Code: p.Code, ShortCode: p.Code[:8], Check: hex.EncodeToString(check),
		FileName: "rating-response-" + strings.ToLower(p.Code[:8]) + ".json", ReturnTo: "to the person who sent you this form",
		Policy: policy(nonce), Nonce: nonce, Style: template.CSS(style), Script: template.JS(script), Competencies: std.Competencies}
	for _, r := range talent.Ratings {
		s.Ratings = append(s.Ratings, choice{int(r), r.Label()})
		if r.Rated() {
			s.Scale = append(s.Scale, r.Label())
		}
	}
	for _, c := range talent.Concerns {
		s.Concerns = append(s.Concerns, choice{string(c), c.Label()})
	}
	for _, d := range talent.Derailers {
		if p.Relationship.JudgesDerailer(d) {
			s.Derailers = append(s.Derailers, derailer{string(d), d.Label()})
		}
	}
	return s
}

func title(kind talent.Relationship, name string) string {
	if kind == talent.RelSelf {
		return "How you lead today"
	}
	return "How " + name + " leads today"
}

func intro(kind talent.Relationship, name string) string {
	switch kind {
	case talent.RelSelf:
		return "This form asks how you see your own leadership, behaviour by behaviour. Your answers are put beside how others see you, so that your development plan starts from both."
	case talent.RelDirectReport:
		return "You work for " + name + ". This form asks what you see them do as your manager, behaviour by behaviour. What a team sees is the best evidence of how someone leads."
	case talent.RelPeer:
		return "You work alongside " + name + ". This form asks what you see them do, behaviour by behaviour, to help them grow as a leader."
	}
	return "This form asks what you see " + name + " do, behaviour by behaviour, to help them grow as a leader. Your name is kept with your answers."
}

// about says, in the rater's words, what happens to their answers.
func about(kind talent.Relationship) []string {
	if !kind.KeptAnonymous() {
		return []string{"This form works without the internet: nothing you type leaves this page until you send the saved file yourself."}
	}
	return []string{
		"Your answers are anonymous. This form does not hold your name, and the file it saves does not either. Leadbridge never shows your answers on their own: only averages of at least " +
			strconv.Itoa(talent.MinGroup) + " people who answered together, and until " + strconv.Itoa(talent.MinGroup) + " have, your answers are held back or mixed into one figure with everyone else's.",
		"Whoever receives your file can see who sent it, as with any email. If you would rather they did not, pass it on through someone else or on a shared USB stick.",
		"Anything you write as evidence is kept, without your name, as you wrote it: leave out what would give you away.",
		"This form works without the internet: nothing you type leaves this page until you send the saved file yourself.",
	}
}
