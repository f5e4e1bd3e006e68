package config

import (
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
)

// OAuth2Flow names the way OAuth2 access tokens are obtained.
type OAuth2Flow string

// The flows taskmail runs itself. Another flow (a device code, a managed
// identity, a workload identity) goes through Auth.TokenSource, set in code.
const (
	// OAuth2ClientCredentials gets a token for the application itself
	// with its client ID and secret (RFC 6749 §4.4): Microsoft 365's way
	// for a service sending as a mailbox it was granted.
	OAuth2ClientCredentials OAuth2Flow = "client-credentials"
	// OAuth2RefreshToken gets a token with a refresh token obtained once
	// by a person signing in (RFC 6749 §6): Gmail's way, and Microsoft
	// 365's for delegated access.
	OAuth2RefreshToken OAuth2Flow = "refresh-token"
)

// OAuth2 holds what is needed to get OAuth2 access tokens from a token
// endpoint, for the xoauth2 and oauthbearer mechanisms. The secrets never
// print.
type OAuth2 struct {
	Flow         OAuth2Flow `yaml:"flow" json:"flow"`                   // client-credentials or refresh-token; required
	TokenURL     string     `yaml:"token_url" json:"token_url"`         // the token endpoint, https (http only on a loopback address); required
	ClientID     string     `yaml:"client_id" json:"client_id"`         // the application's ID; required
	ClientSecret Secret     `yaml:"client_secret" json:"client_secret"` // required for client-credentials
	Scopes       []string   `yaml:"scopes" json:"scopes"`               // the scopes asked for, such as https://mail.google.com/
	RefreshToken Secret     `yaml:"refresh_token" json:"refresh_token"` // required for refresh-token
	AuthStyle    string     `yaml:"auth_style" json:"auth_style"`       // how the client authenticates: "" (detect), "header" or "params"
}

// Format prints o as fmt would print the struct, with its secrets
// redacted; see Auth.Format for why.
func (o OAuth2) Format(f fmt.State, verb rune) {
	type fields OAuth2 // the same fields, without this method
	formatFields(f, verb, fields(o), "config.fields", "config.OAuth2")
}

// UsesOAuth2 reports whether a gets its access tokens from somewhere that
// can give new ones: TokenSource or OAuth2. A fixed Token does not count.
func (a Auth) UsesOAuth2() bool {
	return a.TokenSource != nil || a.OAuth2 != nil
}

// HasToken reports whether a has any way to an OAuth2 access token: a
// fixed Token, a TokenSource or OAuth2 options.
func (a Auth) HasToken() bool {
	return a.Token.IsSet() || a.UsesOAuth2()
}

// IsOAuth reports whether m is one of the OAuth2 mechanisms, xoauth2 and
// oauthbearer.
func (m AuthMechanism) IsOAuth() bool {
	return m == AuthXOAUTH2 || m == AuthOAuthBearer
}

// copyOAuth2 makes a.OAuth2 a copy of its own, so that a copy of the
// options shares nothing with the caller's.
func (a *Auth) copyOAuth2() {
	if a.OAuth2 == nil {
		return
	}
	o := *a.OAuth2
	o.Scopes = slices.Clone(o.Scopes)
	a.OAuth2 = &o
}

// checkOAuth2 checks the token options of a, under the auth checker c, for
// the mechanism mech (auto already resolved from the empty one).
func (a Auth) checkOAuth2(c *checker, mech AuthMechanism) {
	sources := 0
	for _, set := range []bool{a.Token.IsSet(), a.TokenSource != nil, a.OAuth2 != nil} {
		if set {
			sources++
		}
	}
	if sources > 1 {
		c.fail("token", "Token", "", "more than one source of OAuth2 tokens (token, oauth2, a TokenSource in code)",
			"keep one: "+c.k("oauth2")+" or a TokenSource refresh the token, "+c.k("token")+" never does")
	}
	if a.UsesOAuth2() && mech != AuthAuto && mech != AuthNone && !mech.IsOAuth() {
		c.fail("mechanism", "Mechanism", string(mech), "mechanism "+string(mech)+" cannot use an OAuth2 token",
			"set "+c.k("mechanism")+" to auto, xoauth2 or oauthbearer")
	}
	if a.OAuth2 == nil {
		return
	}
	o := a.OAuth2
	oc := c.sub("oauth2", "OAuth2")
	oc.placeholder("client_secret", "ClientSecret", o.ClientSecret)
	oc.placeholder("refresh_token", "RefreshToken", o.RefreshToken)
	switch o.Flow {
	case OAuth2ClientCredentials:
		if !o.ClientSecret.IsSet() {
			oc.fail("client_secret", "ClientSecret", "", "the client-credentials flow needs the application's client secret",
				"set "+oc.k("client_secret")+" (or "+EnvName(oc.k("client_secret"))+")")
		}
	case OAuth2RefreshToken:
		if !o.RefreshToken.IsSet() {
			oc.fail("refresh_token", "RefreshToken", "", "the refresh-token flow needs a refresh token",
				"set "+oc.k("refresh_token")+" (or "+EnvName(oc.k("refresh_token"))+") to the refresh token a person's sign-in gave the application")
		}
	case "":
		oc.fail("flow", "Flow", "", "missing",
			"set it to client-credentials (Microsoft 365 applications) or refresh-token (Gmail, or Microsoft 365 on behalf of a user)")
	default:
		oc.fail("flow", "Flow", string(o.Flow), "unknown flow",
			"use client-credentials or refresh-token"+didYouMean(string(o.Flow), []string{string(OAuth2ClientCredentials), string(OAuth2RefreshToken)}))
	}
	if o.ClientID == "" {
		oc.fail("client_id", "ClientID", "", "missing", "set it to the application's client ID from its registration")
	}
	if problem, fix := checkTokenURL(o.TokenURL); problem != "" {
		oc.fail("token_url", "TokenURL", o.TokenURL, problem, fix)
	}
	switch o.AuthStyle {
	case "", "header", "params":
	default:
		oc.fail("auth_style", "AuthStyle", o.AuthStyle, "unknown client authentication style",
			"use header, params, or leave it out to detect it")
	}
	for i, s := range o.Scopes {
		if strings.TrimSpace(s) == "" || strings.ContainsAny(s, " \t\r\n") {
			oc.fail(fmt.Sprintf("scopes[%d]", i), fmt.Sprintf("Scopes[%d]", i), s, "not one scope",
				"write one scope per list item, such as https://mail.google.com/")
		}
	}
}

// checkTokenURL checks a token endpoint: an absolute https URL, or http on
// a loopback address (a local token service or a test).
func checkTokenURL(s string) (problem, fix string) {
	const example = "such as https://login.microsoftonline.com/TENANT/oauth2/v2.0/token or https://oauth2.googleapis.com/token"
	if s == "" {
		return "missing", "set it to the provider's token endpoint, " + example
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return "not an http(s) URL", "write the whole URL, " + example
	}
	if u.User != nil {
		return "has credentials in it", "remove them from the URL; the client ID and secret have options of their own"
	}
	if u.Scheme == "http" {
		ip := net.ParseIP(u.Hostname())
		if u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return "not https", "use https: the client secret and tokens would cross the network in clear"
		}
	}
	return "", ""
}
