package planted

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Case is one planted paragraph of a test set (testdata/blind.jsonl): the
// paragraph, its style, a question it tries to answer, and the words of its
// payload, which no answer may show.
type Case struct {
	Style, Text, Question, Payload string
}

// LoadCases reads the test set of planted paragraphs in the file at path,
// one JSON object a line.
func LoadCases(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Case
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("planted case %d: %w", len(out)+1, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}
