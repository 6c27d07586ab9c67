package openai

// EstimateTokens estimates the tokens text takes, offline: a quarter of
// the bytes, plus a fifth for safety, plus 4 for the message around it.
// English news text averages about 4.2 bytes a token with OpenAI's
// tokenizers, so the estimate errs towards sending less. (An exact
// tokenizer would add ~7 MB of embedded vocabularies for one model family,
// and servers such as Ollama or vLLM use other vocabularies anyway.)
func EstimateTokens(text string) int { return (len(text)*6)/20 + 4 }
