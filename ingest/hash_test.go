package ingest

import "testing"

func TestHashIgnoresStyle(t *testing.T) {
	if Hash("Russia\u2019s  STRIKES \u2014 `now`") != Hash("russia's strikes - 'now'") {
		t.Error("copies that differ in case, spacing, quote and dash style hash differently")
	}
	if Hash("Russia's strikes") == Hash("Russia's strike") {
		t.Error("different texts hash alike")
	}
}
