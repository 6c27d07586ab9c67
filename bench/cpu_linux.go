package bench

import (
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// ProcessCPU returns the process's user and system CPU time so far (0
// where it cannot be read).
func ProcessCPU() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// threadCPU returns the calling thread's CPU time so far. The goroutine
// must be locked to its thread (runtime.LockOSThread) for differences to
// mean anything. Unlike wall-clock time, it does not grow while the
// thread waits for a core, so it stays comparable on a busy machine.
// It reads CLOCK_THREAD_CPUTIME_ID, which counts in nanoseconds where
// getrusage counts in scheduler ticks.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

func rusage(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
