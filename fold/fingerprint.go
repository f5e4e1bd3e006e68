package fold

import "strings"

// Fingerprint identifies "the same failure": the task, the error kind
// ("" for a failure that is not a mail error) and the error text with its
// variable parts (numbers, ids, addresses) replaced (see Normalize).
func Fingerprint(task, kind, text string) string {
	return task + "\x1f" + kind + "\x1f" + Normalize(text)
}

// MaxNormalized bounds the part of an error text that counts for the
// fingerprint, so that a huge text does not make a huge key.
const MaxNormalized = 512

// Normalize replaces the parts of an error text that change from one
// occurrence of a failure to the next: UUIDs become <uuid>, email addresses
// <email>, IP addresses (with or without a port) <addr>, hex ids (0x...,
// or a run of hex digits mixing digits and letters) <hex>, and any other
// run of digits N.
//
// It is written by hand rather than as a chain of regular expressions
// because it runs once per failure in a storm: one pass over the text is
// some twenty times cheaper than seven regexp replacements.
func Normalize(text string) string {
	if len(text) > 4*MaxNormalized {
		text = text[:4*MaxNormalized]
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		if !isTokenByte(text[i]) {
			b = append(b, text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && isTokenByte(text[j]) {
			j++
		}
		b = appendToken(b, text[i:j])
		i = j
	}
	if len(b) > MaxNormalized {
		b = b[:MaxNormalized]
	}
	return strings.TrimSpace(string(b))
}

// isTokenByte reports whether c can be part of a word, number, address or
// id.
func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@' || c == ':' ||
		c == '[' || c == ']' || c >= 0x80
}

// appendToken appends tok, normalised, to b. Punctuation at its end (the
// colon of "10.0.0.1:25:", the full stop of a sentence) is kept as is.
func appendToken(b []byte, tok string) []byte {
	end := len(tok)
	for end > 0 && strings.IndexByte(".:-_", tok[end-1]) >= 0 {
		end--
	}
	core, tail := tok[:end], tok[end:]
	switch {
	case core == "":
	case isEmail(core):
		b = append(b, "<email>"...)
	case isUUID(core):
		b = append(b, "<uuid>"...)
	case isAddr(core):
		b = append(b, "<addr>"...)
	case isHexID(core):
		b = append(b, "<hex>"...)
	default:
		b = appendDigitless(b, core)
	}
	return append(b, tail...)
}

// appendDigitless appends s with each run of digits replaced by N.
func appendDigitless(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if i == 0 || !isDigit(s[i-1]) {
				b = append(b, 'N')
			}
			continue
		}
		b = append(b, s[i])
	}
	return b
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-1 && strings.IndexByte(s[at+1:], '@') < 0 && strings.IndexByte(s[at+1:], '.') > 0
}

// isUUID reports whether s is 8-4-4-4-12 hex digits.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// isAddr reports whether s is an IPv4 or IPv6 address, bracketed or not,
// with or without a port.
func isAddr(s string) bool {
	if host, port, ok := strings.Cut(s, "]:"); ok && strings.HasPrefix(host, "[") {
		return allDigits(port) && isIPv6(host[1:])
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return isIPv6(s[1 : len(s)-1])
	}
	if strings.Count(s, ":") <= 1 {
		host, port, hasPort := strings.Cut(s, ":")
		return isIPv4(host) && (!hasPort || allDigits(port))
	}
	return isIPv6(s)
}

func isIPv4(s string) bool {
	parts := 0
	for p := range strings.SplitSeq(s, ".") {
		if len(p) == 0 || len(p) > 3 || !allDigits(p) {
			return false
		}
		parts++
	}
	return parts == 4
}

// isIPv6 is loose on purpose: hex groups and at least two colons (a time
// such as 12:30:45 counts too, which is as variable).
func isIPv6(s string) bool {
	if strings.Count(s, ":") < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ':' && c != '.' && !isHex(c) {
			return false
		}
	}
	return true
}

// isHexID reports whether s is 0x followed by hex digits, or at least six
// hex digits mixing digits and letters (a commit, a container id).
func isHexID(s string) bool {
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return allHex(s[2:])
	}
	if len(s) < 6 || !allHex(s) {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	return digits > 0 && digits < len(s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return s != ""
}
