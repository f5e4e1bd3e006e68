package errors

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http/httptest"
	"net/textproto"
	"os"
	"syscall"
	"testing"
	"time"
)

// sendError has the methods of go-mail's *SendError that carry the reply
// codes, without its text.
type sendError struct {
	code int
	enh  string
}

func (e *sendError) Error() string              { return "send failed" }
func (e *sendError) ErrorCode() int             { return e.code }
func (e *sendError) EnhancedStatusCode() string { return e.enh }

func TestFromError(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name  string
		stage Stage
		err   error
		kind  Kind
		temp  bool
	}{
		{"textproto relay", StageRcpt, &textproto.Error{Code: 554, Msg: "5.7.1 <a@b.example>: Relay access denied"}, KindRelayDenied, false},
		{"textproto defer relay", StageRcpt, &textproto.Error{Code: 454, Msg: "4.7.1 <a@b.example>: Relay access denied"}, KindRelayDenied, false},
		{"textproto multi-line", StageRcpt, &textproto.Error{Code: 550, Msg: "5.1.1 The email account that you tried to reach does not exist.\n5.1.1 Learn more"}, KindRecipientUnknown, false},
		{"wrapped textproto", StageAuth, fmt.Errorf("smtp: auth: %w", &textproto.Error{Code: 535, Msg: "5.7.8 Error: authentication failed"}), KindAuthFailed, false},
		{"textproto 454 at AUTH", StageAuth, &textproto.Error{Code: 454, Msg: "4.7.0 Temporary authentication failure"}, KindAuthFailed, true},
		{"coded error without text", StageRcpt, &sendError{code: 550, enh: "5.1.1"}, KindRecipientUnknown, false},
		{"dial refused", StageConnect, refused, KindConnectionFailed, true},
		{"dns", StageConnect, &net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "mail.invalid", IsNotFound: true}}, KindConnectionFailed, true},
		{"dns timeout", StageConnect, &net.DNSError{Err: "i/o timeout", Name: "mail.example", IsTimeout: true}, KindTimeout, true},
		{"deadline", StageData, os.ErrDeadlineExceeded, KindTimeout, true},
		{"net timeout", StageData, &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, KindTimeout, true},
		{"context deadline", StageMail, context.DeadlineExceeded, KindTimeout, true},
		{"context canceled", StageMail, fmt.Errorf("send: %w", context.Canceled), KindTimeout, false},
		{"eof", StageGreeting, io.EOF, KindConnectionFailed, true},
		{"unexpected eof", StageData, io.ErrUnexpectedEOF, KindConnectionFailed, true},
		{"reset", StageData, &net.OpError{Op: "read", Err: os.NewSyscallError("read", syscall.ECONNRESET)}, KindConnectionFailed, true},
		{"broken pipe", StageData, &net.OpError{Op: "write", Err: os.NewSyscallError("write", syscall.EPIPE)}, KindConnectionFailed, true},
		{"record header", StageStartTLS, tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}, KindTLSFailed, false},
		{"alert", StageStartTLS, tls.AlertError(40), KindTLSFailed, false},
		{"remote alert", StageConnect, &net.OpError{Op: "remote error", Err: errors.New("tls: handshake failure")}, KindTLSFailed, false},
		{"unknown authority", StageStartTLS, x509.UnknownAuthorityError{}, KindTLSFailed, false},
		{"hostname", StageStartTLS, x509.HostnameError{Host: "mail.example"}, KindTLSFailed, false},
		{"verification", StageConnect, &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}, KindTLSFailed, false},
		{"other at starttls", StageStartTLS, errors.New("tls: server selected unsupported protocol version 301"), KindTLSFailed, false},
		{"other at connect", StageConnect, errors.New("proxy said no"), KindConnectionFailed, true},
		{"other at config", StageConfig, errors.New("smtp.host is empty"), KindInvalidConfig, false},
		{"other", StageData, errors.New("something odd"), KindUnknown, false},
		{"pop refused", StagePOP, refused, KindPOPFailed, true},
		{"pop reply", StagePOP, &textproto.Error{Code: 0, Msg: "-ERR [AUTH] Authentication failed."}, KindPOPFailed, false},
		{"pop wrong password", StagePOP, errors.New("-ERR [AUTH] Authentication failed."), KindPOPFailed, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := FromError(tt.stage, tt.err)
			if e.Kind != tt.kind || e.Temporary != tt.temp {
				t.Errorf("FromError(%s, %v) = %s temporary=%v, want %s temporary=%v", tt.stage, tt.err, e.Kind, e.Temporary, tt.kind, tt.temp)
			}
			if e.Stage != tt.stage {
				t.Errorf("Stage = %q, want %q", e.Stage, tt.stage)
			}
			if !errors.Is(e, tt.err) {
				t.Errorf("result does not wrap the cause %v", tt.err)
			}
			if len(e.Hints) == 0 {
				t.Errorf("no hints")
			}
		})
	}
}

func TestFromErrorTextproto(t *testing.T) {
	e := FromError(StageRcpt, &textproto.Error{Code: 554, Msg: "5.7.1 <a@b.example>: Relay access denied"})
	if e.Code != 554 || e.Enhanced != "5.7.1" || e.Text != "<a@b.example>: Relay access denied" {
		t.Errorf("got code %d enhanced %q text %q", e.Code, e.Enhanced, e.Text)
	}
	if !errors.Is(e, ErrRelayDenied) {
		t.Error("errors.Is(e, ErrRelayDenied) = false")
	}
}

func TestFromErrorNil(t *testing.T) {
	if e := FromError(StageRcpt, nil); e != nil {
		t.Errorf("FromError(nil) = %v, want nil", e)
	}
}

func TestFromErrorPassesErrorThrough(t *testing.T) {
	orig := New(KindGreylisted, "", nil)
	if got := FromError(StageRcpt, orig); got == orig || got.Stage != StageRcpt || got.Kind != KindGreylisted || orig.Stage != "" {
		t.Errorf("FromError(*Error) = %p stage %q, orig stage %q; want a copy with stage rcpt, orig unchanged", got, got.Stage, orig.Stage)
	}
	done := New(KindRelayDenied, StageRcpt, nil)
	if got := FromError(StageData, fmt.Errorf("send: %w", done)); got != done || got.Stage != StageRcpt {
		t.Errorf("FromError(wrapped *Error) = %p stage %q, want the inner value, stage kept", got, got.Stage)
	}
}

func TestFromErrorCanceledStillMatches(t *testing.T) {
	e := FromError(StageData, context.Canceled)
	if !errors.Is(e, context.Canceled) || !errors.Is(e, ErrTimeout) || IsTemporary(e) {
		t.Errorf("canceled: Is(Canceled)=%v Is(ErrTimeout)=%v temporary=%v", errors.Is(e, context.Canceled), errors.Is(e, ErrTimeout), IsTemporary(e))
	}
}

// The TLS cases against real handshakes on loopback.
func TestFromErrorRealTLS(t *testing.T) {
	t.Run("untrusted certificate", func(t *testing.T) {
		srv := httptest.NewUnstartedServer(nil)
		srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		srv.StartTLS()
		defer srv.Close()
		d := tls.Dialer{Config: &tls.Config{ServerName: "example.com"}}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := d.DialContext(ctx, "tcp", srv.Listener.Addr().String())
		if err == nil {
			c.Close()
			t.Fatal("handshake with an untrusted certificate succeeded")
		}
		if e := FromError(StageConnect, err); e.Kind != KindTLSFailed {
			t.Errorf("FromError(%v) = %s, want tls_failed", err, e.Kind)
		}
	})
	t.Run("plain-text server", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
			c.Write([]byte("220 mail.example ESMTP\r\n"))
			io.Copy(io.Discard, c)
		}()
		d := tls.Dialer{Config: &tls.Config{ServerName: "mail.example"}}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c, err := d.DialContext(ctx, "tcp", ln.Addr().String())
		if err == nil {
			c.Close()
			t.Fatal("TLS handshake with a plain-text server succeeded")
		}
		if e := FromError(StageConnect, err); e.Kind != KindTLSFailed {
			t.Errorf("FromError(%v) = %s, want tls_failed", err, e.Kind)
		}
	})
	t.Run("refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		var d net.Dialer
		c, err := d.DialContext(context.Background(), "tcp", addr)
		if err == nil {
			c.Close()
			t.Skip("port was reused")
		}
		if e := FromError(StageConnect, err); e.Kind != KindConnectionFailed || !e.Temporary {
			t.Errorf("FromError(%v) = %s temporary=%v, want connection_failed temporary", err, e.Kind, e.Temporary)
		}
	})
}
