package ingest_test

import (
	"fmt"

	"github.com/newsbot/newsbot/ingest"
)

func ExampleCleanText() {
	page := `Skip to main content

Menu

Port reopens after week-long strike

Dockworkers returned to work on Monday after unions and employers agreed a new contract, the port authority said.

(Reporting by Jane Doe; Editing by John Roe)

Sign up to get the latest news delivered to your inbox.`
	c, err := ingest.CleanText(page)
	if err != nil {
		panic(err)
	}
	fmt.Println("title: ", c.Title)
	fmt.Println("byline:", c.Byline)
	for _, p := range c.Paragraphs[1:] {
		fmt.Printf("%s: %s\n", p.Kind, p.Text)
	}
	// Output:
	// title:  Port reopens after week-long strike
	// byline: Reporting by Jane Doe; Editing by John Roe
	// body: Dockworkers returned to work on Monday after unions and employers agreed a new contract, the port authority said.
}

func ExampleCanonicalURL() {
	fmt.Println(ingest.CanonicalURL("https://News.example/world/story?utm_source=twitter&page=2&fbclid=abc#comments"))
	// Output: https://news.example/world/story?page=2
}
