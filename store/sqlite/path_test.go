package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenPathWithURIDelimiters: a database path holding the characters a
// "file:" URI treats as delimiters opens (and creates) exactly the file
// named, which a second Open finds migrated.
func TestOpenPathWithURIDelimiters(t *testing.T) {
	for _, name := range []string{"a#01", "q?x=1", "pct%20", "both#?%"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), name)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "news.db")
			ctx := context.Background()
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("open %q: %v", path, err)
			}
			db.Close()
			if _, err := os.Stat(path); err != nil {
				t.Fatalf("the file named was not created: %v", err)
			}
			v, err := ReadSchemaVersion(ctx, path)
			if err != nil || v == 0 {
				t.Fatalf("ReadSchemaVersion(%q) = %d, %v; want the migrated version", path, v, err)
			}
		})
	}
}
