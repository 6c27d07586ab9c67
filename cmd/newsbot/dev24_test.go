package main

import "testing"

// TestPlantedDev24EndToEnd plants each paragraph of branch i11v's fresh set
// (retrieval/planted/testdata/dev24.jsonl, see README-dev24.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// whole pipeline on wordings it was not tuned on.
func TestPlantedDev24EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev24", 40, t.Logf)
}
