package errors

import (
	"errors"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Reply
		err  bool
	}{
		{"one line", "554 5.7.1 <a@b.example>: Relay access denied",
			Reply{554, "5.7.1", "<a@b.example>: Relay access denied", []string{"554 5.7.1 <a@b.example>: Relay access denied"}}, false},
		{"CRLF", "530 5.7.0 Must issue a STARTTLS command first\r\n",
			Reply{530, "5.7.0", "Must issue a STARTTLS command first", []string{"530 5.7.0 Must issue a STARTTLS command first"}}, false},
		{"no enhanced code", "550 relay not permitted",
			Reply{550, "", "relay not permitted", []string{"550 relay not permitted"}}, false},
		{"multi-line, enhanced on each line", "550-5.1.1 The email account\r\n550-5.1.1 does not exist.\r\n550 5.1.1 Learn more",
			Reply{550, "5.1.1", "The email account does not exist. Learn more",
				[]string{"550-5.1.1 The email account", "550-5.1.1 does not exist.", "550 5.1.1 Learn more"}}, false},
		{"continuation without enhanced", "550-Please turn on SMTP Authentication\n550 authentication.",
			Reply{550, "", "Please turn on SMTP Authentication authentication.",
				[]string{"550-Please turn on SMTP Authentication", "550 authentication."}}, false},
		{"continuation line without its code", "550-first\nsecond\n550 third",
			Reply{550, "", "first second third", []string{"550-first", "second", "550 third"}}, false},
		{"code only", "421", Reply{421, "", "", []string{"421"}}, false},
		{"code and enhanced only", "550 5.7.1", Reply{550, "5.7.1", "", []string{"550 5.7.1"}}, false},
		{"qmail trailing enhanced", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
			Reply{553, "5.7.1", "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
				[]string{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"}}, false},
		{"qmail trailing enhanced before a last line of dots", "553-sorry, your envelope sender is in my badmailfrom list (#5.7.1)\r\n553 .",
			Reply{553, "5.7.1", "sorry, your envelope sender is in my badmailfrom list (#5.7.1) .",
				[]string{"553-sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "553 ."}}, false},
		{"bounce preamble", "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown",
			Reply{550, "5.1.1", "<a@example.com>: User unknown",
				[]string{"host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown"}}, false},
		{"number in text is not a code", "we saw 550 messages today",
			Reply{0, "", "we saw 550 messages today", []string{"we saw 550 messages today"}}, true},
		{"enhanced without basic code", "5.7.1 Relay access denied",
			Reply{0, "5.7.1", "Relay access denied", []string{"5.7.1 Relay access denied"}}, true},
		{"code out of range", "650 nope", Reply{0, "", "650 nope", []string{"650 nope"}}, true},
		{"code glued to text", "550abc", Reply{0, "", "550abc", []string{"550abc"}}, true},
		{"bad enhanced class", "550 3.1.1 x", Reply{550, "", "3.1.1 x", []string{"550 3.1.1 x"}}, false},
		{"enhanced part too long", "550 5.1111.1 x", Reply{550, "", "5.1111.1 x", []string{"550 5.1111.1 x"}}, false},
		{"empty", "", Reply{}, true},
		{"blank lines", "\r\n \n", Reply{}, true},
		{"tab separator", "550\tno", Reply{550, "", "no", []string{"550\tno"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("Parse(%q) error = %v, want error %v", tt.in, err, tt.err)
			}
			if err != nil && !errors.Is(err, ErrMalformedReply) {
				t.Errorf("Parse(%q) error %v does not match ErrMalformedReply", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}
