package ingest

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Text arrives in several encodings. The rules, in order:
//   - a byte-order mark decides: UTF-16 (little or big endian) is converted,
//     a UTF-8 mark is dropped;
//   - a NUL byte anywhere, or the signature of a binary format, refuses
//     the input (NUL bytes have no place in an article, and a text that
//     holds them may hide what is shown);
//   - valid UTF-8 is kept as it is;
//   - a declared legacy charset (a web page's) is honoured;
//   - text that is UTF-8 but for a few stray bytes (more valid multibyte
//     characters than invalid bytes) keeps its UTF-8, and only the invalid
//     bytes become U+FFFD, so that one bad byte cannot turn “Zürich” into
//     â€œZÃ¼rich;
//   - text that is clearly not UTF-8 and nearly all printable ASCII is read
//     as Windows-1252 (a superset of Latin-1, as browsers read it);
//   - anything else is binary.

// decodeText returns data as UTF-8 text, or the kind of binary file it is
// (see magicKind) and nil. legacy is a declared charset's decoder (nil when
// none was declared or the declaration says UTF-8).
func decodeText(data []byte, legacy encoding.Encoding) ([]byte, string) {
	data = fromBOM(data)
	if kind := magicKind(data); kind != "" {
		return nil, kind
	}
	if utf8.Valid(data) {
		return data, ""
	}
	if legacy != nil {
		if out, err := legacy.NewDecoder().Bytes(data); err == nil {
			return out, ""
		}
	}
	multi, invalid := utf8Census(data)
	switch {
	case multi > 0 && multi >= invalid:
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), ""
	case mostlyASCII(data):
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return out, ""
		}
	}
	return nil, "a binary file (it is not UTF-8 text)"
}

// fromBOM converts UTF-16 text with a byte-order mark to UTF-8 and drops a
// UTF-8 byte-order mark; other input is returned unchanged.
func fromBOM(data []byte) []byte {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order = unicode.BigEndian
	default:
		return data
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data[2:])
	if err != nil {
		return data
	}
	return out
}

// utf8Census counts the valid multibyte UTF-8 characters of data and its
// bytes that are not part of a valid character.
func utf8Census(data []byte) (multi, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		multi++
		i += n
	}
	return multi, invalid
}

// mostlyASCII reports whether nine bytes in ten of data are printable
// ASCII or line breaks and tabs.
func mostlyASCII(data []byte) bool {
	ascii := 0
	for _, b := range data {
		if b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t' {
			ascii++
		}
	}
	return ascii*10 >= len(data)*9
}
