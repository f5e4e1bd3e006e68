package diagnose

import (
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// Status is the outcome of one step.
type Status string

// The outcomes of a step.
const (
	StatusOK      Status = "ok"      // the step saw nothing wrong
	StatusWarning Status = "warning" // a send may still work, but something deserves a look
	StatusFailed  Status = "failed"  // a send with these options would fail here
	StatusSkipped Status = "skipped" // not run: not configured, or pointless after an earlier failure
)

// The names of the steps, in the order they run. With implicit TLS the TLS
// step runs right after the TCP connection, before the greeting.
const (
	StepOptions  = "options"  // config.SMTP.Validate findings and risky port/TLS combinations
	StepDNS      = "dns"      // the server's addresses
	StepMX       = "mx"       // MX records of the From and recipient domains
	StepPOP      = "pop"      // POP-before-SMTP login, when configured (before the SMTP session, as a sender does it)
	StepOAuth    = "oauth"    // an OAuth2 access token from the token endpoint or TokenSource, only when OAuth2 is configured (oauth.go)
	StepConnect  = "connect"  // TCP connection to each address in turn
	StepGreeting = "greeting" // the server's 220 greeting
	StepEHLO     = "ehlo"     // EHLO with the configured name, and the capabilities
	StepTLS      = "tls"      // STARTTLS or implicit TLS, and the certificate
	StepAuth     = "auth"     // SMTP AUTH with the configured mechanism
	StepMail     = "mail"     // MAIL FROM the envelope sender
	StepRcpt     = "rcpt"     // RCPT TO the recipient given in Options.Rcpt
	StepRelay    = "relay"    // RCPT TO an address in a reserved, non-local domain
	StepData     = "data"     // DATA with a small test message, only with Options.SendTest
)

// Step is what one step of a diagnosis saw. Its JSON form uses the
// snake_case names in the tags; Duration is in nanoseconds.
type Step struct {
	Name        string            `json:"name"`                   // one of the Step constants
	Status      Status            `json:"status"`                 // ok, warning, failed or skipped
	Duration    time.Duration     `json:"duration_ns"`            // how long the step took
	Detail      string            `json:"detail"`                 // what was seen; the first line is a summary, more lines add facts
	ServerReply string            `json:"server_reply,omitempty"` // the server's words for this step, as received
	Kind        mailerrors.Kind   `json:"kind,omitempty"`         // the class of failure, for failed and warning steps
	Hints       []mailerrors.Hint `json:"hints,omitempty"`        // what to change, most likely first
	// Temporary tells, for a failed or warning step with a kind, whether
	// trying again later may get past it (what a Sender would retry).
	Temporary bool `json:"temporary,omitempty"`
	// Error is the failure as a Sender with the same options would
	// return it (same kind, temporariness and hints), when the step failed
	// or warned with one; nil otherwise. It is left out of the JSON form,
	// which has the same facts in the fields above.
	Error *mailerrors.Error `json:"-"`
}

// Verdict names the most likely cause of a failure and the one change to
// make, drawn from the first failed step (or, when nothing failed, the first
// warning).
type Verdict struct {
	Step   string          `json:"step,omitempty"`   // the step the verdict comes from; "" when all is well
	Kind   mailerrors.Kind `json:"kind,omitempty"`   // the kind of failure
	Cause  string          `json:"cause"`            // one sentence: what went wrong, or that nothing did
	Change string          `json:"change,omitempty"` // the one change to make
	Field  string          `json:"field,omitempty"`  // the option that change concerns, such as "Auth.Username"
}

// Certificate describes the certificate a server presented.
type Certificate struct {
	Subject     string    `json:"subject"`                // the leaf's subject, e.g. "CN=mail.example.org"
	Issuer      string    `json:"issuer"`                 // who signed the leaf
	DNSNames    []string  `json:"dns_names,omitempty"`    // the host names it is valid for
	IPAddresses []string  `json:"ip_addresses,omitempty"` // the IP addresses it is valid for
	NotBefore   time.Time `json:"not_before"`             // valid from
	NotAfter    time.Time `json:"not_after"`              // valid until
	SelfSigned  bool      `json:"self_signed"`            // it signs itself: no CA vouches for it
	ChainLength int       `json:"chain_length"`           // certificates the server sent
	Verified    bool      `json:"verified"`               // chain, name and dates checked out
	Problem     string    `json:"problem,omitempty"`      // why it did not verify, in a sentence; "" when it did
}

// TLSInfo describes the TLS session of a diagnosis.
type TLSInfo struct {
	Mode        string `json:"mode"`         // "starttls" or "implicit"
	Version     string `json:"version"`      // e.g. "TLS 1.3"
	CipherSuite string `json:"cipher_suite"` // its name, e.g. "TLS_AES_128_GCM_SHA256"
	ServerName  string `json:"server_name"`  // the name the certificate was checked against
	// Certificate describes the certificate the server presented (or, in
	// Problem, why none was); nil when the session was not inspected.
	Certificate *Certificate `json:"certificate,omitempty"`
}

// Report is the outcome of Run. It marshals to JSON with stable snake_case
// field names.
type Report struct {
	Server  string `json:"server"`            // host:port from the options
	Address string `json:"address,omitempty"` // the ip:port actually connected to
	// Steps are in the order they ran; steps not run after a failure are
	// listed as skipped.
	Steps []Step `json:"steps"`
	// Capabilities are the EHLO keywords the server offered, with their
	// parameters (AUTH's mechanisms, SIZE's limit), as last seen: after
	// STARTTLS when TLS was started.
	Capabilities map[string]string `json:"capabilities,omitempty"`
	// TLS describes the TLS session; nil when TLS was not started.
	TLS *TLSInfo `json:"tls,omitempty"`
	// RecipientLocal tells whether the recipient's domain is handled by
	// this server (its MX points here); nil when unknown.
	RecipientLocal *bool `json:"recipient_local,omitempty"`
	// Verdict sums the diagnosis up: the first failure (or warning), its
	// cause and the one change to make.
	Verdict Verdict `json:"verdict"`
	// OK reports whether a send with these options would succeed: no step
	// failed.
	OK bool `json:"ok"`
}

// Step returns the step named name, and whether it ran or was listed.
func (r *Report) Step(name string) (Step, bool) {
	for _, s := range r.Steps {
		if s.Name == name {
			return s, true
		}
	}
	return Step{}, false
}

// Failed returns the steps that failed, in order.
func (r *Report) Failed() []Step {
	var out []Step
	for _, s := range r.Steps {
		if s.Status == StatusFailed {
			out = append(out, s)
		}
	}
	return out
}
