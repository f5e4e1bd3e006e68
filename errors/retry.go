package errors

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DefaultGreylistDelay is the wait RetryAfter gives a greylisting whose
// Error.Wait is unset. It equals config.DefaultGreylistDelay (this package
// imports nothing of taskmail's, so the value is repeated; a test keeps the
// two equal).
const DefaultGreylistDelay = 5 * time.Minute

// MaxServerWait caps a wait read from a server's words: a server that says
// "try again in 9999 hours" (by mistake, or to park its clients) holds a
// retry back a day at most.
const MaxServerWait = 24 * time.Hour

// RetryAfter returns the least wait before another attempt can help: for a
// greylisting, the greylist delay (Wait, as the Sender set it from
// retry.greylist_delay; DefaultGreylistDelay when unset); for any
// temporary failure whose reply names a wait ("try again in 30 seconds",
// "retry in 5 minutes"), that wait, capped at MaxServerWait; the larger of
// the two when both apply. It is 0 when no wait is known, and for a
// permanent failure, which no wait helps. Engines use it as the delay of
// their next attempt (a River snooze, a Temporal NextRetryDelay).
func (e *Error) RetryAfter() time.Duration {
	if e == nil || !e.Temporary {
		return 0
	}
	d := e.Wait
	if e.Kind == KindGreylisted && d <= 0 {
		d = DefaultGreylistDelay
	}
	return max(d, ServerWait(e.Text), 0)
}

// serverWaitRE finds a wait in a server's words: a number of seconds,
// minutes or hours after "in", "after", "for" or "wait". Servers word it
// many ways ("Try again in 60 seconds", "please retry after 5 min",
// "greylisted for 300 s", "wait 2 minutes"); there is no standard field
// for it in SMTP (RFC 5321 has none), so this is a pattern written here.
var serverWaitRE = regexp.MustCompile(`(?i)\b(?:in|after|for|wait(?:ing)?)\s+(\d{1,7})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b`)

// ServerWait returns the wait a server's reply text asks for ("try again
// in 5 minutes" gives 5m), capped at MaxServerWait; 0 when it names none.
// The largest one wins when the text names several.
func ServerWait(text string) time.Duration {
	var out time.Duration
	for _, m := range serverWaitRE.FindAllStringSubmatch(text, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			continue
		}
		unit := time.Second
		switch u := strings.ToLower(m[2]); {
		case strings.HasPrefix(u, "m"):
			unit = time.Minute
		case strings.HasPrefix(u, "h"):
			unit = time.Hour
		}
		d := MaxServerWait
		if int64(n) < int64(MaxServerWait/unit) {
			d = time.Duration(n) * unit
		}
		out = max(out, d)
	}
	return out
}

// Retryable reports whether another attempt of the send that returned err
// can help, and the least wait before it (the largest RetryAfter among the
// failures worth retrying). It is the one question an engine (Temporal,
// River, a plain loop) asks of any error taskmail returns, a multierror
// of several recipients' failures included:
//
//   - nil, or an error holding no *Error: false;
//   - a permanent failure of the whole message (one without a Recipient,
//     such as a relay denial at MAIL FROM or a refused DATA): false, even
//     when some recipients failed temporarily, since the message as a
//     whole would be refused again;
//   - otherwise true when at least one failure is retryable: temporary,
//     and of a kind that waiting can change (not relay_denied,
//     auth_required, tls_required, invalid_config, blocked or
//     policy_rejected, which servers also send as 4xx, nor a 4xx refusal
//     of the EHLO itself).
//
// Recipients refused permanently stay refused: a retry should go only to
// the others (see mailaction's Result.RetryMessage).
func Retryable(err error) (bool, time.Duration) {
	ok := false
	var wait time.Duration
	for _, e := range All(err) {
		if e.Recipient == "" && !e.Temporary {
			return false, 0
		}
		if e.retryable() {
			ok = true
			wait = max(wait, e.RetryAfter())
		}
	}
	if !ok {
		return false, 0
	}
	return true, wait
}

// retryable reports whether one failure is worth another attempt:
// temporary, except for what waiting will not change (a relay, auth or TLS
// policy, the options, a block or policy refusal, or a refusal of the EHLO
// itself).
func (e *Error) retryable() bool {
	if e == nil || !e.Temporary {
		return false
	}
	switch e.Kind {
	case KindRelayDenied, KindAuthRequired, KindTLSRequired,
		KindInvalidConfig, KindBlocked, KindPolicyRejected:
		return false
	}
	if e.Stage == StageEHLO && e.Code >= 400 && e.Code != 421 {
		return false
	}
	return true
}
