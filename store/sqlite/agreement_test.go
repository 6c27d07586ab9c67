package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/retrieval"
	"github.com/newsbot/newsbot/store/sqlite"
)

// TestRareFirstAgreesWithExact measures, on a large archive a
// 'newsbot bench --keep' run made, how much of the exact top 10 (FTS5
// ranking every matching row) the rare-first search returns. It runs only
// with NEWSBOT_AGREE_DB (the database) and NEWSBOT_AGREE_QUERIES (a
// questions file) set; figures are logged (go test -v), see
// docs/benchmarks.md.
func TestRareFirstAgreesWithExact(t *testing.T) {
	path, qpath := os.Getenv("NEWSBOT_AGREE_DB"), os.Getenv("NEWSBOT_AGREE_QUERIES")
	if path == "" || qpath == "" {
		t.Skip("set NEWSBOT_AGREE_DB and NEWSBOT_AGREE_QUERIES")
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	data, err := os.ReadFile(qpath)
	if err != nil {
		t.Fatal(err)
	}
	const k = 10
	if v := os.Getenv("NEWSBOT_AGREE_RARE"); v != "" {
		var a, b int
		fmt.Sscan(v, &a, &b)
		defer sqlite.SetRareBudgets(a, b)()
	}
	var same, total, top1 int
	var fast, exact time.Duration
	for _, q := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		m := retrieval.KeywordQuery(q)
		if m.Empty() {
			continue
		}
		t0 := time.Now()
		got, err := db.SearchChunks(ctx, "local", m, k)
		fast += time.Since(t0)
		if err != nil {
			t.Fatal(err)
		}
		restore := sqlite.SetSearchLimitsFor(1 << 30)
		t0 = time.Now()
		want, err := db.SearchChunks(ctx, "local", m, k)
		exact += time.Since(t0)
		restore()
		if err != nil {
			t.Fatal(err)
		}
		ids := map[int64]bool{}
		for _, p := range want {
			ids[p.ChunkID] = true
		}
		for _, p := range got {
			if ids[p.ChunkID] {
				same++
			}
		}
		if len(got) > 0 && len(want) > 0 && got[0].ChunkID == want[0].ChunkID {
			top1++
		}
		total += len(want)
	}
	t.Logf("rare-first search returned %d of the %d passages of the exact top %d (%.1f%%); same best passage for %d questions; time %v against %v",
		same, total, k, 100*float64(same)/float64(max(total, 1)), top1, fast, exact)
}
