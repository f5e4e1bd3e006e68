package mailaction_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// A token endpoint that does not answer holds a send no longer than the
// connect timeout, and the failure is a temporary auth_failed found before
// any connection to the mail server is made.
func TestOAuthTokenEndpointStalls(t *testing.T) {
	done := make(chan struct{})
	stall := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}))
	defer stall.Close()
	defer close(done) // before Close, which waits for the handler
	dials := 0
	cfg := config.SMTP{Host: "127.0.0.1", Port: 2525, From: "robot@example.org", Timeout: 300 * time.Millisecond,
		Retry: config.Retry{MaxAttempts: 1},
		Auth: config.Auth{Username: "robot@example.org", OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials,
			TokenURL: stall.URL + "/token", ClientID: "app", ClientSecret: "secret"}}}
	start := time.Now()
	_, err := mailaction.SendEmail(testctx.New(t), cfg, &mailaction.Message{To: []string{"a@example.net"}, Subject: "s", Text: "t"},
		mailaction.WithDialer(func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials++
			return nil, errors.New("no mail server in this test")
		}))
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the send took %v with a 300ms connect timeout", took)
	}
	var e *mailerrors.Error
	if !errors.As(err, &e) || e.Kind != mailerrors.KindAuthFailed || !e.Temporary || e.Stage != mailerrors.StageAuth {
		t.Fatalf("err %v, want a temporary auth_failed at auth", err)
	}
	if dials != 0 {
		t.Errorf("%d connections to the mail server before a token was got", dials)
	}
}
