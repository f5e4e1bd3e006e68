package river_test

import "log/slog"

// quietLogger drops River's logs below error (a job that fails on purpose
// logs at info and warn).
func quietLogger() *slog.Logger {
	return slog.New(slog.DiscardHandler)
}
