package mailaction

import (
	"io/fs"
	"os"
	"time"
)

// spoolFS is the file system as the spool uses it. Every call that makes a
// failure durable goes through it, so a test can see the order of writes,
// fsyncs and folder fsyncs before Notify returns, and make a call fail (a
// full disk) or stop half way (a crash in the middle of a write).
type spoolFS interface {
	// OpenFile opens a file as os.OpenFile does.
	OpenFile(name string, flag int, perm fs.FileMode) (spoolFile, error)
	ReadFile(name string) ([]byte, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	Stat(name string) (fs.FileInfo, error)
	Remove(name string) error
	Rename(oldpath, newpath string) error
	// Chtimes sets a file's modification time (for the retention of
	// set-aside files, counted from when they were set aside).
	Chtimes(name string, mtime time.Time) error
	// SyncDir fsyncs a folder, making the names created, renamed or
	// removed in it durable.
	SyncDir(name string) error
}

// spoolFile is an open segment or set-aside file.
type spoolFile interface {
	WriteAt(p []byte, off int64) (int, error)
	ReadAt(p []byte, off int64) (int, error)
	Sync() error
	Truncate(size int64) error
	Close() error
}

// osFS is spoolFS on the operating system's file system.
type osFS struct{}

func (osFS) OpenFile(name string, flag int, perm fs.FileMode) (spoolFile, error) {
	f, err := os.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (osFS) ReadFile(name string) ([]byte, error)       { return os.ReadFile(name) }
func (osFS) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (osFS) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (osFS) Remove(name string) error                   { return os.Remove(name) }
func (osFS) Rename(oldpath, newpath string) error       { return os.Rename(oldpath, newpath) }
func (osFS) Chtimes(name string, mtime time.Time) error { return os.Chtimes(name, mtime, mtime) }

func (osFS) SyncDir(name string) error {
	d, err := os.Open(name)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
