package mailaction

import (
	"context"
	"time"

	"github.com/taskmail/taskmail/config"
)

// popChecker runs the POP3 login of POP-before-SMTP and remembers when it
// last succeeded. One check is shared per (POP server, user) by every
// Sender in the process.
type popChecker struct{ _ int }

// newPOPChecker returns the checker for cfg.POPBeforeSMTP, or nil when POP-
// before-SMTP is not configured.
// TODO(real-servers work): implement with internal/pop3.
func newPOPChecker(cfg config.SMTP, o *options) *popChecker { panic("unimplemented") }

// Check logs in to POP3 unless a login succeeded within the window (or
// force is set), and returns when the last successful login ran. Its error
// is a *mailerrors.Error of kind pop_failed.
func (p *popChecker) Check(ctx context.Context, force bool) (last time.Time, err error) {
	panic("unimplemented")
}
