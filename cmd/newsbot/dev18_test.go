package main

import "testing"

// TestPlantedDev18EndToEnd plants each paragraph of branch i11n's fresh set
// (retrieval/planted/testdata/dev18.jsonl, see README-dev18.md there) in
// the middle of the sample article, asks its question with the extractive
// answerer and counts the payloads answered, quoted or stored as a claim
// (plantedEndToEnd). Leaks are logged, not failed: the set measures the
// second line of defence, the answer step, on wordings it was not tuned on.
func TestPlantedDev18EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev18", 40, t.Logf)
}
