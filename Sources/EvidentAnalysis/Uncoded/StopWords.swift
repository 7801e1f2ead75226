/// English stop words for the uncoded-text summary: words that say nothing about what an answer
/// is about.
///
/// The common English function words (articles, pronouns, prepositions, conjunctions, auxiliary
/// and modal verbs, as in the usual NLTK and Snowball lists), their contractions with and without
/// the apostrophe (survey answers often drop it: `dont`, `didnt`), and a few fillers that free
/// text is full of (`also`, `really`, `lot`, `etc`), and the fillers and transcription notes of
/// interview transcripts (`yeah`, `erm`, `like`, `[laughs]`, `[inaudible]`). Content words such as `support`, `help` or
/// `family` are kept on purpose: they are what a researcher looks for; so are `up` and `down`,
/// which early help needs for `step up` and `step down`.
public enum StopWords {
    /// Lower-case, as tokens are after case folding; apostrophes straight.
    public static let english: Set<String> = Set(
        """
        a about above after again against all am an and any are as at be because been before being
        below between both but by can could did do does doing during each few for from further
        had has have having he her here hers herself him himself his how i if in into is it its itself
        just me more most my myself no nor not of off on once only or other our ours ourselves out over
        own same she should so some such than that the their theirs them themselves then there these
        they this those through to too under until very was we were what when where which while who
        whom why will with would you your yours yourself yourselves
        also always am among another anyone anything around away back cannot could etc even ever every
        get gets getting got go goes going gone i.e it's let lot lots made make makes many may maybe
        might much must never none nothing now often one ones per quite rather really said say says
        see seem seems shall since still take takes thing things though thus together toward towards
        upon us used using via want way well went whether within without yet
        aren't can't couldn't didn't doesn't don't hadn't hasn't haven't he'd he'll he's i'd i'll i'm
        i've isn't let's mightn't mustn't shan't she'd she'll she's shouldn't that's there's they'd
        they'll they're they've wasn't we'd we'll we're we've weren't what's where's who's won't
        wouldn't you'd you'll you're you've
        arent cant couldnt didnt doesnt dont hadnt hasnt havent im ive isnt shouldnt thats theres
        theyre wasnt werent wont wouldnt youre alot
        yeah yep yes ok okay um umm erm er uh mm mhm hmm like know laughs laughing laughter inaudible
        crosstalk pause
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    )

    /// Negators that may open a phrase (`no support`, `not listened`) though they are stop words
    /// on their own: those of codebook spec §3.4 and the common negative contractions.
    public static let negators: Set<String> = [
        "no", "not", "never", "without", "nothing", "none", "cannot", "can't", "didn't", "don't", "doesn't",
        "wasn't", "weren't", "won't", "wouldn't", "couldn't", "isn't", "aren't", "hasn't", "haven't",
    ]

    /// Whether a token counts as a word: not a stop word, not only digits, more than one character.
    static func isContentWord(_ token: String) -> Bool {
        guard token.count > 1, !english.contains(token) else { return false }
        return !token.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }
}
