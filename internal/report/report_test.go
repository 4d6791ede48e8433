package report

import (
	"testing"

	"leadbridge/internal/talent"
)

func TestPaperForLocale(t *testing.T) {
	for _, tt := range []struct {
		locale string
		want   Paper
	}{
		{"en_US.UTF-8", Letter},
		{"en-CA", Letter},
		{"fr_CA.UTF-8", Letter},
		{"es_MX", Letter},
		{"fil_PH.UTF-8", Letter},
		{"en_us", Letter},
		{"en_GB.UTF-8", A4},
		{"de_DE@euro", A4},
		{"el_GR.UTF-8", A4},
		{"zh-Hant-TW", A4},
		{"C", A4},
		{"POSIX", A4},
		{"US", A4},
		{"", A4},
		{"garbage_-_.", A4},
	} {
		t.Run(tt.locale, func(t *testing.T) {
			if got := PaperForLocale(tt.locale); got != tt.want {
				t.Errorf("PaperForLocale(%q) = %v, want %v", tt.locale, got, tt.want)
			}
		})
	}
}

func TestParsePaper(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Paper
		ok   bool
	}{
		{"a4", A4, true},
		{"A4", A4, true},
		{" letter ", Letter, true},
		{"Letter", Letter, true},
		{"legal", A4, false},
		{"", A4, false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePaper(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("ParsePaper(%q) error = %v, want ok %v", tt.in, err, tt.ok)
			}
			if got != tt.want {
				t.Errorf("ParsePaper(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if err != nil && talent.ErrorCode(err) != talent.EINVALID {
				t.Errorf("ParsePaper(%q) code = %q, want %q", tt.in, talent.ErrorCode(err), talent.EINVALID)
			}
			if err != nil && talent.ErrorMessage(err) != `The paper size "`+tt.in+`" is not known; use a4 or letter.` {
				t.Errorf("ParsePaper(%q) message = %q", tt.in, talent.ErrorMessage(err))
			}
		})
	}
}

func TestParseCopy(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Copy
		ok   bool
	}{
		{"mentor", Mentor, true},
		{"OWNER", Owner, true},
		{"boss", Mentor, false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseCopy(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("ParseCopy(%q) error = %v, want ok %v", tt.in, err, tt.ok)
			}
			if got != tt.want {
				t.Errorf("ParseCopy(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPaperAndCopyNames(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{A4.String(), "a4"}, {Letter.String(), "letter"}, {Mentor.String(), "mentor"}, {Owner.String(), "owner"},
	} {
		if tt.got != tt.want {
			t.Errorf("name = %q, want %q", tt.got, tt.want)
		}
	}
	for _, p := range []Paper{A4, Letter} {
		if back, err := ParsePaper(p.String()); err != nil || back != p {
			t.Errorf("ParsePaper(%q) = %v, %v; want %v", p.String(), back, err, p)
		}
	}
}

func TestChoosePaper(t *testing.T) {
	for _, tt := range []struct {
		name, preference, locale string
		want                     Paper
		ok                       bool
	}{
		{"preference over locale", "a4", "en_US.UTF-8", A4, true},
		{"letter preference over locale", "Letter", "en_GB.UTF-8", Letter, true},
		{"no preference, US locale", "", "en_US.UTF-8", Letter, true},
		{"no preference, German locale", " ", "de_DE.UTF-8", A4, true},
		{"no preference, no locale", "", "", A4, true},
		{"unknown preference", "a5", "en_US.UTF-8", A4, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ChoosePaper(tt.preference, tt.locale)
			if (err == nil) != tt.ok {
				t.Fatalf("ChoosePaper(%q, %q) error = %v, want ok %v", tt.preference, tt.locale, err, tt.ok)
			}
			if got != tt.want {
				t.Errorf("ChoosePaper(%q, %q) = %v, want %v", tt.preference, tt.locale, got, tt.want)
			}
			if err != nil && talent.ErrorCode(err) != talent.EINVALID {
				t.Errorf("ChoosePaper(%q, %q) code = %q, want %q", tt.preference, tt.locale, talent.ErrorCode(err), talent.EINVALID)
			}
		})
	}
}

func TestEnvLocale(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		lcAll, lcPaper, lang string
		want                 string
	}{
		{"LC_ALL wins", "en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "en_US.UTF-8"},
		{"then LC_PAPER", "", "en_CA.UTF-8", "en_GB.UTF-8", "en_CA.UTF-8"},
		{"then LANG", "", "", "el_GR.UTF-8", "el_GR.UTF-8"},
		{"none", "", "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LC_ALL", tt.lcAll)
			t.Setenv("LC_PAPER", tt.lcPaper)
			t.Setenv("LANG", tt.lang)
			if got := EnvLocale(); got != tt.want {
				t.Errorf("EnvLocale() = %q, want %q", got, tt.want)
			}
		})
	}
}
