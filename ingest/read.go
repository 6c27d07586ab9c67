package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot"
)

// Read reads one article source and cleans it. name is the file name (its
// extension picks the format: .txt, .md/.markdown, .html/.htm) or "-" for
// standard input, where the format is sniffed. At most limit bytes are read
// (MaxSize when limit <= 0). Empty, binary or oversized input and input with
// no article text give an EINVALID error saying what to do.
func Read(name string, r io.Reader, limit int64) (*Cleaned, error) {
	if limit <= 0 {
		limit = MaxSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is larger than %s; newsbot takes single articles: split the file or give the article's text only", display(name), sizeString(limit))
	}
	return Parse(name, data)
}

// ReadFile reads and cleans the article file at path ("-" is not accepted
// here: use Read with standard input). A missing file is an ENOTFOUND error.
func ReadFile(path string) (*Cleaned, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, newsbot.Errorf(newsbot.ENOTFOUND, "no file %s; check the path", path)
	} else if errors.Is(err, fs.ErrPermission) {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s cannot be read (permission denied); check the file's permissions", path)
	} else if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is a directory; give the article files inside it", path)
	} else if err == nil && st.Size() > MaxSize {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is larger than %s; newsbot takes single articles: split the file or give the article's text only", path, sizeString(MaxSize))
	}
	return Read(path, f, MaxSize)
}

// Parse cleans the article in data, read from a source called name (see
// Read for the formats).
func Parse(name string, data []byte) (*Cleaned, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is empty; give the text of a news article", display(name))
	}
	data, kind := decodeText(data, nil)
	if kind != "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s %s", display(name), describe(kind))
	}
	switch format(name, data) {
	case "html":
		return CleanHTML(data, nil)
	case "markdown":
		return CleanMarkdown(string(data))
	default:
		return CleanText(string(data))
	}
}

// format returns "html", "markdown" or "text" for a source.
func format(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown", ".mdown":
		return "markdown"
	}
	// A saved page is HTML whatever its name says.
	if looksHTML(data) {
		return "html"
	}
	return "text"
}

// looksHTML reports whether data starts like an HTML document.
func looksHTML(data []byte) bool {
	head := strings.ToLower(string(bytes.TrimSpace(data[:min(len(data), 512)])))
	head = strings.TrimPrefix(head, "\ufeff")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<!--"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// magics are signatures of binary formats people upload by mistake.
var magics = []struct{ prefix, kind string }{
	{"%PDF-", "a PDF"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\xd0\xcf\x11\xe0", "an old Microsoft Office file"},
	{"{\\rtf", "an RTF document"},
	{"\x7fELF", "a program"},
	{"MZ", "a Windows program"},
	{"SQLite format 3\x00", "an SQLite database"},
	{"ID3", "an MP3 file"},
	{"OggS", "an Ogg media file"},
	{"\x00\x00\x00", "a media or binary file"},
}

// binaryKind names the binary format of data, or returns "" for UTF-8 text.
func binaryKind(data []byte) string {
	if kind := magicKind(data); kind != "" {
		return kind
	}
	head := data[:min(len(data), 1<<16)]
	if !validUTF8(head, len(head) < len(data)) {
		return "a binary file (it is not UTF-8 text)"
	}
	return ""
}

// magicKind names the binary format of data by its signature or a NUL
// byte anywhere in it, or returns "". UTF-16 text is converted before it is
// asked (fromBOM).
func magicKind(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.kind
		}
	}
	if len(data) >= 12 && string(data[4:8]) == "ftyp" {
		return "a video or HEIC image"
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" {
		return "a media file (WebP, WAV or AVI)"
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "a binary file (it contains NUL bytes)"
	}
	return ""
}

// validUTF8 reports whether b is UTF-8; when b is a prefix cut from longer
// input, a rune split at the end is allowed.
func validUTF8(b []byte, cut bool) bool {
	if utf8.Valid(b) {
		return true
	}
	for i := 1; cut && i < utf8.UTFMax && i < len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return true
		}
	}
	return false
}

// display names a source in messages. A file is "the file": its name is
// shown by the caller, next to the message.
func display(name string) string {
	if name == "-" || name == "" {
		return "standard input"
	}
	return "the file"
}

func sizeString(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
