/// The words the redaction rules consult, all in lower case. Kept short and explicit so the
/// rules can be read and argued with; a study extends the ambiguous names through
/// ``Redactor/init(names:nameColumnValues:commonWordNames:)``.
enum RedactionVocabulary {
    /// Names that are also ordinary English words. A listed or learned name in this set is
    /// replaced only when written with a capital and either after a title or relationship cue,
    /// or in the middle of a sentence (not at its start): "Will they help?" and "we will see"
    /// keep their "Will"/"will"; "I asked Will" loses it. `Jo` is not here: it is hardly ever
    /// an ordinary word.
    static let commonWordNames: Set<String> = [
        "will", "may", "hope", "faith", "grace", "joy", "bill", "mark", "rose", "dawn", "sue", "pat",
        "april", "june", "august", "summer", "autumn", "holly", "ivy", "daisy", "hazel", "heather", "iris", "lily",
        "ruby", "amber", "pearl", "crystal", "robin", "sky", "storm", "rain", "river", "brook", "sunny", "honey",
        "frank", "guy", "jack", "rich", "ray", "rob", "dick", "nick", "chip", "sandy", "miles", "chase", "hunter",
        "carol", "art", "penny", "patience", "charity", "angel", "liberty", "precious", "star",
        "brown", "green", "white", "black", "young", "king", "long", "little", "wood", "hill", "hall", "baker", "cook",
        "bell", "cross", "stone", "lane", "wells", "price", "case", "field", "rice", "short", "small", "wise", "best",
    ]

    /// Month names that are also first names: with the month reading the likelier one, they are
    /// replaced only after a title or relationship cue ("Mum (May)"), never for being
    /// capitalised mid-sentence ("in May").
    static let monthNames: Set<String> = ["april", "may", "june", "august"]

    /// Titles that put a name after them (matched with their capital, with or without a point).
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sr", "Fr", "Rev", "PC", "PCSO", "DC", "DS", "DI", "Sgt", "Cllr",
    ]

    /// Possessives that, before a relationship or role word, announce a name: "my worker Jo".
    static let possessives: Set<String> = ["my", "our", "his", "her", "their", "your"]

    /// Relationship and role nouns after which a name may follow: directly after a possessive
    /// phrase ("my son Tyler"), or in brackets ("Mum (Kelly)").
    static let relationshipWords: Set<String> = [
        "mum", "mom", "mummy", "mother", "dad", "daddy", "father", "nan", "nana", "nanny", "gran", "granny", "grandma",
        "grandmother", "grandad", "granddad", "grandpa", "grandfather", "parent", "son", "daughter", "child", "baby",
        "boy", "girl", "brother", "sister", "sibling", "twin", "partner", "husband", "wife", "boyfriend", "girlfriend",
        "ex", "fiancé", "fiance", "aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew", "stepdad", "stepmum",
        "stepson", "stepdaughter", "friend", "neighbour", "carer", "worker", "keyworker", "practitioner", "teacher",
        "nurse", "visitor", "officer", "manager", "coach", "mentor", "advisor", "adviser", "therapist", "counsellor",
        "doctor", "gp", "midwife", "senco", "head", "headteacher", "lead", "coordinator", "co-ordinator", "supervisor",
    ]

    /// Words that may stand between a possessive and its relationship word: "my family support
    /// worker Sam", "her health visitor Dawn".
    static let roleModifiers: Set<String> = [
        "social", "support", "family", "key", "early", "help", "health", "school", "case", "lead", "youth", "parenting",
        "personal", "new", "old", "previous", "current", "first", "second", "eldest", "oldest", "youngest", "younger",
        "older", "little", "big", "baby", "step", "foster", "birth", "main", "own", "lovely", "class", "specialist",
    ]

    /// Words that are never taken for names, whatever the context, and never learned from a
    /// name column: relationship words, pronouns and other words that open sentences, days, and
    /// the placeholders themselves (so redacting twice changes nothing).
    static let notNames: Set<String> = relationshipWords.union([
        "name", "email", "phone", "postcode", "date", "number",
        "i", "i'm", "i've", "i'd", "i'll", "me", "we", "us", "you", "he", "him", "she", "it", "they", "them",
        "the", "a", "an", "and", "but", "or", "so", "if", "then", "when", "because", "as", "at", "in", "on", "to",
        "of", "for", "with", "by", "from", "not", "no", "yes", "ok", "okay", "thanks", "thank", "please", "also",
        "just", "very", "really", "this", "that", "these", "those", "there", "here", "all", "everyone", "everything",
        "nothing", "someone", "something", "she's", "he's", "they're", "we're", "it's", "is", "was", "were", "are",
        "has", "had", "have", "did", "does", "do", "said", "says", "told", "asked", "came", "come", "went", "who",
        "what", "why", "how", "where", "which", "after", "before", "now", "today", "since", "until", "again",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
        "nhs", "camhs", "cafcass", "covid", "nobody", "somebody", "everybody", "anybody", "anyone", "noone", "none", "mine",
        "yours", "yesterday", "tomorrow", "tonight", "year", "years", "reception",
    ])

    /// Words of services, places and roles. After a name they show the name belongs to a place
    /// or service ("Hope Street", "Faith Centre"), so an ambiguous name before one is kept; and
    /// an unlisted capitalised word is not taken for a surname when it is one of these
    /// ("Kerry Family Support").
    static let serviceWords: Set<String> = roleModifiers.union([
        "street", "road", "lane", "avenue", "close", "drive", "way", "court", "house", "centre", "center", "church",
        "hall", "school", "academy", "nursery", "college", "university", "primary", "secondary", "project", "trust",
        "group", "team", "service", "services", "park", "hospital", "clinic", "unit", "ward", "farm", "estate",
        "gardens", "place", "square", "council", "hub", "police", "sure", "start", "children's", "childrens",
        "english", "british", "library", "partnership", "foundation", "charity", "network", "programme", "bank", "carers",
        "carer's", "hospice", "surgery", "practice", "board", "forum", "panel", "office", "department", "award",
        "massage", "sensory", "signing", "yoga", "steps", "room", "café", "cafe", "club", "community",
    ])

    /// Words naming a building or an organisation. A name learned from a name column directly
    /// before one names the place, not a person ("the Lindsey Centre", "the Mark Bell Trust").
    static let buildingWords: Set<String> = [
        "centre", "center", "house", "hub", "school", "academy", "nursery", "college", "university", "primary",
        "secondary", "clinic", "surgery", "hospital", "trust", "project", "church", "foundation", "library", "unit", "ward",
        "community", "hall", "hospice", "practice", "charity",
    ]

    /// Words that, after a name following "the", show it is a family's name: "the Hartley
    /// family", "the Marsh children".
    static let householdWords: Set<String> = ["family", "families", "children", "kids", "household", "boys", "girls", "twins"]

    /// Words that end the name of a street or an estate. A name written directly before one
    /// names the street, not a person ("Marsh Lane", "Baker Street"), and a house number before
    /// a run of capitalised words ending in one is an address ("14 Ashworth Road").
    static let streetWords: Set<String> = [
        "street", "road", "lane", "avenue", "close", "drive", "way", "court", "crescent", "grove", "terrace", "gardens",
        "square", "row", "walk", "mews", "parade", "estate", "rise", "view", "wynd", "boulevard",
    ]

    /// Words of place names. They are not taken for the rest of a name after a name ("Thornby
    /// High", "Rose Hill Park"), and a full name before one names a place ("the Rose Hill
    /// estate").
    static let placeWords: Set<String> = streetWords.union([
        "place", "hill", "park", "green", "high", "village", "town", "city", "bridge", "common", "heath", "vale", "fields",
        "field", "meadow", "meadows", "upper", "lower", "north", "south", "east", "west", "great", "moor", "end", "side",
    ])

    /// Family words directly before a name, with or without a possessive: "Nanny Pat", "Auntie
    /// Sue", "Baby Amira", "mum Stacey, dad Darren". ("Partner" is left out: practitioners'
    /// "partner agencies" would follow it.)
    static let familyWords: Set<String> = [
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "auntie", "aunty",
        "aunt", "uncle", "cousin", "mum", "mom", "mummy", "mother", "dad", "daddy", "father", "son", "daughter", "baby",
        "brother", "sister", "twin", "stepdad", "stepmum", "stepson", "stepdaughter", "husband", "wife", "boyfriend",
        "girlfriend", "niece", "nephew",
    ]

    /// Words that, straight after a name that is also an ordinary word, show the word is not a
    /// name but a verb or a question's opening: "Will they help?", "May I say…".
    static let subjectWords: Set<String> = [
        "i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "the", "a", "an", "my", "our",
        "your", "his", "her", "their", "be", "not", "is", "are", "of", "to", "and", "for",
    ]

    /// Articles: a capitalised word after one names a thing ("the Rose Garden", "a Will and a
    /// Won't list"), so a name that is also an ordinary word is kept there.
    static let articles: Set<String> = ["the", "a", "an"]

    /// Values a name column holds when the respondent gave no name: nothing is learned from them.
    static let nonAnswers: Set<String> = [
        "", "-", "n/a", "na", "none", "nil", "no", "unknown", "anonymous", "anon", "not given", "not known",
        "prefer not to say", "rather not say", "not applicable", "test", "no name", "withheld",
    ]

    /// Mailbox names that are not people: nothing is learned from `info@…` or `admin@…`.
    static let mailboxWords: Set<String> = [
        "info", "admin", "office", "contact", "hello", "enquiries", "enquiry", "mail", "email", "noreply", "reply",
        "reception", "team", "user", "test", "support", "help", "service", "services", "hub", "duty", "referrals",
    ]

    /// Month names and their abbreviations (lower case) with their numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
}
