//go:build unix

package mailaction

import (
	"errors"
	"net"
	"syscall"
)

// peerGone reports, without reading anything or waiting, whether the
// server has closed c or sent something unasked (an idle connection's
// "421 ... timeout" before the close): either way the connection cannot
// take a transaction. It looks at the socket with MSG_PEEK, so the bytes
// stay for whoever reads next. A connection it cannot look into counts as
// alive.
//
// The pool asks before reusing a connection: with BDAT the whole message
// goes with the commands, so a connection found dead only by the failed
// transaction leaves delivery unknown, where one found dead here is
// replaced before anything of the message was written.
func peerGone(c net.Conn) bool {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return false
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	gone := false
	var b [1]byte
	err = rc.Read(func(fd uintptr) bool {
		_, _, rerr := syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		switch {
		case errors.Is(rerr, syscall.EAGAIN), errors.Is(rerr, syscall.EWOULDBLOCK), errors.Is(rerr, syscall.EINTR):
			// Nothing to read: alive and idle.
		default:
			// 0 with no error: the server closed its end; n > 0: it
			// spoke unasked; another error: the socket is broken.
			gone = true
		}
		return true // never wait
	})
	return gone || err != nil
}
