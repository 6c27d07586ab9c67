package answer

import "strings"

// Names typed in lower case (branch i10zm). A reader asking about a
// person often types the name in lower case ("did sara aviel visit the
// savings groups?", "what did jerome powell say ...", "did andy beshear
// go to the ceremony?"); question.go then reads it as two ordinary words,
// and an ordinary word no article writes weighs little (it is taken as a
// paraphrase), so the question is answered from a sentence on its topic.
// A lower-case run of two words is as often a paraphrase as a name (branch
// i10zj: "flower growers", "take effect"), but not when its first word is
// a given name and neither word is written by any retrieved article: then
// the question asks about a person the stored reports never name, and it
// is refused with that name, as a capitalised one would be.

// givenNames are common given names that are not also English words or
// places ("will", "mark", "grant", "rose", "may", "virginia" are left out);
// the last line holds the short forms members type ("tom", "dave"), added
// by branch i10zp, which also mended "rebecca".
var givenNames = setOf(`
aaron abigail adam adrian agnes ahmed aidan alan alana albert alberto
alejandro alex alexander alexandra alexis alfred alfredo alice alicia
alison allison alvin amanda amelia amir amy ana andre andrea andres
andrew andy angela angelo anita ann anna anne annie anthony antonio
ashley audrey barbara barry beatrice becky ben benjamin bernard bernie
betty beverly brad bradley brandon brenda brett brian bruce bryan
caleb calvin cameron carla carlos carmen caroline carolyn catherine
cathy charles charlie chloe chris christian christina christine
christopher cindy claire clara claudia colin connie craig curtis
cynthia daniel danielle danny darren david debbie deborah debra denise
dennis derek diana diane donald donna dorothy douglas duncan dwight
eddie edgar eduardo edward edwin eileen elaine eleanor elena elijah
elizabeth ellen emily emma eric erica erik ernest esther ethan eugene
evan evelyn felix fernando fiona francis francisco fred frederick
gabriel gabriela gail gary george gerald gloria gordon greg gregory
hannah harold harry heather helen henry howard hugh ian irene isaac
isabel jacob jacqueline james jamie janet janice jared jason javier
jay jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica
jesus jill jim jimmy joan joanne joe joel johanna john johnny jon
jonathan jorge jose joseph josh joshua joyce juan judith judy julia
julian julie justin karen karl kate katherine kathleen kathryn kathy
katie keith kelly kenneth kevin kim kimberly kristen kurt kyle larry
laura lauren lawrence leah leonard leslie lillian linda lisa logan
lois lori louis louise lucas lucy luis luke lynn maggie manuel marcus
margaret maria marie marilyn mario marion marjorie marsha martha
martin marvin mary matthew maureen megan melanie melissa michael
michelle miguel mike mildred mitchell mohammed monica nancy naomi
natalie nathan neil nicholas nicole noah norma norman olivia oscar
pablo pamela patricia patrick paul paula pedro peggy peter philip
phillip phyllis rachel rafael ralph randy raymond rebecca renee
ricardo richard rick ricky robert roberta roberto robin rodney roger
ronald ronnie rosa ruth ryan sally samantha samuel sandra sara sarah
scott sean sergio sharon shawn sheila shirley sophia stacy stanley
stephanie stephen steve steven susan suzanne sylvia tammy tanya teresa
terry theodore theresa thomas timothy tina todd tommy tony tracy
travis tyler valerie vanessa vernon veronica vicki vincent walter
wanda warren wayne wendy wesley william willie xavier yolanda yvonne
zachary
tom bob dave dan ron ken sam ted tim doug matt jen liz beth meg deb`)

// lowerNameMissing returns the name ("Sara Aviel") of a run of a
// lower-case given name and the word after it, neither written by any
// retrieved article, or "" when the question has none.
func (sc *scoring) lowerNameMissing() string {
	ws := sc.qs.ws
	var written map[string]bool
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if !givenNames[w.text] || w.stop || !allLower(next.text) || len(next.text) < 3 {
			continue
		}
		if written == nil {
			written = map[string]bool{}
			for _, x := range words(sc.corpus) {
				written[x] = true
			}
		}
		surname := strings.TrimSuffix(next.lower, "'s")
		if written[w.lower] || written[surname] {
			continue
		}
		return titleWord(w.lower) + " " + titleWord(surname)
	}
	return ""
}

// allLower reports whether a word is written in lower-case letters only
// (an apostrophe or hyphen inside allowed).
func allLower(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '\'' || r == '-') {
			return false
		}
	}
	return s != ""
}

// titleWord capitalises the first letter of a lower-case word.
func titleWord(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
