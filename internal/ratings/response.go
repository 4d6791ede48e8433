package ratings

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"leadbridge/internal/talent"
)

// MaxResponseSize is the largest response file taken in; a real one is a few kilobytes.
const MaxResponseSize = 1 << 20

// response is the file a pack saves.
type response struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Code    string `json:"code"`
	Answers string `json:"answers"` // JSON of answers, as signed
	MAC     string `json:"mac"`
}

type answers struct {
	Date    string `json:"date"`
	Ratings []struct {
		Behaviour int64  `json:"behaviour"`
		Text      string `json:"text"`
		Rating    int    `json:"rating"`
		Evidence  string `json:"evidence"`
	} `json:"ratings"`
	Derailers []struct {
		Derailer string `json:"derailer"`
		Status   string `json:"status"`
		Evidence string `json:"evidence"`
	} `json:"derailers"`
}

// Imported says what one response brought.
type Imported struct {
	Person  string
	Kind    talent.Relationship
	Date    time.Time
	Rated   int
	Missing []string // behaviours answered that the standard no longer holds
}

// String tells the owner what was taken in, in plain words.
func (r Imported) String() string {
	s := fmt.Sprintf("Took in ratings of %s by %s, answered %s: %s.", r.Person, r.Kind.Rater(),
		talent.FormatDate(r.Date), talent.Count(r.Rated, "1 behaviour rated", "behaviours rated"))
	if r.Kind.KeptAnonymous() {
		s += " The answer is anonymous."
	}
	if len(r.Missing) > 0 {
		s += fmt.Sprintf(" %s no longer in the leadership standard and %s left out: %s.",
			talent.Count(len(r.Missing), "One behaviour answered is", "behaviours answered are"), talent.Plural(len(r.Missing), "was", "were"),
			"“"+strings.Join(r.Missing, "”; “")+"”")
	}
	return s
}

// ReadResponse reads a response file's content, up to one byte past MaxResponseSize, so
// that Import can tell a file too large to be a response without reading all of it.
func ReadResponse(r io.Reader) ([]byte, error) {
	content, err := io.ReadAll(io.LimitReader(r, MaxResponseSize+1))
	if err != nil {
		return nil, talent.Errorf(talent.EINVALID, "This file cannot be read; choose the response file the rater sent.")
	}
	return content, nil
}

// Import takes in one response file's content: it must answer a pack this data file made,
// unchanged since it was saved, not taken in before and within the pack's time. A
// refusal is a plain sentence and changes nothing.
func Import(ctx context.Context, st Store, content []byte, today time.Time) (Imported, error) {
	var res response
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(content, []byte("\xef\xbb\xbf"))))
	if len(content) > MaxResponseSize || dec.Decode(&res) != nil || res.Format != "leadbridge-rating-response" || res.Code == "" {
		return Imported{}, talent.Errorf(talent.EINVALID, "This is not a rating response saved from a Leadbridge rating pack.")
	}
	if res.Version != 1 {
		return Imported{}, talent.Errorf(talent.EINVALID, "This rating response was saved by a newer version of Leadbridge; update Leadbridge to take it in.")
	}
	secret, err := st.RatingSecret(ctx, false)
	if err != nil {
		return Imported{}, err
	}
	var out Imported
	_, err = st.ReturnPack(ctx, res.Code, func(p talent.RatingPack, std talent.Standard) (talent.Assessment, error) {
		if err := verify(secret, p, res); err != nil {
			return talent.Assessment{}, err
		}
		if err := answerable(p, today); err != nil {
			return talent.Assessment{}, err
		}
		person, err := st.Person(ctx, p.PersonID)
		if err != nil {
			return talent.Assessment{}, err
		}
		a, imp, err := assessment(p, std, res.Answers, today)
		imp.Person = person.Name
		out = imp
		return a, err
	})
	return out, err
}

// verify checks the response's checksum, keyed with the pack's own.
func verify(secret []byte, p talent.RatingPack, res response) error {
	got, err := hex.DecodeString(res.MAC)
	mac := hmac.New(sha256.New, check(secret, p))
	mac.Write([]byte(res.Answers))
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return talent.Errorf(talent.EINVALID, "This rating response was changed after it was saved, so it cannot be trusted. Ask the rater to open their form and press Save my answers again.")
	}
	return nil
}

// answerable refuses a response to a pack already taken in or past its time.
func answerable(p talent.RatingPack, today time.Time) error {
	switch {
	case !p.Returned.IsZero():
		return talent.Errorf(talent.ECONFLICT, "This rating response was already taken in on %s; taking it in again would count it twice.", talent.FormatDate(p.Returned))
	case p.Expired(today):
		return talent.Errorf(talent.EINVALID, "This rating pack expired on %s, so its response can no longer be taken in. Ask for ratings again with a new pack.", talent.FormatDate(p.Expires))
	}
	return nil
}

// assessment builds the assessment a verified response brings.
func assessment(p talent.RatingPack, std talent.Standard, body string, today time.Time) (talent.Assessment, Imported, error) {
	var ans answers
	if err := json.Unmarshal([]byte(body), &ans); err != nil {
		return talent.Assessment{}, Imported{}, talent.Errorf(talent.EINVALID, "This rating response cannot be read; ask the rater to save their answers again.")
	}
	a := talent.Assessment{PersonID: p.PersonID, Relationship: p.Relationship, Source: talent.SourcePack, Date: talent.Day(today)}
	// The rater's own date, when it falls within the pack's time.
	if d, err := talent.ParseDate(ans.Date); err == nil && !d.Before(p.Made) && !d.After(today) {
		a.Date = d
	}
	switch {
	case p.Relationship.KeptAnonymous():
		a.Round = p.Made
	case p.Relationship == talent.RelSelf:
		a.RaterID = p.PersonID
	default:
		a.RaterID, a.RaterName = p.RaterID, p.RaterName
	}
	imp := Imported{Kind: p.Relationship, Date: a.Date}
	asked := map[int64]bool{}
	for _, id := range p.Behaviours {
		asked[id] = true
	}
	current := map[int64]bool{}
	for _, c := range std.Competencies {
		for _, b := range c.Behaviours {
			current[b.ID] = true
		}
	}
	for _, r := range ans.Ratings {
		switch {
		case !asked[r.Behaviour]:
			return a, imp, talent.Errorf(talent.EINVALID, "This rating response answers a behaviour its pack did not ask about, so it cannot be trusted.")
		case !current[r.Behaviour]:
			imp.Missing = append(imp.Missing, r.Text)
			continue
		}
		a.Ratings = append(a.Ratings, talent.BehaviourRating{BehaviourID: r.Behaviour, Rating: talent.Rating(r.Rating), Evidence: r.Evidence})
		if talent.Rating(r.Rating).Rated() {
			imp.Rated++
		}
	}
	for _, d := range ans.Derailers {
		if !p.Relationship.JudgesDerailer(talent.Derailer(d.Derailer)) {
			return a, imp, talent.Errorf(talent.EINVALID, "This rating response judges a warning sign its pack did not ask about, so it cannot be trusted.")
		}
		a.Derailers = append(a.Derailers, talent.DerailerStatus{Derailer: talent.Derailer(d.Derailer), Status: talent.Concern(d.Status), Evidence: d.Evidence})
	}
	return a, imp, nil
}
