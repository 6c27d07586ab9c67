package postgres

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// This file writes articles and their derived rows in bulk: whatever the
// number of articles, one statement (or one COPY) per table, so that a
// batch of CreateDocuments costs a handful of round trips and the server
// plans each statement once, instead of one INSERT per sentence, claim,
// alias and chunk. Each chunk's full-text vector is written in Go
// (tsquery.go) and sent as tsvector text with it.
//
// A batch is stored whole or not at all: a row PostgreSQL would refuse (a
// NUL byte or invalid UTF-8 in any text) is found before anything is sent
// and refuses the whole batch with an EINVALID error naming the article;
// any error of the server rolls the whole batch back.

// checkDocuments refuses documents holding text PostgreSQL cannot store.
func checkDocuments(docs []*newsbot.Document) error {
	for i, d := range docs {
		if field := badText(d); field != "" {
			return newsbot.Errorf(newsbot.EINVALID,
				"article %d of %d (%q): its %s holds a NUL byte or invalid UTF-8, which PostgreSQL cannot store; nothing of this batch was stored",
				i+1, len(docs), clip(d.Article.Title, 60), field)
		}
	}
	return nil
}

// badText names the first field of d that PostgreSQL's text type refuses,
// or returns "".
func badText(d *newsbot.Document) string {
	a := &d.Article
	for _, f := range []struct{ name, s string }{
		{"guild", a.Guild}, {"title", a.Title}, {"standfirst", a.Standfirst}, {"outlet", a.Outlet}, {"URL", a.URL},
		{"date", a.Published}, {"byline", a.Byline}, {"added_by", a.AddedBy}, {"hash", a.Hash}, {"text", a.Text},
	} {
		if !storable(f.s) {
			return f.name
		}
	}
	for _, c := range d.Chunks {
		if !storable(c.Text) {
			return "chunk text"
		}
	}
	for _, c := range d.Claims {
		for _, s := range []string{c.Speaker, c.Role, c.Via, c.Cue, c.When, c.Date, rowcodec.JoinRelays(c)} {
			if !storable(s) {
				return "claim of " + clip(c.Speaker, 40)
			}
		}
	}
	for _, al := range d.Aliases {
		if !storable(al.Name) || !storable(al.Alias) {
			return "alias"
		}
	}
	return ""
}

func storable(s string) bool { return utf8.ValidString(s) && !strings.ContainsRune(s, 0) }

func clip(s string, n int) string {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// insertArticles inserts the article rows of docs in one statement,
// stamping AddedAt where unset, and returns each one's new id: 0 for a
// document whose content hash its guild already has, or that an earlier
// document of docs has.
func (db *DB) insertArticles(ctx context.Context, tx pgx.Tx, docs []*newsbot.Document) ([]int64, error) {
	n := len(docs)
	var (
		guild, title, standfirst, outlet, url, published, byline, addedBy, hash, text = make([]string, 0, n), make([]string, 0, n),
			make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n),
			make([]string, 0, n), make([]string, 0, n), make([]string, 0, n)
		nChunks, nClaims, setAside, checkedBy []int32
		added                                 = make([]any, 0, n)
	)
	first := map[string]int{} // guild and hash -> index of its first document
	for i, d := range docs {
		a := &d.Article
		a.AddedAt = db.stamp(a.AddedAt)
		key := a.Guild + "\x00" + a.Hash
		if _, dup := first[key]; dup {
			continue
		}
		first[key] = i
		guild, title, standfirst, outlet = append(guild, a.Guild), append(title, a.Title), append(standfirst, a.Standfirst), append(outlet, a.Outlet)
		url, published, byline, addedBy = append(url, a.URL), append(published, a.Published), append(byline, a.Byline), append(addedBy, a.AddedBy)
		hash, text, added = append(hash, a.Hash), append(text, a.Text), append(added, a.AddedAt)
		nChunks, nClaims, setAside = append(nChunks, int32(len(d.Chunks))), append(nClaims, int32(len(d.Claims))), append(setAside, int32(a.SetAside))
		checkedBy = append(checkedBy, int32(a.CheckedBy))
	}
	rows, err := tx.Query(ctx, `
		INSERT INTO articles (guild, title, standfirst, outlet, url, published, byline, added_at, added_by, hash, text, n_chunks, n_claims, n_set_aside, checked_by)
		SELECT g, ti, sf, o, u, p, b, ad, ab, h, tx, nc, ncl, nsa, cb
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
			$9::text[], $10::text[], $11::text[], $12::int[], $13::int[], $14::int[], $15::int[])
			WITH ORDINALITY AS r(g, ti, sf, o, u, p, b, ad, ab, h, tx, nc, ncl, nsa, cb, n)
		ORDER BY n
		ON CONFLICT (guild, hash) DO NOTHING
		RETURNING id, guild, hash`,
		guild, title, standfirst, outlet, url, published, byline, added, addedBy, hash, text, nChunks, nClaims, setAside, checkedBy)
	if err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	ids := make([]int64, n)
	var id int64
	var g, h string
	_, err = pgx.ForEachRow(rows, []any{&id, &g, &h}, func() error {
		ids[first[g+"\x00"+h]] = id
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	return ids, nil
}

// insertDerivedRows writes the sentences, claims, aliases and chunks of
// the documents whose id is not 0 (ids parallel to docs), one COPY or
// statement per table, and sets the chunks' ids and article ids.
func insertDerivedRows(ctx context.Context, tx pgx.Tx, ids []int64, docs []*newsbot.Document) error {
	var sentences, claims, aliases [][]any
	for i, d := range docs {
		id, guild := ids[i], d.Article.Guild
		if id == 0 {
			continue
		}
		for _, s := range d.Sentences {
			sentences = append(sentences, []any{id, guild, int32(s.Seq), int32(s.Start), int32(s.End), string(s.Kind), s.Planted, int16(s.KeptOut)})
		}
		for _, c := range d.Claims {
			claims = append(claims, []any{id, guild, int32(c.SentenceSeq), c.Speaker, c.Role, c.Via, c.Cue, string(c.CueKind),
				int32(c.ContentStart), int32(c.ContentEnd), c.When, string(c.Kind), int32(c.Unit), rowcodec.JoinRelays(c), c.Date})
		}
		for _, a := range d.Aliases {
			aliases = append(aliases, []any{id, guild, newsbot.AliasKey(a.Name), newsbot.AliasKey(a.Alias)})
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"sentences", []string{"article_id", "guild", "seq", "start", "end", "kind", "planted", "kept_out"}, sentences},
		{"claims", []string{"article_id", "guild", "sentence_seq", "speaker", "role", "via", "cue", "cue_kind",
			"content_start", "content_end", "time_expr", "kind", "unit", "relays", "date"}, claims},
		{"aliases", []string{"article_id", "guild", "name", "alias"}, aliases},
	} {
		if len(t.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			return fmt.Errorf("insert %s: %w", t.table, err)
		}
	}
	return insertChunks(ctx, tx, ids, docs)
}

// insertChunks inserts the chunks of the documents whose id is not 0 in one
// statement, each with its tsvector written here (chunkVector; the
// headline's terms once per article), and sets their ids.
func insertChunks(ctx context.Context, tx pgx.Tx, ids []int64, docs []*newsbot.Document) error {
	var (
		articleID                          []int64
		guild, text, vectors               []string
		seq, firstSeq, lastSeq, start, end []int32
		tokens                             []int32
	)
	type slot struct{ doc, chunk int }
	where := map[[2]int64]slot{} // article id and chunk seq -> the chunk
	vw := newVectorWriter()
	for i, d := range docs {
		if ids[i] == 0 || len(d.Chunks) == 0 {
			continue
		}
		title := vw.terms(d.Article.Title)
		titleTokens := tokenCount(d.Article.Title)
		for j, c := range d.Chunks {
			tokens = append(tokens, int32(titleTokens+tokenCount(c.Text)))
			articleID, guild, text = append(articleID, ids[i]), append(guild, d.Article.Guild), append(text, c.Text)
			vectors = append(vectors, vw.chunkVector(title, c.Text))
			seq, firstSeq, lastSeq = append(seq, int32(c.Seq)), append(firstSeq, int32(c.FirstSeq)), append(lastSeq, int32(c.LastSeq))
			start, end = append(start, int32(c.Start)), append(end, int32(c.End))
			where[[2]int64{ids[i], int64(c.Seq)}] = slot{i, j}
		}
	}
	if len(articleID) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, `
		INSERT INTO chunks (article_id, guild, seq, first_seq, last_seq, start, "end", text, n_tokens, tsv)
		SELECT c.article_id, c.guild, c.seq, c.first_seq, c.last_seq, c.start, c."end", c.text, c.n_tokens, c.v::tsvector
		FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[])
			WITH ORDINALITY AS c(article_id, guild, seq, first_seq, last_seq, start, "end", text, v, n_tokens, n)
		ORDER BY c.n
		RETURNING id, article_id, seq`,
		articleID, guild, seq, firstSeq, lastSeq, start, end, text, vectors, tokens)
	if err != nil {
		return fmt.Errorf("insert chunks: %w", err)
	}
	var id, aid int64
	var s int32
	_, err = pgx.ForEachRow(rows, []any{&id, &aid, &s}, func() error {
		at, ok := where[[2]int64{aid, int64(s)}]
		if !ok {
			return fmt.Errorf("chunk %d of article %d came back unasked", s, aid)
		}
		c := &docs[at.doc].Chunks[at.chunk]
		c.ID, c.ArticleID = id, aid
		return nil
	})
	if err != nil {
		return fmt.Errorf("insert chunks: %w", err)
	}
	return nil
}

// tokenCount counts the words of s as FTS5's unicode61 tokenizer does for
// the SQLite store's BM25 (runs of letters and digits, stop words
// included): a chunk's length for BM25's length normalisation
// (chunks.n_tokens, its headline's words and its text's).
func tokenCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
