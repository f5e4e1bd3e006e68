module github.com/taskmail/taskmail

go 1.26.8

require (
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/emersion/go-msgauth v0.7.0
	github.com/emersion/go-sasl v0.0.0-20241020182733-b788ff22d5a6
	github.com/emersion/go-smtp v0.25.1
	github.com/hashicorp/go-multierror v1.1.1
	github.com/miekg/dns v1.1.73
	github.com/wneessen/go-mail v0.8.1
	golang.org/x/net v0.57.0
	golang.org/x/oauth2 v0.38.0
	golang.org/x/text v0.40.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/hashicorp/errwrap v1.0.0 // indirect
	golang.org/x/crypto v0.54.0 // indirect
	golang.org/x/sys v0.47.0 // indirect
)
