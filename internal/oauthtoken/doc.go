// Package oauthtoken hands out the OAuth2 access tokens that the xoauth2
// and oauthbearer mechanisms send, for the Sender and the doctor alike.
//
// A Source keeps the last token it got and asks again only when that one
// is missing or about to expire, or when a server refused it (Refresh).
// Its errors say what the token endpoint answered (the OAuth2 error code
// and description, the HTTP status) and never hold a token or a secret.
package oauthtoken
