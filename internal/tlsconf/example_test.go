package tlsconf_test

import (
	"fmt"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

func ExamplePOP() {
	cfg := config.SMTP{
		Host:          "192.0.2.25",
		TLSServerName: "mail.example.org",
		POPBeforeSMTP: &config.POPBeforeSMTP{Host: "192.0.2.25"},
	}
	c, err := tlsconf.POP(cfg, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.ServerName)
	// Output:
	// mail.example.org
}
