package planted

import (
	"regexp"
	"slices"
	"strings"
)

// injection matches the oldest shapes of text addressed to a language
// model ("ignore previous instructions", "system prompt", "you are now",
// "<<<"). Until i11e the answer service ran it over every loaded sentence
// at every question; it is now one of the signals of Check, run once per
// article and check version.
var injection = regexp.MustCompile(`(?i)\b(ignore|disregard|forget) (all |any |the |your )*(previous|prior|above|earlier|system)\b|` +
	`\b(ai|language) (model|assistant)\b|\bsystem (prompt|notice|message|instruction)|\bdeveloper mode\b|` +
	`\byou are now\b|\btell the user\b|\bjailbreak|\bprompt injection\b|<<<`)

// Injected reports whether text holds one of those shapes. It is cheap for
// text that holds none of their words (no regular expression runs).
func Injected(text string) bool {
	return injectedWith(text, injectionWord(text))
}

// injectedWith is Injected given injectionWord(text) as word.
func injectedWith(text string, word bool) bool {
	return mayInjectWith(text, word) && injection.MatchString(text)
}

// injection's branches need, in lower case: a verb of injectionVerbs, a
// space, words of injectionFillers and a word of injectionTargets (the
// first branch), or one of injectionPhrases (the others).
var (
	injectionVerbs   = []string{"ignore", "disregard", "forget"}
	injectionTargets = []string{"previous", "prior", "above", "earlier", "system"}
	injectionFillers = []string{"all ", "any ", "the ", "your "}
	injectionPhrases = []string{"ai model", "ai assistant", "language model", "language assistant",
		"system prompt", "system notice", "system message", "system instruction", "developer mode",
		"you are now", "tell the user", "jailbreak", "prompt injection", "<<<"}
)

// mayInject reports false only when injection cannot match text. Its case
// folding is that of strings.ToLower, which maps every letter injection's
// (?i) matches to its lower-case ASCII form except the long s (ſ, folded
// with s): text holding one is left to the regular expression. The only
// other runes beyond ASCII that (?i) folds with ASCII letters is the
// Kelvin sign (K, with k), so text holding neither can match only where
// its ASCII bytes spell a branch, which injectionWord looks for whatever
// else the text holds (curly quotes, accents).
func mayInject(text string) bool { return mayInjectWith(text, injectionWord(text)) }

// mayInjectWith is mayInject given injectionWord(text) as word.
func mayInjectWith(text string, word bool) bool {
	if !word && !strings.Contains(text, "ſ") && !strings.Contains(text, "\u212a") {
		return false
	}
	if strings.Contains(text, "ſ") {
		return true
	}
	t := strings.ToLower(text)
	if slices.ContainsFunc(injectionPhrases, func(w string) bool { return strings.Contains(t, w) }) {
		return true
	}
	for _, v := range injectionVerbs {
		for rest := t; ; {
			i := strings.Index(rest, v+" ")
			if i < 0 {
				break
			}
			rest = rest[i+len(v)+1:]
			if startsWithTarget(rest) {
				return true
			}
		}
	}
	return false
}

// startsWithTarget reports whether s (lower case) begins with a word of
// injectionTargets after any of the words the first branch of injection
// lets come between ("all ", "any ", "the ", "your ").
func startsWithTarget(s string) bool {
	for {
		f := slices.IndexFunc(injectionFillers, func(w string) bool { return strings.HasPrefix(s, w) })
		if f < 0 {
			break
		}
		s = s[len(injectionFillers[f]):]
	}
	return slices.ContainsFunc(injectionTargets, func(w string) bool { return strings.HasPrefix(s, w) })
}

// injectionWord is the cheap pre-check of mayInject for ASCII text, where
// injection's (?i) folds ASCII letters only: every branch of injection
// starts at a word boundary, so at the start of a run of letters, with
// one of injectionStarts in any case, or is "<<<". It reports false only
// when no run of letters starts with one of them and text holds no "<<<":
// one pass over the bytes, no allocation.
func injectionWord(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c < 'a' || c > 'z' || i > 0 && isASCIILetter(text[i-1]) {
			continue
		}
		for _, w := range injectionStarts[c-'a'] {
			if hasPrefixFoldASCII(text[i:], w) {
				return true
			}
		}
	}
	return strings.Contains(text, "<<<")
}

// injectionStarts holds, under its first letter, what a branch of
// injection starts with: its verb and a space (the first branch, whose
// fillers vary), else its fixed words up to the first group's end.
var injectionStarts = func() (m [26][]string) {
	for _, w := range append(injectionPhrases[:len(injectionPhrases)-1:len(injectionPhrases)-1], "ignore ", "disregard ", "forget ") {
		m[w[0]-'a'] = append(m[w[0]-'a'], w)
	}
	return m
}()

// hasPrefixFoldASCII reports whether s starts with w (lower-case ASCII
// letters and spaces) in any case; a NUL byte also passes for a space,
// which only lets more text on to the full check.
func hasPrefixFoldASCII(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}
