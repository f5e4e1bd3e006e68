package diagnose_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtest"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestRealOAuthDoctor runs the doctor against the OAuth2 port: the oauth
// step gets a token from the token endpoint (no mail is sent) and AUTH
// logs in with it; with access revoked, AUTH fails with the OAuth2 hints;
// with a wrong secret, the oauth step fails with the token endpoint's
// error. No token or secret shows in the report, its JSON form included.
func TestRealOAuthDoctor(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	addr, l := srv.OAuth(t)
	as := oauthtest.New(oauthtest.Client{ID: "doctor-app", Secret: "doctor-secret-1", Username: alice.Address})
	defer as.Close()
	as.ServeIntrospection(l)

	run := func(t *testing.T, secret string) *diagnose.Report {
		cfg := realConfig(t, addr, config.TLSStartTLS, alice.Address)
		cfg.Auth = config.Auth{Username: alice.Address, OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials,
			TokenURL: as.TokenURL(), ClientID: "doctor-app", ClientSecret: config.Secret(secret),
			Scopes: []string{"https://outlook.office365.com/.default"}}}
		r := diagnose.Run(testctx.New(t), cfg, realOptions(t, srv))
		js, _ := json.Marshal(r)
		text := fmt.Sprintf("%+v %s", r, js)
		for _, s := range append(as.Issued(), "doctor-secret-1", "wrong-secret-2") {
			if strings.Contains(text, s) {
				t.Errorf("the report shows a token or secret %q", s)
			}
		}
		return r
	}

	t.Run("ok", func(t *testing.T) {
		fetches := as.Fetches()
		r := run(t, "doctor-secret-1")
		st := mustStep(t, r, diagnose.StepOAuth)
		if st.Status != diagnose.StatusOK || !strings.Contains(st.Detail, "got an OAuth2 access token from 127.0.0.1") ||
			!strings.Contains(st.Detail, "client-credentials") || !strings.Contains(st.Detail, "valid for") {
			dump(t, r)
			t.Fatalf("oauth step %s: %s", st.Status, st.Detail)
		}
		auth := mustStep(t, r, diagnose.StepAuth)
		if auth.Status != diagnose.StatusOK || !strings.Contains(auth.Detail, "OAUTHBEARER") {
			dump(t, r)
			t.Fatalf("auth step %s: %s", auth.Status, auth.Detail)
		}
		if got := as.Fetches() - fetches; got != 1 {
			t.Errorf("%d token requests, want 1 (the oauth step's token serves AUTH)", got)
		}
		if _, ok := r.Step(diagnose.StepData); ok {
			if d := mustStep(t, r, diagnose.StepData); d.Status != diagnose.StatusSkipped {
				t.Errorf("the data step ran (%s): the doctor sent mail", d.Status)
			}
		}
	})

	t.Run("wrong secret", func(t *testing.T) {
		r := run(t, "wrong-secret-2")
		st := mustStep(t, r, diagnose.StepOAuth)
		if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindAuthFailed || !strings.Contains(st.Detail, "invalid_client") {
			dump(t, r)
			t.Fatalf("oauth step %s %s: %s", st.Status, st.Kind, st.Detail)
		}
		if len(st.Hints) == 0 || st.Hints[0].Field != "Auth.OAuth2.ClientSecret" {
			t.Errorf("first hint %v, want one about the client secret", st.Hints)
		}
	})

	t.Run("revoked", func(t *testing.T) {
		as.RevokeAll()
		r := run(t, "doctor-secret-1")
		if st := mustStep(t, r, diagnose.StepOAuth); st.Status != diagnose.StatusOK {
			t.Errorf("oauth step %s: the token endpoint still gives tokens", st.Status)
		}
		auth := mustStep(t, r, diagnose.StepAuth)
		if auth.Status != diagnose.StatusFailed || auth.Kind != mailerrors.KindAuthFailed || !strings.HasPrefix(auth.ServerReply, "535") {
			dump(t, r)
			t.Fatalf("auth step %s %s %q", auth.Status, auth.Kind, auth.ServerReply)
		}
		if len(auth.Hints) == 0 || !strings.Contains(auth.Hints[0].Text, "freshly fetched OAuth2 token") {
			t.Errorf("first hint %v, want the refused token's", auth.Hints)
		}
		if r.Verdict.Step != diagnose.StepAuth || r.Verdict.Kind != mailerrors.KindAuthFailed {
			t.Errorf("verdict %+v", r.Verdict)
		}
	})
}
