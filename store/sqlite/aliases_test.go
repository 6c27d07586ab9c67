package sqlite_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

// TestAliases stores the aliases of two articles in two guilds, reads them
// both ways in one guild only, and loses them with their article.
func TestAliases(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	d := doc("g1", "Envoy", "The United Nations envoy spoke.", "A U.N. team waited.")
	d.Aliases = []newsbot.Alias{{Name: "United Nations", Alias: "U.N."}, {Name: "Zakaria Malahifji", Alias: "Malahifji"}}
	id, err := db.CreateDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	other := doc("g2", "Envoy", "The UN envoy spoke.")
	other.Aliases = []newsbot.Alias{{Name: "Upper Nile", Alias: "UN"}}
	if _, err := db.CreateDocuments(ctx, []*newsbot.Document{other}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Aliases(ctx, "g1", []string{"un", "malahifji", "nobody"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"un": {"united nations"}, "malahifji": {"zakaria malahifji"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("g1 aliases = %v, want %v", got, want)
	}
	if got, _ := db.Aliases(ctx, "g1", []string{"united nations"}); !reflect.DeepEqual(got["united nations"], []string{"un"}) {
		t.Errorf("reverse lookup = %v", got)
	}
	if got, _ := db.Aliases(ctx, "g2", []string{"un"}); !reflect.DeepEqual(got["un"], []string{"upper nile"}) {
		t.Errorf("g2 aliases = %v", got)
	}
	if err := db.DeleteArticle(ctx, "g1", id); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Aliases(ctx, "g1", []string{"un"}); len(got) != 0 {
		t.Errorf("aliases outlived their article: %v", got)
	}
}
