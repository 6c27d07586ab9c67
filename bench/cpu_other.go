//go:build !linux

package bench

import "time"

// ProcessCPU and threadCPU are measured on Linux only; elsewhere they are
// 0 and the reports' CPU figures with them.
func ProcessCPU() time.Duration { return 0 }

func threadCPU() time.Duration { return 0 }
