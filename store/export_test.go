package store

import "testing"

// SetSearchLimits lowers the search planner's limits for one test, so that
// a small corpus exercises the plans of a large one.
func SetSearchLimits(tb testing.TB, budget, exact, sample int) {
	b, e, s := searchBudget, exactRows, sampleRows
	searchBudget, exactRows, sampleRows = budget, exact, sample
	tb.Cleanup(func() { searchBudget, exactRows, sampleRows = b, e, s })
}

// OrPhrases exposes orPhrases to the tests.
var OrPhrases = orPhrases
