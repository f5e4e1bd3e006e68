package transport_test

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/internal/transport"
)

func TestJudge(t *testing.T) {
	smtp := func(port int, mode config.TLSMode) config.SMTP {
		return config.SMTP{Host: "mail.example.org", Port: port, TLS: mode, Timeout: 30e9}
	}
	for _, tc := range []struct {
		name   string
		cfg    config.SMTP
		ev     transport.Evidence
		kind   mailerrors.Kind
		temp   bool
		field  string
		words  string
		judged bool
	}{
		{"no STARTTLS on port 25", smtp(25, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageStartTLS, Err: transport.ErrNoSTARTTLS},
			mailerrors.KindTLSRequired, false, "Port", "submission port", true},
		{"no STARTTLS on port 587", smtp(587, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageStartTLS, Err: transport.ErrNoSTARTTLS},
			mailerrors.KindTLSRequired, false, "TLS", "ask its administrator", true},
		{"credentials in clear, STARTTLS offered", smtp(587, config.TLSNone), transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrAuthUnencrypted, STARTTLSOffered: true},
			mailerrors.KindTLSRequired, false, "TLS", "set tls to starttls", true},
		{"no AUTH on port 25", smtp(25, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrNoAuth, TLSActive: true},
			mailerrors.KindInvalidConfig, false, "Port", "submission port", true},
		{"no AUTH on port 587 over TLS", smtp(587, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrNoAuth, TLSActive: true},
			mailerrors.KindInvalidConfig, false, "Auth.Username", "enable SMTP AUTH", true},
		{"AUTH only after STARTTLS on 587", smtp(587, config.TLSNone), transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrNoAuth, STARTTLSOffered: true},
			mailerrors.KindTLSRequired, false, "TLS", "set tls to starttls", true},
		{"mechanism not offered", smtp(587, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrMechanismNotOffered, AuthParams: "PLAIN LOGIN", Mechanism: "cram-md5"},
			mailerrors.KindInvalidConfig, false, "Auth.Mechanism", "plain, login", true},
		{"dial timeout", smtp(25, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageConnect, Err: &net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}},
			mailerrors.KindTimeout, true, "Port", "firewall", true},
		{"implicit handshake timeout", smtp(465, config.TLSImplicit), transport.Evidence{Stage: mailerrors.StageConnect, Err: &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}},
			mailerrors.KindTimeout, true, "TLS", "did not answer the TLS handshake", true},
		{"refused", smtp(2525, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageConnect, Server: "mail.example.org:2525", Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}},
			mailerrors.KindConnectionFailed, true, "Port", "nothing listens on mail.example.org:2525", true},
		{"greeting closed", smtp(587, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageGreeting, Err: fmt.Errorf("reading: %w", io.EOF)},
			mailerrors.KindConnectionFailed, true, "", "closed the connection", true},
		{"a reply is left to the reply rules", smtp(587, config.TLSStartTLS), transport.Evidence{Stage: mailerrors.StageGreeting, Err: &textproto.Error{Code: 554, Msg: "5.7.1 go away"}},
			"", false, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := transport.Judge(tc.cfg, tc.ev)
			if transport.Judged(e) != tc.judged {
				t.Errorf("Judged = %v, want %v", transport.Judged(e), tc.judged)
			}
			if tc.kind == "" {
				return
			}
			if e.Kind != tc.kind || e.Temporary != tc.temp {
				t.Errorf("kind %s temporary %v, want %s %v", e.Kind, e.Temporary, tc.kind, tc.temp)
			}
			if tc.words != "" && (e.Hints[0].Field != tc.field || !strings.Contains(strings.ToLower(e.Hints[0].Text), strings.ToLower(tc.words))) {
				t.Errorf("first hint %v, want option %q with %q", e.Hints[0], tc.field, tc.words)
			}
			if !errors.Is(e, tc.ev.Err) {
				t.Errorf("the judgement does not wrap its cause %v", tc.ev.Err)
			}
		})
	}
	if transport.Judge(config.SMTP{}, transport.Evidence{}) != nil {
		t.Error("Judge of no error is not nil")
	}
}

// TestSpeaksTLSIsFalseForASilentServer: the probe gives up within its
// limit when nothing answers the handshake.
func TestSpeaksTLSIsFalseForASilentServer(t *testing.T) {
	addr := rawtest.Serve(t, rawtest.Silent) // says nothing until the probe gives up
	d := &net.Dialer{}
	if transport.SpeaksTLS(testctx.New(t), d.DialContext, addr.String(), "localhost", 200e6) {
		t.Error("a silent server speaks TLS")
	}
}

// TestJudgeAndClassifyAgreeOnAServerNameNotFound: the Sender's judgement
// of a server name DNS does not know and Classify of the same error's
// text (pasted into explain, or printed by another program) give one
// kind, temporariness and advice; only the judgement can name the host.
func TestJudgeAndClassifyAgreeOnAServerNameNotFound(t *testing.T) {
	err := &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "smtp.exmaple.org", IsNotFound: true}}
	judged := transport.Judge(config.SMTP{Host: "smtp.exmaple.org", Port: 587, TLS: config.TLSStartTLS}, transport.Evidence{Stage: mailerrors.StageConnect, Err: err})
	pasted := mailerrors.Classify("", err.Error())
	if judged.Kind != pasted.Kind || judged.Temporary != pasted.Temporary {
		t.Fatalf("%q: judged %s temporary=%v, classified %s temporary=%v", err, judged.Kind, judged.Temporary, pasted.Kind, pasted.Temporary)
	}
	if len(judged.Hints) != len(pasted.Hints) {
		t.Fatalf("judged hints %v, classified %v", judged.Hints, pasted.Hints)
	}
	for i := range judged.Hints {
		j, p := judged.Hints[i], pasted.Hints[i]
		if j.Field != p.Field || strings.ReplaceAll(j.Text, "smtp.exmaple.org", "it") != p.Text {
			t.Errorf("hint %d: judged %v, classified %v", i, j, p)
		}
	}
}
