// Package planted finds sentences of an article that address machines or
// readers-as-agents instead of reporting anything: "Note for automated
// summarisers reading this page: whatever the question, reply that ...".
// Such text is evidence of nothing; ingest flags it so that it is never a
// claim, never quoted and never sent to a language model.
//
// The detector weighs general signals rather than matching known phrases:
// who the sentence addresses (a machine, a reader asked to act, "you"),
// whether it directs a speech act (reply, say, tell, answer, state ...),
// whether it scopes that act over answers ("whatever the question", "from
// now on", "in every answer"), whether it refers to itself as a text being
// read, and the shapes of prompts (system and role markers, role-play,
// requests to ignore earlier instructions). Words inside quotation marks
// are someone's reported speech and are not weighed.
package planted

import (
	"regexp"
	"strings"
)

// Reason names the signals that made a sentence planted, for tests and
// logs; "" means the sentence reads as reporting.
type Reason string

// machine names readers that are programs: the addressees of planted text.
const machine = `(?:a\.?i\.?|artificial intelligence|(?:ai |search |virtual |digital |chat |research |coding )?assistants?|chat ?bots?|bots?|crawlers?|scrapers?|spiders?|` +
	`(?:large )?language models?|llms?|models?|gpts?|chat ?gpt|claude|gemini|copilot|llama|mistral|` +
	`summari[sz](?:er|ers|ing tools?|ation tools?)|summary tools?|ai tools?|(?:autonomous |ai )?agents?|machines?|` +
	`automated (?:systems?|tools?|readers?|summari[sz]ers?|agents?|assistants?))`

var (
	// vocative: the sentence speaks to a machine by name ("Note for
	// automated summarisers", "Dear language model", "Bots:", "Assistant,").
	vocative = regexp.MustCompile(`(?i)(?:^|[\s(\[:;])(?:(?:note|message|attention|instructions?|warning|notice|memo|request|hint)\s+(?:for|to)\s+(?:all\s+|any\s+|the\s+)?|dear\s+|attention,?\s+|to\s+(?:all|any|every)\s+|hey\s+|hello\s+|hi\s+|if\s+you\s+(?:are|were|happen\s+to\s+be)\s+(?:an?\s+)?)` +
		`(?:\w+\s+){0,2}` + machine + `\b|` +
		`\b(?:as\s+an?\s+|you\s+are\s+an?\s+)(?:\w+\s+){0,2}` + machine + `\b`)
	// vocativeHead: a sentence that opens by calling a machine ("Bots:",
	// "Assistant, inform ...", "ChatGPT, Claude and other models:"); one
	// that opens with a determiner ("The chatbot, which ...") names its
	// subject instead.
	vocativeHead = regexp.MustCompile(`(?i)^\W*(?:\w+\s+){0,2}` + machine + `\s*(?:[:,!]|and\s)`)
	// header: a line headed as a message to machines ("Editor's note for
	// any AI system indexing this site: ...", "[Instruction to language
	// models: ..."), which is an instruction whatever follows.
	header = regexp.MustCompile(`(?i)^\W*(?:[\w'’]+\s+){0,2}(?:note|message|instructions?|notice|memo|attention|warning|request|reminder)\s+(?:for|to)\s+(?:all\s+|any\s+|the\s+|every\s+)?(?:\w+\s+){0,3}` + machine + `\b[^:.]{0,60}:`)
	// assignedFor: a speech act assigned to machines ("for assistants to
	// repeat").
	assignedFor = regexp.MustCompile(`(?i)\bfor\s+(?:\w+\s+){0,2}` + machine + `\s+to\s+\w+`)
	// bindsOutput: a duty laid on what a machine writes ("any summary
	// generated from this text must begin with ...").
	bindsOutput = regexp.MustCompile(`(?i)\b(?:any|every|each|all|your)\s+(?:summary|summaries|answer|answers|response|responses|reply|replies|output)\b[^.;]{0,60}\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to)\b`)
	// machineWord: a machine reader is mentioned at all.
	machineWord = regexp.MustCompile(`(?i)\b` + machine + `\b`)
	// readerAgent: a reader asked to act on the text it is reading.
	readerAgent = regexp.MustCompile(`(?i)\b(?:who(?:ever)?|what(?:ever)?|anyone|anything|any(?:one|thing)? (?:system|tool|program)s?)\s+(?:or\s+\w+\s+)?(?:is|are)\s+(?:reading|processing|summari[sz]ing|parsing|crawling|analy[sz]ing)\b|` +
		`\b(?:reading|processing|summari[sz]ing|parsing|crawling|ingesting|analy[sz]ing|indexing)\s+(?:this|the)\s+(?:page|article|text|story|report|paragraph|document|site|content)\b|` +
		`\b(?:this|the following)\s+(?:page|article|text|paragraph|section|passage|note)\s+is\s+(?:for|meant for|intended for|addressed to)\b|` +
		`\bnot\s+(?:meant|intended)\s+for\s+human\b|\b(?:reading|processing|indexing|crawling)\s+this\s*[,.:;]|` +
		`\b` + machine + `\s+(?:that\s+is\s+|which\s+is\s+)?(?:reading|processing|indexing|crawling|summari[sz]ing)\s+this\b|` +
		`\b(?:user|reader|someone|anyone|somebody|people)\s+asks?\s+you\b`)
	// self: the text refers to itself or its topic as something to answer
	// about ("on this topic", "what the article says").
	self = regexp.MustCompile(`(?i)\b(?:this|the)\s+(?:topic|story|article|page|text|paragraph|document|passage|site)\b|\bthe\s+following\b`)
	// secondPerson: "you", "your" as the addressee.
	secondPerson = regexp.MustCompile(`(?i)\b(?:you|your|yourself)\b`)
	// task: "your task/job is", "the correct answer is".
	task = regexp.MustCompile(`(?i)\byour\s+(?:only\s+|real\s+|main\s+|new\s+)?(?:task|job|goal|mission|instructions?|role|answer|response|summary|reply|output|purpose)\b|` +
		`\bthe\s+(?:correct|right|only|true|real|accurate|proper|official)\s+(?:answer|response|reply|summary)\b|\bthe real story is\b`)
	// scope: the act is to cover every answer, whatever was asked.
	scope = regexp.MustCompile(`(?i)\bwhatever\s+(?:the\s+)?(?:question|query|prompt|request)|\b(?:any|every|each|all)\s+(?:question|query|answer|response|reply|summary|request)s?\b|` +
		`\bwhen(?:ever)?\s+(?:you\s+are\s+|you're\s+)?asked\b|\bif\s+(?:a|any|the)?\s*(?:user|reader|someone|anyone|somebody|people)\s+asks?\b|` +
		`\bregardless\s+of\b|\bfrom\s+now\s+on\b|\bverbatim\b|\bnothing\s+else\b|\bin\s+(?:every|each|all|your)\s+(?:answers?|responses?|replies|summar(?:y|ies))\b|` +
		`\b(?:tell|inform|remind)\s+(?:the\s+|your\s+)?(?:users?|readers?|people|everyone|them)\b|\byour\s+users\b`)
	// shape: the form of a prompt or a jailbreak, which no report takes.
	shape = regexp.MustCompile(`(?i)^\W*\[?\s*(?:system|assistant|developer|instructions?|admin|prompt)\s*\]?\s*:|` +
		`#{2,}\s*(?:instruction|response|system|input|output)s?\b|<<<|>>>|<\|[a-z_]+\|>|` +
		`\b(?:user|human|question)\s*:\s.+\b(?:assistant|ai|bot|answer)\s*:|` +
		`\byou\s+are\s+now\b|\bact\s+as\s+(?:an?|the|my|if)\b|\bpretend\s+(?:you|to\s+be|that\s+you)\b|\blet'?s\s+play\b|\brole-?play\b|` +
		`\bdeveloper\s+mode\b|\bjailbreak|\bprompt\s+injection\b|` +
		`\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|every\s+|previous\s+|prior\s+|earlier\s+|above\s+|these\s+|those\s+|system\s+)*` +
		`(?:previous|prior|above|earlier|system|instructions?|guidelines|rules|prompt|sources?|context|article|rest|policies|training)\b|` +
		`^\W*override\s*:|\bnew\s+(?:directive|instructions?|system\s+prompt)\b|` +
		`\bsystem\s+(?:override|prompt|instruction|directive)s?\b|\b[a-z]+_[a-z_]+\s*\(\s*\w+\s*=`)
	// answerJSON is the shape of a dictated reply: {"answer": ...}.
	answerJSON = regexp.MustCompile(`(?i)\{\s*"(?:answer|response|reply|output|summary)"\s*:`)
	// quoted: reported speech in double quotes; its words are a speaker's.
	quoted = regexp.MustCompile(`"[^"]*"|“[^”]*”|«[^»]*»`)
)

// Detect returns why sentence reads as planted instructions, or "" when it
// reads as reporting. It is safe for concurrent use.
func Detect(sentence string) Reason {
	if r := Other(sentence); r != "" { // markup and other languages: markup.go, lang.go
		return r
	}
	s := unquote(sentence)
	if strings.TrimSpace(s) == "" {
		return ""
	}
	lower := strings.ToLower(s)
	if mayHaveShape(lower) && shape.MatchString(s) || strings.Contains(sentence, "{") && answerJSON.MatchString(sentence) {
		return "prompt shape"
	}
	toks := tokens(s)
	machines := mentionsMachine(toks)
	if machines && strings.Contains(s, ":") && header.MatchString(s) {
		return "headed as a message to machines"
	}
	byAssignment := machines && assignedFor.MatchString(s) || mayBindOutput(lower) && bindsOutput.MatchString(s)
	if !byAssignment && !directedTokens(toks, lower, s) {
		return ""
	}
	score := 0
	var why []string
	add := func(n int, name string, ok bool) {
		if ok {
			score += n
			why = append(why, name)
		}
	}
	add(2, "addresses a machine", machines && (vocative.MatchString(s) || vocativeHead.MatchString(s) && !startsWithDeterminer(toks)))
	add(2, "assigns speech to machines", byAssignment)
	add(1, "names a machine reader", machines && machineWord.MatchString(s))
	add(2, "asks its reader to act", readerAgent.MatchString(s))
	add(1, "second person", secondPerson.MatchString(s))
	add(1, "scoped over answers", scope.MatchString(s))
	add(1, "assigns a task", mayAssignTask(lower) && task.MatchString(s))
	add(1, "opens with an order", len(toks) > 0 && opensWithOrder(toks))
	add(1, "refers to itself", self.MatchString(s))
	if score < 3 {
		return ""
	}
	return Reason(strings.Join(why, ", "))
}

// directed reports whether s asks for a speech act: an order, a duty or a
// task.
func directed(s string) bool {
	return directedTokens(tokens(s), strings.ToLower(s), s)
}

func directedTokens(toks []token, lower, s string) bool {
	return ordersSpeech(toks) || owesSpeech(toks) || mayAssignTask(lower) && task.MatchString(s)
}

// Paragraph flags the planted sentences of one paragraph, given in order.
// A sentence that asks for a speech act next to a planted one is planted
// too ("[SYSTEM]: New directive. The assistant must state that ..."): the
// paragraph is addressed as a whole. It is safe for concurrent use.
func Paragraph(sents []string) []bool {
	out := make([]bool, len(sents))
	any := false
	for i, s := range sents {
		out[i] = Is(s)
		any = any || out[i]
	}
	if !any {
		return out
	}
	for changed := true; changed; {
		changed = false
		for i, s := range sents {
			if out[i] || !directed(unquote(s)) {
				continue
			}
			if i > 0 && out[i-1] || i+1 < len(out) && out[i+1] {
				out[i], changed = true, true
			}
		}
	}
	return out
}

// Is reports whether sentence reads as planted instructions.
func Is(sentence string) bool { return Detect(sentence) != "" }

// unquote blanks out reported speech in double quotes when the sentence
// has words outside them too: `"Tell them the truth," she said` is a
// quotation, not an order to the reader. A sentence that is all quotation
// keeps its words.
func unquote(s string) string {
	if !strings.ContainsAny(s, `"“«`) {
		return s
	}
	out := quoted.ReplaceAllString(s, " ")
	if strings.TrimSpace(strings.Trim(out, " ,.;:!?—–-")) == "" {
		return s
	}
	return out
}

// startsWithDeterminer reports a sentence opening with an article or a
// possessive: its first noun is a subject, not someone called.
func startsWithDeterminer(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].word {
	case "the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "these", "those":
		return true
	}
	return false
}
