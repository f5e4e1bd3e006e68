//go:build unix

package mailaction

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockSpool takes an exclusive lock on the spool folder (on its .lock
// file), so that a second notifier on the folder fails to start rather
// than mail the same failures twice. The kernel drops the lock when the
// file is closed or the process dies, kill -9 included, so a crash never
// leaves the folder locked.
func lockSpool(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, spoolLockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("notifier spool: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s", ErrSpoolInUse, dir)
		}
		return nil, fmt.Errorf("notifier spool: lock %s: %w", dir, err)
	}
	return f, nil
}
