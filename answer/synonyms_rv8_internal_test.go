package answer

import (
	"strings"
	"testing"
)

// A line of synonymGroups whose stems another line already holds adds no
// pair (synonyms links every two stems of a line): it is a duplicate left
// by an edit, as "fake ... phony" was beside its longer line.
func TestSynonymGroupsNoRedundantLine(t *testing.T) {
	var lines [][]string
	for _, line := range strings.Split(synonymGroups, "\n") {
		if st := stemsOf(line); len(st) > 1 {
			lines = append(lines, st)
		}
	}
	for i, a := range lines {
		for j, b := range lines {
			if i == j {
				continue
			}
			in := map[string]bool{}
			for _, s := range b {
				in[s] = true
			}
			all := true
			for _, s := range a {
				all = all && in[s]
			}
			if all && (len(a) < len(b) || i > j) {
				t.Errorf("synonymGroups line %v adds nothing: line %v holds its stems", a, b)
			}
		}
	}
}
