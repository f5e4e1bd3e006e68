package mailaction

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// A Sender or Notifier keeps its options in unexported fields, where fmt
// never calls config.Secret's own methods: printed as a plain struct, it
// would show the SMTP password and OAuth2 token. So each has its own
// String, GoString, Format and LogValue, which show what identifies it
// and never a secret.
var (
	_ fmt.Stringer   = (*Sender)(nil)
	_ fmt.GoStringer = (*Sender)(nil)
	_ fmt.Formatter  = (*Sender)(nil)
	_ slog.LogValuer = (*Sender)(nil)
	_ fmt.Stringer   = (*Notifier)(nil)
	_ fmt.GoStringer = (*Notifier)(nil)
	_ fmt.Formatter  = (*Notifier)(nil)
	_ slog.LogValuer = (*Notifier)(nil)
)

// String returns the server, the TLS mode, the login (never the password
// or token) and From, as in
// "mailaction.Sender{server=mail.example.org:587 tls=starttls user=robot@example.org from=robot@example.org}".
func (s *Sender) String() string {
	if s == nil {
		return "mailaction.Sender(nil)"
	}
	var b strings.Builder
	b.WriteString("mailaction.Sender{server=")
	b.WriteString(s.addr)
	b.WriteString(" tls=")
	b.WriteString(string(s.cfg.TLS))
	if s.cfg.Auth.Username != "" {
		b.WriteString(" user=")
		b.WriteString(s.cfg.Auth.Username)
	}
	if s.cfg.POPBeforeSMTP != nil {
		b.WriteString(" pop_before_smtp=")
		b.WriteString(s.cfg.POPBeforeSMTP.Username)
	}
	b.WriteString(" from=")
	b.WriteString(s.cfg.From)
	b.WriteString("}")
	return b.String()
}

// GoString returns the same as String, for %#v.
func (s *Sender) GoString() string { return s.String() }

// Format prints String for every verb and flag (%v, %+v, %#v, %s, %q,
// widths); verbs that do not suit text (%d, %x) print it in fmt's
// "%!d(...)" form. Without it, fmt would print the struct's fields.
func (s *Sender) Format(f fmt.State, verb rune) {
	formatText(f, verb, "*mailaction.Sender", s.String())
}

// LogValue makes log/slog record the server, TLS mode, login and From,
// never the password or token.
func (s *Sender) LogValue() slog.Value {
	if s == nil {
		return slog.StringValue("<nil>")
	}
	attrs := []slog.Attr{
		slog.String("server", s.addr),
		slog.String("tls", string(s.cfg.TLS)),
		slog.String("from", s.cfg.From),
	}
	if s.cfg.Auth.Username != "" {
		attrs = append(attrs, slog.String("user", s.cfg.Auth.Username))
	}
	return slog.GroupValue(attrs...)
}

// String returns the recipients, the spool folder and what the notifier
// sends through, as in
// "mailaction.Notifier{to=[oncall@example.org] spool=/var/lib/taskmail mailer=mailaction.Sender{...}}".
// A Mailer that is not a *Sender is named by its type only.
func (n *Notifier) String() string {
	if n == nil {
		return "mailaction.Notifier(nil)"
	}
	var b strings.Builder
	b.WriteString("mailaction.Notifier{to=[")
	b.WriteString(strings.Join(n.cfg.To, " "))
	b.WriteString("]")
	if len(n.cfg.Cc) > 0 {
		b.WriteString(" cc=[")
		b.WriteString(strings.Join(n.cfg.Cc, " "))
		b.WriteString("]")
	}
	if n.cfg.Spool != "" {
		b.WriteString(" spool=")
		b.WriteString(n.cfg.Spool)
	}
	b.WriteString(" mailer=")
	b.WriteString(mailerName(n.mailer))
	b.WriteString("}")
	return b.String()
}

// GoString returns the same as String, for %#v.
func (n *Notifier) GoString() string { return n.String() }

// Format prints String for every verb and flag; see Sender.Format.
func (n *Notifier) Format(f fmt.State, verb rune) {
	formatText(f, verb, "*mailaction.Notifier", n.String())
}

// LogValue makes log/slog record the recipients, the spool folder and the
// Mailer (a *Sender by its LogValue, another by its type).
func (n *Notifier) LogValue() slog.Value {
	if n == nil {
		return slog.StringValue("<nil>")
	}
	attrs := []slog.Attr{slog.Any("to", n.cfg.To)}
	if n.cfg.Spool != "" {
		attrs = append(attrs, slog.String("spool", n.cfg.Spool))
	}
	if s, ok := n.mailer.(*Sender); ok {
		attrs = append(attrs, slog.Any("mailer", s.LogValue()))
	} else {
		attrs = append(attrs, slog.String("mailer", mailerName(n.mailer)))
	}
	return slog.GroupValue(attrs...)
}

// mailerName describes a Mailer without printing its fields, which may
// hold secrets: a *Sender by its String, another by its type.
func mailerName(m Mailer) string {
	if s, ok := m.(*Sender); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", m)
}

// formatText prints text under the verb and flags in f: as a string for
// %v, %s and %q (with width, precision and flags), and in fmt's form for
// a verb that does not suit the type ("%!d(*mailaction.Sender=...)").
func formatText(f fmt.State, verb rune, typ, text string) {
	switch verb {
	case 'v', 's', 'q':
		if verb == 'v' && f.Flag('#') {
			io.WriteString(f, text) // GoString: no quoting, no padding flags
			return
		}
		fmt.Fprintf(f, fmt.FormatString(f, verb), text)
	default:
		io.WriteString(f, "%!"+string(verb)+"("+typ+"="+text+")")
	}
}
