package mailaction

import (
	"regexp"
	"strings"
)

// redactedText replaces a secret found in text written to the spool.
const redactedText = "[redacted]"

var (
	// scheme://user:password@host: the password goes.
	redactURLUserinfo = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.\-]*://[^\s/:@]*):[^\s/]*@`)
	// password=..., token: ..., "api_key": "...", DB_PASSWORD=..., and
	// the like: the value goes, up to a space or a separator.
	redactPair = regexp.MustCompile(`(?i)([\w.\-]*(?:passw(?:or)?d|pwd|passphrase|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key)[\w.\-]*["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;"']+)`)
	// Authorization: Basic xyz (or any scheme), and Bearer xyz anywhere.
	redactAuthorization = regexp.MustCompile(`(?i)(\bauthorization["']?\s*[:=]\s*(?:[A-Za-z]+\s+)?)[^\s"',;]+`)
	redactBearer        = regexp.MustCompile(`(?i)\b(bearer\s+)[A-Za-z0-9._~+/\-]+=*`)
)

// redactSecrets blanks out what looks like a secret in s: the password of
// a URL (scheme://user:password@host), the value of a key=value or
// key: value pair whose key names a password, passphrase, token, secret,
// API, access or private key (DB_PASSWORD=x, "api_key": "x", token: x),
// an Authorization header's credential and a Bearer token. It is applied
// to the texts of a failure before they are written to the spool. It
// errs on the side of blanking: "unexpected token: }" loses its "}".
func redactSecrets(s string) string {
	if s == "" || !mayHoldSecret(s) {
		return s
	}
	s = redactURLUserinfo.ReplaceAllString(s, "${1}:"+redactedText+"@")
	s = redactAuthorization.ReplaceAllString(s, "${1}"+redactedText)
	s = redactBearer.ReplaceAllString(s, "${1}"+redactedText)
	s = redactPair.ReplaceAllStringFunc(s, func(m string) string {
		sub := redactPair.FindStringSubmatch(m)
		if sub[2] == redactedText {
			return m
		}
		return sub[1] + redactedText
	})
	return s
}

// mayHoldSecret is a quick test that spares the regular expressions on
// texts that hold none of their separators.
func mayHoldSecret(s string) bool {
	return strings.ContainsAny(s, "=:@ ")
}
