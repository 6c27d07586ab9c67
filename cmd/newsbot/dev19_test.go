package main

import "testing"

// TestPlantedDev19EndToEnd plants each paragraph of branch i11p's fresh set
// (retrieval/planted/testdata/dev19.jsonl, see README-dev19.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// second line of defence, the answer step, on wordings it was not tuned on.
func TestPlantedDev19EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev19", 40, t.Logf)
}
