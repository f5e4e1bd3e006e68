package errors

import (
	"net/url"
	"strings"
)

// OAuthFacts is what the OAuth2 hints need to know of a failed login with
// OAuth2 tokens (xoauth2, oauthbearer): what the token endpoint said, what
// the server said in its RFC 7628 error JSON, and the options. It holds no
// token or secret.
type OAuthFacts struct {
	Host      string   // the SMTP server, such as smtp.office365.com
	TokenURL  string   // the token endpoint; "" when tokens come from code
	Flow      string   // "client-credentials", "refresh-token", "" when tokens come from code
	Scopes    []string // the scopes asked for
	Refreshed bool     // the server refused a token, a new one was got, and that was refused too
	Fixed     bool     // the token is a fixed one (auth.token), which nothing renews

	TokenError            string // the token endpoint's OAuth2 error code (invalid_grant, …); "" when a token was got
	TokenErrorDescription string // its error_description (Microsoft's start with an AADSTS code)
	Status                string // the status of the server's RFC 7628 error JSON (invalid_token, insufficient_scope); "" when none
}

// The scopes that allow SMTP, by provider.
const (
	ScopeMicrosoftDelegated   = "https://outlook.office.com/SMTP.Send"   // Microsoft 365, a user's sign-in (refresh-token)
	ScopeMicrosoftApplication = "https://outlook.office365.com/.default" // Microsoft 365, an application (client-credentials)
	ScopeGoogle               = "https://mail.google.com/"               // Gmail and Google Workspace
)

// OAuthHints returns the hints for e, a failure of a login with OAuth2
// tokens, most likely first given f: the fixes for a refused or expired
// refresh token, a wrong scope, an application not granted, SMTP AUTH
// turned off for a Microsoft 365 mailbox; then e's own hints, less those
// for a password login (forPasswordLogin), which an OAuth2 login is not.
func OAuthHints(e *Error, f OAuthFacts) []Hint {
	ms, google := oauthProvider(f)
	desc := strings.ToLower(f.TokenErrorDescription)
	text := strings.ToLower(e.Text)
	var lead []Hint
	add := func(h Hint) {
		if !containsHint(lead, h) {
			lead = append(lead, h)
		}
	}
	scope := scopeHint(ms, google, f.Flow)

	if e.Enhanced == "5.7.139" || strings.Contains(text, "smtpclientauthentication") || strings.Contains(text, "smtp_auth_disabled") {
		add(hintM365SMTPAuthDisabled)
	}
	switch f.TokenError {
	case "invalid_grant":
		if f.Flow == "client-credentials" {
			add(Hint{"The token endpoint refused the grant: check the tenant in auth.oauth2.token_url and that the application may use the client-credentials flow", "Auth.OAuth2.TokenURL"})
		} else {
			add(Hint{"The refresh token has expired or was revoked: sign in again to get a new one and set auth.oauth2.refresh_token (Google expires those of apps in testing after 7 days; a password change revokes them)", "Auth.OAuth2.RefreshToken"})
		}
	case "invalid_scope":
		add(scope)
	case "invalid_client":
		add(Hint{"Check auth.oauth2.client_id and auth.oauth2.client_secret: the token endpoint does not know this client or its secret (a Microsoft 365 client secret expires: make a new one in the app registration)", "Auth.OAuth2.ClientSecret"})
	case "unauthorized_client", "access_denied", "consent_required", "interaction_required":
		add(appNotGranted(ms))
	case "":
	default:
		if strings.Contains(desc, "aadsts65001") || strings.Contains(desc, "consent") {
			add(appNotGranted(ms))
		}
	}
	if strings.Contains(desc, "aadsts7000215") || strings.Contains(desc, "aadsts7000222") {
		add(Hint{"Microsoft 365: the client secret is wrong or has expired: make a new one in the app registration and set auth.oauth2.client_secret", "Auth.OAuth2.ClientSecret"})
	}
	if f.TokenError == "" && e.Stage == StageAuth && (e.Kind == KindAuthFailed || f.Status != "") {
		if f.Status == "insufficient_scope" {
			add(scope)
		}
		if f.Fixed {
			add(Hint{"auth.token is a fixed access token and is never renewed: it has likely expired (most last an hour); set auth.oauth2 or a TokenSource so that new ones are fetched", "Auth.OAuth2"})
		}
		if f.Refreshed {
			add(Hint{"The server refused a freshly fetched OAuth2 token: the token is not for this mailbox or lacks the SMTP scope; set auth.username to the mailbox the token was granted for", "Auth.Username"})
		}
		add(scope)
		add(appNotGranted(ms))
		if ms {
			add(hintM365SMTPAuthDisabled)
		}
	}
	out := lead
	for _, h := range e.Hints {
		if forPasswordLogin(h) || containsHint(out, h) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// forPasswordLogin reports whether h is a hint for a login with a
// password: about the password, or one of provider.go's that offer OAuth2
// as the way out (its fix for Microsoft's 5.7.139 is in the lead here).
func forPasswordLogin(h Hint) bool {
	text := strings.ToLower(h.Text)
	return h.Field == "Auth.Password" || strings.Contains(text, "password") || strings.Contains(text, "use oauth2")
}

var hintM365SMTPAuthDisabled = Hint{"Microsoft 365: SMTP AUTH is turned off for this mailbox or the tenant (5.7.139): turn on Authenticated SMTP for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check the tenant's setting; see https://aka.ms/smtp_auth_disabled", "Auth.Username"}

// scopeHint names the SMTP scope of the provider, or of both when the
// provider is not known.
func scopeHint(ms, google bool, flow string) Hint {
	msScope := ScopeMicrosoftDelegated
	if flow == "client-credentials" {
		msScope = ScopeMicrosoftApplication
	}
	switch {
	case ms:
		return Hint{"Ask for the scope that allows SMTP: " + msScope + " (Microsoft 365; " + ScopeMicrosoftDelegated + " for a user's sign-in, " + ScopeMicrosoftApplication + " for an application)", "Auth.OAuth2.Scopes"}
	case google:
		return Hint{"Ask for the scope that allows SMTP: " + ScopeGoogle + " (Gmail; the narrower gmail.send scope does not allow SMTP)", "Auth.OAuth2.Scopes"}
	}
	return Hint{"Ask for the scope that allows SMTP: " + msScope + " for Microsoft 365, " + ScopeGoogle + " for Gmail", "Auth.OAuth2.Scopes"}
}

// appNotGranted says how to grant the application access.
func appNotGranted(ms bool) Hint {
	if ms {
		return Hint{"Microsoft 365: grant the application admin consent for SMTP.SendAsApp (Office 365 Exchange Online), register its service principal in Exchange Online (New-ServicePrincipal) and give it access to the mailbox (Add-MailboxPermission)", "Auth.OAuth2.ClientID"}
	}
	return Hint{"Grant the application access to the mailbox: consent to its scopes (an administrator's consent where the organisation requires it)", "Auth.OAuth2.ClientID"}
}

// oauthProvider tells Microsoft 365 and Google from the token endpoint or
// the SMTP server's name.
func oauthProvider(f OAuthFacts) (ms, google bool) {
	host := strings.ToLower(f.Host)
	if u, err := url.Parse(f.TokenURL); err == nil {
		host += " " + strings.ToLower(u.Host)
	}
	ms = strings.Contains(host, "microsoftonline") || strings.Contains(host, "office365") || strings.Contains(host, "outlook")
	google = strings.Contains(host, "google") || strings.Contains(host, "gmail")
	return ms, google
}
