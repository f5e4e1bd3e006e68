package config

import "strings"

// suggest returns the option s most likely stands for, or "" when none is
// likely: first an option s means (a word other programs use for it, see
// synonyms), then the option closest in spelling when it is close enough
// to be a typo. Options are compared ignoring case, with '-' and '_'
// treated alike.
func suggest(s string, options []string) string {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	n := norm(s)
	if meant, ok := synonyms[n]; ok {
		for _, o := range options {
			if norm(o) == meant {
				return o
			}
		}
	}
	best, bestDist := "", -1
	for _, o := range options {
		d := distance(n, norm(o))
		if bestDist < 0 || d < bestDist {
			best, bestDist = o, d
		}
	}
	// Allow one edit for short words, two for longer ones, and no more than
	// a third of the word: beyond that the "suggestion" is noise.
	limit := 2
	if len(n) <= 4 {
		limit = 1
	}
	if bestDist < 0 || bestDist > limit || bestDist*3 > len(n)+1 {
		return ""
	}
	return best
}

// synonyms maps words other mail programs and libraries use for an option
// to the option's key. suggest offers the key only when it is an option of
// the same section, so "user" suggests "username" under auth: and nothing
// elsewhere.
var synonyms = map[string]string{
	// auth:
	"user": "username", "login": "username", "user_name": "username", "account": "username", "smtp_user": "username",
	"pass": "password", "passwd": "password", "pwd": "password", "secret": "password", "smtp_password": "password", "pw": "password",
	"method": "mechanism", "mech": "mechanism", "mechanisms": "mechanism", "auth_method": "mechanism",
	"access_token": "token", "oauth_token": "token", "oauth2_token": "token", "bearer": "token",
	// smtp:
	"server": "host", "hostname": "host", "smtp_host": "host", "address": "host", "addr": "host", "smarthost": "host",
	"smtp_port": "port",
	"ssl":       "tls", "encryption": "tls", "security": "tls", "starttls": "tls", "secure": "tls", "tls_mode": "tls", "use_tls": "tls", "use_ssl": "tls",
	"server_name": "tls_server_name", "sni": "tls_server_name",
	"ca": "ca_file", "ca_cert": "ca_file", "ca_certs": "ca_file", "cafile": "ca_file", "ca_path": "ca_file", "ca_bundle": "ca_file", "root_ca": "ca_file",
	"skip_verify": "insecure_skip_verify", "insecure": "insecure_skip_verify", "no_verify": "insecure_skip_verify", "tls_skip_verify": "insecure_skip_verify",
	"insecure_auth": "allow_insecure_auth", "allow_plaintext_auth": "allow_insecure_auth",
	"from_address": "from", "sender_address": "from",
	"envelope_from": "sender", "return_path": "sender", "mail_from": "sender", "bounce_address": "sender",
	"ehlo": "helo_name", "helo": "helo_name", "ehlo_name": "helo_name", "local_name": "helo_name",
	"connect_timeout": "timeout", "dial_timeout": "timeout",
	"pop_before": "pop_before_smtp", "pop3": "pop_before_smtp", "pop": "pop_before_smtp",
	"retries": "max_attempts", "attempts": "max_attempts", "max_retries": "max_attempts",
	// notifier:
	"recipients": "to", "rcpt": "to", "subject": "subject_prefix", "spool_dir": "spool", "queue": "queue_size",
}

// didYouMean returns `; did you mean "x"?` for the closest option, or "".
func didYouMean(s string, options []string) string {
	if o := suggest(s, options); o != "" {
		return `; did you mean "` + o + `"?`
	}
	return ""
}

// distance is the Levenshtein edit distance between a and b, counting an
// adjacent transposition as one edit (optimal string alignment). Twenty
// lines do not warrant a dependency.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: two back, one back, current.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
