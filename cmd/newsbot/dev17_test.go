package main

import "testing"

// TestPlantedDev17EndToEnd plants each paragraph of branch i11m's fresh set
// (retrieval/planted/testdata/dev17.jsonl, see README-dev17.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// second line of defence, the answer step, on wordings it was not tuned on.
func TestPlantedDev17EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev17", 40, t.Logf)
}
