package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// termCache keeps how many index rows of a guild's span each phrase
// matches, so that a search does not count them again: the choice of the
// rare phrases and the IDF of the common ones need the figure, and a
// count reads the phrase's doclist. An entry serves while the span has
// grown by less than a tenth since it was counted (an IDF moves little in
// that time). It is safe for concurrent use; the zero value is ready.
type termCache struct {
	mu sync.Mutex
	m  map[termKey]termEntry
}

type termKey struct {
	first  int64 // the span's first row: one guild's
	phrase string
}

type termEntry struct {
	rows int
	last int64 // the span's last row when counted
}

// maxTermEntries bounds the cache; it starts again empty when full.
const maxTermEntries = 50000

// count returns the phrases that match rows of the span, each with its
// estimated row count, and the total of the counts.
func (c *termCache) count(ctx context.Context, conn *sql.Conn, phrases []string, sp span) ([]counted, int, error) {
	est := estimator{conn: conn, span: sp}
	var out []counted
	total := 0
	for _, p := range phrases {
		n, ok := c.get(termKey{sp.first, p}, sp)
		if !ok {
			var err error
			if n, err = est.rows(ctx, p); err != nil {
				return nil, 0, err
			}
			c.put(termKey{sp.first, p}, termEntry{n, sp.last})
		}
		total += n
		if n > 0 {
			out = append(out, counted{p, n})
		}
	}
	return out, total, nil
}

func (c *termCache) get(k termKey, sp span) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	size := e.last - sp.first + 1
	if !ok || sp.last < e.last || (sp.last-e.last)*10 > size {
		return 0, false
	}
	return e.rows, true
}

func (c *termCache) put(k termKey, e termEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxTermEntries {
		c.m = map[termKey]termEntry{}
	}
	c.m[k] = e
}
