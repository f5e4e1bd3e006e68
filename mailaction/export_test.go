package mailaction

// WithoutChunking makes a Sender use DATA even when the server offers
// CHUNKING, so that tests reach the pipelined DATA path.
func WithoutChunking() Option { return func(o *options) { o.noChunking = true } }
