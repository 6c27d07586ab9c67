package sqlite_test

import (
	"testing"

	"github.com/newsbot/newsbot/store/storetest"
)

// TestConformance runs the suite every store backend passes.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return storetest.MustOpen(t) })
}
