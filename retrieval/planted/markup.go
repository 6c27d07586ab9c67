package planted

import (
	"strings"

	"github.com/newsbot/newsbot"
)

// Text shaped as markup or as a machine prompt is not news prose, whatever
// it says: chat-template tokens ("<|im_start|>system", "[INST]",
// "<start_of_turn>"), fake conversation turns ("System:", "User:",
// "Assistant:" at the start of a line, "### Instruction:"), JSON or YAML
// with role, content or prompt keys, HTML, Markdown and code comments,
// front-matter keys ("summary: ...") and lines labelled as page metadata
// ("Alt text:", "SEO:", "Metadata:"). Such a sentence is never a claim or a
// quote. Markup decides from a few bytes at the start of each line and a
// handful of substring searches, after a prefilter on the characters every
// shape needs.

// markupKind is what shape a sentence has.
type markupKind uint8

const (
	mNone     markupKind = iota
	mToken               // chat-template token: the whole paragraph is a prompt
	mComment             // HTML, Markdown or code comment
	mJSON                // JSON with prompt keys
	mRole                // a turn: "System:", "User:", "Assistant:"
	mHeader              // a bare turn header: "### Response:", "Instruction:"
	mYAML                // a lowercase key line: "role: assistant", "summary: ..."
	mMeta                // a metadata label: "Alt text:", "SEO:"
	mWeakRole            // "AI:", "Bot:", "Answer:": a turn only inside a conversation
)

var markupReasons = [...]Reason{
	mToken: "markup: chat-template token", mComment: "markup: comment", mJSON: "markup: JSON prompt",
	mRole: "markup: conversation turn", mHeader: "markup: prompt header", mYAML: "markup: key-value line",
	mMeta: "markup: metadata line",
}

// Markup returns why sentence is markup or machine-prompt shaped, or "".
func Markup(sentence string) Reason {
	return markup(sentence, containsAnyByte(sentence, "<[{>"))
}

// markup is Markup when the caller knows whether sentence holds one of
// "<[{>" (mark).
func markup(sentence string, mark bool) Reason {
	if !mark && !lineMayBeMarkup(sentence) {
		return ""
	}
	k, _ := classifyMarkup(sentence)
	if k == mNone || k == mWeakRole || k == mMeta {
		return ""
	}
	return markupReasons[k]
}

// MetadataLine reports a line labelled as page metadata ("Alt text: ...",
// "SEO: ...", "Metadata: ...", "Keywords: ..."). Such a line is not
// planted (pages publish alt text and keywords for their readers too) but
// it is not news prose either: ingest gives it the credit kind, so that it
// is never a claim, a quote, searchable text or model context, without
// counting it as set aside.
func MetadataLine(sentence string) bool {
	if !lineMayBeMarkup(sentence) {
		return false
	}
	k, _ := classifyMarkup(sentence)
	return k == mMeta
}

// roleLabels open a turn in a conversation with a machine.
var roleLabels = newsbot.WordSet("system", "system prompt", "assistant", "ai assistant", "user", "human", "prompt",
	"systeme", "utilisateur", "usuario", "utente", "benutzer", "nutzer", "sistema", "asistente", "assistente", "assistent", "chatbot")

// weakRoleLabels open a turn only after another turn, or as a bare header.
// "Instructions: keep this leaflet" is a label of everyday print: only a
// bare "Instruction:" header or one inside a conversation is a turn.
var weakRoleLabels = newsbot.WordSet("ai", "bot", "model", "response", "answer", "input", "output", "reponse",
	"instruction", "instructions", "anweisung", "anweisungen", "instrucciones", "istruzioni", "instrucoes", "consigne", "consignes", "respuesta", "antwort",
	"risposta", "resposta", "ia", "ki", "modele", "modelo", "modello", "modell", "gpt", "llm")

// metaLabels name page metadata, not article text.
var metaLabels = newsbot.WordSet("alt text", "alt-text", "alt", "image alt", "alt attribute", "image description", "metadata", "meta description",
	"meta title", "meta keywords", "meta tags", "seo", "seo title", "seo description", "seo keywords", "keywords", "slug", "og", "schema",
	"json-ld", "texte alternatif", "texto alternativo", "alternativtext", "testo alternativo", "metadatos", "metadaten", "metadati", "metadonnees")

// yamlKeys are keys of prompt configs and front matter, written in lower
// case at the start of a line.
var yamlKeys = newsbot.WordSet("role", "content", "prompt", "system", "instruction", "instructions", "messages", "answer", "response", "reply",
	"summary", "output", "input", "query", "title", "date", "author", "tags", "slug", "layout", "description", "categories",
	"draft", "keywords", "image", "lang", "user", "assistant")

// jsonKeys are the keys of a prompt or a dictated reply in JSON.
var jsonKeys = []string{"role", "content", "prompt", "system", "instruction", "instructions", "messages", "answer", "response",
	"reply", "summary", "output", "user", "assistant"}

// mayBeMarkup is the byte-level prefilter: a token, tag, comment or JSON
// needs one of "<[{>", and a line shape needs a colon near the start of a
// line or a comment or heading mark opening it.
func mayBeMarkup(s string) bool {
	return containsAnyByte(s, "<[{>") || lineMayBeMarkup(s)
}

// lineMayBeMarkup: a line opens with a comment, heading or quotation mark,
// or has a colon near its start.
func lineMayBeMarkup(s string) bool {
	for line := s; ; {
		head := strings.TrimLeft(line[:min(len(line), 8)], " \t")
		if head != "" {
			switch head[0] {
			case '/', '#', '*', '"', '\'':
				return true
			}
		}
		if strings.IndexByte(line[:min(len(line), 40)], ':') >= 0 || strings.Contains(line[:min(len(line), 42)], "：") {
			return true
		}
		nl := strings.IndexByte(line, '\n')
		if nl < 0 {
			return false
		}
		line = line[nl+1:]
	}
}

// classifyMarkup returns the shape of a sentence and whether it is a bare
// header or an opening token with nothing after it (so the next paragraph
// is the turn's text).
func classifyMarkup(s string) (markupKind, bool) {
	if !mayBeMarkup(s) {
		return mNone, false
	}
	if containsAnyByte(s, "<[{>") {
		if k, bare := templateToken(s); k != mNone {
			return k, bare
		}
		if strings.Contains(s, "<!--") || strings.Contains(s, "-->") {
			return mComment, false
		}
	}
	if strings.IndexByte(s, ':') >= 0 && containsAnyByte(s, `"'`) && jsonPrompt(s) {
		return mJSON, false
	}
	best, bare := mNone, false
	for line := range strings.SplitSeq(s, "\n") {
		k, b := lineShape(line)
		if k != mNone && (best == mNone || best == mWeakRole) {
			best, bare = k, b
		}
	}
	return best, bare
}

// templateToken finds chat-template tokens: "<|...|>", and bracketed or
// angled role tags such as "[INST]", "<<SYS>>", "<start_of_turn>",
// "[SYSTEM]", "</instructions>".
func templateToken(s string) (markupKind, bool) {
	if !containsAnyByte(s, "<[") {
		return mNone, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '<' && c != '[' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '<' || s[j] == '/' || s[j] == '|') {
			j++
		}
		pipe := strings.IndexByte(s[i:j], '|') >= 0
		k := j
		for k < len(s) && k-j <= 24 && (isASCIILetter(s[k]) || s[k] == '_' || s[k] == '-' && k > j) {
			k++
		}
		if k == j || k >= len(s) {
			continue
		}
		word := strings.ToLower(s[j:k])
		e := k
		for e < len(s) && (s[e] == '|' || s[e] == '>' || s[e] == ']') {
			e++
		}
		if e == k {
			continue
		}
		closed := containsAnyByte(s[k:e], ">]")
		if !closed {
			continue
		}
		if pipe && strings.IndexByte(s[k:e], '|') >= 0 || templateWords[word] {
			rest := strings.TrimSpace(s[e:])
			closing := strings.IndexByte(s[i:j], '/') >= 0 || templateClosers[word]
			bare := !closing && (rest == "" || strings.IndexByte(rest, ' ') < 0 && len(rest) < 16) // "<|im_start|>system"
			return mToken, bare
		}
	}
	return mNone, false
}

var templateWords = newsbot.WordSet("inst", "sys", "system", "user", "assistant", "start_of_turn", "end_of_turn", "im_start", "im_end",
	"instructions", "instruction", "prompt", "human", "bot", "ai", "developer", "endoftext", "eot_id", "s")

var templateClosers = newsbot.WordSet("im_end", "end_of_turn", "eot_id", "endoftext", "end", "eos")

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// jsonPrompt finds a JSON (or Python dict) key of a prompt followed by a
// colon: {"role": "system", ...}.
func jsonPrompt(s string) bool {
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '"' && q != '\'' {
			continue
		}
		for _, k := range jsonKeys {
			if strings.HasPrefix(s[i+1:], k) && len(s) > i+1+len(k) && s[i+1+len(k)] == q {
				rest := strings.TrimLeft(s[i+2+len(k):], " \t")
				if strings.HasPrefix(rest, ":") {
					return true
				}
			}
		}
	}
	return false
}

// indexColon is strings.IndexAny(s, ":："), the first colon, ASCII or
// fullwidth: IndexAny reads a set holding a non-ASCII rune rune by rune,
// the searches for each a byte at a time (UTF-8 never holds a rune's
// encoding inside another's).
func indexColon(s string) int {
	i := strings.IndexByte(s, ':')
	head := s
	if i >= 0 {
		head = s[:i]
	}
	if j := strings.Index(head, "："); j >= 0 {
		return j
	}
	return i
}

// lineShape reads the start of one line: comment marks, Markdown heading
// marks, and a label before a colon.
func lineShape(line string) (markupKind, bool) {
	line = strings.TrimLeft(line, " \t")
	if line == "" {
		return mNone, false
	}
	for _, p := range [...]string{"//", "/*", "*/", "{#", "{{", "{%", "#!"} {
		if strings.HasPrefix(line, p) {
			return mComment, false
		}
	}
	hashes := 0
	for hashes < len(line) && line[hashes] == '#' {
		hashes++
	}
	rest := strings.TrimLeft(line[hashes:], " \t>*-•[")
	colon := indexColon(rest)
	if colon <= 0 || colon > 32 {
		if hashes >= 3 { // "### Instruction" without its colon
			w := strings.ToLower(strings.TrimRight(strings.TrimSpace(rest), "*]"))
			if roleLabels[w] || w == "response" || w == "instruction" || w == "instructions" {
				return mHeader, true
			}
		}
		return mNone, false
	}
	label := strings.TrimRight(rest[:colon], " \u00a0*]")
	for i := 0; i < len(label); i++ {
		c := label[i]
		if !isASCIILetter(c) && c != ' ' && c != '-' && c != '_' && c < 0x80 {
			return mNone, false
		}
	}
	after := strings.TrimSpace(strings.TrimLeft(rest[colon:], ":："))
	after = strings.TrimLeft(after, "*")
	bare := strings.TrimSpace(after) == ""
	if isLowerKey(label) && hashes == 0 && (yamlKeys[label] || strings.IndexByte(label, '_') > 0) {
		return mYAML, bare
	}
	w := foldLabel(label)
	switch {
	case roleLabels[w]:
		if bare || hashes >= 2 {
			return mHeader, true
		}
		return mRole, false
	case weakRoleLabels[w]:
		if bare || hashes >= 2 {
			return mHeader, true
		}
		return mWeakRole, false
	case metaLabels[w]:
		return mMeta, bare
	}
	return mNone, false
}

// isLowerKey: an identifier in lower case, as config keys are written.
func isLowerKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '_') {
			return false
		}
	}
	return true
}

// foldLabel lower-cases a label and folds its accents.
func foldLabel(s string) string {
	var b strings.Builder
	for _, r := range s {
		if l, ok := foldLetter(r); ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// markupState carries a prompt's turns across paragraphs.
type markupState struct {
	open int  // paragraphs left inside an opened template turn
	next bool // the previous paragraph was a bare header: this one is its text
	turn int  // paragraphs left in which a weak role label is a turn
}

// paragraph flags the sentences of one paragraph that belong to markup
// and updates the state. flags holds the detector's flags and is updated.
func (st *markupState) paragraph(n int, text func(int) string, flags []bool) {
	all := st.next || st.open > 0
	st.next = false
	closes := false
	for i := range n {
		s := text(i)
		if formats(s) != "" {
			// Code binding an answer, a command to a bot, hidden
			// characters: the paragraph around it is the same code
			// or the same hidden message (formats.go).
			flags[i], all = true, true
		}
		k, bare := classifyMarkup(s)
		switch k {
		case mToken:
			// A token opening or closing the sentence is a prompt's
			// markup: the paragraph is the prompt, and a bare opening
			// token's turn runs on to its closing token (at most four
			// paragraphs). A token inside prose ("tokens such as
			// <|im_start|> mark the turns, the researchers said") sets
			// aside only its sentence.
			flags[i] = true
			if !tokenAtEdge(s) {
				break
			}
			all = true
			if templateCloses(s) {
				closes = true
			} else if bare {
				st.open = 4
			}
		case mComment, mJSON:
			all = true
		case mRole, mHeader, mYAML:
			flags[i] = true
			if i == 0 {
				all = true
			}
		case mWeakRole:
			if st.turn > 0 && i == 0 {
				all = true
			}
		}
		if k == mRole || k == mToken || k == mHeader {
			st.turn = 3
		}
		if bare && i == n-1 && (k == mHeader || k == mRole || k == mToken || k == mYAML) {
			st.next = true
		}
	}
	if all {
		for i := range flags {
			flags[i] = true
		}
	}
	if closes {
		st.open = 0
	} else if st.open > 0 {
		st.open--
	}
	if st.turn > 0 {
		st.turn--
	}
}

// tokenAtEdge reports a template token at the start or the end of s.
func tokenAtEdge(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if c := s[0]; c == '<' || c == '[' {
		if k, _ := templateToken(s[:min(len(s), 40)]); k == mToken {
			return true
		}
	}
	if c := s[len(s)-1]; c == '>' || c == ']' {
		from := max(0, len(s)-40)
		if i := strings.LastIndexAny(s[from:], "<["); i >= 0 {
			t := s[from+i:]
			for i > 0 && (s[from+i-1] == '<' || s[from+i-1] == '[') { // "<</SYS>>"
				i--
				t = s[from+i:]
			}
			if k, _ := templateToken(t); k == mToken {
				return true
			}
		}
	}
	return false
}

// templateCloses reports a closing template token.
func templateCloses(s string) bool {
	for _, t := range [...]string{"<|im_end|>", "[/INST]", "<</SYS>>", "<end_of_turn>", "<|eot_id|>", "<|end|>", "</s>", "<|endoftext|>"} {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// containsAnyByte is strings.ContainsAny for a set of ASCII bytes, with
// one vectorised IndexByte a byte of the set instead of a loop over s
// rune by rune. An ASCII byte is never part of a longer UTF-8 sequence,
// so the answer is the same, also for invalid UTF-8.
func containsAnyByte(s, set string) bool {
	for i := 0; i < len(set); i++ {
		if strings.IndexByte(s, set[i]) >= 0 {
			return true
		}
	}
	return false
}

// hasQuoteMark is strings.ContainsAny(s, "\"\u201c\u201d") without the
// rune-by-rune loop ContainsAny makes for a set with non-ASCII runes: a
// vectorised search for each mark's bytes. A valid UTF-8 sequence of a
// lead byte and its continuation bytes is decoded as that rune wherever
// it stands (a lead byte never continues another sequence), so the answer
// is the same, also for invalid UTF-8.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "\u201c") || strings.Contains(s, "\u201d")
}
