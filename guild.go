package newsbot

// GuildSummary is what a database holds for one guild (Discord server, or
// the command line's LocalGuild): its articles, chunks and feeds.
type GuildSummary struct {
	Guild    string `json:"guild"`
	Articles int    `json:"articles"`
	Chunks   int    `json:"chunks"`
	Feeds    int    `json:"feeds"`
}
