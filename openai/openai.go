// Package openai adapts OpenAI-compatible servers (OpenAI, Azure OpenAI,
// Ollama, vLLM, llama.cpp) to newsbot: Chat is a newsbot.ChatModel and
// Embedder a newsbot.Embedder. Both retry rate limits and server errors,
// honour Retry-After, and return errors that keep the server's status and
// body. It is the only package that knows the go-openai client library.
package openai

import (
	"net/http"
	"net/url"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/newsbot/newsbot"
)

// Kinds of server.
const (
	KindOpenAI     = "openai"            // the OpenAI API (no base URL given)
	KindCompatible = "openai-compatible" // a server at a base URL (Ollama, vLLM, ...)
	KindAzure      = "azure"             // Azure OpenAI: deployment URLs, api-key header
)

// DefaultAzureAPIVersion is the Azure OpenAI API version used when none is
// given (it has structured outputs).
const DefaultAzureAPIVersion = "2024-10-21"

// Server says where an OpenAI-compatible server is and how to reach it.
// Only one of APIKey and BaseURL is required, except on Azure, which needs
// both.
type Server struct {
	APIKey  string // "" sends no Authorization header (local servers)
	BaseURL string // e.g. http://localhost:11434/v1; "" means the OpenAI API
	// Azure selects Azure OpenAI: BaseURL is the resource endpoint
	// (https://NAME.openai.azure.com), models are deployment names, the key
	// goes in the api-key header. It is chosen automatically when BaseURL's
	// host ends in .openai.azure.com or .cognitiveservices.azure.com.
	Azure      bool
	APIVersion string // Azure API version; default DefaultAzureAPIVersion
	HTTPClient *http.Client
	// Observe, when set, is called after every request (each attempt) with
	// its duration, status and token counts, e.g. for metrics. It must be
	// safe for concurrent use.
	Observe func(Observation)
}

// Backend describes a client for logs: never its key.
type Backend struct {
	Kind  string // KindOpenAI, KindCompatible or KindAzure
	Host  string // the server's host (and port)
	Model string // model name, or the Azure deployment
}

// check validates the server settings, fills defaults and detects Azure
// hosts. It returns an EINVALID error naming the variable to fix.
func (s *Server) check() error {
	s.APIKey, s.BaseURL = strings.TrimSpace(s.APIKey), strings.TrimSpace(s.BaseURL)
	urlVar := "OPENAI_BASE_URL"
	if s.Azure {
		urlVar = "AZURE_OPENAI_ENDPOINT"
	}
	if s.BaseURL != "" {
		u, err := url.Parse(s.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return newsbot.Errorf(newsbot.EINVALID, "%s %q is not an http(s) URL: give e.g. %s", urlVar, s.BaseURL, exampleURL(s.Azure))
		}
		if h := u.Hostname(); strings.HasSuffix(h, ".openai.azure.com") || strings.HasSuffix(h, ".cognitiveservices.azure.com") {
			s.Azure = true
		}
	}
	if s.Azure && (s.BaseURL == "" || s.APIKey == "") {
		return newsbot.Errorf(newsbot.EINVALID, "Azure OpenAI needs both AZURE_OPENAI_ENDPOINT (e.g. %s) and AZURE_OPENAI_API_KEY", exampleURL(true))
	}
	if s.APIVersion == "" {
		s.APIVersion = DefaultAzureAPIVersion
	}
	return nil
}

func exampleURL(azure bool) string {
	if azure {
		return "https://my-resource.openai.azure.com"
	}
	return "http://localhost:11434/v1"
}

// kind returns the kind of server.
func (s *Server) kind() string {
	switch {
	case s.Azure:
		return KindAzure
	case s.BaseURL == "":
		return KindOpenAI
	}
	return KindCompatible
}

// backend describes the server with a model for logs.
func (s *Server) backend(model string) Backend {
	host := "api.openai.com"
	if u, err := url.Parse(s.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	return Backend{Kind: s.kind(), Host: host, Model: model}
}

// client returns the go-openai client for the server. On Azure, model
// names are deployment names, used as they are.
func (s *Server) client() *goopenai.Client {
	var oc goopenai.ClientConfig
	if s.Azure {
		oc = goopenai.DefaultAzureConfig(s.APIKey, strings.TrimRight(s.BaseURL, "/"))
		oc.APIVersion = s.APIVersion
		oc.AzureModelMapperFunc = func(model string) string { return model }
	} else {
		oc = goopenai.DefaultConfig(s.APIKey)
		if s.BaseURL != "" {
			oc.BaseURL = strings.TrimRight(s.BaseURL, "/")
		}
	}
	oc.HTTPClient = withRetryAfter(s.HTTPClient)
	return goopenai.NewClientWithConfig(oc)
}
