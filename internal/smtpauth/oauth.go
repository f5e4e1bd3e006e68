package smtpauth

import (
	"encoding/json"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
)

// Rejection is what a server said, in the RFC 7628 error JSON of its 334
// challenge, when it refused an OAuth2 token ({"status":"invalid_token",
// "scope":"...","schemes":"bearer"}). It holds no token.
type Rejection struct {
	Status  string `json:"status"`  // invalid_token, insufficient_scope, invalid_request, or a provider's own (Google: "401", "400")
	Scope   string `json:"scope"`   // the scope the server wants, when it says
	Schemes string `json:"schemes"` // "bearer"
}

// OAuth is an OAuth2 login (XOAUTH2 or OAUTHBEARER) that keeps the error
// JSON the server sent, if any, in Rejected after the exchange.
type OAuth struct {
	mech     config.AuthMechanism
	start    []byte // the initial response; it holds the token
	Rejected *Rejection
}

// NewOAuth returns the login of mech (xoauth2 or oauthbearer) as user with
// the access token; host and port are the server's, which OAUTHBEARER
// names (RFC 7628 §3.1). Like PLAIN it is built to go over any connection:
// the caller refuses unencrypted ones.
func NewOAuth(mech config.AuthMechanism, user, token, host string, port int) (*OAuth, error) {
	a := &OAuth{mech: mech}
	switch mech {
	case config.AuthXOAUTH2:
		// The same bytes as go-mail's XOAuth2Auth; written here to keep
		// the server's error challenge, which go-mail drops.
		a.start = []byte("user=" + user + "\x01auth=Bearer " + token + "\x01\x01")
	case config.AuthOAuthBearer:
		// go-sasl writes the RFC 7628 initial response; its Next turns
		// the server's error challenge into an error, which would make
		// go-mail abort with "*" instead of finishing the exchange as RFC
		// 7628 §3.2.3 asks, so only Start is used.
		_, ir, err := sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
			Username: saslName(user), Token: token, Host: host, Port: port,
		}).Start()
		if err != nil {
			return nil, err
		}
		a.start = ir
	default:
		return nil, &unknownError{mech}
	}
	return a, nil
}

type unknownError struct{ mech config.AuthMechanism }

func (e *unknownError) Error() string { return ErrUnknownMechanism.Error() + " " + string(e.mech) }
func (e *unknownError) Unwrap() error { return ErrUnknownMechanism }
func (a *OAuth) mechName() string     { return strings.ToUpper(string(a.mech)) }

var _ smtp.Auth = (*OAuth)(nil)

// Start sends the initial response with the token.
func (a *OAuth) Start(*smtp.ServerInfo) (string, []byte, error) {
	return a.mechName(), a.start, nil
}

// Next answers the server's error challenge (a 334 with the error JSON)
// with the empty response XOAUTH2 wants or the single %x01 of OAUTHBEARER
// (RFC 7628 §3.2.3), so that the server ends the exchange with its 535;
// the JSON is kept in Rejected.
func (a *OAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	var r Rejection
	if json.Unmarshal(fromServer, &r) == nil && r.Status != "" {
		a.Rejected = &r
	} else if a.Rejected == nil {
		a.Rejected = &Rejection{}
	}
	if a.mech == config.AuthOAuthBearer {
		return []byte{0x01}, nil
	}
	return []byte{}, nil
}

// saslName escapes "," and "=" in an authorization identity (RFC 5801 §4).
func saslName(s string) string {
	return strings.NewReplacer("=", "=3D", ",", "=2C").Replace(s)
}
