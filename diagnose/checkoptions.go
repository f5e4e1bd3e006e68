package diagnose

import (
	"fmt"
	"net/mail"
	"strings"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// checkOptions reports Validate's findings and port/TLS combinations that
// usually fail. Only a missing host stops the diagnosis: the server's
// answers are worth seeing even when another option is wrong.
func (s *session) checkOptions(st *Step) bool {
	c := s.cfg
	var lines []string // the findings, most serious first
	auth := "no auth"
	if c.Auth.Mechanism != config.AuthNone && c.Auth.Username != "" {
		auth = fmt.Sprintf("auth %s as %s", c.Auth.Mechanism, c.Auth.Username)
	}
	summary := fmt.Sprintf("%s, tls %s, %s, from %s", c.Addr(), c.TLS, auth, orNone(c.EnvelopeSender()))
	if c.Delivery == config.DeliveryDirect {
		summary = fmt.Sprintf("direct delivery to the recipient's MX, port %d, tls %s, from %s", c.Port, c.TLS, orNone(c.EnvelopeSender()))
	}

	if err := s.raw.Validate(); err != nil {
		st.Status = StatusFailed
		st.Kind = mailerrors.KindInvalidConfig
		fes := config.FieldErrors(err)
		for _, fe := range fes {
			lines = append(lines, fe.Error())
			if fe.Fix != "" {
				st.Hints = append(st.Hints, mailerrors.Hint{Text: sentence(fe.Fix), Field: fe.Field})
			}
		}
		if len(fes) == 0 {
			lines = append(lines, err.Error())
		}
	}
	if s.opts.Rcpt != "" {
		if _, err := mail.ParseAddress(s.opts.Rcpt); err != nil {
			st.Status = StatusFailed
			st.Kind = mailerrors.KindSyntaxError
			lines = append(lines, fmt.Sprintf("recipient %q is not an email address", s.opts.Rcpt))
			st.Hints = append(st.Hints, mailerrors.Hint{Text: "Give the recipient as a bare address such as ops@example.org."})
		}
	}
	if s.opts.SendTest && s.opts.Rcpt == "" {
		st.Status = StatusFailed
		st.Kind = mailerrors.KindInvalidConfig
		lines = append(lines, "a test message needs a recipient")
		st.Hints = append(st.Hints, mailerrors.Hint{Text: "Name the recipient of the test message (--rcpt)."})
	}

	for _, w := range comboWarnings(c) {
		lines = append(lines, w.Text)
		st.Hints = append(st.Hints, w.hint)
		if st.Status == StatusOK {
			st.Status = StatusWarning
			st.Kind = w.kind
		}
	}
	// The first line is the summary a verdict quotes: the first finding
	// when there is one.
	st.Detail = strings.Join(append(lines, summary), "\n")
	return c.Host != "" || c.Delivery == config.DeliveryDirect
}

type comboWarning struct {
	Text string
	kind mailerrors.Kind
	hint mailerrors.Hint
}

// comboWarnings returns the port/TLS/auth combinations that are allowed but
// usually fail or are unsafe.
func comboWarnings(c config.SMTP) []comboWarning {
	var out []comboWarning
	add := func(kind mailerrors.Kind, text, hint, field string) {
		out = append(out, comboWarning{Text: text, kind: kind, hint: mailerrors.Hint{Text: hint, Field: field}})
	}
	// Validate already refuses port 465 without implicit TLS and 587 with
	// it; what is left here is allowed but often fails or is unsafe.
	if c.Port == config.PortSMTP {
		add(mailerrors.KindConnectionFailed,
			"port 25 is for server-to-server relay: many networks block it outbound, and many servers offer no AUTH there",
			"Use the submission port 587 (starttls) or 465 (implicit) of your provider.", "Port")
	}
	authSet := c.Auth.Mechanism != config.AuthNone && c.Auth.Username != ""
	if authSet && (c.TLS == config.TLSNone || c.TLS == config.TLSStartTLSOpportunistic) && c.AllowInsecureAuth {
		add(mailerrors.KindTLSRequired,
			fmt.Sprintf("tls is %s and allow_insecure_auth is set: the password may cross the network in plain text", c.TLS),
			"Set tls to starttls (or implicit) so credentials are always encrypted.", "TLS")
	}
	if c.InsecureSkipVerify {
		add(mailerrors.KindTLSFailed,
			"insecure_skip_verify is set: any certificate is accepted, so anyone on the path can read the mail and the password",
			"Add the server's CA to ca_file and turn insecure_skip_verify off.", "InsecureSkipVerify")
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// sentence capitalises s and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
