package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// queryPlan returns the details of EXPLAIN QUERY PLAN for query, one a
// line.
func queryPlan(t *testing.T, db *DB, query string, args ...any) string {
	t.Helper()
	rows, err := db.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestStoryIDsProbesByID: the story ids of a question's sources are read
// by primary key, not by scanning the guild's index of stories (every
// article of the guild at each question).
func TestStoryIDsProbesByID(t *testing.T) {
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := queryPlan(t, db, storyIDsQuery(3), "g", 1, 2, 3)
	if !strings.Contains(plan, "INTEGER PRIMARY KEY") || strings.Contains(plan, "articles_guild") {
		t.Errorf("story ids plan:\n%s\nwant a search by the integer primary key", plan)
	}
}
