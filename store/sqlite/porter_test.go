package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/store/internal/ftstoken"
)

// TestPorterStemMatchesFTS5 indexes words with FTS5's porter tokenizer and
// checks that ftstoken.Stem (shared with the PostgreSQL store) finds the term FTS5 stored for every one of them:
// the Go scoring of common terms (topk.go) must see the index's terms.
func TestPorterStemMatchesFTS5(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "porter.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.db.ExecContext(ctx, `CREATE VIRTUAL TABLE w USING fts5 (x, tokenize = 'porter unicode61 remove_diacritics 2');
		CREATE VIRTUAL TABLE wv USING fts5vocab (w, instance)`); err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(porterWords)
	for i, w := range words {
		if _, err := db.db.ExecContext(ctx, `INSERT INTO w (rowid, x) VALUES (?, ?)`, i+1, w); err != nil {
			t.Fatal(err)
		}
	}
	for i, w := range words {
		var term string
		err := db.db.QueryRowContext(ctx, `SELECT term FROM wv WHERE doc = ?`, i+1).Scan(&term)
		if err != nil {
			t.Fatalf("%q: %v", w, err)
		}
		if got := ftstoken.Stem(w); got != term {
			t.Errorf("ftstoken.Stem(%q) = %q; FTS5 stores %q", w, got, term)
		}
	}
}

// porterWords are words of news text with every rule of the algorithm.
const porterWords = `caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled
sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational
valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication
operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative
formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable
defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti
homologous effective bowdlerize probate rate cease controll roll generalizations oscillators said says
reported reporting president presidential government governments officials strikes striking killed
analogy archaeology biology united states people year years according ministry minister ministers
agency agencies police policies economy economic economical trying tried tries flying flies news
sky skies happily happiness relation relations conditionally authorities authority`
