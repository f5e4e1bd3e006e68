package diagnose

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"sort"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/ehlo"
	"github.com/taskmail/taskmail/internal/replylimit"
	"github.com/taskmail/taskmail/internal/transport"
)

// watchedExtensions are the EHLO keywords the report always mentions,
// present or not, in this order.
var watchedExtensions = []string{"STARTTLS", "AUTH", "SIZE", "PIPELINING", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES"}

// checkEHLO says EHLO with the name a Sender would use (ehlo.Name). When
// the server refuses it, EHLO is tried again on a new connection with this
// machine's fully qualified name (or the address literal) to show whether
// the name is the cause.
func (s *session) checkEHLO(st *Step) bool {
	name := ehlo.Name(s.raw.HeloName, s.localAddr(), s.opts.hostname)
	reply, err := s.hello(name)
	st.ServerReply = reply
	if le := (*replylimit.LimitError)(nil); errors.As(err, &le) {
		// Not a refusal: a reply beyond every limit, whatever the name.
		st.Detail = "the server's reply to EHLO " + name + " went past the limit: " + le.Error()
		s.judge(st, StatusFailed, transport.Evidence{Stage: mailerrors.StageEHLO, Err: err, TLSActive: s.tlsActive})
		return false
	}
	if !refused(reply, err) {
		s.rep.Capabilities = ehloKeywords(reply)
		st.Detail = fmt.Sprintf("EHLO %s accepted\n%s", name, capabilityLines(s.rep.Capabilities, s.tlsActive))
		return true
	}
	first := s.classifyEHLO(reply, err)

	alt := s.altName(name)
	if alt == "" {
		st.Detail = fmt.Sprintf("the server refuses EHLO %s; this machine has no fully qualified name to try instead", name)
		s.fail(st, first, mailerrors.Hint{
			Text:  fmt.Sprintf("The server refuses EHLO %s: set helo_name to a fully qualified name of this machine that resolves in DNS.", name),
			Field: "HeloName",
		})
		return false
	}
	altReply, altErr := s.retryEHLO(alt)
	if !refused(altReply, altErr) {
		s.rep.Capabilities = ehloKeywords(altReply)
		st.Detail = fmt.Sprintf("the server refuses EHLO %s but accepts EHLO %s: the EHLO name is the cause\n%s",
			name, alt, capabilityLines(s.rep.Capabilities, s.tlsActive))
		hint := mailerrors.Hint{
			Text:  fmt.Sprintf("Set helo_name to a name the server accepts, such as %s.", alt),
			Field: "HeloName",
		}
		if s.raw.HeloName == "" {
			hint.Text = fmt.Sprintf("This machine's name %q is refused: set helo_name to a name the server accepts, such as %s.", name, alt)
		}
		s.fail(st, first, hint)
		// The diagnosis goes on with the accepted name: the later steps
		// still tell what else would fail.
		return true
	}
	st.Detail = fmt.Sprintf("the server refuses EHLO %s, and EHLO %s too: the EHLO name is not the cause", name, alt)
	if altReply == "" && altErr != nil {
		st.Detail = fmt.Sprintf("the server refuses EHLO %s (trying again as %s failed: %v)", name, alt, altErr)
	}
	if altReply != "" && altReply != reply {
		st.ServerReply = reply + "\n" + altReply
	}
	s.fail(st, first)
	return false
}

// hello sends EHLO (the client falls back to HELO when EHLO is refused) and
// returns what the server said, as received.
func (s *session) hello(name string) (string, error) {
	s.deadline()
	err := s.client.Hello(name)
	raw := s.tap.take()
	s.tap.stop()
	replies := splitReplies(raw)
	if len(replies) == 0 {
		return "", err
	}
	return replies[0], err
}

// retryEHLO reconnects to the same address and says EHLO as name.
func (s *session) retryEHLO(name string) (string, error) {
	conn, err := s.dial(s.rep.Address)
	if err != nil {
		return "", err
	}
	s.useConn(conn)
	if s.isImplicit() {
		if err := s.handshake(); err != nil {
			return "", err
		}
	}
	c, _, err := s.greet()
	if err != nil {
		return "", err
	}
	s.client = c
	return s.hello(name)
}

// refused reports whether EHLO failed: its reply is not 250, or there was
// none.
func refused(reply string, err error) bool {
	if code, ok := firstReplyCode(reply); ok {
		return code != 250
	}
	return err != nil
}

// classifyEHLO classifies a refused EHLO from its reply, or from the error
// when the server said nothing.
func (s *session) classifyEHLO(reply string, err error) *mailerrors.Error {
	if reply != "" {
		return mailerrors.Classify(mailerrors.StageEHLO, reply)
	}
	if err == nil {
		err = fmt.Errorf("no reply to EHLO")
	}
	return mailerrors.FromError(mailerrors.StageEHLO, err)
}

// altName returns the name to retry a refused EHLO name with: this
// machine's fully qualified name, else the address literal of the
// connection; "" when neither differs from name.
func (s *session) altName(name string) string {
	var fqdn string
	if h, err := s.opts.hostname(); err == nil {
		fqdn = ehlo.Qualified(h)
	}
	for _, alt := range []string{fqdn, ehlo.AddressLiteral(s.localAddr())} {
		if alt != "" && alt != name {
			return alt
		}
	}
	return ""
}

// localAddr returns the local address of the connection, or nil.
func (s *session) localAddr() net.Addr {
	if s.conn == nil {
		return nil
	}
	return s.conn.LocalAddr()
}

// capabilityLines lists what the server offers and which of the watched
// extensions it lacks (STARTTLS only while TLS is not active).
func capabilityLines(caps map[string]string, tlsActive bool) string {
	var offers, lacks []string
	for _, k := range watchedExtensions {
		if k == "STARTTLS" && tlsActive {
			continue
		}
		v, ok := caps[k]
		switch {
		case !ok:
			lacks = append(lacks, k)
		case v != "":
			offers = append(offers, k+" "+v)
		default:
			offers = append(offers, k)
		}
	}
	var others []string
	for k, v := range caps {
		if !slices.Contains(watchedExtensions, k) {
			others = append(others, strings.TrimSpace(k+" "+v))
		}
	}
	sort.Strings(others)
	offers = append(offers, others...)
	out := "offers: " + orNone(strings.Join(offers, ", "))
	if len(lacks) > 0 {
		out += "\nlacks: " + strings.Join(lacks, ", ")
	}
	return out
}
