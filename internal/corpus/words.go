package corpus

import "strings"

// headWords are the most frequent words of English news prose, most frequent
// first. They head the Zipf vocabulary, so the stop words and the common
// news words get the long doclists they have in a real news index.
var headWords = strings.Fields(`the of to and a in that said for on is was with he it as at by from
his has be have an were are but not had its they who been this will after would which their more also
one than over about into last up new we or two year first there when people could some all other
against out government told before three since while city country officials week minister state
police president former military forces percent years million local public health security group
national told because under during four her between company month report according including time
five support work end plan part number early later made make take set day days only both second
told many region area border capital leaders party election vote court law rights war peace talks
deal trade market economy prices bank budget tax companies workers union strike protest hospital
school children women men family families home homes water food power energy oil gas climate fire
flood storm rain heat attack attacks killed injured dead wounded arrested charged released missing
officials spokesman spokeswoman statement agency ministry council committee parliament senate
director chief head office department service services system systems program programme project
billion thousands hundreds dozens six seven eight nine ten half least most several few whether
announced warned added expected called asked agreed denied confirmed reported rejected accused
urged pledged planned launched opened closed raised cut rose fell grew increased reduced`)

// topics give an article its subject: each article draws a share of its
// words from one topic's list, so a topic's words cluster the way a news
// beat's vocabulary does.
var topics = [][]string{
	strings.Fields(`drought harvest farmers wheat irrigation reservoir crops livestock rainfall famine grain`),
	strings.Fields(`airstrike shelling ceasefire artillery rebels offensive militia frontline convoy drone`),
	strings.Fields(`inflation interest rates bonds currency deficit recession lenders mortgage stocks investors`),
	strings.Fields(`vaccine outbreak clinic patients infections doctors nurses epidemic quarantine ward`),
	strings.Fields(`earthquake aftershock rubble rescuers magnitude collapsed tremor epicentre survivors`),
	strings.Fields(`ballots turnout polling candidates campaign coalition referendum recount constituency`),
	strings.Fields(`refugees asylum migrants camp shelter displaced smugglers crossing deportation`),
	strings.Fields(`satellite rocket launch orbit astronauts telescope spacecraft mission lunar`),
	strings.Fields(`cyberattack hackers ransomware breach encryption malware passwords servers outage`),
	strings.Fields(`wildfire blaze evacuation firefighters acres embers containment smoke`),
	strings.Fields(`railway tunnel bridge motorway commuters freight locomotive tram timetable`),
	strings.Fields(`tariffs exports imports shipping containers port customs quotas sanctions embargo`),
	strings.Fields(`pension retirement benefits welfare allowance payments claimants austerity`),
	strings.Fields(`corruption bribery embezzlement indictment prosecutors fraud laundering auditors`),
	strings.Fields(`cyclone hurricane landfall floodwaters levee monsoon typhoon evacuees`),
	strings.Fields(`stadium tournament championship coach striker goalkeeper league trophy fans`),
	strings.Fields(`museum exhibition paintings sculpture archive manuscripts curator gallery`),
	strings.Fields(`mining copper lithium cobalt smelter quarry excavation ore concession`),
	strings.Fields(`teachers classrooms pupils exams curriculum universities tuition students`),
	strings.Fields(`pipeline refinery barrels crude tanker drilling offshore emissions`),
	strings.Fields(`housing rents landlords tenants eviction construction developers mortgages`),
	strings.Fields(`fisheries trawlers catch quotas coastline reef plankton salmon`),
	strings.Fields(`pollution smog particulates sewage contamination toxic spill cleanup`),
	strings.Fields(`diplomats embassy summit envoy negotiations treaty delegation communique`),
	strings.Fields(`prison inmates guards riot parole sentences jailbreak cells`),
	strings.Fields(`telecom broadband spectrum towers subscribers fibre handsets carriers`),
	strings.Fields(`airline flights passengers runway cancellations pilots cabin airport`),
	strings.Fields(`hydropower dam turbines grid blackout substation voltage generators`),
	strings.Fields(`protesters demonstrators teargas barricades rally marchers curfew crackdown`),
	strings.Fields(`journalists newspaper broadcaster censorship editors press licence`),
}

var firstNames = strings.Fields(`Anna Omar Maria Yusuf Elena Kwame Sofia Ibrahim Laila Tomasz Aiko Rafael
Nadia Viktor Amara Diego Hana Pavel Leila Mateo Zainab Hugo Ines Dmitri Fatima Lars Mei Karim Olga Jonas
Priya Ahmed Greta Samuel Yara Felix Noor Andrei Chloe Tariq Ingrid Kofi Rosa Malik Vera Emil Aisha
Bruno Sana Nikolai Clara Hassan Freya Luis Irina Mustafa Lucia Sven Amina Marco Daria Javier Salma
Oskar Farah Pierre Ksenia Tunde Elif Gabriel Zofia Rahul Marta Yannick Selin Thabo Alina Idris
Beatriz Arjun Nora Emeka Ilse Sergio Yasmin Anders Ngozi Pablo Katya Musa Eva Ravi Agnes Kenji
Lena Adebayo Mira Carlos Halima Stefan Rania Jorge Ayesha Mikhail Helga Chidi Paula Farid Astrid`)

var lastNames = strings.Fields(`Kowalski Haddad Okafor Lindqvist Moreau Petrov Nakamura Alvarez Mensah
Rahman Novak Fischer Ibrahimovic Castillo Osei Yilmaz Sato Kruger Mahmoud Ferreira Jansen Popescu
Abebe Varga Costa Nieminen Kim Demir Olsen Santos Keller Amadi Horvat Suzuki Bauer Nowak Garcia
Tanaka Hussein Dubois Ivanova Mwangi Larsen Rossi Chaudhry Eriksen Ortega Kovacs Adeyemi Berg
Morales Shevchenko Bianchi Qureshi Lindgren Mbeki Navarro Sorensen Hoffmann Ogunleye Romero Zhang
Haidari Wojcik Fontaine Kariuki Lund Delgado Takahashi Baptiste Volkov Mendes Nyberg Said Acheampong
Richter Guerrero Kaplan Obi Sandoval Hakimi Vogel Mutua Lopes Aziz Brandt Okonkwo Marin Holm Tahir
Esposito Gashi Vasquez Akhtar Lehmann Boateng Ruiz Karlsson Nasser Wagner Ncube Vidal Malik Stroud`)

var roles = []string{
	"the foreign minister", "the interior minister", "a spokesperson for %s", "the head of %s",
	"a senior official at %s", "the mayor", "an analyst at %s", "the chief executive of %s",
	"a researcher at %s", "the regional governor", "a local resident", "a witness",
	"the director of %s", "an economist at %s", "a lawyer for the families", "the police chief",
}

var orgKinds = strings.Fields(`Ministry Agency Institute Council Federation Authority Bank Commission
Union Foundation Observatory Network Alliance Bureau Association Centre`)

var orgFields = strings.Fields(`Health Defence Energy Water Trade Labour Transport Finance Housing
Education Environment Agriculture Justice Interior Statistics Research`)

var outlets = strings.Fields(`Tribune Herald Courier Gazette Observer Chronicle Ledger Post Times
Dispatch Bulletin Record`)

var agencies = []string{"the Nordmark Press Agency", "the Ostrava Wire Service", "the Calder News Agency",
	"the Meridian Press Association", "Interwire"}

var weekdays = strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// boilerplate is web-page furniture of the kinds pasted articles carry.
var boilerplate = []string{
	"Skip to main content", "Share this article", "Sign up for our morning newsletter",
	"Advertisement", "Follow us on Twitter and Facebook", "Read more: the week in review",
	"Subscribe for unlimited access", "We use cookies to improve your experience",
	"Home | World | Regions", "Related stories", "Download our app", "Listen to this article",
}

// syllables build the place names and the rare tail of the vocabulary.
var syllables = strings.Fields(`ka ri to ven mal dor sel an bri go lu ter nes pa vi ro ma zen ul fa
che dra mo sil ta ber na kor el vis ham tri gen lo sar du bel mir os pen ra ve lin tes cor`)
