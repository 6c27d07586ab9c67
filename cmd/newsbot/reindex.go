package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/embedding"
	"github.com/newsbot/newsbot/retrieval"
)

func init() {
	commands["reindex"] = command{
		usage: "reindex [--force] [--batch N] [--fake-embed]",
		help:  "compute embeddings for stored chunks (needs NEWSBOT_EMBED_MODEL; resumable)",
		run:   runReindex,
	}
}

func runReindex(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "reindex")
	force := fs.Bool("force", false, "drop every stored vector and embed all chunks again")
	batch := fs.Int("batch", 64, "chunks embedded and committed together")
	fake := fs.Bool("fake-embed", false, "use the offline hashing embedder (NOT a real model; for trying the code path)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("reindex", pos, "'newsbot reindex' embeds the stored chunks that have no vector yet (--force: every chunk)"); err != nil {
		return err
	}
	if *batch < 1 || *batch > 2048 {
		return newsbot.Errorf(newsbot.EINVALID, "--batch must be between 1 and 2048")
	}
	var emb retrieval.Embedder = embedding.Hashing{}
	if !*fake {
		c, err := newEmbedder(env)
		if err != nil {
			return err
		} else if c == nil {
			return newsbot.Errorf(newsbot.EINVALID, "no embedding model configured: set NEWSBOT_EMBED_MODEL (and OPENAI_BASE_URL for a local server), or pass --fake-embed to try the code path")
		}
		emb = c
	}
	db, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer db.Close()
	if !*fake {
		// The first request may be retried for a while if the server is
		// down: say what is being waited for.
		base := strings.TrimSpace(env.Getenv("OPENAI_BASE_URL"))
		if base == "" {
			base = "OpenAI"
		}
		fmt.Fprintf(env.Stderr, "embedding with %s at %s (a failed request is retried several times; Ctrl-C stops, finished batches are kept)\n", emb.Model(), base)
	}
	prevModel, _, err := db.EmbeddingModel(ctx)
	if err != nil {
		return err
	}
	bar := newProgress(env, "embedding", "chunks", 0)
	ix := &retrieval.Indexer{Vectors: db, Embedder: emb, BatchSize: *batch, Progress: bar.Set}
	st, err := ix.Reindex(ctx, *force)
	bar.Finish()
	if err != nil {
		if st != nil && st.Embedded > 0 {
			fmt.Fprintf(env.Stderr, "newsbot reindex: %d chunks were embedded and kept; run 'newsbot reindex' again to continue\n", st.Embedded)
		}
		return err
	}
	total, have, err := db.CountChunks(ctx, "")
	if err != nil {
		return err
	}
	if total == 0 {
		fmt.Fprintf(env.Stdout, "No chunks are stored yet: add articles first (newsbot add FILE).\n")
		return nil
	}
	if st.Reset && prevModel != "" && prevModel != st.Model {
		fmt.Fprintf(env.Stdout, "Dropped the vectors of the previous model (%s).\n", prevModel)
	} else if st.Reset && prevModel != "" {
		fmt.Fprintf(env.Stdout, "Dropped the stored vectors (--force) and embedded every chunk again.\n")
	}
	fmt.Fprintf(env.Stdout, "Embedded %d chunks with %s, %d dimensions; %d of %d chunks have vectors.\n",
		st.Embedded, st.Model, st.Dim, have, total)
	if *fake {
		// ask and search embed questions with NEWSBOT_EMBED_MODEL only.
		fmt.Fprintf(env.Stdout, "ask and search keep to keyword search: these vectors are for trying the code path; with NEWSBOT_EMBED_MODEL set, 'newsbot reindex' replaces them.\n")
	}
	return nil
}
