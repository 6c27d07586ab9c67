package attribution

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// The reporting verbs as a class: each entry is a verb's base form, its cue
// kind and how it behaves, and every word form (says, said, saying) is
// made from it by English morphology, so that a verb is known in all its
// forms or in none. The class follows the usual grouping of verbs of
// communication: verbs of saying and stating, of arguing and asserting, of
// telling and revealing, of complaining and criticising, of denying, of
// admitting and confirming, of reporting, of predicting and promising, and
// of urging and requesting. The forms written out in lexicon.go (with their
// hand-set flags) take precedence over the generated ones.

// verbEntry is one reporting verb of the class.
type verbEntry struct {
	base string
	kind newsbot.CueKind
	// loose verbs report speech whatever follows them ("said", "denied");
	// the others are strict: they report only before "that", a quotation
	// or a colon, or after the claimed words ("opined that ...", "the
	// plan was flawed, she contended").
	loose bool
	// noun: the base and -s forms are also nouns ("a claim", "the
	// reports"), which counts only after a subject.
	noun bool
	// past is an irregular past form ("told"); "" for the regular one.
	past string
}

// verbClass is the lexicon of reporting verbs by base form.
var verbClass = []verbEntry{
	// saying and stating
	{base: "say", kind: newsbot.CueStates, loose: true, past: "said"},
	{base: "state", kind: newsbot.CueStates, noun: true},
	{base: "declare", kind: newsbot.CueStates},
	{base: "announce", kind: newsbot.CueStates},
	{base: "proclaim", kind: newsbot.CueStates},
	{base: "remark", kind: newsbot.CueStates, noun: true},
	{base: "comment", kind: newsbot.CueStates, noun: true},
	{base: "mention", kind: newsbot.CueStates, noun: true},
	{base: "add", kind: newsbot.CueStates},
	{base: "note", kind: newsbot.CueStates, noun: true},
	{base: "observe", kind: newsbot.CueStates},
	{base: "explain", kind: newsbot.CueStates},
	{base: "clarify", kind: newsbot.CueStates},
	{base: "elaborate", kind: newsbot.CueStates},
	{base: "specify", kind: newsbot.CueStates},
	{base: "continue", kind: newsbot.CueStates},
	{base: "repeat", kind: newsbot.CueStates},
	{base: "reiterate", kind: newsbot.CueStates},
	// criticising: their noun-phrase object is the claim ("criticized the
	// official process", "condemned the attack")
	{base: "criticize", kind: newsbot.CueStates},
	{base: "criticise", kind: newsbot.CueStates},
	{base: "condemn", kind: newsbot.CueStates},
	{base: "denounce", kind: newsbot.CueStates},
	{base: "decry", kind: newsbot.CueStates},
	{base: "flag", kind: newsbot.CueStates, noun: true},
	{base: "recall", kind: newsbot.CueStates},
	{base: "recount", kind: newsbot.CueStates},
	{base: "write", kind: newsbot.CueStates, past: "wrote"},
	{base: "tweet", kind: newsbot.CueStates, noun: true},
	{base: "post", kind: newsbot.CueStates, noun: true},
	{base: "reply", kind: newsbot.CueStates, noun: true},
	{base: "respond", kind: newsbot.CueStates},
	{base: "answer", kind: newsbot.CueStates, noun: true},
	{base: "retort", kind: newsbot.CueStates},
	{base: "counter", kind: newsbot.CueStates},
	{base: "quip", kind: newsbot.CueStates, noun: true},
	{base: "joke", kind: newsbot.CueStates, noun: true},
	{base: "testify", kind: newsbot.CueStates},
	{base: "ask", kind: newsbot.CueStates},
	{base: "inquire", kind: newsbot.CueStates},
	{base: "enquire", kind: newsbot.CueStates},
	{base: "wonder", kind: newsbot.CueStates},
	// arguing, asserting and giving opinions
	{base: "claim", kind: newsbot.CueStates, noun: true},
	{base: "allege", kind: newsbot.CueStates, loose: true},
	{base: "argue", kind: newsbot.CueStates, loose: true},
	{base: "insist", kind: newsbot.CueStates, loose: true},
	{base: "maintain", kind: newsbot.CueStates},
	{base: "assert", kind: newsbot.CueStates},
	{base: "contend", kind: newsbot.CueStates},
	{base: "affirm", kind: newsbot.CueStates},
	{base: "aver", kind: newsbot.CueStates},
	{base: "opine", kind: newsbot.CueStates},
	{base: "reason", kind: newsbot.CueStates, noun: true},
	{base: "speculate", kind: newsbot.CueStates},
	{base: "hypothesize", kind: newsbot.CueStates},
	{base: "hypothesise", kind: newsbot.CueStates},
	{base: "posit", kind: newsbot.CueStates},
	// telling a listener: "reminds visitors that ..." (listenerVerbs)
	{base: "remind", kind: newsbot.CueStates},
	// its noun-phrase object is what is stated ("expressed his strong
	// commitment to ...", objectActBases)
	{base: "express", kind: newsbot.CueStates},
	{base: "theorise", kind: newsbot.CueStates},
	{base: "theorize", kind: newsbot.CueStates},
	{base: "suggest", kind: newsbot.CueStates},
	{base: "hint", kind: newsbot.CueStates, noun: true},
	{base: "imply", kind: newsbot.CueStates},
	{base: "indicate", kind: newsbot.CueStates},
	{base: "signal", kind: newsbot.CueStates, noun: true},
	{base: "stress", kind: newsbot.CueStates, noun: true},
	{base: "emphasise", kind: newsbot.CueStates},
	{base: "emphasize", kind: newsbot.CueStates},
	{base: "underline", kind: newsbot.CueStates},
	{base: "underscore", kind: newsbot.CueStates},
	{base: "recognise", kind: newsbot.CueStates},
	{base: "recognize", kind: newsbot.CueStates},
	{base: "agree", kind: newsbot.CueStates},
	{base: "concur", kind: newsbot.CueStates},
	{base: "find", kind: newsbot.CueStates, past: "found"},
	{base: "conclude", kind: newsbot.CueStates},
	{base: "boast", kind: newsbot.CueStates, noun: true},
	{base: "brag", kind: newsbot.CueStates},
	{base: "swear", kind: newsbot.CueStates, past: "swore"},
	// telling and revealing
	{base: "tell", kind: newsbot.CueStates, loose: true, past: "told"},
	{base: "disclose", kind: newsbot.CueReports},
	{base: "divulge", kind: newsbot.CueReports},
	{base: "report", kind: newsbot.CueReports, noun: true},
	// complaining and criticising
	{base: "complain", kind: newsbot.CueStates},
	{base: "lament", kind: newsbot.CueStates},
	{base: "protest", kind: newsbot.CueStates, noun: true},
	{base: "object", kind: newsbot.CueStates, noun: true},
	{base: "grumble", kind: newsbot.CueStates},
	{base: "charge", kind: newsbot.CueStates, noun: true},
	{base: "accuse", kind: newsbot.CueStates, loose: true},
	// denying
	{base: "deny", kind: newsbot.CueDenies, loose: true},
	{base: "reject", kind: newsbot.CueDenies, loose: true},
	{base: "dismiss", kind: newsbot.CueDenies, loose: true},
	{base: "dispute", kind: newsbot.CueDenies, loose: true, noun: true},
	{base: "refute", kind: newsbot.CueDenies, loose: true},
	{base: "rebut", kind: newsbot.CueDenies},
	{base: "repudiate", kind: newsbot.CueDenies},
	{base: "contradict", kind: newsbot.CueDenies},
	{base: "disavow", kind: newsbot.CueDenies},
	// admitting and confirming
	{base: "confirm", kind: newsbot.CueConfirms, loose: true},
	{base: "concede", kind: newsbot.CueConfirms, loose: true},
	{base: "admit", kind: newsbot.CueConfirms, loose: true},
	{base: "acknowledge", kind: newsbot.CueConfirms, loose: true},
	{base: "verify", kind: newsbot.CueConfirms},
	{base: "corroborate", kind: newsbot.CueConfirms},
	// predicting and promising
	{base: "warn", kind: newsbot.CueExpects, loose: true},
	{base: "caution", kind: newsbot.CueExpects, loose: true},
	{base: "predict", kind: newsbot.CueExpects, loose: true},
	// "projects that enrollment will fall": strict, and a noun in the base
	// and -s forms ("the projects", "a project"); "projected to" is a
	// passive (passivePrediction)
	{base: "project", kind: newsbot.CueExpects, noun: true},
	{base: "forecast", kind: newsbot.CueExpects, loose: true, noun: true, past: "forecast"},
	{base: "estimate", kind: newsbot.CueExpects, loose: true, noun: true},
	// strict: a prediction only before "that" or a clause ("expects Glenda
	// will cross"), not "expects pre-tax profit of ..." or "expected to"
	{base: "expect", kind: newsbot.CueExpects},
	{base: "promise", kind: newsbot.CueExpects, loose: true, noun: true},
	{base: "pledge", kind: newsbot.CueExpects, loose: true, noun: true},
	{base: "vow", kind: newsbot.CueExpects, loose: true, noun: true},
	{base: "threaten", kind: newsbot.CueExpects, loose: true},
	{base: "guarantee", kind: newsbot.CueExpects, noun: true},
	{base: "assure", kind: newsbot.CueExpects},
	// manner of speaking: "fumed that ...", `"...," she laughed`
	{base: "fume", kind: newsbot.CueStates},
	{base: "rage", kind: newsbot.CueStates},
	{base: "snap", kind: newsbot.CueStates, past: "snapped"},
	{base: "shout", kind: newsbot.CueStates},
	{base: "scream", kind: newsbot.CueStates},
	{base: "yell", kind: newsbot.CueStates},
	{base: "whisper", kind: newsbot.CueStates},
	{base: "mutter", kind: newsbot.CueStates},
	{base: "murmur", kind: newsbot.CueStates},
	{base: "exclaim", kind: newsbot.CueStates},
	{base: "gush", kind: newsbot.CueStates},
	{base: "sob", kind: newsbot.CueStates, past: "sobbed"},
	{base: "sigh", kind: newsbot.CueStates},
	{base: "laugh", kind: newsbot.CueStates},
	{base: "moan", kind: newsbot.CueStates},
	{base: "gripe", kind: newsbot.CueStates},
	{base: "rant", kind: newsbot.CueStates},
	{base: "thunder", kind: newsbot.CueStates},
	{base: "bellow", kind: newsbot.CueStates},
	{base: "plead", kind: newsbot.CueStates},
	{base: "beg", kind: newsbot.CueStates, past: "begged"},
	// urging and requesting
	{base: "urge", kind: newsbot.CueStates, loose: true},
	{base: "demand", kind: newsbot.CueStates, noun: true},
	{base: "request", kind: newsbot.CueStates, noun: true},
	{base: "recommend", kind: newsbot.CueStates},
	{base: "inform", kind: newsbot.CueStates},
	{base: "notify", kind: newsbot.CueStates},
	{base: "reaffirm", kind: newsbot.CueStates},
	{base: "restate", kind: newsbot.CueStates},
	{base: "reassert", kind: newsbot.CueStates},
	{base: "implore", kind: newsbot.CueStates},
	{base: "encourage", kind: newsbot.CueStates},
	{base: "instruct", kind: newsbot.CueStates},
	{base: "advise", kind: newsbot.CueStates},
	{base: "propose", kind: newsbot.CueStates},
}

// verbForms returns the base, third-person, past and -ing forms of a
// regular English verb, with the past given when it is irregular.
func verbForms(base, past string) (third, pastForm, ing string) {
	n := len(base)
	last := base[n-1]
	consonantY := last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2]))
	switch {
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") ||
		strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z"):
		third = base + "es"
	case consonantY:
		third = base[:n-1] + "ies"
	default:
		third = base + "s"
	}
	stem := base
	if doublesFinal(base) {
		stem = base + base[n-1:]
	}
	switch {
	case past != "":
		pastForm = past
	case last == 'e':
		pastForm = base + "d"
	case consonantY:
		pastForm = base[:n-1] + "ied"
	default:
		pastForm = stem + "ed"
	}
	switch {
	case last == 'e' && !strings.HasSuffix(base, "ee"):
		ing = base[:n-1] + "ing"
	default:
		ing = stem + "ing"
	}
	return third, pastForm, ing
}

// doublesFinal reports whether a verb doubles its last consonant before
// -ed and -ing: a stressed final syllable of consonant, one vowel,
// consonant ("admit", "rebut", "concur", "brag"). Stress is not
// written, so the rule is the usual spelling heuristic: one-syllable verbs
// and the two-syllable ones with stress on the end that this class holds.
func doublesFinal(base string) bool {
	switch base {
	case "admit", "rebut", "concur", "brag", "quip", "aver", "regret", "refer", "commit", "submit", "omit", "snap", "sob", "beg", "flag":
		return true
	}
	return false
}

// classVerbs holds every form of every verb of verbClass, with the flags
// the cue patterns use.
func classVerbs() map[string]cueVerb {
	m := map[string]cueVerb{}
	for _, v := range verbClass {
		third, past, _ := verbForms(v.base, v.past)
		strict := !v.loose
		m[v.base] = cueVerb{kind: v.kind, strict: strict, base: true, noun: v.noun, class: v.noun}
		m[third] = cueVerb{kind: v.kind, strict: strict, noun: v.noun, class: v.noun}
		m[past] = cueVerb{kind: v.kind, strict: strict}
	}
	return m
}

// classParticiples holds the -ing form of every verb of verbClass: ",
// opining that ...", "while conceding that ...".
func classParticiples() map[string]newsbot.CueKind {
	m := map[string]newsbot.CueKind{}
	for _, v := range verbClass {
		_, _, ing := verbForms(v.base, v.past)
		m[ing] = v.kind
	}
	return m
}

// officeTitles widen titleWords with the titles of offices and positions
// written before a name in the English-speaking press ("Premier Rebecca
// Thornley", "Special Agent Ana Ruiz", "Provost Mark Lee"): public offices,
// law and courts, universities and research, business and the media.
var officeTitles = []string{
	// public offices
	"premier", "treasurer", "charge", "chancellor", "councilman", "councilwoman", "councilmember",
	"assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman",
	"delegate", "selectman", "supervisor", "envoy", "consul", "trustee", "comptroller",
	"controller", "auditor", "registrar", "ombudsman", "sheriff", "undersheriff",
	"agent", "special", "td", "msp", "mla", "mep", "mpp", "mhk", "mhr", "acting", "interim", "assistant", "associate", "principal",
	"senior", "lead", "shadow", "secretary-general", "taoiseach", "tánaiste",
	// law and courts
	"solicitor", "barrister", "advocate", "counsel", "magistrate", "coroner", "inspector-general",
	// universities and research
	"provost", "rector", "lecturer", "researcher", "scientist", "co-author", "author",
	"economist", "analyst", "strategist", "historian",
	// business and media
	"founder", "co-founder", "owner", "partner", "editor", "publisher", "producer", "director",
	"journalist", "reporter", "correspondent", "columnist", "blogger", "commentator", "photographer",
	"filmmaker", "activist",
	"cfo", "coo", "cto", "president-elect", "chief-executive",
}

// titlePrefixes make a title of a title: "Co-founder", "Vice-Chair",
// "Ex-President", "Deputy-Governor".
var titlePrefixes = []string{"co-", "vice-", "ex-", "deputy-", "former-"}

func init() {
	for _, w := range officeTitles {
		titleWords[w] = true
	}
	for w := range titleWords {
		for _, p := range titlePrefixes {
			titleWords[p+w] = true
		}
	}
	// newspaper nameplate nouns: "told The Sun", "told the Nation".
	for _, w := range []string{"sun", "star", "mirror", "standard", "independent", "globe", "record",
		"nation", "inquirer", "examiner", "sentinel", "register", "ledger", "dispatch", "enquirer",
		"monitor", "mercury", "advertiser", "argus", "citizen", "bulletin", "statesman", "spectator",
		"economist", "herald", "age", "telegraph", "chronicle", "paper"} {
		outletWords[w] = true
	}
	// bodies named by a common noun before their name: "industry body
	// TechUK", "business lobby CBI".
	for _, w := range []string{"body", "lobby", "think-tank"} {
		companyNouns[w] = true
	}
	buildWordClasses() // last: after titleWords is complete
	buildDottedWords()
}

// classByIng maps the -ing form of every reporting verb (and of "call" for
// "calling for") to the verb's flags, for the progressive: "are warning
// that", "is claiming that".
var classByIng = func() map[string]cueVerb {
	m := map[string]cueVerb{"calling": {kind: newsbot.CueStates}}
	for _, v := range verbClass {
		third, past, ing := verbForms(v.base, v.past)
		cv, ok := verbs[past]
		if !ok {
			cv = verbs[third]
		}
		cv.base, cv.noun, cv.class = false, false, false
		m[ing] = cv
	}
	return m
}()

// progressive reports whether the -ing form at i is a reporting verb in
// the progressive, after a form of "be" (and an adverb): "are now
// reporting that", "is threatening a strike".
func progressive(ts []tok, i int) bool {
	if _, ok := classByIng[ts[i].lo]; !ok || i == 0 || ts[i].capped {
		return false
	}
	j := i - 1
	if j > 0 && (skipBack[ts[j].lo] || isLyAdverb(ts[j])) && !ts[j].is("had", "has", "have") {
		j--
	}
	return ts[j].is("is", "are", "was", "were", "'s", "'re", "been") && !ts[j].capped
}

// phrasalHeads are the forms of verbs that report speech with the
// particle "out": "pointed out that", "spelled out that".
var phrasalHeads = set("point", "points", "pointed", "pointing", "spell", "spells", "spelled", "spelt", "spelling")

// phrasal handles a phrasal reporting verb whose particle is at i:
// "Campaigners point out that ...", "the minister has pointed out that".
// Like a strict verb it needs "that", a quotation, a colon or a clause
// after it.
func (st *sentence) phrasal(i int) {
	ts := st.ts
	h := i - 1
	if h < 1 || ts[h].capped || ts[h-1].has(wcBlocker) || ts[h-1].has(wcPassive) && !strings.HasSuffix(ts[h].lo, "ing") {
		return
	}
	cv := cueVerb{kind: newsbot.CueStates, strict: true}
	if strings.HasSuffix(ts[h].lo, "ing") {
		if !progressive(ts, h) && !(ts[h-1].comma()) {
			return
		}
	}
	st.verb(i, cv)
	for k := len(st.out) - 1; k >= 0 && st.out[k].cue == ts[i].s; k-- {
		st.out[k].cue = ts[h].s + " " + ts[i].s
	}
}
