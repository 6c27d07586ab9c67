package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// This file writes many documents with one statement per table: each
// column travels as an array and unnest turns the arrays into rows, so
// that a batch of articles costs two round trips (the articles, then
// their sentences, claims, aliases and chunks in one pipeline) instead of
// one statement per row.

// insertArticles inserts the articles of docs, stamping AddedAt when
// unset, and returns their ids in the order of docs: 0 for an article
// whose content hash its guild already has, or that comes again later in
// docs (the first one is stored).
func (db *DB) insertArticles(ctx context.Context, tx pgx.Tx, docs []*newsbot.Document) ([]int64, error) {
	n := len(docs)
	var (
		guild, title, standfirst, outlet, url, published = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		byline, addedBy, hash, text                      = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		addedAt                                          = make([]time.Time, n)
		nChunks, nClaims, setAside                       = make([]int32, n), make([]int32, n), make([]int32, n)
	)
	for i, d := range docs {
		d.Article.AddedAt = db.stamp(d.Article.AddedAt)
		a := &d.Article
		guild[i], title[i], standfirst[i], outlet[i], url[i], published[i] = a.Guild, a.Title, a.Standfirst, a.Outlet, a.URL, a.Published
		byline[i], addedBy[i], hash[i], text[i], addedAt[i] = a.Byline, a.AddedBy, a.Hash, a.Text, a.AddedAt
		nChunks[i], nClaims[i], setAside[i] = int32(len(d.Chunks)), int32(len(d.Claims)), int32(a.SetAside)
	}
	rows, err := tx.Query(ctx, `INSERT INTO articles (guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text,
			n_chunks, n_claims, n_set_aside)
		SELECT g, t, s, o, u, p, b, at, ab, h, x, nc, ncl, sa
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[],
			$10::text[], $11::text[], $12::int[], $13::int[], $14::int[]) WITH ORDINALITY AS d(g, t, s, o, u, p, b, at, ab, h, x, nc, ncl, sa, ord)
		ORDER BY ord
		ON CONFLICT (guild, hash) DO NOTHING RETURNING id, guild, hash`,
		guild, title, standfirst, outlet, url, published, byline, addedAt, addedBy, hash, text, nChunks, nClaims, setAside)
	if err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	type key struct{ guild, hash string }
	stored := map[key]int64{}
	for rows.Next() {
		var id int64
		var k key
		if err := rows.Scan(&id, &k.guild, &k.hash); err != nil {
			rows.Close()
			return nil, fmt.Errorf("insert articles: %w", err)
		}
		stored[k] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	ids := make([]int64, n)
	for i := range docs {
		k := key{guild[i], hash[i]}
		ids[i] = stored[k]
		delete(stored, k) // a later copy in docs is not stored
	}
	return ids, nil
}

// insertDerivedMany writes the sentences, claims, aliases and chunks of
// the documents whose id is not 0, in one round trip, and sets the
// chunks' ids and article ids.
func insertDerivedMany(ctx context.Context, tx pgx.Tx, docs []*newsbot.Document, ids []int64) error {
	var s struct {
		art             []int64
		guild, kind     []string
		seq, start, end []int32
		planted         []bool
	}
	var c struct {
		art                                                 []int64
		guild, speaker, role, via, cue, cueKind, when, kind []string
		relays, date                                        []string
		seq, cs, ce, unit                                   []int32
	}
	var al struct {
		art                []int64
		guild, name, alias []string
	}
	var k struct {
		art                          []int64
		guild, text, title           []string
		seq, first, last, start, end []int32
	}
	type chunkRef struct {
		doc int
		seq int
	}
	where := map[[2]int64]chunkRef{} // (article id, chunk seq) -> document, chunk index
	for i, d := range docs {
		id := ids[i]
		if id == 0 {
			continue
		}
		g := d.Article.Guild
		for _, x := range d.Sentences {
			s.art, s.guild, s.kind = append(s.art, id), append(s.guild, g), append(s.kind, string(x.Kind))
			s.seq, s.start, s.end, s.planted = append(s.seq, int32(x.Seq)), append(s.start, int32(x.Start)), append(s.end, int32(x.End)), append(s.planted, x.Planted)
		}
		for _, x := range d.Claims {
			c.art, c.guild = append(c.art, id), append(c.guild, g)
			c.speaker, c.role, c.via, c.cue = append(c.speaker, x.Speaker), append(c.role, x.Role), append(c.via, x.Via), append(c.cue, x.Cue)
			c.cueKind, c.when, c.kind = append(c.cueKind, string(x.CueKind)), append(c.when, x.When), append(c.kind, string(x.Kind))
			c.relays, c.date = append(c.relays, rowcodec.JoinRelays(x)), append(c.date, x.Date)
			c.seq, c.cs, c.ce, c.unit = append(c.seq, int32(x.SentenceSeq)), append(c.cs, int32(x.ContentStart)), append(c.ce, int32(x.ContentEnd)), append(c.unit, int32(x.Unit))
		}
		for _, x := range d.Aliases {
			al.art, al.guild = append(al.art, id), append(al.guild, g)
			al.name, al.alias = append(al.name, newsbot.AliasKey(x.Name)), append(al.alias, newsbot.AliasKey(x.Alias))
		}
		for j, x := range d.Chunks {
			k.art, k.guild, k.text, k.title = append(k.art, id), append(k.guild, g), append(k.text, x.Text), append(k.title, d.Article.Title)
			k.seq, k.first, k.last = append(k.seq, int32(x.Seq)), append(k.first, int32(x.FirstSeq)), append(k.last, int32(x.LastSeq))
			k.start, k.end = append(k.start, int32(x.Start)), append(k.end, int32(x.End))
			where[[2]int64{id, int64(x.Seq)}] = chunkRef{i, j}
		}
	}
	if len(where) == 0 && len(s.art) == 0 && len(c.art) == 0 && len(al.art) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO sentences (article_id, guild, seq, start, "end", kind, planted)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::bool[])`,
		s.art, s.guild, s.seq, s.start, s.end, s.kind, s.planted)
	b.Queue(`INSERT INTO claims (article_id, guild, sentence_seq, speaker, role, via, cue, cue_kind, content_start, content_end, time_expr, kind,
			unit, relays, date)
		SELECT a, g, sq, sp, r, v, cu, ck, cs, ce, w, kd, un, rl, dt FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[],
			$11::text[], $12::text[], $13::int[], $14::text[], $15::text[]) WITH ORDINALITY AS u(a, g, sq, sp, r, v, cu, ck, cs, ce, w, kd, un, rl, dt, ord)
		ORDER BY ord`,
		c.art, c.guild, c.seq, c.speaker, c.role, c.via, c.cue, c.cueKind, c.cs, c.ce, c.when, c.kind, c.unit, c.relays, c.date)
	b.Queue(`INSERT INTO aliases (article_id, guild, name, alias) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])`,
		al.art, al.guild, al.name, al.alias)
	// A chunk's tsv is its article's headline (weight B) and its body
	// (weight A), as SQLite weights them 0.5 and 1.0.
	b.Queue(`INSERT INTO chunks (article_id, guild, seq, first_seq, last_seq, start, "end", text, tsv)
		SELECT a, g, sq, f, l, st, en, x, setweight(to_tsvector('english', ti), 'B') || setweight(to_tsvector('english', x), 'A')
		FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[])
			WITH ORDINALITY AS u(a, g, sq, f, l, st, en, x, ti, ord)
		ORDER BY ord
		RETURNING id, article_id, seq`,
		k.art, k.guild, k.seq, k.first, k.last, k.start, k.end, k.text, k.title)
	res := tx.SendBatch(ctx, b)
	defer res.Close()
	for _, what := range []string{"sentences", "claims", "aliases"} {
		if _, err := res.Exec(); err != nil {
			return fmt.Errorf("insert %s: %w", what, err)
		}
	}
	rows, err := res.Query()
	if err != nil {
		return fmt.Errorf("insert chunks: %w", err)
	}
	for rows.Next() {
		var id, art int64
		var seq int32
		if err := rows.Scan(&id, &art, &seq); err != nil {
			rows.Close()
			return fmt.Errorf("insert chunks: %w", err)
		}
		r := where[[2]int64{art, int64(seq)}]
		docs[r.doc].Chunks[r.seq].ID = id
		docs[r.doc].Chunks[r.seq].ArticleID = art
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("insert chunks: %w", err)
	}
	return res.Close()
}
