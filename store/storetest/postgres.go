package storetest

import (
	"context"
	"os"
	"testing"

	"github.com/newsbot/newsbot/store/postgres"
)

// PostgresEnv names the variable holding the URL of a PostgreSQL database
// the tests may use (.ci/run sets it; see the README).
const PostgresEnv = "NEWSBOT_TEST_POSTGRES"

// PostgresURL returns a URL of a new, empty schema of the test database
// ($NEWSBOT_TEST_POSTGRES), dropped when the test ends, so that tests and
// test packages running at once never see each other's rows. It skips the
// test, saying why in one line, when the variable is unset.
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		tb.Skip(PostgresEnv + " is not set: PostgreSQL tests skip (.ci/run or 'make test-postgres' starts a server)")
	}
	u, drop, err := postgres.TempSchemaURL(context.Background(), base, "t_")
	if err != nil {
		tb.Fatalf("%s: %v", PostgresEnv, err)
	}
	tb.Cleanup(drop)
	return u
}

// MustOpenPostgres opens a new PostgreSQL store in a schema of its own (see
// PostgresURL) and closes it when the test ends; it skips without
// $NEWSBOT_TEST_POSTGRES.
func MustOpenPostgres(tb testing.TB) *postgres.DB {
	tb.Helper()
	db, err := postgres.Open(context.Background(), PostgresURL(tb))
	if err != nil {
		tb.Fatalf("open postgres store: %v", err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}
