package river

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river/rivertype"
)

// rescuedError is the error River's rescuer records on a job whose worker
// stopped (was killed, crashed, lost its database connection) while the
// job ran. River's own words; they are not exported.
const rescuedError = "Stuck job rescued by JobRescuer"

// rescuedMark is the metadata key a reported rescued job gets, so that it
// is reported once, whichever process sweeps.
const rescuedMark = "taskmail_rescue_reported"

// ErrWorkerLost is the error a job discarded by River's rescuer is
// reported with: the process running its last attempt stopped before the
// attempt ended (killed, crashed), so no error handler ran for it.
var ErrWorkerLost = errors.New("the worker running the job's last attempt stopped before it ended (killed or crashed); River's rescuer discarded the job")

// Querier runs a query; *pgxpool.Pool, *pgx.Conn and pgx.Tx satisfy it.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// SweepRescued reports the jobs River's rescuer discarded within horizon
// (0: 24 hours) that no sweep has reported yet, and returns how many it
// reported. River gives no hook for them: when the process running a
// job's last attempt dies, the rescuer later marks the job discarded in
// the database, and no error handler runs, so without a sweep such a
// failure would never be mailed. Each job is claimed in the database
// (a metadata mark, in the same statement that finds it) before it is
// reported, so several processes may sweep the same schema ("" for the
// search_path's) and each job is reported once.
//
// Run it now and then (WatchRescued does), in each process or in one.
func (fn *FailureNotifier) SweepRescued(ctx context.Context, db Querier, schema string, horizon time.Duration) (int, error) {
	if horizon <= 0 {
		horizon = 24 * time.Hour
	}
	table := "river_job"
	if schema != "" {
		table = pgx.Identifier{schema, "river_job"}.Sanitize()
	}
	rows, err := db.Query(ctx, `UPDATE `+table+`
		SET metadata = jsonb_set(metadata, '{`+rescuedMark+`}', 'true'::jsonb)
		WHERE state = 'discarded'
		  AND finalized_at > now() - make_interval(secs => $1)
		  AND NOT (metadata ? '`+rescuedMark+`')
		  AND errors IS NOT NULL
		  AND errors[array_length(errors, 1)]->>'error' = $2
		RETURNING id, kind, queue, attempt, max_attempts, args, attempted_at, finalized_at`,
		horizon.Seconds(), rescuedError)
	if err != nil {
		return 0, fmt.Errorf("sweep rescued jobs: %w", err)
	}
	var jobs []*rivertype.JobRow
	for rows.Next() {
		var j rivertype.JobRow
		var attempt, maxAttempts int16
		var finalized *time.Time
		if err := rows.Scan(&j.ID, &j.Kind, &j.Queue, &attempt, &maxAttempts, &j.EncodedArgs, &j.AttemptedAt, &finalized); err != nil {
			rows.Close()
			return 0, fmt.Errorf("sweep rescued jobs: %w", err)
		}
		j.Attempt, j.MaxAttempts, j.FinalizedAt = int(attempt), int(maxAttempts), finalized
		jobs = append(jobs, &j)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("sweep rescued jobs: %w", err)
	}
	for _, j := range jobs {
		fn.report(ctx, j, ErrWorkerLost, "")
	}
	return len(jobs), nil
}

// WatchRescued runs SweepRescued every interval (0: a minute) until ctx
// ends. Sweep errors (the database unreachable for a while) are retried
// at the next interval.
func (fn *FailureNotifier) WatchRescued(ctx context.Context, db Querier, schema string, interval time.Duration) {
	if interval <= 0 {
		interval = time.Minute
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		_, _ = fn.SweepRescued(ctx, db, schema, 0)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
