//go:build unix

package sink

import (
	"syscall"
	"time"
)

// CPUTime is the user and system CPU time this process has used, or 0
// where the platform does not say.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
