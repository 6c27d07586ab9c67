package ingest

import (
	"context"
	"io"
)

// AddReader reads one source named name (a file name with its extension, or
// "-" for standard input) from r, cleans it (see Read), and stores it in the
// guild as AddCleaned does. Bad input is an EINVALID error and stores
// nothing.
func (ing *Ingester) AddReader(ctx context.Context, guild, name string, r io.Reader, m Meta) (*Result, error) {
	c, err := Read(name, r, MaxSize)
	if err != nil {
		return nil, err
	}
	return ing.AddCleaned(ctx, guild, c, m)
}
