"""Name lists the typing rules use: NLTK's gazetteers plus small built-in lists of what news
text names often and those gazetteers lack (world cities, outlets, well-known bodies)."""

from __future__ import annotations

from functools import cache

from quizgen.nlp import resources
from quizgen.nlp.number_words import MONTHS

COUNTRY_ALIASES = frozenset({
    "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "America",
    "the US", "U.S.", "U.S.A.", "UK", "U.K.", "Holland", "Russia", "South Korea", "North Korea",
    "Iran", "Syria", "Vietnam", "Laos", "Taiwan", "Vatican", "Czech Republic", "Ivory Coast",
    "Burma", "Palestine", "Kosovo"
})  # fmt: skip
EXTRA_NATIONALITIES = frozenset({
    "British", "English", "Scottish", "Welsh", "Irish", "European", "African", "Asian", "Arab",
    "Latin American", "Central American", "South American", "North American", "Korean",
    "South Korean", "North Korean", "Hispanic", "Kurdish", "Palestinian", "Soviet", "Western",
    "Scandinavian", "Caribbean", "Balkan", "Latino"
})  # fmt: skip
WORLD_CITIES = frozenset({
    "Aberdeen", "Abu Dhabi", "Amman", "Amsterdam", "Ankara", "Athens", "Atlanta", "Auckland",
    "Baghdad", "Baltimore", "Bangalore", "Bangkok", "Barcelona", "Basra", "Beijing", "Beirut",
    "Belfast", "Belgrade", "Berlin", "Bern", "Birmingham", "Bogota", "Boston", "Bradford",
    "Brasilia", "Brighton", "Brisbane", "Bristol", "Brussels", "Bucharest", "Budapest",
    "Buenos Aires", "Cairo", "Cambridge", "Cape Town", "Caracas", "Cardiff", "Chennai", "Chicago",
    "Copenhagen", "Coventry", "Dallas", "Damascus", "Davos", "Delhi", "Denver", "Detroit", "Doha",
    "Dubai", "Dublin", "Dundee", "Durban", "Edinburgh", "Florence", "Frankfurt", "Gaza", "Geneva",
    "Glasgow", "Guadalajara", "Guatemala City", "Hamburg", "Hanoi", "Havana", "Helsinki",
    "Hong Kong", "Houston", "Hull", "Islamabad", "Istanbul", "Jakarta", "Jerusalem",
    "Johannesburg", "Kabul", "Karachi", "Kiev", "Kolkata", "Kuala Lumpur", "Kyiv", "Lagos",
    "Lahore", "Las Vegas", "Leeds", "Leicester", "Lima", "Lisbon", "Liverpool", "London",
    "Los Angeles", "Lyon", "Madrid", "Managua", "Manchester", "Manila", "Marseille", "Melbourne",
    "Mexico City", "Miami", "Milan", "Monaco", "Monterrey", "Montreal", "Moscow", "Mumbai",
    "Munich", "Nairobi", "Naples", "New Delhi", "New York", "Newcastle", "Norwich", "Nottingham",
    "Osaka", "Oslo", "Ottawa", "Oxford", "Paris", "Perth", "Philadelphia", "Phoenix", "Plymouth",
    "Porto", "Prague", "Pretoria", "Pyongyang", "Reading", "Rio de Janeiro", "Riyadh", "Rome",
    "Rotterdam", "San Diego", "San Francisco", "San Pedro Sula", "San Salvador", "Santiago",
    "Sao Paulo", "Seattle", "Seoul", "Shanghai", "Sheffield", "Singapore", "Sofia", "Southampton",
    "Stockholm", "Strasbourg", "Swansea", "Sydney", "Taipei", "Tapachula", "Tegucigalpa", "Tehran",
    "Tel Aviv", "The Hague", "Tijuana", "Tokyo", "Toronto", "Turin", "Vancouver", "Venice",
    "Vienna", "Warsaw", "Washington", "Wellington", "York", "Zagreb", "Zurich"
})  # fmt: skip
PLACES = frozenset({
    "Europe", "Asia", "Africa", "North America", "South America", "Central America",
    "Latin America", "Middle East", "Antarctica", "Arctic", "Caribbean", "Balkans", "Scandinavia",
    "Gulf", "Pacific", "Atlantic", "Mediterranean", "Silicon Valley", "Wall Street", "Westminster",
    "Whitehall", "West Bank", "Gaza Strip", "Sahara", "Himalayas", "Alps", "Thames", "Rio Grande",
    "Midlands", "Yorkshire", "Kent", "Essex", "Surrey", "Cornwall", "Devon", "Lancashire",
    "Merseyside", "Ulster", "Siberia", "Chechnya", "Darfur", "Kashmir", "Tibet", "Catalonia",
    "Bavaria", "Flanders", "Crimea"
})  # fmt: skip
NEWS_OUTLETS = frozenset({
    "Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "Press Association", "PA",
    "Bloomberg", "BBC", "CNN", "ITV", "ITN", "Sky", "Sky News", "Fox News", "NBC", "CBS", "ABC",
    "MSNBC", "NPR", "Al Jazeera", "Channel 4 News", "Newsnight", "Today programme", "Guardian",
    "Telegraph", "Independent", "Observer", "Economist", "Politico", "Axios", "Xinhua", "Tass",
    "Interfax", "Yonhap", "Kyodo", "Haaretz", "Le Monde", "Der Spiegel", "Spiegel", "Bild",
    "El Pais", "Variety", "Billboard", "Forbes", "Fortune", "Newsweek", "Time magazine",
    "Financial Times", "New York Times", "Washington Post", "Wall Street Journal", "Daily Mail",
    "Daily Mirror", "The Sun", "Evening Standard", "USA Today", "Los Angeles Times"
})  # fmt: skip
# Words that make a name a news outlet when they end it ("Wall Street Journal", "Sky News").
OUTLET_HEADS = frozenset({
    "Journal", "Times", "Post", "Guardian", "Telegraph", "Herald", "Tribune", "Gazette",
    "Observer", "Independent", "Mirror", "Express", "Mail", "Chronicle", "News", "Standard",
    "Courier", "Echo", "Inquirer", "Examiner", "Bulletin", "Record", "Sentinel", "Globe",
    "Register", "Magazine", "Review", "Weekly", "Daily", "Today"
})  # fmt: skip
ORGANIZATIONS = frozenset({
    "Pentagon", "White House", "Kremlin", "Congress", "Senate", "House of Representatives",
    "House of Commons", "House of Lords", "Commons", "Lords", "Parliament", "Downing Street",
    "Number 10", "No 10", "Treasury", "Home Office", "Foreign Office", "Cabinet", "NHS", "FBI",
    "CIA", "NSA", "DHS", "NASA", "NATO", "Nato", "UN", "United Nations", "EU", "European Union",
    "European Commission", "IMF", "World Bank", "WTO", "OPEC", "Opec", "Fifa", "FIFA", "Uefa",
    "UEFA", "IOC", "Red Cross", "Labour", "Tories", "Conservatives", "Liberal Democrats",
    "Lib Dems", "Republicans", "Democrats", "Tory", "Ofcom", "Ofsted", "Ofwat", "Ofgem", "SEC",
    "FTSE", "Nasdaq", "Dow Jones", "Google", "Microsoft", "Apple", "Amazon", "Facebook", "Yahoo",
    "IBM", "Intel", "Sony", "Nintendo", "Samsung", "Nokia", "Vodafone", "AOL", "eBay", "Toyota",
    "Ford", "Boeing", "Airbus", "MTV", "Ladbrokes", "HSBC", "Barclays", "Citigroup",
    "Border Patrol", "Interpol", "Europol", "Hamas", "Hezbollah", "Taliban", "al-Qaeda",
    "Al-Qaeda", "Greenpeace", "Oxfam", "Amnesty International", "Human Rights Watch", "House",
    "Capitol", "Capitol Hill", "Whitehall", "Holyrood"
})  # fmt: skip
# Companies, banks, clubs and public bodies that news text names without a telling word.
ORGANIZATIONS |= frozenset(
    {
        "Goldman Sachs", "Morgan Stanley", "JP Morgan", "JPMorgan", "Lloyds", "RBS", "NatWest",
        "Santander", "Deutsche Bank", "UBS", "Credit Suisse", "BNP Paribas", "BP", "Shell",
        "Tesco", "Sainsbury's", "Asda", "Marks and Spencer", "Unilever", "Nestle", "Volkswagen",
        "BMW", "Renault", "Honda", "Nissan", "Tesla", "Netflix", "Twitter", "Meta", "Alphabet",
        "Siemens", "Ericsson", "Motorola", "Huawei", "Alibaba", "Tencent", "Disney", "Red Bull",
        "Ferrari", "McLaren", "Mercedes", "Chelsea", "Arsenal", "Premier League", "Premiership",
        "World Health Organization", "WHO", "Unicef", "Unesco", "Red Crescent", "Met Police",
        "Scotland Yard", "Supreme Court", "Federal Reserve", "Bank of England",
        "European Central Bank", "ECB", "OECD", "G7", "G8", "G20",
    }
)  # fmt: skip
ORGANIZATIONS |= frozenset(
    {
        "Plaid Cymru", "SNP", "Scottish National Party", "Sinn Fein", "DUP", "UKIP", "Reform UK",
        "Green Party", "Greens", "Liberal Democrat", "Labour Party", "Conservative Party",
        "Democratic Party", "Republican Party", "GOP", "ANC", "CDU", "SPD", "AfD",
    }
)  # fmt: skip
# Words that make a name an organisation when they end it (or start it: "Bank of England").
ORG_HEADS = frozenset({
    "Department", "Ministry", "Agency", "Administration", "Authority", "Bureau", "Commission",
    "Committee", "Council", "Corp", "Corporation", "Inc", "Ltd", "Plc", "plc", "PLC", "LLC", "Co",
    "Company", "Companies", "Group", "Holdings", "Bank", "Banks", "Party", "University", "College",
    "Institute", "Institution", "Association", "Federation", "Union", "League", "Society",
    "Foundation", "Trust", "Fund", "Board", "Office", "Service", "Services", "Court", "Tribunal",
    "Assembly", "Parliament", "Congress", "Senate", "Army", "Navy", "Force", "Forces", "Police",
    "Guard", "Patrol", "Club", "FC", "United", "City", "Rovers", "Athletic", "Wanderers", "Albion",
    "Rangers", "Celtic", "Town", "Hotspur", "Airlines", "Airways", "Motors", "Systems",
    "Technologies", "Networks", "Communications", "Telecom", "Industries", "Enterprises",
    "Partners", "Capital", "Securities", "Investments", "Exchange", "Records", "Studios",
    "Pictures", "Entertainment", "Media", "Broadcasting", "Museum", "Gallery", "Theatre",
    "Orchestra", "Band", "Church", "Hospital", "School", "Academy", "Organisation", "Organization",
    "Secretariat", "Cabinet", "Government", "Coalition", "Alliance", "Movement", "Front",
    "Network", "Brigade", "Regiment", "Division", "Unit", "Brothers", "Bros", "Warner", "Channel"
})  # fmt: skip
# Title words that on their own name a role (the rest of TITLE_HEADS only qualify one).
ROLE_WORDS = frozenset({
    "President", "Secretary", "Minister", "Chancellor", "Governor", "Senator", "Congressman",
    "Congresswoman", "Representative", "Mayor", "Ambassador", "Commissioner", "Director",
    "Chairman", "Chairwoman", "Chair", "Chief", "General", "Admiral", "Colonel", "Major",
    "Captain", "Lieutenant", "Sergeant", "Commander", "Judge", "Justice", "Pope", "King", "Queen",
    "Prince", "Princess", "Duke", "Duchess", "Lord", "Lady", "Sir", "Dame", "Mr", "Mrs", "Ms",
    "Miss", "Dr", "Prof", "Professor", "Rev", "Reverend", "Bishop", "Archbishop", "Cardinal",
    "Rabbi", "Imam", "Sheikh", "Emir", "Sultan", "Premier", "Speaker", "Leader", "Spokesman",
    "Spokeswoman", "Coach", "Manager", "Detective", "Inspector", "Superintendent", "Constable",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Gov.", "Sen.", "Rep.", "Lt.", "Col.", "Sgt.",
    "Capt.", "Coroner", "Attorney", "Chef", "Executive", "Baroness", "Baron", "Earl", "Marquess",
    "Viscount", "Frenchman", "Frenchwoman", "Welshman", "Welshwoman", "Scotsman", "Scotswoman",
    "Englishman", "Englishwoman", "Irishman", "Irishwoman", "Briton", "Olympian", "DJ", "MP",
    "MEP", "MSP", "AM", "Pastor", "Father", "Sister", "Brother", "Officer", "Whip",
    "Secretary-General", "Envoy"
})  # fmt: skip
# Written after a name and not part of it: "Philippe Sands QC".
POST_NOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "Jr", "Sr", "PhD"})
# Lower-case nouns before a name that make it an organisation: "rock band Muse".
ORG_ROLE_NOUNS = frozenset({
    "bank", "firm", "company", "group", "giant", "carrier", "retailer", "publisher", "network",
    "operator", "maker", "manufacturer", "club", "band", "duo", "trio", "airline", "channel",
    "broadcaster", "newspaper", "agency", "party", "charity", "chain", "supermarket", "insurer",
    "lender", "brewer", "studio", "label", "station", "regulator", "watchdog", "conglomerate",
    "startup", "fund", "association", "federation", "union", "body", "organisation",
    "organization", "lobby", "consultancy", "think-tank"
})  # fmt: skip
# Words that qualify a role inside a title ("Defence Secretary", "Acting Prime Minister").
TITLE_QUALIFIERS = frozenset({
    "Acting", "Agent", "Conservative", "Culture", "Defence", "Defense", "Democratic", "Deputy",
    "Education", "Energy", "Environment", "Finance", "Foreign", "Health", "Home", "Interior",
    "Labour", "Prime", "Republican", "Saint", "Shadow", "St.", "State", "Tory", "Trade",
    "Transport", "Vice"
})  # fmt: skip
TITLE_HEADS = ROLE_WORDS | TITLE_QUALIFIERS
NON_NAMES = frozenset({
    "GMT", "BST", "EST", "EDT", "PST", "UTC", "CET", "Mbps", "Kbps", "Gbps", "GHz", "MHz",
    "MB", "GB", "TB", "KB", "TV", "DVD", "CD", "PC", "OK"
}) | POST_NOMINALS  # fmt: skip
HOLIDAYS = frozenset(
    {
        "Christmas",
        "Easter",
        "Ramadan",
        "Eid",
        "Thanksgiving",
        "Hanukkah",
        "Diwali",
        "Halloween",
        "Passover",
        "Hogmanay",
        "Oscars",
        "Grammys",
        "Brits",
        "Emmys",
        "Baftas",
        "Olympics",
        "Paralympics",
        "Midterms",
        "Midterm",
    }
) | frozenset({"New Year", "Christmas Day", "Boxing Day", "New Year's Day", "Christmas Eve"})
HONORIFICS_MALE = frozenset(
    {"Mr", "Mr.", "Sir", "Lord", "King", "Prince", "Duke", "Pope", "Baron", "Earl", "Father"}
)
HONORIFICS_MALE |= frozenset({"Frenchman", "Welshman", "Scotsman", "Englishman", "Irishman"})
HONORIFICS_FEMALE = frozenset(
    {"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Lady", "Dame", "Queen", "Princess", "Duchess"}
) | frozenset({"Baroness", "Sister", "Frenchwoman", "Welshwoman", "Scotswoman", "Englishwoman"})
# Lower-case role nouns written before a name: "spokesman Warren Lush", "singer Matt Bellamy".
ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "executive",
    "director", "president", "secretary", "minister", "chancellor", "leader", "manager", "coach",
    "boss", "striker", "midfielder", "defender", "goalkeeper", "captain", "player", "champion",
    "analyst", "economist", "writer", "author", "novelist", "poet", "presenter", "host",
    "broadcaster", "rapper", "singer", "songwriter", "actor", "actress", "comedian", "producer",
    "editor", "reporter", "correspondent", "journalist", "columnist", "critic", "official",
    "officer", "lawyer", "barrister", "solicitor", "judge", "founder", "owner", "investor",
    "chief", "commissioner", "governor", "senator", "mayor", "ambassador", "adviser", "advisor",
    "consultant", "professor", "scientist", "researcher", "expert", "doctor", "surgeon", "nurse",
    "teacher", "student", "musician", "guitarist", "drummer", "artist", "designer", "dancer",
    "model", "star", "winner", "housemate", "contestant", "candidate", "activist", "campaigner",
    "businessman", "businesswoman", "entrepreneur", "tycoon", "billionaire", "athlete", "sprinter",
    "runner", "hurdler", "jumper", "cyclist", "swimmer", "boxer", "tennis", "golfer", "driver",
    "jockey", "trainer", "referee", "umpire"
})  # fmt: skip
ROLE_NOUNS |= frozenset({"podcaster", "blogger", "campaigner", "pundit", "commentator"})
MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)  # "March", "Sept"
WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
EVENT_WORDS = frozenset({
    "Olympics", "Olympic", "Games", "Championship", "Championships", "Cup", "Open", "Trophy",
    "Awards", "Award", "Prize", "Festival", "Grand", "Prix", "Marathon", "War", "Summit",
    "Conference", "Election", "Elections", "Referendum", "Tour", "Series", "Trials", "Final",
    "Finals", "Show", "Expo", "Fair", "Week", "Day", "Christmas", "Easter", "Ramadan", "Olympiad",
    "Paralympics", "Oscars", "Grammys", "Brits", "Emmys", "Baftas", "Midterm", "Midterms"
})  # fmt: skip


def _load(fileid: str) -> frozenset[str]:
    return frozenset(resources.gazetteer(fileid))


@cache
def countries() -> frozenset[str]:
    iso = {n for n in resources.gazetteer("isocountries.txt") if "," not in n}
    return _load("countries.txt") | frozenset(iso) | COUNTRY_ALIASES


@cache
def nationalities() -> frozenset[str]:
    return _load("nationalities.txt") | EXTRA_NATIONALITIES


@cache
def states() -> frozenset[str]:
    return _load("usstates.txt") | _load("mexstates.txt") | _load("caprovinces.txt")


@cache
def us_cities() -> frozenset[str]:
    return _load("uscities.txt")


# Lower-case words inside personal names ("Ursula von der Leyen", "Osama bin Laden").
NAME_PARTICLES = frozenset({
    "de", "del", "della", "da", "dos", "du", "van", "von", "der", "bin", "al", "la", "le", "di",
    "ibn", "y",
})  # fmt: skip
