//go:build !windows

package report

import "os"

// EnvLocale is the user's locale for paper sizes as the environment gives it: LC_ALL,
// else LC_PAPER, else LANG, as the C library reads them.
func EnvLocale() string {
	for _, v := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return ""
}
