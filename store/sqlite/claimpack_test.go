package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsbot/newsbot"
)

func TestPackClaimsRoundTrip(t *testing.T) {
	claims := []newsbot.Claim{
		{SentenceSeq: 3, Speaker: "Anna Kowalski", Role: "minister", Cue: "said", CueKind: newsbot.CueKind("says"),
			ContentStart: 120, ContentEnd: 180, When: "on Tuesday", Kind: newsbot.ClaimKind("quote"), Unit: 1, Date: "2026-11-03"},
		{SentenceSeq: 4, Speaker: "Anna Kowalski", Via: "TASS", Relays: []string{"TASS", "the Kyiv Independent"}, Cue: "said",
			ContentStart: 190, ContentEnd: 260, Unit: 1},
		{SentenceSeq: 2, ContentStart: 50, ContentEnd: 40, Unit: 0},                                                     // back in seq; an end before the start
		{SentenceSeq: 9, Speaker: "Ministère de l’Intérieur", Via: "AFP", ContentStart: 1 << 22, ContentEnd: 1<<22 + 5}, // relays absent: via is the chain
	}
	var p claimPacker
	b := p.pack(claims)
	got, err := unpackClaims(7, b)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]newsbot.Claim, len(claims))
	for i, c := range claims {
		c.ID, c.ArticleID, c.LastSeq = 7<<claimIDShift|int64(i), 7, c.SentenceSeq
		if c.Relays == nil && c.Via != "" {
			c.Relays = []string{c.Via}
		}
		want[i] = c
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if again := p.pack(claims[:1]); len(again) >= len(b) {
		t.Errorf("one claim packs to %d bytes, four to %d: the packer kept the previous article", len(again), len(b))
	}
	for _, bad := range [][]byte{b[:len(b)-1], append(append([]byte{}, b...), 0), {9, 0, 0}, {claimPackVersion, 1, 200}} {
		if _, err := unpackClaims(1, bad); err == nil {
			t.Errorf("no error for malformed blob % x", bad)
		}
	}
	if cs, err := unpackClaims(1, nil); err != nil || cs != nil {
		t.Errorf("empty blob = %v, %v", cs, err)
	}
}

// TestMigrateClaimsPacked opens a database whose claims are a row each (the
// layout before migration 0016) and checks that they are packed by
// themselves, in their order, and read, exported and deleted as before.
func TestMigrateClaimsPacked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	const text = "Tanks crossed the river at dawn, the army said. \"We will stay,\" the mayor said. TASS cited an official."
	if _, err := db.db.ExecContext(ctx, `
		DROP TABLE article_claims;
		CREATE TABLE claims (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
			sentence_seq INTEGER NOT NULL, speaker TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', via TEXT NOT NULL DEFAULT '',
			cue TEXT NOT NULL DEFAULT '', cue_kind TEXT NOT NULL DEFAULT '', content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
			time_expr TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', unit INTEGER NOT NULL DEFAULT 0,
			relays TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '');
		CREATE INDEX claims_article ON claims (article_id, sentence_seq);
		INSERT INTO articles (id, guild, title, added_at, hash, text, n_chunks, n_claims) VALUES (1, 'g', 'River', '2026-01-01T00:00:00Z', 'h', ?, 0, 3);
		INSERT INTO article_sentences (article_id, packed) VALUES (1, ?);
		INSERT INTO claims (id, article_id, sentence_seq, speaker, cue, content_start, content_end, via, relays) VALUES
			(5, 1, 1, 'the mayor', 'said', 49, 62, '', ''),
			(3, 1, 0, 'the army', 'said', 0, 31, 'TASS', ''),
			(9, 1, 2, 'an official', 'cited', 80, 101, 'TASS', 'TASS'),
			(4, 1, 1, 'the mayor', 'said', 49, 62, 'Interfax', 'Interfax' || char(10) || 'TASS');
		PRAGMA user_version = 15;`, text, packSentences(nil, []newsbot.Sentence{
		{Seq: 0, Start: 0, End: 47, Kind: newsbot.KindBody}, {Seq: 1, Start: 48, End: 79, Kind: newsbot.KindBody},
		{Seq: 2, Start: 80, End: 102, Kind: newsbot.KindBody}})); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer db.Close()
	cs, err := db.Claims(ctx, "g", newsbot.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got [][2]string
	for _, c := range cs {
		got = append(got, [2]string{c.Speaker, c.Via})
	}
	want := [][2]string{{"the army", "TASS"}, {"the mayor", "Interfax"}, {"the mayor", ""}, {"an official", "TASS"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("claims after migrating = %v; want %v (article order, then sentence, then the order added)", got, want)
	}
	if cs[0].Content != "Tanks crossed the river at dawn" || cs[1].Sentence != `"We will stay," the mayor said.` ||
		!reflect.DeepEqual(cs[1].Relays, []string{"Interfax", "TASS"}) || !reflect.DeepEqual(cs[0].Relays, []string{"TASS"}) {
		t.Errorf("claim text or relays after migrating: %+v", cs[:2])
	}
	if lim, _ := db.Claims(ctx, "g", newsbot.ClaimFilter{Limit: 2}); len(lim) != 2 {
		t.Errorf("Limit 2 gave %d claims", len(lim))
	}
	var rows int
	if err := db.ExportTable(ctx, "claims", 2, func(r [][]any) error { rows += len(r); return nil }); err != nil || rows != 4 {
		t.Errorf("export: %d rows, %v", rows, err)
	}
	if n, err := db.ExportCount(ctx, "claims"); err != nil || n != 4 {
		t.Errorf("export count: %d, %v; want 4, as ExportTable gives", n, err)
	}
	if err := db.DeleteArticle(ctx, "g", 1); err != nil {
		t.Fatal(err)
	}
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM article_claims`).Scan(&rows); err != nil || rows != 0 {
		t.Fatalf("packed claims left after delete: %d, %v", rows, err)
	}
}
