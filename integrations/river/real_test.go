package river_test

import (
	"bytes"
	"context"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	taskriver "github.com/taskmail/taskmail/integrations/river"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/mailaction"
)

// realSender returns a one-attempt Sender for the real Postfix at addr,
// with u's credentials when u is not nil.
func realSender(t testing.TB, s *realservers.Servers, addr string, mode config.TLSMode, u *realservers.User) *mailaction.Sender {
	t.Helper()
	host, port := realservers.HostPort(t, addr)
	cfg := config.SMTP{Host: host, Port: port, TLS: mode, From: "robot@local.test", HeloName: "runner.local.test", Timeout: 20 * time.Second}
	if u != nil {
		cfg.From = u.Address
		cfg.Auth = config.Auth{Username: u.Address, Password: config.Secret(u.Password)}
	}
	snd, err := mailaction.NewSender(cfg, mailaction.WithoutRetries(), mailaction.WithTLSConfig(s.TLSConfig()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = snd.Close() })
	return snd
}

// textOf returns the text/plain part of a raw message, decoded.
func textOf(t testing.TB, raw []byte) string {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("message does not parse: %v", err)
	}
	var walk func(h mail.Header, body io.Reader) string
	walk = func(h mail.Header, body io.Reader) string {
		ct, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
		if strings.HasPrefix(ct, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextPart()
				if err != nil {
					return ""
				}
				if s := walk(mail.Header(p.Header), p); s != "" {
					return s
				}
			}
		}
		if ct != "" && ct != "text/plain" {
			return ""
		}
		if strings.EqualFold(h.Get("Content-Transfer-Encoding"), "quoted-printable") {
			body = quotedprintable.NewReader(body)
		}
		b, _ := io.ReadAll(body)
		return string(b)
	}
	return walk(m.Header, m.Body)
}

// TestSendJobReal: a SendEmail job through real Postfix (submission,
// STARTTLS and AUTH) is delivered in one attempt and completed.
func TestSendJobReal(t *testing.T) {
	s := realservers.Get(t)
	db := newDatabase(t)
	alice, bob := s.User(t, "alice"), s.User(t, "bob")
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(realSender(t, s, s.SMTPTLS, config.TLSStartTLS, &alice)))
	c := db.start(t, db.clientConfig(workers, nil))

	marker := unique(t)
	ins, err := c.Insert(context.Background(), taskriver.SendEmailArgs{To: []string{bob.Address}, Subject: marker, Text: "sent by a River job\n"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 60*time.Second, rivertype.JobStateCompleted, rivertype.JobStateCancelled, rivertype.JobStateDiscarded, rivertype.JobStateRetryable)
	if job.State != rivertype.JobStateCompleted || job.Attempt != 1 {
		t.Fatalf("state %s after %d attempts, errors %v", job.State, job.Attempt, job.Errors)
	}
	got := s.Fetch(t, context.Background(), bob, marker)
	if !bytes.Contains(got, []byte("sent by a River job")) {
		t.Errorf("delivered message lacks its body:\n%s", got)
	}
}

// TestRelayDenialReal: real Postfix refuses to relay for a client without
// AUTH; the job is cancelled after its one attempt (no retries burnt), and
// the notifier mails the failure, with the relay hints, through Postfix.
func TestRelayDenialReal(t *testing.T) {
	s := realservers.Get(t)
	db := newDatabase(t)
	alice, carol := s.User(t, "alice"), s.User(t, "carol")

	n, err := mailaction.NewNotifier(realSender(t, s, s.SMTPTLS, config.TLSStartTLS, &alice),
		config.Notifier{To: []string{carol.Address}, RateLimit: 100})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{next: n}
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(realSender(t, s, s.SMTPPlain, config.TLSNone, nil)))
	c := db.start(t, db.clientConfig(workers, taskriver.NewFailureNotifier(rec)))

	marker := unique(t)
	ins, err := c.Insert(context.Background(), taskriver.SendEmailArgs{To: []string{"someone@example.com"}, Subject: marker}, &river.InsertOpts{MaxAttempts: 5})
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 60*time.Second, rivertype.JobStateCancelled, rivertype.JobStateCompleted, rivertype.JobStateDiscarded)
	if job.State != rivertype.JobStateCancelled || job.Attempt != 1 || len(job.Errors) != 1 {
		t.Fatalf("state %s, attempt %d, errors %v; want cancelled after one attempt", job.State, job.Attempt, job.Errors)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatalf("notifier: %v", err)
	}
	f, _ := rec.all()
	if len(f) != 1 {
		t.Fatalf("%d notifications, want 1", len(f))
	}
	errs := mailerrors.All(f[0].Err)
	if len(errs) == 0 || errs[0].Kind != mailerrors.KindRelayDenied || len(errs[0].Hints) == 0 {
		t.Fatalf("notified error %v: want a relay denial with hints", f[0].Err)
	}
	mailText := textOf(t, s.Fetch(t, context.Background(), carol, marker))
	for _, want := range []string{"relay_denied", taskriver.KindSendEmail, errs[0].Hints[0].Text, "river_job_id"} {
		if !strings.Contains(strings.Join(strings.Fields(mailText), " "), want) {
			t.Errorf("notification lacks %q:\n%s", want, mailText)
		}
	}
}
