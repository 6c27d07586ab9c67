package answer

import (
	"regexp"
	"strings"

	"github.com/newsbot/newsbot"
)

// usStates lists each US state with its wire-style (AP) abbreviation, when
// it has one, and its postal code: "Maryland:Md.:MD". Place lines write a
// town with its state abbreviated ("Laurel, Md.", "Suitland, MD"), and a
// question spells the state out.
var usStates = []string{
	"Alabama:Ala.:AL", "Alaska::AK", "Arizona:Ariz.:AZ", "Arkansas:Ark.:AR", "California:Calif.:CA",
	"Colorado:Colo.:CO", "Connecticut:Conn.:CT", "Delaware:Del.:DE", "Florida:Fla.:FL", "Georgia:Ga.:GA",
	"Hawaii::HI", "Idaho::ID", "Illinois:Ill.:IL", "Indiana:Ind.:IN", "Iowa::IA", "Kansas:Kan.:KS",
	"Kentucky:Ky.:KY", "Louisiana:La.:LA", "Maine::ME", "Maryland:Md.:MD", "Massachusetts:Mass.:MA",
	"Michigan:Mich.:MI", "Minnesota:Minn.:MN", "Mississippi:Miss.:MS", "Missouri:Mo.:MO", "Montana:Mont.:MT",
	"Nebraska:Neb.:NE", "Nevada:Nev.:NV", "New Hampshire:N.H.:NH", "New Jersey:N.J.:NJ", "New Mexico:N.M.:NM",
	"New York:N.Y.:NY", "North Carolina:N.C.:NC", "North Dakota:N.D.:ND", "Ohio::OH", "Oklahoma:Okla.:OK",
	"Oregon:Ore.:OR", "Pennsylvania:Pa.:PA", "Rhode Island:R.I.:RI", "South Carolina:S.C.:SC",
	"South Dakota:S.D.:SD", "Tennessee:Tenn.:TN", "Texas:Tex.:TX", "Utah::UT", "Vermont:Vt.:VT",
	"Virginia:Va.:VA", "Washington:Wash.:WA", "West Virginia:W.Va.:WV", "Wisconsin:Wis.:WI", "Wyoming:Wyo.:WY",
}

// stateForms maps a state's name (AliasKey form) to the patterns of its
// abbreviations after a town: ", Md." and ", MD" (as a word).
var stateForms = func() map[string][]*regexp.Regexp {
	m := map[string][]*regexp.Regexp{}
	for _, line := range usStates {
		f := strings.Split(line, ":")
		key := newsbot.AliasKey(f[0])
		if f[1] != "" {
			m[key] = append(m[key], regexp.MustCompile(`, `+regexp.QuoteMeta(f[1])))
		}
		m[key] = append(m[key], regexp.MustCompile(`, `+f[2]+`\b`))
	}
	return m
}()

// stateAbbreviations gives each name of the question that is a US state
// the abbreviation the texts write after a town, as an alias: "In which
// Maryland town ...?" finds "Laurel, Md." and "Suitland, MD". Only an
// abbreviation written after a comma counts, as a place line writes it
// ("Mass." or "Miss." elsewhere are ordinary words), and only when the
// texts write it: the absent-name refusal stands otherwise.
func (qs *question) stateAbbreviations(texts []string) {
	for i := range qs.names {
		n := &qs.names[i]
		forms, ok := stateForms[newsbot.AliasKey(n.text)]
		if !ok {
			continue
		}
		for _, re := range forms {
			for _, t := range texts {
				if m := re.FindString(t); m != "" {
					if ts := unitTerms(strings.TrimPrefix(m, ", ")); len(ts) > 0 {
						n.alts = append(n.alts, ts)
					}
					break
				}
			}
		}
	}
}
