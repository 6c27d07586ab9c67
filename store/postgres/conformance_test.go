package postgres_test

import (
	"testing"

	"github.com/newsbot/newsbot/store/storetest"
)

// TestConformance runs the suite every store backend passes, against the
// server named by $NEWSBOT_TEST_POSTGRES (skipped when it is unset).
func TestConformance(t *testing.T) {
	storetest.PostgresURL(t) // skips early, with its reason, when unset
	storetest.Run(t, func(t *testing.T) storetest.Store { return storetest.MustOpenPostgres(t) })
}
