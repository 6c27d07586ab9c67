package bot

import (
	"encoding/json"

	"github.com/newsbot/newsbot"
)

// MaxStoredAnswer is the largest answer row the bot stores (the answer as
// JSON), so that Show sources and feedback work without letting one
// question fill the database.
const MaxStoredAnswer = 64 << 10

// fitStored cuts an answer until its JSON fits MaxStoredAnswer: the text
// to what a reply can show, then sources from the last. The answer service
// bounds answers already; this holds whatever answerer the bot is given.
func fitStored(a *newsbot.Answer) {
	a.Answer = clip(a.Answer, MaxAnswerMessages*MessageLimit)
	for jsonSize(a) > MaxStoredAnswer {
		switch {
		case len(a.Citations) > 0:
			a.Citations = a.Citations[:len(a.Citations)-1]
		case len(a.Answer) > 1000:
			a.Answer = clip(a.Answer, len(a.Answer)/2)
		default:
			a.Note = clip(a.Note, 300)
			return
		}
	}
}

func jsonSize(a *newsbot.Answer) int {
	b, err := json.Marshal(a)
	if err != nil {
		return 0
	}
	return len(b)
}
