package openai_test

import (
	"log"
	"os"

	"github.com/newsbot/newsbot/answer"
	"github.com/newsbot/newsbot/openai"
)

// Configuring the chat model from the environment: no key and no base URL
// means extractive answers.
func ExampleNewChat() {
	key, base := os.Getenv("OPENAI_API_KEY"), os.Getenv("OPENAI_BASE_URL")
	svc := &answer.Service{}
	if key != "" || base != "" {
		c, err := openai.NewChat(openai.ChatConfig{Server: openai.Server{APIKey: key, BaseURL: base}, Model: os.Getenv("NEWSBOT_CHAT_MODEL")})
		if err != nil {
			log.Fatal(err)
		}
		svc.LLM = c
	}
	_ = svc
}
