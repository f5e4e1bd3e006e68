//go:build !unix

package sink

import "time"

// CPUTime is the user and system CPU time this process has used, or 0
// where the platform does not say.
func CPUTime() time.Duration { return 0 }
