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

// TestPlantedDev21bEndToEnd runs branch i11s's second fresh set (written
// after the branch's answer-step checks, committed before its first run;
// see retrieval/planted/testdata/README-dev21.md) end to end. Leaks are
// logged, not failed.
func TestPlantedDev21bEndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev21b", 20, t.Logf)
}
