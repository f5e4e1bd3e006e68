package smtptest_test

import (
	"errors"
	"fmt"
	"net/smtp"
	"net/textproto"

	"github.com/taskmail/taskmail/internal/smtptest"
)

// A server that relays only for its own domain, like a Postfix without
// authentication.
func Example() {
	srv, err := smtptest.Start(smtptest.Config{Domains: []string{"local.test"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	msg := []byte("Subject: hello\r\n\r\nhello\r\n")
	err = smtp.SendMail(srv.Addr(), nil, "robot@client.test", []string{"someone@example.com"}, msg)
	var te *textproto.Error
	if errors.As(err, &te) {
		fmt.Println(te.Code, te.Msg)
	}

	err = smtp.SendMail(srv.Addr(), nil, "robot@client.test", []string{"alice@local.test"}, msg)
	fmt.Println(err, srv.Messages()[0].To)
	// Output:
	// 554 5.7.1 <someone@example.com>: Relay access denied
	// <nil> [alice@local.test]
}

// A fault: the first RCPT of the first session gets a 421 and the
// connection is closed, as a server that is shutting down does.
func ExampleFault() {
	srv, err := smtptest.Start(smtptest.Config{Faults: []smtptest.Fault{
		{Stage: smtptest.StageRcpt, Kind: smtptest.Fault421, Times: 1},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	msg := []byte("Subject: hello\r\n\r\nhello\r\n")
	for range 2 {
		err := smtp.SendMail(srv.Addr(), nil, "robot@client.test", []string{"alice@local.test"}, msg)
		var te *textproto.Error
		if errors.As(err, &te) {
			fmt.Println(te.Code, te.Msg)
		} else {
			fmt.Println(err)
		}
	}
	fmt.Println(len(srv.Messages()), "delivered")
	// Output:
	// 421 4.3.2 Service shutting down
	// <nil>
	// 1 delivered
}

// A rule: the server refuses one recipient the way Exchange Online does.
func ExampleRule() {
	srv, err := smtptest.Start(smtptest.Config{Rules: []smtptest.Rule{{
		Stage: smtptest.StageRcpt,
		Match: "@example.com",
		Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.54", Text: "SMTP; Unable to relay recipient in non-accepted domain"},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	err = smtp.SendMail(srv.Addr(), nil, "robot@client.test", []string{"bob@example.com"}, []byte("\r\nhi\r\n"))
	var te *textproto.Error
	if errors.As(err, &te) {
		fmt.Println(te.Code, te.Msg)
	}
	// Output:
	// 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain
}
