package diagnose_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// ehloCommands returns the EHLO and HELO commands srv received.
func ehloCommands(srv *smtptest.Server) []string {
	var out []string
	for _, c := range srv.Commands() {
		if strings.HasPrefix(c, "EHLO ") || strings.HasPrefix(c, "HELO ") {
			out = append(out, c)
		}
	}
	return out
}

// The doctor must test the session a Sender has: with no HeloName set,
// both greet the server with the same name, whatever this machine is
// called.
func TestRunSaysEHLOLikeTheSender(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plainConfig(srv)
	cfg.HeloName = ""
	opts, _ := testOptions(t, srv)
	opts.Hostname = "" // this machine's own name, as the Sender sees it

	r := diagnose.Run(testctx.New(t), cfg, opts)
	if st := mustStep(t, r, "ehlo"); st.Status != diagnose.StatusOK {
		t.Fatalf("ehlo step %s: %s", st.Status, st.Detail)
	}
	doctor := ehloCommands(srv)
	srv.Reset()

	msg := &mailaction.Message{To: []string{"ops@example.org"}, Subject: "ehlo", Text: "ehlo"}
	if _, err := mailaction.SendEmail(testctx.New(t), cfg, msg); err != nil {
		t.Fatalf("SendEmail: %v", err)
	}
	sender := ehloCommands(srv)
	if len(doctor) == 0 || len(sender) == 0 {
		t.Fatalf("EHLO commands: doctor %q, sender %q", doctor, sender)
	}
	if !slices.Equal(doctor[:1], sender[:1]) {
		t.Errorf("doctor said %q, the Sender %q", doctor[0], sender[0])
	}
}
