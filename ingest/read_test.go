package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/storetest"
)

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		code, msg  string
	}{
		{"Empty", "a.txt", nil, newsbot.EINVALID, "empty"},
		{"Blank", "a.txt", []byte(" \n\t\n"), newsbot.EINVALID, "empty"},
		{"PDF", "a.txt", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), newsbot.EINVALID, "looks like a PDF, not text"},
		{"PNG", "photo.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), newsbot.EINVALID, "PNG image"},
		{"ZIP", "a.md", []byte("PK\x03\x04\x14\x00\x06\x00"), newsbot.EINVALID, "ZIP"},
		{"NUL", "a.txt", []byte("Some words\x00and more words here"), newsbot.EINVALID, "NUL"},
		{"HighBytes", "a.txt", []byte("\xe9\xf1\xfa\x81\x93\xa0\xff\xfe\xc3\x28\xd8\xb1\x9f\x92\x80\xe2"), newsbot.EINVALID, "binary"},
		{"OnlyBoilerplate", "a.html", []byte("<html><body><nav>Menu</nav><p>Sign up to our newsletter</p><p>Follow us on Twitter</p></body></html>"), newsbot.EINVALID, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, bytes.NewReader(tt.data), 0)
			if newsbot.ErrorCode(err) != tt.code || !strings.Contains(newsbot.ErrorMessage(err), tt.msg) {
				t.Errorf("err = %v (%s), want %s containing %q", err, newsbot.ErrorCode(err), tt.code, tt.msg)
			}
		})
	}
}

// TestReadLegacyEncoding reads text saved in Windows-1252 (curly quotes,
// accents) as UTF-8.
func TestReadLegacyEncoding(t *testing.T) {
	c, err := Read("a.txt", bytes.NewReader([]byte("Caf\xe9 owners protest\n\n\x93We cannot pay,\x94 said Ren\xe9 Aubry, who has run a caf\xe9 for 22 years.")), 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Café owners protest" || !strings.Contains(c.Text(), "“We cannot pay,” said René Aubry") {
		t.Errorf("title %q text %q", c.Title, c.Text())
	}
}

func TestReadTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("All work and no play makes a dull day. "), MaxSize/39+1)
	_, err := Read("big.txt", bytes.NewReader(big), 0)
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "larger than 10 MB") {
		t.Errorf("err = %v, want EINVALID about 10 MB", err)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(path); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("ReadFile err = %v, want EINVALID", err)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("missing file: err = %v, want ENOTFOUND", err)
	}
	if _, err := ReadFile(dir); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("directory: err = %v, want EINVALID", err)
	}
}

func TestReadSniffsHTML(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "blog.html"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Read("-", bytes.NewReader(data), 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Harbour town votes to ban cruise ships" || strings.Contains(c.Text(), "<p>") {
		t.Errorf("stdin HTML not extracted: title %q", c.Title)
	}
}

// TestAddReaderStore stores fixtures in a real database: each is stored once,
// a copy with other spacing and quote marks is refused as a duplicate, and
// bad input stores nothing.
func TestAddReaderStore(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpen(t)
	ing := New(db)
	data, err := os.ReadFile(filepath.Join("testdata", "wire.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first, err := ing.AddReader(ctx, "g1", "wire.txt", bytes.NewReader(data), Meta{AddedBy: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if first.ID == 0 || first.DuplicateOf != 0 || first.Chunks == 0 {
		t.Fatalf("first add = %+v", first)
	}
	copyData := strings.ReplaceAll(strings.ReplaceAll(string(data), "  ", " "), `"`, "“")
	again, err := ing.AddReader(ctx, "g1", "copy.txt", strings.NewReader(copyData), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if again.DuplicateOf != first.ID {
		t.Errorf("copy: duplicate_of = %d, want %d", again.DuplicateOf, first.ID)
	}
	// Another guild does not see the first guild's article.
	other, err := ing.AddReader(ctx, "g2", "wire.txt", bytes.NewReader(data), Meta{})
	if err != nil || other.DuplicateOf != 0 {
		t.Errorf("other guild: %+v, %v; want a new article", other, err)
	}
	a, err := db.Article(ctx, "g1", first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2024-02-12" || !strings.Contains(a.Byline, "Editing by Andrew Heavens") || strings.Contains(a.Text, "Sign up") {
		t.Errorf("stored article: published %q byline %q", a.Published, a.Byline)
	}
	if _, err := ing.AddReader(ctx, "g1", "x.pdf", strings.NewReader("%PDF-1.4 ..."), Meta{}); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("pdf: err = %v", err)
	}
	list, err := db.Articles(ctx, "g1")
	if err != nil || len(list) != 1 {
		t.Errorf("g1 holds %d articles (%v), want 1", len(list), err)
	}
}
