package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"
)

// TempSchemaURL creates a new, empty schema in the database at base and
// returns a URL whose connections use it (search_path), with a drop
// function that removes the schema and everything in it. Tests and
// temporary stores (eval, bench) use it to stay apart from other data.
func TempSchemaURL(ctx context.Context, base, prefix string) (string, func(), error) {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", nil, fmt.Errorf("connect to postgres: %s", redact(err))
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := prefix + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	drop := func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, fmt.Errorf("parse postgres url: %s", redact(err))
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}

// OpenTemp opens a store in a new schema of the database at base (see
// TempSchemaURL); cleanup closes it and drops the schema.
func OpenTemp(ctx context.Context, base string) (db *DB, cleanup func(), err error) {
	u, drop, err := TempSchemaURL(ctx, base, "newsbot_tmp_")
	if err != nil {
		return nil, nil, err
	}
	if db, err = Open(ctx, u); err != nil {
		drop()
		return nil, nil, err
	}
	return db, func() { db.Close(); drop() }, nil
}
