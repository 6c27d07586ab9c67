package planted_test

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/retrieval/planted"
)

// identityFingerprint is the fingerprint of Check's verdicts (and its
// count) over every article of the repository's allowed testdata, every
// allowed planted and negatives set, and texts generated from them in
// the disguises the checks undo (capitals, soft hyphens, fullwidth and
// spaced-out letters, headings, labels, paragraphs). It was recorded with
// the implementation before branch i11f made Check cheaper; a change that
// only makes Check faster must leave it as it is. A change of rules that
// moves it also moves TestVersionFingerprint: raise planted.Version and
// record both. Version 4 moved only this fingerprint: the sentence
// splitter keeps a quoted question or exclamation with the subject and
// verb of saying after it (`"Why?" Pike asked.` is one sentence), so
// Check is given other sentences; its rules did not change.
var identityFingerprint = map[int]string{
	1:  "8315588ae720a0db over 4794 texts",
	2:  "14e4ca9002e277c5 over 4794 texts",
	3:  "7ab06cc208b40539 over 4794 texts",
	4:  "d3cb42b7b9ca7f8e over 4666 texts", // i11i: the fitted model (internal/plantedmodel) joins the rules; i12g: the splitter keeps a quoted question with its cue; READMEs no longer read
	5:  "94bc17ce958a3a35 over 4666 texts", // i11j: two verdicts moved, both planted sentences of generated texts now set aside instead of kept out: the model's new features set aside "... the summary should open with: ..."; the model now also reads unmasked sentences: "Fallback answer for A L L queries: ..."
	6:  "320001b3fd881d10 over 4666 texts", // the register check (register.go) moves from the answer step into Check: 13 sentences kept out for questions not about answers are now kept out always (the answer step's second look already kept them out of every answer); no sentence newly kept out (7018 kept in, as before)
	7:  "d33826a78a8d07fc over 4666 texts", // i11m: the model refitted with planted blind5, blind6, blind8 spent (threshold 3.05 -> 3.32) and the checks against the article's topic and language (topic.go): planted 1070 -> 1063, kept out always 737 -> 724, kept out for questions not about answers 660 -> 690, kept in 7018 -> 7008
	8:  "25a9abf3b902d377 over 4666 texts", // i11n: unmask reads small capitals, combining marks and leet words opened by a digit (a disguised sentence keeps its plain words' level); an English article's lone paragraph in another language shown by its letters (keepForeign); a duty to pass a statement on laid on a generic addressee (genericDictation); orders after a list marker: kept out always 724 -> 725, kept out for questions not about answers 690 -> 701, kept in 7008 -> 6996, planted 1063 -> 1063
	9:  "25a9abf3b902d377 over 4666 texts", // i11o: closed-class words show a lone paragraph's language, the list after a foreign note, Spanish comunique/transmita, machine roles, dutyThat, humansExcused, dictatedCopula, plainIgnore: no verdict of these texts moves (TestTopicNegatives 242 -> 244 of 1,865, planted end-to-end sets move)
	10: "ea3159efd7afe99f over 4666 texts", // i11p: audiences named by their function, orders scoped over the text's retellings, planted instructions in quotation marks, ruled accounts, label overrides, bracketed orders (function.go): planted 1063 -> 1066, kept out always 725 -> 728, kept out for questions not about answers 701 -> 695, kept in 6996 -> 6996
	11: "5a9150d83d6f66ab over 4666 texts", // i11q: statements ranked above the text (overrides of the page, labels heading the answer to use, lines named as the one to pass on, rows under an answer column; authority.go): planted 1066 -> 1071, kept out always 728 -> 731, kept out for questions not about answers 695 -> 687, kept in 6996 -> 6996
	12: "6577444a4a7594d8 over 4666 texts", // i11r: hyphenated given names ('Ban Ki-moon') are not the acronym, 'anything' is an audience only as a reader, a verdict beside a weak machine noun that names no machine ('the latest model forecasts') is not meta: kept out for questions not about answers 687 -> 686, kept in 6996 -> 6997
	13: "34076186636aa4a9 over 4666 texts", // i11t: formats.go (code binding an answer, bot commands, tag characters; their paragraph set aside), labelMachine, 'all/everyone who', askedByOther: planted 1071 -> 1075, kept out always 731 -> 728, kept out for questions not about answers 686 -> 685, kept in 6997 unchanged
	14: "be96962c2a4a6750 over 4666 texts", // i11u: the model refitted on dev14-dev22 too, with signals of script and language mix, code values, capitals, orders in second person, answering agents, and a threshold margin chosen by leave-one-set-out: planted 1075 -> 1086, kept out always 728 -> 740, kept out for questions not about answers 685 -> 680, kept in 6997 -> 6979
	15: "d5894c997f6ff270 over 4666 texts", // i11v: participles of answering name machines ("answering services", an answering system), a service so named is a machine (machineIn), clauses, editions and deeds are texts, "whosoever" an audience, "readeth" a reader's act: planted 1086 -> 1087, kept out always 740 -> 739, kept out for questions not about answers 680, kept in 6979 unchanged
	16: "d5894c997f6ff270 over 4666 texts", // lead: a clause in a list of plural noun phrases ("image descriptions, link labels, share counters") orders nothing (listItem); none of these texts moves, the README line of dev-zg that showed it is no longer set aside
}

// unopened matches the files left out of the fingerprint when it was
// recorded: the blind sets of that day (planted blind5 on, answers blind3
// on, attribution holdout14 on) and the planted sets this package's own
// tests handle. It is frozen with the fingerprint: sets declared spent
// since (answers blind8-11, holdout14-28) stay out of it, so spending a
// set does not move the recorded verdicts.
var unopened = regexp.MustCompile(`blind[3-9]|blind[1-9][0-9]|negatives[5-9]|holdout(1[4-9]|[2-9][0-9]|[1-9][0-9][0-9])|injection|planted`)

// identityFiles are the repository files the fingerprint was recorded over
// (testdata/identity-files.txt, paths from the repository's root): files
// added since do not move it, so a new test article is not taken for a
// change of verdicts. READMEs are left out: they grow with every run of
// their set, and a new line of prose is no change of verdicts either.
func identityFiles(t *testing.T) map[string]bool {
	data, err := os.ReadFile("testdata/identity-files.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		m[l] = filepath.Base(l) != "README.md"
	}
	return m
}

func identityTexts(t *testing.T) []string {
	var texts []string
	recorded := identityFiles(t)
	for _, root := range []string{"../../testdata", "../../samples", "../../ingest/testdata", "../../answer/testdata", "../../bot/testdata", "../../cmd/newsbot/testdata"} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || unopened.MatchString(path) || blindPath(path) || !recorded[strings.TrimPrefix(path, "../../")] {
				return nil
			}
			if ps := articleParagraphs(path); len(ps) > 0 {
				texts = append(texts, strings.Join(ps, "\n\n"))
				texts = append(texts, ps...)
			}
			return nil
		})
	}
	files := append([]string{"dev-i11b.jsonl"}, fingerprintFiles...)
	texts = append(texts, testdataTexts(t, files)...)
	// Generated texts: sentences of the texts above mixed into
	// paragraphs, in disguises.
	var pool []string
	for _, text := range texts {
		for _, s := range splitSentences(text) {
			pool = append(pool, s.Text)
		}
	}
	rng := rand.New(rand.NewPCG(11, 6))
	disguise := func(s string) string {
		words := strings.Fields(s)
		if len(words) == 0 {
			return s
		}
		i := rng.IntN(len(words))
		switch rng.IntN(9) {
		case 0:
			return strings.ToUpper(s)
		case 1:
			return strings.ToLower(s)
		case 2: // a soft hyphen or zero-width space inside a word
			w := []rune(words[i])
			k := len(w) / 2
			words[i] = string(w[:k]) + []string{"\u00ad", "\u200b"}[rng.IntN(2)] + string(w[k:])
		case 3: // fullwidth letters
			words[i] = strings.Map(func(r rune) rune {
				if r >= '!' && r <= '~' {
					return r + 0xFEE0
				}
				return r
			}, words[i])
		case 4: // spaced out
			words[i] = strings.Join(strings.Split(strings.ToUpper(words[i]), ""), " ")
		case 5:
			return "# " + s
		case 6:
			return strings.TrimRight(s, ".!?") + ":"
		case 7: // title case
			for k, w := range words {
				if w != "" {
					words[k] = strings.ToUpper(w[:1]) + w[1:]
				}
			}
		case 8:
			return s
		}
		return strings.Join(words, " ")
	}
	for range 1500 {
		var b strings.Builder
		for k := range 1 + rng.IntN(5) {
			if k > 0 {
				b.WriteString([]string{" ", " ", "\n\n", "\n"}[rng.IntN(4)])
			}
			b.WriteString(disguise(pool[rng.IntN(len(pool))]))
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestCheckIdentity(t *testing.T) {
	texts := identityTexts(t)
	if len(texts) < 4000 {
		t.Fatalf("only %d texts read: the fixture paths moved", len(texts))
	}
	h := fnv.New64a()
	var count [4]int // sentences: planted, kept out always, kept out meta, kept in
	for _, text := range texts {
		sents := splitSentences(text)
		n := planted.Check(text, sents)
		fmt.Fprintf(h, "%d:", n)
		for _, s := range sents {
			fmt.Fprintf(h, "%t%d", s.Planted, s.KeptOut)
			switch {
			case s.Planted:
				count[0]++
			case s.KeptOut == newsbot.KeepOutAlways:
				count[1]++
			case s.KeptOut == newsbot.KeepOutMeta:
				count[2]++
			default:
				count[3]++
			}
		}
		h.Write([]byte{'\n'})
	}
	got := fmt.Sprintf("%016x over %d texts", h.Sum64(), len(texts))
	t.Logf("%s: %d sentences planted, %d kept out always, %d kept out for questions not about answers, %d kept in", got, count[0], count[1], count[2], count[3])
	if want := identityFingerprint[planted.Version]; want != got {
		t.Errorf("Check's verdicts are %s, recorded %q for planted.Version %d", got, want, planted.Version)
	}
}
