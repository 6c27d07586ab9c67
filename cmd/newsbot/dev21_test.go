package main

import "testing"

// TestPlantedDev21EndToEnd plants each paragraph of branch i11s's fresh set
// (retrieval/planted/testdata/dev21.jsonl, see README-dev21.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// answer step on wordings it was not tuned on.
func TestPlantedDev21EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev21", 40, t.Logf)
}
