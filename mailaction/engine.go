package mailaction

import (
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// RetryMessage returns the message for an engine's next attempt of a send
// of msg that returned r and err, or nil when no attempt can help
// (mailerrors.Retryable(err) is false, or nobody is left to send to).
//
// The retry goes only to the recipients that still need the message:
// those refused with a retryable failure, or, after a failure of the whole
// attempt (the connection lost, a 421), everyone not yet accepted and not
// refused for good. It keeps the Message-ID of r, so the attempts of one
// logical send carry one Message-ID, and it never goes to a recipient in
// r.Accepted. msg is not modified; the copy shares its attachments.
//
// Use it with a Sender made WithoutRetries, where a workflow engine or job
// queue owns retries: store the returned message (or its Recipients and
// MessageID) as the next attempt's input, and wait the duration that
// mailerrors.Retryable returns before it.
func (r *Result) RetryMessage(msg *Message, err error) *Message {
	if r == nil || msg == nil {
		return nil
	}
	if ok, _ := mailerrors.Retryable(err); !ok {
		return nil
	}
	all, e := envelopeOf(msg)
	if e != nil {
		return nil
	}
	in := func(list []string, a string) bool {
		for _, x := range list {
			if strings.EqualFold(x, a) {
				return true
			}
		}
		return false
	}
	var again, never []string
	wide := false
	for _, e := range mailerrors.All(err) {
		switch {
		case e.Recipient == "":
			wide = wide || retryable(e)
		case retryable(e):
			again = append(again, e.Recipient)
		default:
			never = append(never, e.Recipient)
		}
	}
	var rcpts []string
	for _, a := range all {
		if in(r.Accepted, a) || in(never, a) {
			continue
		}
		if wide || in(again, a) {
			rcpts = append(rcpts, a)
		}
	}
	if len(rcpts) == 0 {
		return nil
	}
	cp := *msg
	cp.Recipients = rcpts
	if r.MessageID != "" {
		cp.MessageID = r.MessageID
	}
	return &cp
}

// envelopeOf returns msg's envelope recipients, as Send would use them.
func envelopeOf(msg *Message) ([]string, *mailerrors.Error) {
	var lists [3][]listEntry
	for i, l := range [3][]string{msg.To, msg.Cc, msg.Bcc} {
		for _, v := range l {
			a, mb, e := parseAddress("To", v)
			if e != nil {
				return nil, e
			}
			lists[i] = append(lists[i], listEntry{a, mb})
		}
	}
	all := envelopeRecipients(lists[0], lists[1], lists[2])
	if len(msg.Recipients) > 0 {
		return onlyRecipients(all, msg.Recipients)
	}
	return all, nil
}
