package config_test

import (
	"context"
	"fmt"

	"golang.org/x/oauth2/clientcredentials"

	"github.com/taskmail/taskmail/config"
)

// Microsoft 365 with an application's client credentials: the options
// name the flow, and the secret never prints.
func ExampleOAuth2() {
	f, err := config.LoadBytes([]byte(`
smtp:
  host: smtp.office365.com
  from: robot@example.org
  auth:
    username: robot@example.org
    oauth2:
      flow: client-credentials
      token_url: https://login.microsoftonline.com/TENANT_ID/oauth2/v2.0/token
      client_id: 00000000-0000-0000-0000-000000000000
      client_secret: the-client-secret
      scopes: [https://outlook.office365.com/.default]
`), "taskmail.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.SMTP.Validate())
	fmt.Printf("%+v\n", *f.SMTP.Auth.OAuth2)

	f.SMTP.Auth.OAuth2.Flow = "client_credentials"
	fmt.Println(f.SMTP.Validate())
	// Output:
	// <nil>
	// {Flow:client-credentials TokenURL:https://login.microsoftonline.com/TENANT_ID/oauth2/v2.0/token ClientID:00000000-0000-0000-0000-000000000000 ClientSecret:[redacted] Scopes:[https://outlook.office365.com/.default] RefreshToken: AuthStyle:}
	// config: smtp.auth.oauth2.flow (Auth.OAuth2.Flow) = "client_credentials": unknown flow; use client-credentials or refresh-token; did you mean "client-credentials"?
}

// A TokenSource set in code, here golang.org/x/oauth2's client-credentials
// flow; any other flow works the same way. It never prints.
func ExampleAuth_tokenSource() {
	cc := &clientcredentials.Config{
		ClientID:     "00000000-0000-0000-0000-000000000000",
		ClientSecret: "the-client-secret",
		TokenURL:     "https://login.microsoftonline.com/TENANT_ID/oauth2/v2.0/token",
		Scopes:       []string{"https://outlook.office365.com/.default"},
	}
	opts := config.SMTP{
		Host: "smtp.office365.com", From: "robot@example.org",
		Auth: config.Auth{Username: "robot@example.org", TokenSource: cc.TokenSource(context.Background())},
	}
	fmt.Println(opts.Validate())
	fmt.Printf("%+v\n", opts.Auth)
	// Output:
	// <nil>
	// {Mechanism: Username:robot@example.org Password: Token: OAuth2:<nil> TokenSource:[redacted]}
}
