package main

import "testing"

// TestPlantedDev15EndToEnd runs branch i11j's fresh set (see
// retrieval/planted/testdata/README-dev15.md; never fitted on) end to end
// as TestBlind3EndToEnd does. Leaks are logged, not failed: the set
// measures how the detector generalises.
func TestPlantedDev15EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev15", 30, t.Logf)
}

// TestPlantedDev14EndToEnd runs branch i11i's fresh set (see
// retrieval/planted/testdata/README-dev14.md; never fitted on) end to end.
// Leaks are logged, not failed.
func TestPlantedDev14EndToEnd(t *testing.T) {
	plantedEndToEnd(t, "dev14", 30, t.Logf)
}
