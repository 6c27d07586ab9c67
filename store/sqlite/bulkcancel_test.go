package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

// cancelAfter is a context that is cancelled once its Err has been asked
// n times, to cancel a bulk load between two of its articles.
type cancelAfter struct {
	context.Context
	mu   sync.Mutex
	n    int
	done chan struct{}
}

func (c *cancelAfter) Done() <-chan struct{} { return c.done }

func (c *cancelAfter) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n--; c.n == 0 {
		close(c.done)
	}
	if c.n <= 0 {
		return context.Canceled
	}
	return nil
}

func TestCreateDocumentsCancelled(t *testing.T) {
	db := storetest.MustOpen(t)
	var docs []*newsbot.Document
	for i := range 20 {
		docs = append(docs, doc("g1", fmt.Sprintf("Story %d", i), "The council met.", "It voted."))
	}
	ctx := &cancelAfter{Context: context.Background(), n: 5, done: make(chan struct{})}
	_, err := db.CreateDocuments(ctx, docs)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("CreateDocuments with a context cancelled midway: %v; want context.Canceled", err)
	}
	if list, _ := db.Articles(context.Background(), "g1"); len(list) != 0 {
		t.Fatalf("%d articles stored by a cancelled bulk load; want none", len(list))
	}
}
