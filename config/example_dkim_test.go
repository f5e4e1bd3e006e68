package config_test

import (
	"fmt"

	"github.com/taskmail/taskmail/config"
)

// Direct delivery with DKIM signing: no host, no credentials. Validate
// names what is missing, here the private key.
func ExampleDKIM() {
	cfg := config.SMTP{
		Delivery: config.DeliveryDirect,
		From:     "robot@example.org",
		HeloName: "runner01.example.org",
		DKIM:     &config.DKIM{Domain: "example.org", Selector: "taskmail2026"},
	}
	for _, fe := range config.FieldErrors(cfg.Validate()) {
		fmt.Println(fe.Key, "-", fe.Problem)
	}
	d := cfg.WithDefaults()
	fmt.Println("port", d.Port, "tls", d.TLS)
	h, b, _ := cfg.DKIM.CanonicalizationModes()
	fmt.Println("c=" + h + "/" + b)
	// Output:
	// smtp.dkim.private_key_file - missing
	// port 25 tls starttls-opportunistic
	// c=relaxed/relaxed
}
