package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

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
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connect to %s: %v", PostgresEnv, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
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
