package main

import "testing"

// TestPlantedDev23EndToEnd plants each paragraph of branch i11u's fresh set
// (retrieval/planted/testdata/dev23.jsonl, see README-dev23.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// whole pipeline on wordings it was not tuned on.
func TestPlantedDev23EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev23", 40, t.Logf)
}
