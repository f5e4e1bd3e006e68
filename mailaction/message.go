package mailaction

import (
	"io"
	"time"
)

// Priority is a message's importance, sent as X-Priority and Importance.
type Priority int

// The priorities. The zero value sends no priority headers.
const (
	PriorityNormal Priority = iota
	PriorityLow
	PriorityHigh
)

// Attachment is a file attached to a message. Exactly one of Data, Reader
// and Path is used, in that order.
//
// Data and Path are not copied: their content is base64-encoded as the
// message goes to the server, so a large file is streamed from disk and
// never held in memory. Data must not be modified, and the file at Path
// must keep its size, until Send returns (a file that changes size fails
// the Send with invalid_config; nothing is delivered).
type Attachment struct {
	Name        string    // file name shown to the recipient; default: base of Path
	ContentType string    // default: by extension, else application/octet-stream
	Data        []byte    // content
	Reader      io.Reader // content, read once into memory when the message is built
	Path        string    // content, read from this file each time the message is written to a server
	Inline      bool      // embed (Content-Disposition: inline) instead of attach
}

// Message is an email to send. The zero value plus one recipient is a valid
// (empty) message; From defaults to the configured From.
type Message struct {
	From        string // header From; default: config From
	To          []string
	Cc          []string
	Bcc         []string
	ReplyTo     string
	Subject     string
	Text        string // text/plain body
	HTML        string // text/html body; with Text: multipart/alternative
	Attachments []Attachment
	Headers     map[string]string // extra headers
	Priority    Priority
	MessageID   string    // default: generated once, then kept across retries
	Date        time.Time // default: when first sent

	// IdempotencyKey names one logical send across the attempts of a
	// workflow engine or job queue (for example a workflow ID plus an
	// activity ID, or a job ID). When MessageID is empty, the Message-ID
	// is derived from it (a hash, in From's domain), so every attempt of
	// the send carries the same Message-ID and receivers can tell
	// copies apart. The key itself is never sent.
	IdempotencyKey string

	// Recipients, when set, limits the envelope (RCPT TO) to these
	// addresses, each one of To, Cc or Bcc; the headers still show To and
	// Cc in full. Result.RetryMessage sets it, so that a retry goes only
	// to the recipients that did not get the message. Empty: everyone in
	// To, Cc and Bcc.
	Recipients []string
}

// Result says what happened to one message.
type Result struct {
	MessageID string        // the Message-ID that was sent
	Server    string        // host:port of the server that took the message
	Accepted  []string      // recipients the server accepted, as written in the envelope (RFC 5321: local part quoted where needed, domain in A-labels)
	Rejected  []string      // recipients the server refused, in the same form (their errors are in the returned error)
	Attempts  int           // delivery attempts made, 1 when the first succeeded
	Duration  time.Duration // from the call to its return
	Response  string        // the server's reply to the end of DATA
	// MX is, with direct delivery, the MX (host:port) that took the
	// message for each recipient domain; nil with relay delivery.
	MX map[string]string

	// AllOrNothing is set when the send ran under the all-or-nothing
	// recipient policy: RetryMessage then retries everyone or no one.
	AllOrNothing bool

	// MaybeDuplicated is true when an attempt of this Send ended with its
	// outcome unknown: the whole message had gone (the final dot of DATA,
	// or BDAT LAST) when the connection was lost, or the reply to it did
	// not come within DataTimeout, so the server may have taken the
	// message. If Send then sent it again (at most Retry.MaxAmbiguous
	// times, once by default) and succeeded, a recipient may have it
	// twice; if Send returned an error, the message may have been
	// delivered all the same, and a caller that sends it again may make a
	// duplicate.
	MaybeDuplicated bool
}
