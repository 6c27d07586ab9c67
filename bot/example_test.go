package bot_test

import (
	"fmt"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/bot"
)

func ExampleRenderAnswer() {
	a := &newsbot.Answer{
		Answer:    "Not according to the stored reports: a ministry source said strikes would resume [1].",
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
	// Not according to the stored reports: a ministry source said strikes would resume [1].
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
