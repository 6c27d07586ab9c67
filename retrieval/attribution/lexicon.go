package attribution

import "github.com/newsbot/newsbot"

// cueVerb describes one reporting verb form.
type cueVerb struct {
	kind newsbot.CueKind
	// strict verbs have common non-reporting senses ("maintained a
	// moratorium", "responded to requests"): they report speech only when
	// followed by "that", a quotation, a colon or the end of the clause, or
	// when the claimed words come before them.
	strict bool
	// base forms (say, deny) need a plural subject: "to say", "did not
	// deny" are not claims.
	base bool
	// noun forms (reports, claims) are verbs only after a subject.
	noun bool
	// class marks a noun form made from the verb class (verbclass.go)
	// rather than written out here: it reports speech only before "that",
	// a quotation or a colon ("charges that ...", not "unauthorized
	// charges").
	class bool
}

func cues(kind newsbot.CueKind, strict, base, noun bool, words ...string) map[string]cueVerb {
	m := map[string]cueVerb{}
	for _, w := range words {
		m[w] = cueVerb{kind: kind, strict: strict, base: base, noun: noun}
	}
	return m
}

// verbs is the lexicon of reporting verbs, by form.
var verbs = merge(
	classVerbs(),
	cues(newsbot.CueStates, false, false, false, "said", "says", "told", "tells", "insisted", "insists"),
	cues(newsbot.CueStates, false, true, false, "say", "tell", "insist"),
	cues(newsbot.CueStates, true, false, true, "claims"),
	cues(newsbot.CueStates, false, false, true, "alleges", "argues"),
	cues(newsbot.CueStates, true, false, false, "claimed"),
	cues(newsbot.CueStates, false, false, false, "alleged", "argued", "accused", "accuses"),
	// blame is an accusation with its object first, as accuse is: "who
	// have blamed police for the death of a motorcyclist".
	cues(newsbot.CueStates, false, false, false, "blamed", "blames"),
	cues(newsbot.CueStates, true, false, false, "described", "describes"),
	cues(newsbot.CueStates, false, true, false, "claim", "allege", "argue"),
	cues(newsbot.CueStates, true, false, false, "added", "adds", "stated", "explained", "explains",
		"noted", "wrote", "writes", "tweeted", "posted", "stressed", "stresses", "emphasised",
		"emphasized", "recalled", "remarked", "commented", "replied", "responded", "answered",
		"countered", "reiterated", "declared", "announced", "maintained", "asserted", "testified",
		"suggested", "complained", "observed", "asked", "signalled", "signaled", "indicated",
		"found", "concluded", "finds", "concludes", "continued", "explained", "recounted"),
	cues(newsbot.CueStates, true, false, true, "notes", "states", "maintains"),
	// agency copy's verbs of emphasis, strict: "underlined that ...",
	// "highlighted that ...", "reaffirmed the importance of ..."
	// (needObject).
	cues(newsbot.CueStates, true, false, false, "underlined", "underscored", "reaffirmed", "highlighted"),
	cues(newsbot.CueStates, true, false, true, "underlines", "underscores", "reaffirms", "highlights"),
	// a cause credited, with its object first as blame takes it: "TVA
	// attributed the 2016 gains to two factors: ..." (the Sixteenth pass;
	// never right before "to": "a quote attributed to him" is a passive).
	cues(newsbot.CueStates, false, false, false, "attributed", "attributes"),
	// opinions held and said: "Donald Rae thinks the water taxi could
	// work", "She reckons she has made this crossing 9,000 times"; strict,
	// so only before "that" or a clause.
	cues(newsbot.CueStates, true, false, false, "thinks", "thought", "believes", "believed", "reckons",
		"reckoned", "feels", "felt"),
	cues(newsbot.CueStates, true, true, false, "think", "believe", "reckon", "feel"),
	// evidence put forward: "Court records show (that) ...", "An
	// investigation showed that ..."; strict, so "The video shows a man
	// running" and "TV shows" are no claims, and only evidence speaks
	// through them (evidenceSubject).
	cues(newsbot.CueStates, true, false, false, "showed"),
	cues(newsbot.CueStates, true, false, true, "shows"),
	cues(newsbot.CueStates, true, true, true, "show"),
	cues(newsbot.CueDenies, false, false, false, "denied", "denies", "rejected", "rejects", "dismissed",
		"dismisses", "disputed", "refuted", "contested"),
	cues(newsbot.CueDenies, false, true, false, "deny", "reject", "dispute"),
	cues(newsbot.CueConfirms, false, false, false, "confirmed", "confirms", "conceded", "concedes",
		"admitted", "admits", "acknowledged", "acknowledges"),
	cues(newsbot.CueConfirms, false, true, false, "confirm", "admit", "acknowledge", "concede"),
	cues(newsbot.CueReports, true, false, false, "reported"),
	cues(newsbot.CueReports, false, false, true, "reports", "report"),
	cues(newsbot.CueExpects, false, false, true, "forecast", "forecasts"),
	cues(newsbot.CueExpects, false, false, false, "warned", "warns", "predicted", "predicts",
		"promised", "promises", "pledged", "vowed", "vows", "threatened", "threatens",
		"estimated", "cautioned", "cautions"),
	// directives: "urged the inspector general to review ...".
	cues(newsbot.CueStates, false, false, false, "urged", "urges"),
	cues(newsbot.CueStates, false, true, false, "urge"),
	cues(newsbot.CueExpects, false, true, false, "warn", "predict", "promise", "pledge", "vow"),
)

// speakerActs after "and" start a second act of the speaker, not part of
// what was claimed: "said levels would peak and urged residents to leave".
var speakerActs = set("urged", "called", "appealed", "asked", "demanded", "announced", "pledged",
	"promised", "vowed", "warned", "added", "insisted", "acknowledged", "admitted", "denied",
	"accused", "criticised", "criticized", "praised", "welcomed", "thanked", "apologised",
	"apologized", "condemned", "rejected", "dismissed", "said", "told", "stressed", "noted")

// claimObjects may follow a strict "claimed" directly: "claimed victory".
var claimObjects = set("responsibility", "victory", "credit", "success", "ownership", "authorship")

// invertible verbs can come before their speaker: "..., said X". Verbs
// that take an object ("told X", "denied X") cannot.
var invertible = set("said", "says", "added", "adds", "wrote", "writes", "explained", "noted",
	"recalled", "insisted", "stated", "continued", "argued", "warned", "stressed", "remarked",
	"replied", "answered", "reported", "conceded", "admitted", "acknowledged", "countered", "asked",
	"responded", "cautioned", "announced", "declared", "opined", "observed", "quipped", "retorted",
	"recounted", "explains", "notes", "announces", "declares")

// findingVerbs report what a study or survey found; they come before their
// source only in research writing ("..., suggests a study by ..."); "found"
// and "showed" are left out: "Police searched the house, found the gun".
var findingVerbs = set("suggests", "suggested", "finds", "shows", "concludes", "concluded")

// participles report speech in a clause attached to a claim: "..., adding
// that", "while confirming that", "but conceded that".
var participles = mergeKinds(classParticiples(), map[string]newsbot.CueKind{
	"saying": newsbot.CueStates, "adding": newsbot.CueStates, "insisting": newsbot.CueStates,
	"noting": newsbot.CueStates, "arguing": newsbot.CueStates, "claiming": newsbot.CueStates,
	"stressing": newsbot.CueStates, "ruling": newsbot.CueStates, "confirming": newsbot.CueConfirms,
	"acknowledging": newsbot.CueConfirms, "conceding": newsbot.CueConfirms,
	"admitting": newsbot.CueConfirms, "denying": newsbot.CueDenies,
	"rejecting": newsbot.CueDenies, "warning": newsbot.CueExpects, "telling": newsbot.CueStates,
	"cautioning": newsbot.CueExpects, "urging": newsbot.CueStates,
})

// looseParticiples report speech whatever follows them; the other
// participles of the verb class need "that", a quotation or a colon.
var looseParticiples = set("saying", "adding", "insisting", "noting", "arguing", "claiming",
	"stressing", "ruling", "confirming", "acknowledging", "conceding", "admitting", "denying",
	"rejecting", "warning", "telling", "cautioning", "urging", "alleging", "stating")

func mergeKinds(ms ...map[string]newsbot.CueKind) map[string]newsbot.CueKind {
	out := map[string]newsbot.CueKind{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func merge(ms ...map[string]cueVerb) map[string]cueVerb {
	out := map[string]cueVerb{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// set is newsbot.WordSet, short for the word lists of this package.
var set = newsbot.WordSet

var (
	// honorifics stay with a name: "Dr. Amara Osei".
	honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
		"miss", "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "hon", "hon.")
	determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
		"their", "our", "my", "your", "such", "any", "no", "some", "every", "each")
	// notSubject words before a noun-or-verb form make it a noun: "the
	// reports", "conflicting claims", "media reports".
	notSubject = set("the", "a", "an", "these", "those", "this", "his", "her", "its", "their",
		"our", "such", "of", "in", "on", "to", "for", "with", "by", "from", "about", "conflicting",
		"new", "similar", "media", "press", "news", "any", "no", "some", "many", "other", "earlier",
		"recent", "unconfirmed", "initial", "that", "which", "who", "first", "latest")
	// blockers before a base or any form: "to say", "did not deny", "was told".
	blockers = set("to", "not", "n't", "never", "did", "does", "do", "could", "would", "will",
		"may", "might", "should", "must", "cannot", "can", "shall")
	passives = set("is", "are", "was", "were", "be", "been", "being")
	// skipBack are adverbs and auxiliaries between a subject and its verb.
	skipBack = set("also", "both", "later", "previously", "earlier", "separately", "meanwhile", "again",
		"repeatedly", "publicly", "privately", "then", "had", "has", "have", "already", "initially",
		"first", "once", "reportedly", "further", "subsequently", "now", "today", "yesterday",
		"however", "too", "originally", "had", "flatly", "strongly", "firmly", "vehemently",
		"angrily", "quickly", "swiftly", "immediately", "officially", "formally", "specifically",
		"personally", "recently", "both", "all", "each", "long", "often", "consistently",
		"frequently", "always", "privately", "openly", "explicitly", "bluntly", "simply", "only",
		"twice", "thrice", "still", "even", "jointly", "instead")
	// openersWords start a clause: the subject of a verb comes after them.
	openersWords = set("what", "how", "why", "after", "before", "when", "while", "as", "because", "since", "although",
		"though", "if", "unless", "that", "which", "who", "whom", "where", "whereas", "but", "so",
		"yet", "until", "once", "whether", "and", "or", "nor", "than", "even")
	// leading connectives are dropped from the start of a subject.
	connectives = set("but", "and", "however", "meanwhile", "still", "yet", "also", "separately",
		"moreover", "instead", "indeed", "so", "now", "then", "or")
	pronouns = map[string]string{"he": "m", "she": "f", "it": "n", "they": "p", "we": "p", "i": "s",
		"him": "m", "her": "f", "them": "p"}
	// hearers are the usual listeners after "told": "told reporters".
	hearerNouns = set("reporters", "journalists", "court", "parliament", "lawmakers", "legislators",
		"supporters", "analysts", "agency", "newspaper", "television", "radio", "conference",
		"audience", "crowd", "committee", "hearing", "jury", "judge", "students", "investors",
		"delegates", "senators", "members", "congress", "media", "me", "us", "him", "her", "them",
		"channel", "broadcaster", "station", "website", "outlet", "magazine", "paper", "briefing",
		"assembly", "council", "press", "correspondent", "interviewer", "podcast", "workers",
		"staff", "employees", "residents", "villagers", "mourners", "colleagues", "officials",
		"clients", "customers", "shareholders", "fans", "parents", "voters", "readers", "viewers",
		"listeners", "donors", "councillors",
		"programme", "program", "show", "network", "service", "daily", "weekly", "outlet")
	// mannerNouns head a phrase that says how a claim was made: "in a
	// statement", "at a news conference", "on a call".
	mannerNouns = set("statement", "statements", "interview", "tweet", "post", "posting", "update",
		"briefing", "address", "speech", "letter", "email", "message", "conference", "report",
		"note", "broadcast", "video", "comments", "remarks", "call", "twitter", "facebook",
		"telegram", "x", "instagram", "media", "television", "radio", "podcast", "blog", "release",
		"communique", "communiqué", "filing", "document", "documents", "appearance", "hearing",
		"testimony", "session", "meeting", "rally", "summit", "forum", "sermon", "op-ed", "column",
		"editorial", "affidavit", "phone", "telephone", "text", "mail", "spokesman",
		"spokeswoman", "spokesperson", "channel", "website", "account", "reporters", "journalists")
	// courtDocuments head a manner phrase only after a determiner or a
	// modifier: "wrote in a 45-page order that" (not "in order to").
	courtDocuments = set("order", "ruling", "opinion", "judgment", "judgement", "decision",
		"complaint", "lawsuit", "indictment", "verdict", "dissent")
	// sourceNouns in "figures from X", "a statement by X": the speaker is X.
	sourceNouns = set("figures", "data", "statement", "report", "count", "tally", "estimates",
		"estimate", "documents", "records", "filing", "filings", "statistics", "numbers", "results",
		"a", "the", "preliminary", "official", "latest", "new", "initial", "provisional", "final",
		"court", "reports", "accounts", "account", "footage", "images", "survey", "poll", "research",
		"analysis", "study", "readout", "transcript", "tweets", "tweet", "posts")
	sourceAdjs = set("annual", "quarterly", "monthly", "weekly", "daily", "internal", "leaked", "unreleased",
		"confidential", "draft", "unpublished", "recent", "detailed", "written", "joint",
		"independent", "government", "police", "hospital", "company", "census", "economic")
	// orgWords mark a capitalised name as an organisation, not a person.
	orgWords = set("observatory", "organization", "organisation", "ministry", "agency", "council",
		"committee", "commission", "party", "alliance", "front", "army", "forces", "force", "group",
		"union", "nations", "office", "department", "government", "kremlin", "energy",
		"construction", "company", "corporation", "corp", "inc", "ltd", "bank", "fund", "institute",
		"university", "court", "police", "service", "authority", "news", "times", "post", "press",
		"media", "network", "television", "radio", "watch", "association", "league", "federation",
		"movement", "coalition", "brigade", "battalion", "hospital", "centre", "center", "board",
		"parliament", "assembly", "senate", "congress", "church", "foundation", "society", "trust",
		"airlines", "holdings", "industries", "partners", "capital", "bureau", "embassy",
		"administration", "secretariat", "cabinet", "presidency", "mission", "command", "guard",
		"navy", "museum", "school", "club", "team", "river", "street", "city", "state", "republic",
		"kingdom", "house", "unit", "project", "international", "council", "health", "rights",
		"times", "journal", "herald", "tribune", "gazette", "courier", "telegraph", "guardian",
		"reuters", "interfax", "ap", "afp", "bbc", "cnn", "tass", "xinhua", "site", "port", "plant")
	// personNouns are common nouns for people, for "he"/"she" resolution.
	personNouns = set("source", "official", "spokesman", "spokeswoman", "spokesperson", "minister",
		"commander", "resident", "witness", "doctor", "officer", "leader", "head", "director",
		"president", "chairman", "chairwoman", "lawyer", "prosecutor", "judge", "analyst", "diplomat",
		"aide", "adviser", "advisor", "governor", "mayor", "secretary", "representative", "envoy",
		"negotiator", "executive", "chief", "member", "activist", "general", "colonel", "survivor",
		"neighbour", "neighbor", "man", "woman", "father", "mother", "worker", "farmer", "teacher",
		"student", "planner", "engineer", "coordinator", "researcher", "scientist", "economist",
		"forecaster", "meteorologist", "campaigner", "historian", "archaeologist", "curator",
		"nurse", "paramedic", "firefighter", "coroner", "pilot", "ranger", "biologist",
		"pensioner", "retiree", "volunteer", "shopkeeper", "tenant", "landlord", "referee",
		"player", "striker", "goalkeeper", "midfielder", "defender", "winger", "chair", "chairperson",
		"senator", "ambassador", "admiral", "lieutenant", "captain", "sergeant", "lawmaker", "legislator",
		"astronomer", "investigator", "expert", "author",
		// sport's positions and people, written before a name as a capitalised
		// role ("Quarterback Josh Allen", "Pitcher Tom Lee")
		"quarterback", "linebacker", "cornerback", "receiver", "shortstop", "pitcher", "catcher",
		"outfielder", "infielder", "batsman", "batter", "bowler", "wicketkeeper", "jockey", "goaltender",
		"defenseman", "defenceman", "teammate", "rookie", "coach", "skipper", "sprinter", "swimmer")
	feminine = set("she", "her", "spokeswoman", "chairwoman", "mrs", "mrs.", "ms", "ms.", "miss",
		"woman", "mother", "wife", "daughter", "sister", "businesswoman", "congresswoman", "dame",
		"lady", "queen", "princess", "actress", "grandmother", "widow", "granddaughter", "niece", "aunt",
		"girlfriend", "fiancee")
	masculine = set("he", "his", "him", "spokesman", "chairman", "mr", "mr.", "man", "father",
		"husband", "son", "brother", "businessman", "congressman", "sir", "lord", "king", "prince",
		"grandfather", "widower", "grandson", "nephew", "uncle", "boyfriend", "fiance")
	// titleWords before a name form its role: "Prime Minister Ilir Brand".
	titleWords = set("president", "prime", "minister", "foreign", "defence", "defense", "secretary",
		"general", "gen.", "colonel", "col.", "lt.", "lieutenant", "captain", "capt.", "major",
		"maj.", "admiral", "adm.", "senator", "sen.", "rep.", "representative", "governor", "gov.",
		"mayor", "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "sheikh",
		"pope", "bishop", "archbishop", "ambassador", "commissioner", "chief", "director", "deputy",
		"vice", "interior", "finance", "health", "economy", "state", "attorney", "speaker",
		"chairman", "chairwoman", "ceo", "sergeant", "sgt.", "field", "marshal", "emir", "crown",
		"leader", "minority", "majority", "whip", "spokesman", "spokeswoman", "spokesperson",
		"executive", "officer", "head", "commander", "mp", "opposition", "party", "union", "general",
		"constable", "detective", "inspector", "superintendent", "prosecutor", "professor", "coach", "administrator",
		"manager", "councillor", "councilor", "alderman", "chair", "chairperson", "board", "member",
		"press", "campaigner", "pensioner", "actor", "actress", "singer", "author", "novelist", "comedian",
		// military ranks and grades: "Spc.", "Sgt. 1st Class", "Command Sgt. Maj.", "Staff Sgt."
		"spc.", "pfc.", "pvt.", "cpl.", "cmdr.", "cdr.", "brig.", "class", "staff", "master", "command",
		"specialist", "private", "corporal", "airman", "seaman", "petty", "warrant", "ensign",
		// British police ranks written short without full stops: "Det Insp Karen Oduya", "DCI Ray Hale"
		"det", "det.", "insp", "insp.", "supt", "supt.", "dci", "dsi")
	// titleAbbreviations are the short forms of titles and what they stand
	// for: "Gen." is a general, "Sen." a senator.
	titleAbbreviations = map[string]string{"gen": "general", "sen": "senator", "gov": "governor",
		"rep": "representative", "col": "colonel", "lt": "lieutenant", "adm": "admiral",
		"sgt": "sergeant", "capt": "captain", "maj": "major", "supt": "superintendent",
		"insp": "inspector", "det": "detective", "prof": "professor", "amb": "ambassador",
		"cmdr": "commander", "brig": "brigadier", "pres": "president", "spc": "specialist",
		"pfc": "private", "pvt": "private", "cpl": "corporal", "cdr": "commander"}
	// companyNouns head descriptions that name an organisation of the
	// article: "the company said", "the airline said".
	companyNouns = set("company", "firm", "airline", "carrier", "group", "business", "retailer",
		"bank", "manufacturer", "lender", "insurer", "operator", "broadcaster", "automaker",
		"carmaker", "chain", "startup", "maker", "developer", "publisher", "club", "charity",
		"organisation", "organization", "utility", "supplier", "platform", "conglomerate",
		"agency", "programme", "charity", "watchdog", "regulator", "insurer", "miner", "force")
	// outletNames are news agencies and broadcasters known by one name.
	outletNames = set("reuters", "afp", "ap", "bloomberg", "interfax", "tass", "xinhua", "bbc", "cnn",
		"npr", "pbs", "nbc", "cbs", "abc", "itv", "dpa", "ansa", "efe", "ria", "anadolu", "bernama",
		"yonhap", "kyodo", "al-jazeera", "politico", "axios")
	// outletWords head the names and descriptions of news outlets: "the
	// Halden Press", "the Coastal Gazette", "state television".
	outletWords = set("press", "news", "times", "post", "gazette", "echo", "herald", "journal",
		"tribune", "telegraph", "guardian", "chronicle", "courier", "mail", "express", "observer",
		"radio", "television", "tv", "broadcaster", "agency", "newspaper", "magazine", "daily",
		"weekly", "wire", "channel", "network", "programme", "program", "podcast", "station",
		"newsletter", "website", "broadcasting", "media")
	// stateWords describe an outlet in lower case: "state television",
	// "a local radio station".
	stateWords = set("state", "state-run", "state-owned", "local", "national", "public", "private",
		"pro-government", "opposition", "independent", "online", "regional", "foreign", "news")
	// kinNouns introduce a person by a first name: "His wife, Elaine, ...".
	kinNouns = set("wife", "husband", "partner", "son", "daughter", "mother", "father", "brother",
		"sister", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
		"niece", "nephew", "aunt", "uncle", "girlfriend", "boyfriend", "fiancee", "fiance", "friend",
		"neighbour", "neighbor", "colleague")
	// creditStarts open a credits line or a photo credit.
	creditStarts = []string{"reporting by", "writing by", "editing by", "additional reporting",
		"compiled by", "photo:", "photograph:", "image:", "picture:", "video:", "source:",
		"photo by", "photos:", "credit:", "illustration:", "graphic:",
		// link and sign-up boilerplate that a cleaner may leave behind
		"read more", "related:", "see also", "watch:", "listen:", "sign up", "subscribe",
		"follow us", "click here", "advertisement", "share this", "more:", "recommended:"}
)
