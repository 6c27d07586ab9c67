package ingest

// NOTE for the ingest engineer: the lead wrote this minimal entry point so
// that cmd/newsbot (add, demo) can be wired now. You own it: replace the
// body freely (binary/size/format checks, HTML), keep the AddReader
// signature, which cmd/newsbot and the bot call.

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"

	"github.com/newsbot/newsbot"
)

// AddReader reads one source named name (a file name with its extension,
// or "-" for stdin) from r, cleans it, and stores it in the guild.
func (ing *Ingester) AddReader(ctx context.Context, guild, name string, r io.Reader, m Meta) (*Result, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is larger than %d MB: newsbot takes article-sized text files", name, MaxSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is empty: give a file with the article's text", name)
	}
	var c *Cleaned
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		c, err = CleanMarkdown(string(data))
	default:
		c, err = CleanText(string(data))
	}
	if err != nil {
		return nil, err
	}
	return ing.AddCleaned(ctx, guild, c, m)
}
