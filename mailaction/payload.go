package mailaction

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	gomail "github.com/wneessen/go-mail"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// payload is a message in wire form, without dot-stuffing: the BDAT
// payload. Headers, MIME structure and text parts are built once into a
// pooled buffer (lit); the bodies of attachments are not copied there but
// base64-encoded as they are written, from the caller's Data or straight
// from the file at Path, so that an attachment read from disk is never
// held in memory. Every write gives the same bytes, so a retried message
// is byte for byte the one first tried.
type payload struct {
	buf  *[]byte      // pooled; lit is its content
	lit  []byte       // every byte but the attachments' bodies, lines ending in CRLF
	atts []attachBody // in order; each goes at its offset in lit
	size int64        // bytes in all
}

// attachBody is an attachment's content, written base64-encoded at
// offset at of the payload's literal bytes.
type attachBody struct {
	at    int
	data  []byte // the content, or
	path  string // the file holding it
	n     int64  // its length in bytes
	field string // "Attachments[i]", for errors
}

// errAttachmentChanged is the cause when a file changed size between
// building the message and sending it.
var errAttachmentChanged = errors.New("the file changed size while the message was being sent")

// sourceError is a failure to read an attachment while writing the
// payload; the connection then holds part of a message and must be
// dropped.
type sourceError struct {
	field string
	err   error
}

func (e *sourceError) Error() string { return "cannot read " + e.field + ": " + e.err.Error() }
func (e *sourceError) Unwrap() error { return e.err }

// base64Size is the length of n bytes in base64 with lines of 76
// characters, each ending in CRLF.
func base64Size(n int64) int64 {
	enc := (n + 2) / 3 * 4
	return enc + (enc+75)/76*2
}

// writeTo writes the payload to w.
func (p *payload) writeTo(w io.Writer) error {
	off := 0
	for i := range p.atts {
		a := &p.atts[i]
		if _, err := w.Write(p.lit[off:a.at]); err != nil {
			return err
		}
		if err := a.writeTo(w); err != nil {
			return err
		}
		off = a.at
	}
	_, err := w.Write(p.lit[off:])
	return err
}

// release returns the buffer to the pool; p must not be used after.
func (p *payload) release() {
	if p.buf != nil {
		*p.buf = p.lit[:0] // keep what append grew
		putBuffer(p.buf)
	}
	*p = payload{}
}

// b64Line is the content of one base64 line of 76 characters; a block is
// as many lines as fit in one write of about 32 KiB.
const (
	b64Line  = 57
	b64Lines = 420
)

// b64Scratch holds the buffers of one attachment write.
type b64Scratch struct {
	in  [b64Line * b64Lines]byte
	out [(76 + 2) * b64Lines]byte
}

var b64Scratches = sync.Pool{New: func() any { return new(b64Scratch) }}

// writeTo writes the attachment's content to w, base64-encoded in lines
// of 76 characters. A file is read as it goes and must still hold the n
// bytes it held when the message was built.
func (a *attachBody) writeTo(w io.Writer) error {
	sc := b64Scratches.Get().(*b64Scratch)
	defer b64Scratches.Put(sc)
	var f *os.File
	if a.data == nil && a.path != "" {
		var err error
		if f, err = os.Open(a.path); err != nil {
			return &sourceError{a.field, err}
		}
		defer f.Close()
	}
	for left := a.n; left > 0; {
		k := min(left, int64(len(sc.in)))
		var in []byte
		if f != nil {
			if _, err := io.ReadFull(f, sc.in[:k]); err != nil {
				if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
					err = errAttachmentChanged
				}
				return &sourceError{a.field, err}
			}
			in = sc.in[:k]
		} else {
			off := a.n - left
			in = a.data[off : off+k]
		}
		left -= k
		out := sc.out[:0]
		for len(in) > 0 {
			line := in[:min(len(in), b64Line)]
			in = in[len(line):]
			out = base64.StdEncoding.AppendEncode(out, line)
			out = append(out, '\r', '\n')
		}
		if _, err := w.Write(out); err != nil {
			return err
		}
	}
	if f != nil {
		var one [1]byte
		if n, _ := f.Read(one[:]); n > 0 {
			return &sourceError{a.field, errAttachmentChanged}
		}
	}
	return nil
}

// mimeBuilder writes the MIME structure of a message into a stuffer
// without dots, the way go-mail lays it out: multipart/mixed around the
// attachments, multipart/related around inline ones, multipart/alternative
// around a text and an HTML body.
type mimeBuilder struct {
	st     *stuffer
	p      *payload
	levels []mimeLevel
}

type mimeLevel struct {
	boundary string
	parts    int
}

// newBoundary returns a random MIME boundary, as mime/multipart makes.
func newBoundary() string {
	var r [30]byte
	_, _ = rand.Read(r[:])
	return hex.EncodeToString(r[:])
}

// header writes one header line.
func (b *mimeBuilder) header(k, v string) {
	b.st.WriteString(k)
	b.st.WriteString(": ")
	b.st.WriteString(v)
	b.st.WriteString("\r\n")
}

// part starts a part with the given headers (sorted by name, as
// mime/multipart writes them): after the delimiter of the enclosing
// multipart, or at the top of the message when there is none.
func (b *mimeBuilder) part(headers [][2]string) {
	if n := len(b.levels); n > 0 {
		l := &b.levels[n-1]
		if l.parts > 0 {
			b.st.WriteString("\r\n")
		}
		l.parts++
		b.st.WriteString("--")
		b.st.WriteString(l.boundary)
		b.st.WriteString("\r\n")
	}
	if !sort.SliceIsSorted(headers, func(i, j int) bool { return headers[i][0] < headers[j][0] }) {
		sort.Slice(headers, func(i, j int) bool { return headers[i][0] < headers[j][0] })
	}
	for _, h := range headers {
		b.header(h[0], h[1])
	}
	b.st.WriteString("\r\n")
}

// open starts a multipart of the given subtype.
func (b *mimeBuilder) open(subtype string) {
	boundary := newBoundary()
	ct := "multipart/" + subtype + ";\r\n boundary=" + boundary
	if len(b.levels) == 0 {
		b.header("Content-Type", ct)
		b.st.WriteString("\r\n")
	} else {
		b.part([][2]string{{"Content-Type", ct}})
	}
	b.levels = append(b.levels, mimeLevel{boundary: boundary})
}

// close ends the innermost multipart.
func (b *mimeBuilder) close() {
	l := b.levels[len(b.levels)-1]
	b.levels = b.levels[:len(b.levels)-1]
	if l.parts > 0 {
		b.st.WriteString("\r\n")
	}
	b.st.WriteString("--")
	b.st.WriteString(l.boundary)
	b.st.WriteString("--\r\n")
}

// textHeaders are the headers of the text parts, the same for every
// message: made once, in the order mime/multipart writes them.
var textHeaders = map[string][][2]string{
	"text/plain": {{"Content-Transfer-Encoding", "quoted-printable"}, {"Content-Type", "text/plain; charset=UTF-8"}},
	"text/html":  {{"Content-Transfer-Encoding", "quoted-printable"}, {"Content-Type", "text/html; charset=UTF-8"}},
}

// text writes a text part, quoted-printable encoded.
func (b *mimeBuilder) text(contentType, body string) {
	b.part(textHeaders[contentType])
	writeQP(b.st, body)
}

// qpPlain marks the bytes quoted-printable leaves as they are (RFC 2045
// §6.7): printable ASCII but "=", and space and tab except at the end of
// a line.
var qpPlain = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = c != '='
	}
	t[' '], t['\t'] = true, true
	return t
}()

// writeQP writes body to st quoted-printable encoded, byte for byte as
// mime/quotedprintable does (lines end in CRLF). The lines that need no
// encoding, most of a typical text, are copied as they are; the others go
// through mime/quotedprintable's Writer, which is at the start of a line
// whenever a whole line is copied (it flushes at every line break).
func writeQP(st *stuffer, body string) {
	qp := quotedprintable.NewWriter(st)
	var chunk [4096]byte
	feed := func(s string) {
		for len(s) > 0 {
			k := copy(chunk[:], s)
			qp.Write(chunk[:k])
			s = s[k:]
		}
	}
	for len(body) > 0 {
		i := strings.IndexByte(body, '\n')
		if i < 0 {
			feed(body)
			break
		}
		line := strings.TrimSuffix(body[:i], "\r")
		if strings.IndexByte(line, '\r') >= 0 {
			// A CR inside a line leaves the Writer mid-line after the LF
			// (it takes the CR for the line break): it writes the rest.
			feed(body)
			break
		}
		if plainLine(line) {
			st.line(line)
		} else {
			feed(body[:i+1])
		}
		body = body[i+1:]
	}
	qp.Close()
}

// plainLine reports whether quoted-printable leaves line (without its
// line break) as it is: short enough to need no soft line break (the
// Writer breaks before a 76th character), only plain bytes, no space or
// tab at its end.
func plainLine(line string) bool {
	if len(line) > 75 {
		return false
	}
	for i := 0; i < len(line); i++ {
		if !qpPlain[line[i]] {
			return false
		}
	}
	if n := len(line); n > 0 && (line[n-1] == ' ' || line[n-1] == '\t') {
		return false
	}
	return true
}

// attachment writes an attachment's part headers and records where its
// body goes.
func (b *mimeBuilder) attachment(i int, a *Attachment, content []byte, size int64) {
	name := attachmentName(i, a)
	ctype := a.ContentType
	if ctype == "" {
		if ctype = mime.TypeByExtension(filepath.Ext(name)); ctype == "" {
			ctype = "application/octet-stream"
		}
	}
	fname := mime.QEncoding.Encode("UTF-8", sanitizeFilename(name))
	disposition := "attachment"
	headers := [][2]string{
		{"Content-Type", ctype + `; name="` + fname + `"`},
		{"Content-Transfer-Encoding", "base64"},
	}
	if a.Inline {
		disposition = "inline"
		headers = append(headers, [2]string{"Content-ID", "<" + sanitizeFilename(name) + ">"})
	}
	headers = append(headers, [2]string{"Content-Disposition", disposition + `; filename="` + fname + `"`})
	b.part(headers)
	body := attachBody{at: len(b.st.buf), data: content, n: size, field: "Attachments[" + strconv.Itoa(i) + "]"}
	if content == nil {
		body.path = a.Path
	}
	b.p.atts = append(b.p.atts, body)
	b.p.size += base64Size(size)
}

// attachmentName is the file name an attachment is shown with.
func attachmentName(i int, a *Attachment) string {
	name := a.Name
	if name == "" && a.Path != "" {
		name = filepath.Base(a.Path)
	}
	if name == "" {
		name = "attachment-" + strconv.Itoa(i+1)
	}
	return name
}

// sanitizeFilename replaces the characters that have no place in a file
// name shown in a header (controls, quotes, path separators) with "_", as
// go-mail does.
func sanitizeFilename(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c < 32 || c == 127 || bytes.IndexByte([]byte(`"/:<>?\|`), c) >= 0 {
			b[i] = '_'
		}
	}
	return string(b)
}

// attachmentContent returns an attachment's content when it is held in
// memory (Data, or a Reader, read once here), or nil and the size of the
// file at Path, which is read when the message is written.
func attachmentContent(i int, a *Attachment) (content []byte, size int64, err error) {
	field := "Attachments[" + strconv.Itoa(i) + "]"
	switch {
	case a.Data != nil:
		return a.Data, int64(len(a.Data)), nil
	case a.Reader != nil:
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(a.Reader); err != nil {
			return nil, 0, fmt.Errorf("cannot read %s (%s): %w", field, attachmentName(i, a), err)
		}
		return buf.Bytes(), int64(buf.Len()), nil
	case a.Path != "":
		fi, err := os.Stat(a.Path)
		if err != nil {
			return nil, 0, fmt.Errorf("cannot read %s: %w", field, err)
		}
		if !fi.Mode().IsRegular() {
			return nil, 0, fmt.Errorf("cannot read %s: %s is not a regular file", field, a.Path)
		}
		f, err := os.Open(a.Path)
		if err != nil {
			return nil, 0, fmt.Errorf("cannot read %s: %w", field, err)
		}
		f.Close()
		return nil, fi.Size(), nil
	}
	return nil, 0, nil
}

// buildPayload writes msg in wire form: the headers go-mail writes for m
// (which holds the addresses, subject and other headers, and no body),
// then the MIME structure and bodies, written here so that nothing is
// encoded twice and attachments are not copied (see payload).
func buildPayload(m *gomail.Msg, msg *Message) (*payload, *mailerrors.Error) {
	type attach struct {
		a       *Attachment
		i       int
		content []byte
		size    int64
	}
	var inline, attached []attach
	for i := range msg.Attachments {
		a := &msg.Attachments[i]
		if a.Data == nil && a.Reader == nil && a.Path == "" {
			return nil, messageError(mailerrors.KindSyntaxError, "Attachments["+strconv.Itoa(i)+"] has no content",
				"Set the attachment's Data, Reader or Path", nil)
		}
		content, size, err := attachmentContent(i, a)
		if err != nil {
			hint := "Check the attachment's Path"
			if a.Data == nil && a.Reader != nil {
				hint = "Check the attachment's Reader"
			}
			return nil, messageError(mailerrors.KindInvalidConfig, err.Error(), hint, err)
		}
		if a.Inline {
			inline = append(inline, attach{a, i, content, size})
		} else {
			attached = append(attached, attach{a, i, content, size})
		}
	}

	p := &payload{}
	// The text bodies are quoted-printable in the buffer: a little more
	// than their length for ASCII text.
	est := 2048 + len(msg.Text) + len(msg.HTML) + (len(msg.Text)+len(msg.HTML))/16 + 512*len(msg.Attachments)
	p.buf = getBuffer(est)
	st := newStuffer(*p.buf, false)
	if _, err := m.WriteTo(&st); err != nil {
		putBuffer(p.buf)
		return nil, messageError(mailerrors.KindInvalidConfig, "cannot build the message: "+err.Error(),
			"Check the message's headers", err)
	}
	b := &mimeBuilder{st: &st, p: p}
	if len(attached) > 0 {
		b.open("mixed")
	}
	if len(inline) > 0 {
		b.open("related")
	}
	switch {
	case msg.Text != "" && msg.HTML != "":
		b.open("alternative")
		b.text("text/plain", msg.Text)
		b.text("text/html", msg.HTML)
		b.close()
	case msg.HTML != "":
		b.text("text/html", msg.HTML)
	default:
		b.text("text/plain", msg.Text)
	}
	for _, a := range inline {
		b.attachment(a.i, a.a, a.content, a.size)
	}
	if len(inline) > 0 {
		b.close()
	}
	for _, a := range attached {
		b.attachment(a.i, a.a, a.content, a.size)
	}
	if len(attached) > 0 {
		b.close()
	}
	p.lit = st.finish()
	p.size += int64(len(p.lit))
	return p, nil
}
