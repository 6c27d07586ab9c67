package sqlite

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot"
)

// SetSearchLimits lowers the search's limits for one test, so that a
// small corpus exercises the search of a large one: the FTS5 budget (also
// the most rows the rarest phrase may select alone), the rare phrases'
// budget, and the estimator's exact and sampled counts.
func SetSearchLimits(tb testing.TB, budget, exact, sample int) {
	b, r, a, e, s := searchBudget, rareBudget, rareAlone, exactRows, sampleRows
	searchBudget, exactRows, sampleRows = budget, exact, sample
	rareBudget, rareAlone = max(budget/3, 1), budget
	tb.Cleanup(func() { searchBudget, rareBudget, rareAlone, exactRows, sampleRows = b, r, a, e, s })
}

// OrPhrases exposes orPhrases to the tests.
var OrPhrases = orPhrases

// SetSearchLimitsFor sets the FTS5 budget until the returned function is
// called (for loops that compare both searches).
func SetSearchLimitsFor(budget int) func() {
	b := searchBudget
	searchBudget = budget
	return func() { searchBudget = b }
}

// SetRareBudgets sets rareBudget and rareAlone until the returned function
// is called.
func SetRareBudgets(budget, alone int) func() {
	b, a := rareBudget, rareAlone
	rareBudget, rareAlone = budget, alone
	return func() { rareBudget, rareAlone = b, a }
}

// SearchFTS runs a raw FTS5 expression as SearchChunks runs the one its
// keyword query translates to, for tests of other expression shapes.
func (db *DB) SearchFTS(ctx context.Context, guild, match string, k int) ([]newsbot.Passage, error) {
	return db.searchMatch(ctx, guild, match, k)
}
