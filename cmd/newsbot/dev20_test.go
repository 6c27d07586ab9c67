package main

import "testing"

// TestPlantedDev20EndToEnd plants each paragraph of branch i11q's fresh set
// (retrieval/planted/testdata/dev20.jsonl, see README-dev20.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// second line of defence, the answer step, on wordings it was not tuned on.
func TestPlantedDev20EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev20", 40, t.Logf)
}
