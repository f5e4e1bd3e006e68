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
	if s == "" {
		return s
	}
	// The expressions run only where their words are: most error texts
	// have none, and Notify should not pay for them.
	lower := strings.ToLower(s)
	if strings.Contains(lower, "://") && strings.Contains(s, "@") {
		s = redactURLUserinfo.ReplaceAllString(s, "${1}:"+redactedText+"@")
	}
	if strings.Contains(lower, "authorization") {
		s = redactAuthorization.ReplaceAllString(s, "${1}"+redactedText)
	}
	if strings.Contains(lower, "bearer") {
		s = redactBearer.ReplaceAllString(s, "${1}"+redactedText)
	}
	if strings.ContainsAny(s, "=:") && containsAnyOf(lower, pairKeys) {
		s = redactPair.ReplaceAllStringFunc(s, func(m string) string {
			sub := redactPair.FindStringSubmatch(m)
			if sub[2] == redactedText {
				return m
			}
			return sub[1] + redactedText
		})
	}
	return s
}

// pairKeys are the words one of which redactPair's key holds.
var pairKeys = []string{"pass", "pwd", "secret", "token", "key"}

func containsAnyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
