// Package config holds taskmail's options: what a person says about the
// SMTP server to send through, the POP-before-SMTP login some servers want
// first, the retry policy, and the on-error notifier. It is data: loaded
// from a YAML file and the environment, shown to people, and checked before
// anything is sent. It imports nothing else of taskmail's.
//
// # Reading the options
//
// Load reads a file and applies the environment over it; LoadBytes reads
// YAML from memory; FromEnv reads the environment alone; ApplyEnv applies
// any lookup function (os.LookupEnv, or a map in tests) over a File. An
// unknown key is an error that names the key path and line and suggests the
// key that was probably meant, by meaning within its section first
// (auth.user: username) and by spelling after:
//
//	config: taskmail.yaml: smtp.hots (line 2): unknown key; did you mean "host"?
//
// # Checking the options
//
// SMTP.Validate, Notifier.Validate and File.Validate report every problem
// at once, as a *multierror.Error (github.com/hashicorp/go-multierror) of
// *FieldError. Each names the option by its file key (smtp.auth.username)
// and its Go field path (Auth.Username, the path remediation hints use),
// and says what to do. FieldErrors extracts them from an error.
//
// # Defaults
//
// The zero value of every field but Host and From is a safe default, and
// SMTP.WithDefaults and Notifier.WithDefaults return a copy with the
// defaults filled in. Security is never defaulted away:
//
//   - TLS is required: the zero TLS mode is starttls, which fails when the
//     server does not offer STARTTLS, and certificates are verified unless
//     insecure_skip_verify says otherwise in so many words.
//   - Credentials are never sent over a connection that may be plain text
//     (tls none or starttls-opportunistic): Validate refuses it unless
//     allow_insecure_auth is set. The same holds for the POP3 password;
//     APOP over such a connection (only a digest of the password crosses)
//     needs pop_before_smtp.allow_insecure_apop or allow_insecure_auth.
//   - The port follows the TLS mode: 587 for starttls, 465 for implicit,
//     25 for none; POP3 995 for implicit, 110 otherwise (with STLS).
//   - Secrets (passwords, tokens) are a Secret, which prints, marshals and
//     logs as "[redacted]".
//
// # The file
//
//	smtp:
//	  host: mail.example.org
//	  port: 587                 # 0 or absent: by tls mode
//	  tls: starttls             # starttls | starttls-opportunistic | implicit | none
//	  auth: {mechanism: auto, username: robot@example.org, password: "..."}
//	  from: robot@example.org
//	  sender: bounces@example.org   # envelope MAIL FROM; default: from
//	  helo_name: runner01.example.org
//	  pop_before_smtp: {host: mail.example.org, port: 995, tls: implicit, username: robot, password: "...", window: 15m}
//	  timeout: 30s
//	  retry: {max_attempts: 5, initial_interval: 1s, max_interval: 5m, max_elapsed: 30m, greylist_delay: 5m}
//	notifier:
//	  to: [oncall@example.org]
//	  spool: /var/lib/taskmail/spool
//
// Durations are written with a unit ("30s", "15m"). The remaining keys are
// those of the structs' yaml tags: smtp.tls_server_name, smtp.ca_file,
// smtp.insecure_skip_verify, smtp.allow_insecure_auth,
// smtp.command_timeout, smtp.data_timeout, smtp.retry.max_ambiguous,
// smtp.recipient_policy, smtp.pool.*, notifier.cc,
// notifier.subject_prefix, notifier.fold_window, notifier.rate_limit,
// notifier.rate_interval, notifier.recovered, notifier.queue_size.
//
// # The environment
//
// Every key has an environment variable, its path in capitals joined by
// underscores after TASKMAIL_ (EnvName), and a set variable wins over the
// file. An empty variable is ignored. Lists are comma-separated; booleans
// are true or false; setting any TASKMAIL_SMTP_POP_BEFORE_SMTP_ variable
// turns POP-before-SMTP on, and any TASKMAIL_SMTP_DKIM_ variable DKIM
// signing. The variables, as EnvNames returns them:
//
//	TASKMAIL_SMTP_HOST
//	TASKMAIL_SMTP_DELIVERY
//	TASKMAIL_SMTP_PORT
//	TASKMAIL_SMTP_TLS
//	TASKMAIL_SMTP_TLS_SERVER_NAME
//	TASKMAIL_SMTP_CA_FILE
//	TASKMAIL_SMTP_INSECURE_SKIP_VERIFY
//	TASKMAIL_SMTP_AUTH_MECHANISM
//	TASKMAIL_SMTP_AUTH_USERNAME
//	TASKMAIL_SMTP_AUTH_PASSWORD
//	TASKMAIL_SMTP_AUTH_TOKEN
//	TASKMAIL_SMTP_AUTH_OAUTH2_FLOW
//	TASKMAIL_SMTP_AUTH_OAUTH2_TOKEN_URL
//	TASKMAIL_SMTP_AUTH_OAUTH2_CLIENT_ID
//	TASKMAIL_SMTP_AUTH_OAUTH2_CLIENT_SECRET
//	TASKMAIL_SMTP_AUTH_OAUTH2_SCOPES
//	TASKMAIL_SMTP_AUTH_OAUTH2_REFRESH_TOKEN
//	TASKMAIL_SMTP_AUTH_OAUTH2_AUTH_STYLE
//	TASKMAIL_SMTP_ALLOW_INSECURE_AUTH
//	TASKMAIL_SMTP_FROM
//	TASKMAIL_SMTP_SENDER
//	TASKMAIL_SMTP_HELO_NAME
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_HOST
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_PORT
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_TLS
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_INSECURE_SKIP_VERIFY
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_USERNAME
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_PASSWORD
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_WINDOW
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_TIMEOUT
//	TASKMAIL_SMTP_POP_BEFORE_SMTP_ALLOW_INSECURE_APOP
//	TASKMAIL_SMTP_DKIM_DOMAIN
//	TASKMAIL_SMTP_DKIM_SELECTOR
//	TASKMAIL_SMTP_DKIM_PRIVATE_KEY_FILE
//	TASKMAIL_SMTP_DKIM_PRIVATE_KEY
//	TASKMAIL_SMTP_DKIM_HEADERS
//	TASKMAIL_SMTP_DKIM_CANONICALIZATION
//	TASKMAIL_SMTP_TIMEOUT
//	TASKMAIL_SMTP_COMMAND_TIMEOUT
//	TASKMAIL_SMTP_DATA_TIMEOUT
//	TASKMAIL_SMTP_RETRY_MAX_ATTEMPTS
//	TASKMAIL_SMTP_RETRY_INITIAL_INTERVAL
//	TASKMAIL_SMTP_RETRY_MAX_INTERVAL
//	TASKMAIL_SMTP_RETRY_MAX_ELAPSED
//	TASKMAIL_SMTP_RETRY_GREYLIST_DELAY
//	TASKMAIL_SMTP_RETRY_MAX_AMBIGUOUS
//	TASKMAIL_SMTP_RECIPIENT_POLICY
//	TASKMAIL_SMTP_POOL_MAX_CONNS
//	TASKMAIL_SMTP_POOL_MAX_MESSAGES
//	TASKMAIL_SMTP_POOL_IDLE_TIMEOUT
//	TASKMAIL_SMTP_POOL_RATE_LIMIT
//	TASKMAIL_SMTP_POOL_RATE_INTERVAL
//	TASKMAIL_SMTP_POOL_NO_PIPELINING
//	TASKMAIL_SMTP_POOL_NO_CHUNKING
//	TASKMAIL_NOTIFIER_TO
//	TASKMAIL_NOTIFIER_CC
//	TASKMAIL_NOTIFIER_SUBJECT_PREFIX
//	TASKMAIL_NOTIFIER_SPOOL
//	TASKMAIL_NOTIFIER_FOLD_WINDOW
//	TASKMAIL_NOTIFIER_RATE_LIMIT
//	TASKMAIL_NOTIFIER_RATE_INTERVAL
//	TASKMAIL_NOTIFIER_RECOVERED
//	TASKMAIL_NOTIFIER_QUEUE_SIZE
package config
