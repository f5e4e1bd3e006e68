//go:build !unix

package mailaction

import "os"

// lockSpool does nothing where flock is not available: keeping to one
// notifier per spool folder is then up to the caller.
func lockSpool(dir string) (*os.File, error) { return nil, nil }
