package postgres_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot/store/storetest"
)

// TestGuildKeys checks what distributing the schema by guild with Citus
// needs (docs/postgres.md): every primary key, unique constraint and
// foreign key of every table holds the guild column, and every table but
// the two reference tables has one.
func TestGuildKeys(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenPostgres(t)
	rows, err := db.Pool().Query(ctx, `
		SELECT c.relname, k.conname, k.contype::text,
			EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'guild' AND a.attnum = ANY (k.conkey))
		FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
		WHERE c.relnamespace = current_schema()::regnamespace AND k.contype IN ('p', 'u', 'f')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	keyed := map[string]bool{}
	n := 0
	for rows.Next() {
		var table, name, kind string
		var hasGuild bool
		if err := rows.Scan(&table, &name, &kind, &hasGuild); err != nil {
			t.Fatal(err)
		}
		n++
		if table == "embedding_model" || table == "schema_migrations" {
			continue // reference tables: copied to every node
		}
		if !hasGuild {
			t.Errorf("%s: constraint %s (%s) does not hold the guild", table, name, kind)
		}
		if kind == "p" {
			keyed[table] = true
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	tables, err := db.Pool().Query(ctx, `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)
	if err != nil {
		t.Fatal(err)
	}
	defer tables.Close()
	for tables.Next() {
		var table string
		if err := tables.Scan(&table); err != nil {
			t.Fatal(err)
		}
		if !keyed[table] && table != "embedding_model" && table != "schema_migrations" && table != "aliases" {
			t.Errorf("%s has no primary key holding the guild", table)
		}
	}
	if n < 20 {
		t.Fatalf("only %d constraints found: the query reads the wrong schema", n)
	}
}
