package bot_test

import (
	"fmt"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
	"github.com/newsbot/newsbot/prompts"
)

func ExampleRenderAnswer() {
	a := &newsbot.Answer{
		// the answer step's own wording (prompts): the example shows what
		// a member sees, so it fails when the template changes
		Answer: "As of 8 November 2016, n" + prompts.Lead("unconfirmed")[1:] +
			"Interfax, citing a source in the Russian defence ministry, reported that Russia is preparing to resume air strikes around Aleppo (a plan or expectation, not a reported event) [1].",
		Supported: true,
		Citations: []newsbot.Citation{{
			N: 1, Title: "Russia preparing renewed strikes on Aleppo", Outlet: "Reuters", Published: "2016-11-08",
			URL:     "https://example.org/aleppo",
			Quote:   `Russia is preparing to resume air strikes around the Syrian city of Aleppo "in coming hours".`,
			Speaker: "a source in the Russian defence ministry", Via: "Interfax", Verified: true,
		}},
	}
	for _, m := range bot.RenderAnswer(a) {
		fmt.Println(m)
	}
	// Output:
	// As of 8 November 2016, not confirmed in the stored reports: Interfax, citing a source in the Russian defence ministry, reported that Russia is preparing to resume air strikes around Aleppo (a plan or expectation, not a reported event) [1].
	//
	// **Sources**
	// > **[1]** “Russia is preparing to resume air strikes around the Syrian city of Aleppo "in coming hours".”
	// > — **a source in the Russian defence ministry**, via Interfax · *Reuters* · 2016-11-08 · [Russia preparing renewed strikes on Aleppo](<https://example.org/aleppo>)
}

func ExamplePack() {
	msgs := bot.Pack([]string{"first block", "second block", "third block"}, 30)
	for _, m := range msgs {
		fmt.Printf("%q\n", m)
	}
	// Output:
	// "first block\n\nsecond block"
	// "third block"
}
