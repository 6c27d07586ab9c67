//go:build !linux

package bench

import "time"

// processCPU and threadCPU are measured on Linux only; elsewhere they are 0
// and the reports' CPU figures with them.
func processCPU() time.Duration { return 0 }

func threadCPU() time.Duration { return 0 }
