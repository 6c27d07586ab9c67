package main

import "testing"

// TestPlantedDev22EndToEnd plants each paragraph of branch i11t's fresh set
// (retrieval/planted/testdata/dev22.jsonl, see README-dev22.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// whole pipeline on wordings it was not tuned on.
func TestPlantedDev22EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev22", 40, t.Logf)
}
