package diagnose

import (
	"strings"
)

// verdict draws the most likely cause and the one change to make from the
// first failed step (the earliest failure is the one the others follow
// from), or from the first warning when nothing failed.
func verdict(r *Report) Verdict {
	pick := func(status Status) (Step, bool) {
		for _, s := range r.Steps {
			if s.Status == status {
				return s, true
			}
		}
		return Step{}, false
	}
	st, failed := pick(StatusFailed)
	if !failed {
		w, ok := pick(StatusWarning)
		if !ok {
			return Verdict{Cause: "no problem found: a send with these options would succeed"}
		}
		v := fromStep(w)
		v.Cause = "a send would succeed, but " + v.Cause
		return v
	}
	return fromStep(st)
}

func fromStep(s Step) Verdict {
	summary, _, _ := strings.Cut(s.Detail, "\n")
	v := Verdict{Step: s.Name, Kind: s.Kind, Cause: summary}
	if len(s.Hints) > 0 {
		v.Change = s.Hints[0].Text
		v.Field = s.Hints[0].Field
	}
	return v
}
