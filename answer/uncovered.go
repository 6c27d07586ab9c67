package answer

import (
	"strings"

	"github.com/newsbot/newsbot/retrieval"
)

// An outcome asked by "who" (branch i10zd): "Who won the municipal
// election in Missouri?", "Which country won the goalball gold?", "Who was
// named Millbrook's new police chief?", "Who replaced Jean Charest?",
// "Who did Sarah Ball Johnson beat?". The answer is the one the outcome
// picked, and a report gives it by stating the outcome: a sentence that
// shares the question's names and topic ("occurred ... during a municipal
// election on April 5, 2022", "Charest is the leader of the Quebec Liberal
// Party") but states no win, appointment or succession names nobody in
// that role. Unlike other verbs, which a report may phrase in words no
// table of synonyms holds (and a verb no article writes is then taken as
// a paraphrase), an outcome is written in few ways: its verb, another of
// its group, or the group's nouns (winner, victory, successor,
// appointment). The same holds for the first holder of a role ("Who was
// the first director of the Peace Corps?" is not answered by the name of
// its director in 2008). The check reads the question's main verb only (right
// after who / which N, an auxiliary, or "did" and its subject), not a
// verb in a clause ("the lender *that won* the prize", "failed to win").

// outcomeVerbs maps a question's outcome verb to the words that state
// such an outcome.
var outcomeVerbs = func() map[string]map[string]bool {
	victory := "win wins won winner winners winning victory victories victor victorious beat beats beaten beating defeat defeats defeated defeating champion champions clinch clinched clinches triumph triumphed claimed"
	elect := "elect elected elects re-elected reelected president-elect voted"
	appoint := "name names named appoint appoints appointed appointment choose chooses chose chosen select selects selected selection pick picks picked nominate nominates nominated nomination hire hires hired tap taps tapped install installed become becomes became"
	succeed := "replace replaces replaced replacing replacement succeed succeeds succeeded successor predecessor"
	m := map[string]map[string]bool{}
	add := func(verbs, stated string) {
		set := setOf(stated)
		for _, v := range strings.Fields(verbs) {
			m[v] = set
		}
	}
	add("win wins won", victory+" "+elect)
	add("beat beats defeat defeats defeated", victory)
	add("elect elected", elect+" "+victory)
	add("named appointed chosen chose selected picked nominated hired tapped", appoint+" "+elect+" "+succeed)
	add("replace replaces replaced succeed succeeds succeeded", succeed+" "+appoint)
	return m
}()

// outcomeAux are the auxiliaries between "who" (or "which N") and an outcome
// verb: "Who *was* named", "Who *has been* appointed", "who *got* elected".
var outcomeAux = setOf("was were is are has have had been be will would got gets get")

// askedOutcome returns the words that state the outcome a "who" question
// asks for (see above), nil when it asks for none.
func (qs *question) askedOutcome() (map[string]bool, int) {
	ws := qs.ws
	if qs.want == wantTime {
		return qs.whenOutcome()
	}
	if qs.want != wantAgent {
		return nil, -1
	}
	i := 0
	for i < len(ws) && ws[i].lower != "who" && ws[i].lower != "which" && ws[i].lower != "whom" {
		i++
	}
	if i >= len(ws) || i > 2 {
		return nil, -1
	}
	j := i + 1
	if ws[i].lower == "which" {
		for n := 0; j < len(ws) && n < 3 && !outcomeAux[ws[j].lower] && outcomeVerbs[ws[j].lower] == nil && !ws[j].stop; n++ {
			j++ // "which *country* won", "which *US pair* beat"
		}
	}
	if j < len(ws) && (ws[j].lower == "did" || ws[j].lower == "does" || ws[j].lower == "will") {
		// "Who did Sarah Ball Johnson beat": the subject, then the verb
		for k := j + 1; k < len(ws) && k <= j+6; k++ {
			if outcomeVerbs[ws[k].lower] != nil {
				return outcomeVerbs[ws[k].lower], k
			}
			if ws[k].stop {
				break
			}
		}
		return nil, -1
	}
	for j < len(ws) && outcomeAux[ws[j].lower] {
		j++
	}
	if j >= len(ws) {
		return nil, -1
	}
	if stated := outcomeVerbs[ws[j].lower]; stated != nil {
		win := ws[j].lower == "won" || ws[j].lower == "win" || ws[j].lower == "wins"
		if win && (j+1 < len(ws) && ws[j+1].lower == "most" || j+2 < len(ws) && ws[j+1].lower == "the" && ws[j+2].lower == "most") {
			return nil, -1 // "Who won the most votes": a count, which a table of results states
		}
		return stated, j
	}
	// "Who was the first director of the Peace Corps?", "Who was Nepal's
	// first president?": the first holder is stated as such
	if j > i+1 && copulas[ws[j-1].lower] {
		k := j
		if ws[k].lower == "the" || ws[k].possessive {
			k++
		}
		if k < len(ws) && ws[k].lower == "first" {
			return firstWords, k
		}
	}
	return nil, -1
}

// firstWords state that someone was the first to hold a role or do a
// thing.
var firstWords = setOf("first 1st founding founded founder inaugural original earliest")

// outcomeUnstated reports whether a "who" question asks for an outcome
// that neither the sentence text nor its article's headline states.
func (sc *scoring) outcomeUnstated(text, title string) bool {
	stated, at := sc.qs.askedOutcome()
	if stated == nil {
		return false
	}
	if sc.qs.want == wantAgent && sc.contestNowhere(at) {
		return true
	}
	if sc.qs.want == wantAgent && successionVerbs[sc.qs.ws[at].lower] && sc.successorApart(at, text) {
		return true
	}
	if sc.qs.want == wantAgent && victoryVerbs[sc.qs.ws[at].lower] {
		// branch i10zm: a win is stated by the sentence itself, of the
		// contest asked ("won the Northern Counties Cup final" is not
		// stated by "reached the final" under a headline on a late
		// "winner"; "won the men's wheelchair basketball gold medal" not
		// by "beat South Africa" in a group match)
		if sc.contestApart(at, text, title) {
			return true
		}
		title = ""
	}
	for _, w := range words(text + " . " + title) {
		if stated[w] {
			return false
		}
	}
	return true
}

// contestEnds end the phrase an outcome verb is about: what follows a
// preposition places or qualifies the outcome.
var contestEnds = setOf("at in on for during against from with by over to into than")

// contestNowhere reports whether an ordinary word of what the outcome
// verb at ws[at] is about ("won the men's *goalball* gold", "named
// Millbrook's new police *chief*") is written by no retrieved article:
// a contest or an office the stored reports never name is not one they
// report the outcome of. The phrase ends at a preposition (contestEnds),
// a dating word or a comma ("won a single bronze medal each, and nothing
// else").
func (sc *scoring) contestNowhere(at int) bool {
	ws := sc.qs.ws
	for k := at + 1; k < len(ws) && !datingWords[ws[k].lower] && !contestEnds[ws[k].lower]; k++ {
		if t := sc.qs.wordTerm(ws[k].text); t >= 0 && !sc.vocab.has(t) {
			return true
		}
		if ws[k].stop {
			break
		}
	}
	return false
}

// whenOutcome returns the words that state the outcome a "when" question
// asks the date of ("When was Michael Astrue confirmed as commissioner?",
// "When did Ben Cardin retire?"): the verb after "when", an auxiliary
// and the subject; nil for other questions. A sentence that shares the
// subject's name and gives a date, but states no such outcome, dates
// something else.
func (qs *question) whenOutcome() (map[string]bool, int) {
	ws := qs.ws
	if len(ws) < 3 || ws[0].lower != "when" || !outcomeAux[ws[1].lower] && ws[1].lower != "did" && ws[1].lower != "does" {
		return nil, -1
	}
	for k := 2; k < len(ws) && k <= 8; k++ {
		if v := whenVerbs[ws[k].lower]; v != nil {
			return v, k
		}
		if ws[k].stop {
			break
		}
	}
	return nil, -1
}

// whenVerbs maps the outcome verbs a "when" question may ask the date of
// to the words that state them: those of outcomeVerbs, confirmation to an
// office, and departures from one.
var whenVerbs = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for v, set := range outcomeVerbs {
		m[v] = set
	}
	office := setOf("confirm confirmed confirms confirmation sworn swore swear appointed appoint appointment named nominated elected took")
	m["confirmed"] = office
	m["sworn"] = office
	leave := setOf("resign resigned resigns resignation retire retired retires retirement quit quits step stepped steps left leave leaves departure departed")
	for _, v := range strings.Fields("resign resigned retire retired quit") {
		m[v] = leave
	}
	// branch i10zj: "when did the USPTO open its Denver office?" is not
	// dated by a sentence on the office that states no opening; "When did
	// Colette Peters become head of the Oregon department?" not by one that
	// says she led it (nor by a headline on her swearing-in elsewhere)
	// (talks are opened as they begin: "would begin talks with the EU")
	opening := setOf("open opens opened opening reopen reopens reopened reopening inaugurated inauguration unveiled dedicated debut debuted begin begins began beginning start starts started launch launches launched")
	for _, v := range strings.Fields("open opens opened") {
		m[v] = opening
	}
	became := setOf("become becomes became becoming named appointed appointment took joined")
	for _, v := range strings.Fields("become became") {
		m[v] = became
	}
	return m
}()

// The outcome of a proceeding (branch i10zj): "Did Regions Bank appeal
// the fine?", "how much did the lender end up paying to settle with the
// CFPB?", "did the court rule against Security National?", "How many
// years was Madoff sentenced to?". A report of the suit, the fine or the
// charges names the parties and the case but not what came of it, and an
// outcome of a proceeding is written in few ways: its verb or the group's
// nouns (settlement, ruling, verdict, conviction). A lead sentence that
// states none of them, nor its headline, reports an earlier step of the
// case, not the outcome asked.

// proceedingVerbs maps a question's proceeding verb to the words that
// state that outcome.
var proceedingVerbs = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	add := func(verbs, stated string) {
		set := setOf(stated)
		for _, v := range strings.Fields(verbs) {
			m[v] = set
		}
	}
	add("appeal appeals appealed", "appeal appeals appealed appealing challenge challenged challenges contest contested")
	// a consent order or an agreement to pay is how a settlement is often reported
	add("settle settles settled", "settle settles settled settlement settlements settling resolve resolves resolved resolving resolution consent agreed agreement")
	// not "rule" or "rules", nouns as often ("took advantage of military rules")
	add("rule rules ruled", "ruled ruling rulings judge judged judgment judgement verdict decision decided found upheld overturned dismissed")
	add("sentence sentenced", "sentence sentenced sentences sentencing prison jail jailed")
	add("convict convicted", "convict convicted conviction convictions guilty verdict")
	add("acquit acquitted", "acquit acquitted acquittal cleared")
	add("plead pleads pleaded pled", "plead pleads pleaded pled plea pleas guilty")
	add("sue sues sued", "sue sues sued suing lawsuit lawsuits suit suits complaint complaints filed")
	return m
}()

// proceedingPast are the forms of proceedingVerbs that are verbs wherever
// they stand; the others ("appeal", "rule", "sentence") are nouns as
// often ("the 2017 rule", "their first appeal") and count only as the
// infinitive ("to settle") or the verb after an auxiliary and its subject
// ("did the court rule", "will the company appeal"), and not before "of"
// ("did the military rule of the Guerra Sucia last"). "Settled" is not
// read alone: a final is settled by a win ("How was the final settled?").
var proceedingPast = setOf("appealed ruled sentenced convicted acquitted pleaded pled sued")

var proceedingAux = setOf("did does do will would can could should may might")

// askedProceeding returns the words that state the outcome of a
// proceeding the question asks about, nil when it asks about none.
func (qs *question) askedProceeding() map[string]bool {
	if stated := qs.askedVerb(proceedingVerbs, proceedingPast); stated != nil {
		return stated
	}
	return qs.askedVerb(actionVerbs, actionPast)
}

// askedVerb returns the words that state the event of the first verb of
// verbs the question asks about (past forms wherever they stand, others
// as an infinitive or after an auxiliary and its subject), nil when it
// asks about none.
func (qs *question) askedVerb(verbs map[string]map[string]bool, past map[string]bool) map[string]bool {
	ws := qs.ws
	aux := -1
	for k, w := range ws {
		if proceedingAux[w.lower] {
			aux = k
		}
		stated := verbs[w.lower]
		if stated == nil || w.possessive {
			continue
		}
		if phrasal[w.lower] && (k+1 >= len(ws) || ws[k+1].lower != "off") {
			continue // "lay off", "laid off", not "laid the groundwork"
		}
		if past[w.lower] {
			return stated
		}
		if k > 0 && ws[k-1].lower == "to" {
			return stated
		}
		if k+1 < len(ws) && ws[k+1].lower == "of" {
			continue
		}
		if aux >= 0 && k-aux >= 2 && k-aux <= 5 && !determiners[ws[k-1].lower] && !ws[k-1].possessive && !ws[k-1].stop {
			return stated
		}
	}
	return nil
}

// An adverse action taken on the question's names (branch i10zm): "When
// did the FCA withdraw the bookletter?", "Which institution was penalized
// for sending out campaign material?", "When did the EAC decertify
// Unisyn's voting system?", "How many workers did Gulfmark lay off?". A
// report of the bookletter's approval, of the rule, of the system's
// certified fix or of a fire at the refinery names the same bodies and
// things but not the action asked, and such an action is written in few
// ways: its verb, another of its group or the group's nouns (withdrawal,
// penalty, layoffs). As with a proceeding, a lead sentence that states
// none of them, nor its headline, reports something else.

// actionVerbs maps a question's adverse-action verb to the words that
// state it.
var actionVerbs = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	add := func(verbs, stated string) {
		set := setOf(stated)
		for _, v := range strings.Fields(verbs) {
			m[v] = set
		}
	}
	undo := "withdraw withdraws withdrew withdrawn withdrawal rescind rescinds rescinded rescission revoke revokes revoked revocation repeal repeals repealed retract retracts retracted retraction cancel cancels canceled cancelled cancellation scrap scrapped abandon abandoned reverse reversed reversal overturned vacated invalidated"
	add("withdraw withdraws withdrew withdrawn rescind rescinded revoke revoked repeal repealed retract retracted", undo)
	add("decertify decertified", undo+" decertify decertifies decertified decertification suspend suspended suspension")
	add("penalize penalized penalise penalised sanction sanctioned punish punished fined", "penalize penalizes penalized penalise penalised penalty penalties fine fines fined sanction sanctions sanctioned punish punished punishment enforcement consent violation violations")
	add("lay laid", "laid lay layoff layoffs lay-off lay-offs furlough furloughed furloughs cut cuts cutting eliminate eliminated eliminating elimination dismissed fired jobs")
	return m
}()

// actionPast are the forms of actionVerbs that are verbs wherever they
// stand ("fine" is a noun as often: "how much was the fine").
var actionPast = setOf("withdrew withdrawn rescinded revoked repealed retracted decertified penalized penalised sanctioned punished fined laid")

// phrasal verbs of actionVerbs count only with their particle ("lay off").
var phrasal = setOf("lay laid")

// proceedingUnstated reports whether the question asks for the outcome of
// a proceeding that neither the sentence text nor its article's headline
// states.
func (sc *scoring) proceedingUnstated(text, title string) bool {
	stated := sc.qs.askedProceeding()
	if stated == nil {
		return false
	}
	for _, w := range words(text + " . " + title) {
		if stated[w] {
			return false
		}
	}
	return true
}

// victoryVerbs are the outcome verbs of a win, which a sentence states
// itself: a headline's "winner" is as often a match-winning goal.
var victoryVerbs = setOf("win wins won beat beats defeat defeats defeated")

// contestApart reports whether an ordinary word of the contest a win
// verb at ws[at] is about ("won the men's wheelchair basketball *gold
// medal*"), up to a preposition, a dating word or a comma, is written
// neither by the sentence text nor by its headline (in any form of its
// stem): the sentence reports a win in another contest. Names (written
// capitalised), numbers and quantifiers ("a *single* bronze medal
// *each*") are left to the other checks.
func (sc *scoring) contestApart(at int, text, title string) bool {
	ws := sc.qs.ws
	have := map[string]bool{}
	for _, w := range words(text + " . " + title) {
		have[w] = true
		have[retrieval.Stem(w)] = true
	}
	for k := at + 1; k < len(ws) && !datingWords[ws[k].lower] && !contestEnds[ws[k].lower]; k++ {
		w := ws[k]
		bare := strings.TrimSuffix(w.lower, "'s")
		if !isStop(w.lower) && !quantifiers[w.lower] && !isNumber(w.lower) && w.text == w.lower && !have[w.lower] && !have[retrieval.Stem(bare)] {
			return true
		}
		if w.stop {
			break
		}
	}
	return false
}

// quantifiers say how many won, not what.
var quantifiers = setOf("single each only both all most every either one two three")

// successionVerbs ask who followed a named holder ("Who replaced Luis
// Fennick as Dunmore manager?").
var successionVerbs = setOf("replace replaces replaced succeed succeeds succeeded")

// successorApart reports whether a succession question names the holder
// replaced (capitalised words right after the verb) and the lead sentence
// text writes none of that name's words: it states another succession
// ("Kerrow had replaced Martin Doyle"), or none.
func (sc *scoring) successorApart(at int, text string) bool {
	ws := sc.qs.ws
	have := setOf(strings.Join(words(text), " "))
	named := false
	for k := at + 1; k < len(ws) && k <= at+4; k++ {
		w := ws[k]
		if w.text == w.lower || w.start {
			break
		}
		named = true
		if have[strings.TrimSuffix(w.lower, "'s")] {
			return false
		}
		if w.stop || w.possessive {
			break
		}
	}
	return named
}
