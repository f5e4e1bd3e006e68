package config

import (
	"time"

	"golang.org/x/oauth2"
)

// TLSMode says how the connection to a server is secured.
type TLSMode string

// The TLS modes. The zero value means TLSStartTLS.
const (
	TLSStartTLS              TLSMode = "starttls"               // STARTTLS, required (default)
	TLSStartTLSOpportunistic TLSMode = "starttls-opportunistic" // STARTTLS when offered, else plain text
	TLSImplicit              TLSMode = "implicit"               // TLS from the first byte (port 465, 995)
	TLSNone                  TLSMode = "none"                   // plain text
)

// AuthMechanism names an SMTP AUTH mechanism.
type AuthMechanism string

// The supported mechanisms. The zero value means AuthAuto when a username is
// set and AuthNone otherwise.
const (
	AuthAuto        AuthMechanism = "auto" // strongest the server offers
	AuthPlain       AuthMechanism = "plain"
	AuthLogin       AuthMechanism = "login"
	AuthCRAMMD5     AuthMechanism = "cram-md5"
	AuthXOAUTH2     AuthMechanism = "xoauth2"
	AuthOAuthBearer AuthMechanism = "oauthbearer" // RFC 7628
	AuthSCRAMSHA256 AuthMechanism = "scram-sha-256"
	AuthNone        AuthMechanism = "none"
)

// RecipientPolicy says what to do when some recipients are refused.
type RecipientPolicy string

// The recipient policies. The zero value means RecipientsBestEffort.
const (
	RecipientsBestEffort   RecipientPolicy = "best-effort"    // deliver to the accepted, report the refused
	RecipientsAllOrNothing RecipientPolicy = "all-or-nothing" // refuse the message if any recipient is refused
)

// Delivery says where messages go.
type Delivery string

// The delivery modes. The zero value means DeliveryRelay.
const (
	// DeliveryRelay sends every message through the server at Host (a
	// submission server or relay), which delivers it onwards.
	DeliveryRelay Delivery = "relay"
	// DeliveryDirect looks up each recipient domain's MX records and
	// delivers to them on port 25 without AUTH, as a mail server does.
	// Port 25 is often blocked by ISPs and clouds, and mail from a host
	// without SPF, DKIM and a matching PTR record usually lands in spam.
	DeliveryDirect Delivery = "direct"
)

// Auth holds SMTP authentication settings.
type Auth struct {
	Mechanism AuthMechanism `yaml:"mechanism" json:"mechanism"` // auto (default with a username), plain, login, cram-md5, xoauth2, oauthbearer, scram-sha-256 or none
	Username  string        `yaml:"username" json:"username"`   // the login; "" sends no AUTH
	Password  Secret        `yaml:"password" json:"password"`   // never printed or logged
	Token     Secret        `yaml:"token" json:"token"`         // a fixed OAuth2 access token, for xoauth2 and oauthbearer; it is never refreshed
	OAuth2    *OAuth2       `yaml:"oauth2" json:"oauth2"`       // how to get OAuth2 access tokens that refresh; nil: none

	// TokenSource hands out OAuth2 access tokens for xoauth2 and
	// oauthbearer, for a source built in code (a client-credentials or
	// refresh-token flow of golang.org/x/oauth2, or a caller's own). It
	// is asked for a token before each AUTH when the last one it gave is
	// missing or expired, and once more when the server refuses a token.
	// It cannot be set from a file or the environment (use OAuth2) and
	// never prints.
	TokenSource oauth2.TokenSource `yaml:"-" json:"-"`
}

// POPBeforeSMTP holds the POP3 login that opens the server's relay window
// (POP-before-SMTP).
type POPBeforeSMTP struct {
	Host               string        `yaml:"host" json:"host"`                                 // default: SMTP.Host
	Port               int           `yaml:"port" json:"port"`                                 // 0: by TLS mode (995 implicit, 110 otherwise)
	TLS                TLSMode       `yaml:"tls" json:"tls"`                                   // default starttls (STLS)
	InsecureSkipVerify bool          `yaml:"insecure_skip_verify" json:"insecure_skip_verify"` // accept any certificate: only for a server you trust
	Username           string        `yaml:"username" json:"username"`                         // the POP3 login; required
	Password           Secret        `yaml:"password" json:"password"`                         // never printed or logged
	Window             time.Duration `yaml:"window" json:"window"`                             // how long relaying stays open; 0: 15m

	// Timeout bounds the whole POP3 login (connection, TLS, commands); 0: 30s.
	Timeout time.Duration `yaml:"timeout" json:"timeout"`
	// AllowInsecureAPOP lets the login use APOP over an unencrypted
	// connection (tls none, or starttls-opportunistic without STLS): the
	// password does not cross the network, only an MD5 digest of it that
	// anyone on the path can attack offline. smtp.allow_insecure_auth
	// (which lets the password itself go in clear) allows it too.
	AllowInsecureAPOP bool `yaml:"allow_insecure_apop" json:"allow_insecure_apop"`
}

// Retry is the retry policy for temporary failures.
type Retry struct {
	MaxAttempts     int           `yaml:"max_attempts" json:"max_attempts"`         // 0: 5; 1: no retry (with max_ambiguous -1: exactly one attempt, as mailaction.WithoutRetries, for an engine that owns retries)
	InitialInterval time.Duration `yaml:"initial_interval" json:"initial_interval"` // 0: 1s
	MaxInterval     time.Duration `yaml:"max_interval" json:"max_interval"`         // 0: 5m
	MaxElapsed      time.Duration `yaml:"max_elapsed" json:"max_elapsed"`           // 0: 30m
	GreylistDelay   time.Duration `yaml:"greylist_delay" json:"greylist_delay"`     // minimum wait after a greylisting reply; 0: 5m
	// MaxAmbiguous is how many times a message is sent again after an
	// attempt whose outcome is unknown: the whole message went (the
	// final dot of DATA, or BDAT LAST) but the connection was lost, or
	// the reply did not come in time. The server may have taken it, so
	// each such resend may deliver a second copy (Result.MaybeDuplicated
	// says so). 0: 1; -1: never send again.
	MaxAmbiguous int `yaml:"max_ambiguous" json:"max_ambiguous"`
}

// Pool tunes a reusable Sender's connections.
type Pool struct {
	MaxConns     int           `yaml:"max_conns" json:"max_conns"`         // 0: 5
	MaxMessages  int           `yaml:"max_messages" json:"max_messages"`   // messages per connection before it is recycled; 0: 1000 (see DefaultPoolMaxMessages)
	IdleTimeout  time.Duration `yaml:"idle_timeout" json:"idle_timeout"`   // 0: 30s
	RateLimit    int           `yaml:"rate_limit" json:"rate_limit"`       // messages per RateInterval; 0: unlimited
	RateInterval time.Duration `yaml:"rate_interval" json:"rate_interval"` // 0: 1s
	// NoPipelining sends one command at a time even when the server offers
	// PIPELINING (RFC 2920), for a server that advertises it but mishandles it.
	NoPipelining bool `yaml:"no_pipelining" json:"no_pipelining"`
	// NoChunking sends the message with DATA even when the server offers
	// CHUNKING (RFC 3030 BDAT), for a server that mishandles BDAT.
	NoChunking bool `yaml:"no_chunking" json:"no_chunking"`
}

// SMTP holds everything needed to send through one SMTP server. Its zero
// value is not usable (Host and From are required) but every other field
// has a safe default: TLS required and verified, no credentials in clear
// text.
type SMTP struct {
	Host               string          `yaml:"host" json:"host"`                                 // the server's name or address; required for relay delivery
	Delivery           Delivery        `yaml:"delivery" json:"delivery"`                         // relay (default): through Host; direct: to each recipient domain's MX
	Port               int             `yaml:"port" json:"port"`                                 // 0: by TLS mode (587, 465, 25)
	TLS                TLSMode         `yaml:"tls" json:"tls"`                                   // default starttls, required
	TLSServerName      string          `yaml:"tls_server_name" json:"tls_server_name"`           // default: Host
	CAFile             string          `yaml:"ca_file" json:"ca_file"`                           // extra CA certificates (PEM)
	InsecureSkipVerify bool            `yaml:"insecure_skip_verify" json:"insecure_skip_verify"` // accept any certificate: only for a server you trust
	Auth               Auth            `yaml:"auth" json:"auth"`                                 // SMTP AUTH; zero: none
	AllowInsecureAuth  bool            `yaml:"allow_insecure_auth" json:"allow_insecure_auth"`   // allow credentials over plain text
	From               string          `yaml:"from" json:"from"`                                 // header From, "Name <addr>" allowed; required
	Sender             string          `yaml:"sender" json:"sender"`                             // envelope MAIL FROM; default: From
	HeloName           string          `yaml:"helo_name" json:"helo_name"`                       // EHLO name; default: the host's name
	POPBeforeSMTP      *POPBeforeSMTP  `yaml:"pop_before_smtp" json:"pop_before_smtp"`           // nil: no POP login before sending
	DKIM               *DKIM           `yaml:"dkim" json:"dkim"`                                 // nil: messages are not signed
	Timeout            time.Duration   `yaml:"timeout" json:"timeout"`                           // connect timeout; 0: 30s
	CommandTimeout     time.Duration   `yaml:"command_timeout" json:"command_timeout"`           // per command; 0: 5m (RFC 5321 suggests minutes)
	DataTimeout        time.Duration   `yaml:"data_timeout" json:"data_timeout"`                 // wait for the reply to the end of the message; 0: 10m (RFC 5321 §4.5.3.2.6)
	Retry              Retry           `yaml:"retry" json:"retry"`                               // retries of temporary failures
	RecipientPolicy    RecipientPolicy `yaml:"recipient_policy" json:"recipient_policy"`         // best-effort (default) or all-or-nothing
	Pool               Pool            `yaml:"pool" json:"pool"`                                 // connections of a reusable Sender
}

// Notifier holds the on-error notifier's settings.
type Notifier struct {
	To            []string      `yaml:"to" json:"to"`                         // who gets failure mails; required
	Cc            []string      `yaml:"cc" json:"cc"`                         // copied on every failure mail
	SubjectPrefix string        `yaml:"subject_prefix" json:"subject_prefix"` // default "[taskmail]"
	Spool         string        `yaml:"spool" json:"spool"`                   // folder; "" keeps failures in memory only
	FoldWindow    time.Duration `yaml:"fold_window" json:"fold_window"`       // same-fingerprint failures folded within; 0: 10m
	RateLimit     int           `yaml:"rate_limit" json:"rate_limit"`         // mails per RateInterval; 0: 10
	RateInterval  time.Duration `yaml:"rate_interval" json:"rate_interval"`   // 0: 1h
	Recovered     *bool         `yaml:"recovered" json:"recovered"`           // send "recovered" mails; nil: true
	QueueSize     int           `yaml:"queue_size" json:"queue_size"`         // in-memory queue; 0: 10000
}

// File is the layout of a taskmail configuration file.
type File struct {
	SMTP     SMTP     `yaml:"smtp" json:"smtp"`         // the server to send through
	Notifier Notifier `yaml:"notifier" json:"notifier"` // the on-error notifier; may be left out
}

// The defaults that a zero field stands for.
const (
	DefaultTimeout         = 30 * time.Second
	DefaultCommandTimeout  = 5 * time.Minute
	DefaultPOPWindow       = 15 * time.Minute
	DefaultPOPTimeout      = 30 * time.Second
	DefaultMaxAttempts     = 5
	DefaultInitialInterval = time.Second
	DefaultMaxInterval     = 5 * time.Minute
	DefaultMaxElapsed      = 30 * time.Minute
	DefaultGreylistDelay   = 5 * time.Minute
	// DefaultDataTimeout is the wait for the reply to the final dot (or
	// BDAT LAST) that RFC 5321 §4.5.3.2.6 asks for: the server may be
	// scanning or delivering the message meanwhile, and giving up sooner
	// risks a duplicate when the send is retried.
	DefaultDataTimeout = 10 * time.Minute
	// DefaultMaxAmbiguous is how often a message is sent again after an
	// attempt whose outcome is unknown.
	DefaultMaxAmbiguous = 1
)
