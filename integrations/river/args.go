package river

import (
	"io"
	"time"

	"github.com/taskmail/taskmail/mailaction"
)

// KindSendEmail is the kind of SendEmail jobs.
const KindSendEmail = "taskmail_send_email"

// SendEmailArgs is a message to send, as a River job's arguments. It holds
// the message only: the server, the credentials and every other option
// stay with the worker's Sender, never in the job row.
type SendEmailArgs struct {
	From        string            `json:"from,omitempty"` // default: the Sender's From
	To          []string          `json:"to,omitempty"`
	Cc          []string          `json:"cc,omitempty"`
	Bcc         []string          `json:"bcc,omitempty"`
	ReplyTo     string            `json:"reply_to,omitempty"`
	Subject     string            `json:"subject,omitempty"`
	Text        string            `json:"text,omitempty"`
	HTML        string            `json:"html,omitempty"`
	Headers     map[string]string `json:"headers,omitempty"`
	Priority    int               `json:"priority,omitempty"` // a mailaction.Priority
	Attachments []Attachment      `json:"attachments,omitempty"`
	MessageID   string            `json:"message_id,omitempty"`
	Date        time.Time         `json:"date,omitzero"`

	// IdempotencyKey fixes the Message-ID (see mailaction.Message). Empty:
	// the worker uses the job's ID, so every attempt of the job carries one
	// Message-ID.
	IdempotencyKey string `json:"idempotency_key,omitempty"`
}

// Attachment is a file attached to a SendEmail job's message: its bytes,
// in the job row, or a path the worker reads.
type Attachment struct {
	Name        string `json:"name,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Data        []byte `json:"data,omitempty"`
	Path        string `json:"path,omitempty"` // read on the worker's machine
	Inline      bool   `json:"inline,omitempty"`
}

// Kind returns KindSendEmail.
func (SendEmailArgs) Kind() string { return KindSendEmail }

// Message returns the message the job sends.
func (a SendEmailArgs) Message() *mailaction.Message {
	m := &mailaction.Message{
		From: a.From, To: a.To, Cc: a.Cc, Bcc: a.Bcc, ReplyTo: a.ReplyTo,
		Subject: a.Subject, Text: a.Text, HTML: a.HTML, Headers: a.Headers,
		Priority: mailaction.Priority(a.Priority), MessageID: a.MessageID, Date: a.Date,
		IdempotencyKey: a.IdempotencyKey,
	}
	for _, at := range a.Attachments {
		m.Attachments = append(m.Attachments, mailaction.Attachment{
			Name: at.Name, ContentType: at.ContentType, Data: at.Data, Path: at.Path, Inline: at.Inline,
		})
	}
	return m
}

// ArgsFor returns the job arguments for msg. Attachments given as a
// Reader are read here, as a job row cannot hold a stream.
func ArgsFor(msg *mailaction.Message) (SendEmailArgs, error) {
	a := SendEmailArgs{
		From: msg.From, To: msg.To, Cc: msg.Cc, Bcc: msg.Bcc, ReplyTo: msg.ReplyTo,
		Subject: msg.Subject, Text: msg.Text, HTML: msg.HTML, Headers: msg.Headers,
		Priority: int(msg.Priority), MessageID: msg.MessageID, Date: msg.Date,
		IdempotencyKey: msg.IdempotencyKey,
	}
	for _, at := range msg.Attachments {
		data := at.Data
		if data == nil && at.Reader != nil {
			b, err := io.ReadAll(at.Reader)
			if err != nil {
				return SendEmailArgs{}, err
			}
			data = b
		}
		a.Attachments = append(a.Attachments, Attachment{
			Name: at.Name, ContentType: at.ContentType, Data: data, Path: at.Path, Inline: at.Inline,
		})
	}
	return a, nil
}
