package smtpauth_test

import (
	"fmt"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

func ExampleChoose() {
	offered := smtpauth.Offered("PLAIN LOGIN CRAM-MD5")
	fmt.Println(smtpauth.Choose(offered, config.Auth{Mechanism: config.AuthAuto, Username: "robot", Password: "s3cret"}))
	fmt.Println(smtpauth.Choose(offered, config.Auth{Mechanism: config.AuthXOAUTH2, Username: "robot", Token: "t0k"}))
	// Output:
	// cram-md5 true
	// xoauth2 false
}
