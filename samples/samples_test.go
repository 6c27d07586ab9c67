package samples_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/samples"
)

func TestArticles(t *testing.T) {
	as := samples.Articles()
	if len(as) == 0 {
		t.Fatal("no embedded sample")
	}
	for _, a := range as {
		if !strings.HasSuffix(a.Name, ".txt") || len(a.Text) < 1000 {
			t.Errorf("%s: %d bytes", a.Name, len(a.Text))
		}
		if a.Outlet == "" || len(a.Published) != len("2006-01-02") {
			t.Errorf("%s: metadata missing: %+v", a.Name, a)
		}
	}
}
