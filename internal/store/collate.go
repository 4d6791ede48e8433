package store

import (
	"database/sql/driver"

	"golang.org/x/text/unicode/norm"
	"modernc.org/sqlite"

	"leadbridge/internal/talent"
)

// Names are matched and sorted by talent's one rule. SQLite's own NOCASE folds ASCII
// only, which put "Ådne" and "Émile" after "Zoë"; so the store registers the rule with
// the driver, for every connection it opens: the collation FOLD orders text as
// talent.CompareNames does (indexes and ORDER BY use it). For migrations that bring text
// stored under an older rule to the current one, the function fold_key(text) is
// talent.FoldKey and nfc(text) composes text as it is composed on the way in.
func init() {
	sqlite.MustRegisterCollationUtf8("FOLD", talent.CompareNames)
	sqlite.MustRegisterDeterministicScalarFunction("fold_key", 1, textFunc(talent.FoldKey))
	sqlite.MustRegisterDeterministicScalarFunction("nfc", 1, textFunc(norm.NFC.String))
}

// textFunc makes f a one-argument SQL function; NULL and values other than text pass
// through unchanged.
func textFunc(f func(string) string) func(*sqlite.FunctionContext, []driver.Value) (driver.Value, error) {
	return func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		if s, ok := args[0].(string); ok {
			return f(s), nil
		}
		return args[0], nil
	}
}
