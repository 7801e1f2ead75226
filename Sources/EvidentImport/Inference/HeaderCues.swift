/// What a header says about its column beyond personal data (`PersonalDataRule`): that it
/// holds ids or references, numeric codes, ranks, or comments.
enum HeaderCues {
    /// An id or reference: `Case ref`, `UPN`, `Record number`, `Family ID`, `uuid`. Such a
    /// column names records, so it is never a breakdown, even when its values repeat.
    static func isReference(_ header: String) -> Bool {
        let words = HeaderWords(header)
        guard !words.words.isEmpty, words.words.count <= 6 else { return false }
        if words.containsAny(["id", "ids", "uuid", "guid", "identifier", "ref", "reference", "urn", "upn", "uln", "nino", "hash"]) {
            return true
        }
        if let last = words.words.last, ["number", "no", "num"].contains(last), words.words.count >= 2 {
            return words.containsAny(["case", "record", "file", "client", "family", "child", "pupil", "respondent", "nhs", "member", "serial", "account", "referral"])
        }
        return false
    }

    /// Numbers that label rather than rate: `District`, `Ward`, `Area code`, `Team number`,
    /// `Locality (1-9)`. Such numbers are never proposed as a scale item; a manifest can still
    /// declare the column an item.
    /// The header is short (four words or fewer), names a kind of code or place, and asks for
    /// no rating (`Team support` is a rating; `Team` is a code).
    static func isNumericCode(_ header: String) -> Bool {
        let words = HeaderWords(header)
        guard !words.words.isEmpty, words.words.count <= 4 else { return false }
        return words.containsAny(codeWords) && !words.containsAny(ratingWords)
    }

    private static let ratingWords: Set<String> = [
        "rate", "rating", "score", "confident", "confidence", "satisfied", "satisfaction", "support", "helpful", "useful",
        "agree", "happy", "likely", "well", "overall", "quality", "scale", "feel", "feeling", "safe", "safety",
    ]

    private static let codeWords: Set<String> = [
        "district", "districts", "ward", "wards", "area", "areas", "region", "zone", "locality", "localities", "patch", "cluster",
        "code", "codes", "team", "site", "office", "school", "sector", "category", "type", "class", "cohort", "wave", "group",
        "version", "branch", "depot", "unit", "route", "postcode", "borough", "county", "lsoa", "msoa",
    ]

    /// Ranking questions: `Please rank …`, `in order of importance`, `1 = most important`.
    static func isRanking(_ header: String) -> Bool {
        let words = HeaderWords(header)
        return words.containsAny(["rank", "ranking", "ranked", "rankings"]) || words.contains(phrase: "order of importance")
            || words.contains(phrase: "order of preference") || words.contains(phrase: "most important")
            || words.contains(phrase: "order of priority")
    }

    /// A question asking for comments: `Any other comments?`, `Is there anything else you would
    /// like to tell us?`, `Other (please specify)`. Its "No" and "n/a" answers are no comment
    /// (`NoComment`), so it is free text when any other answer is.
    static func isComment(_ header: String) -> Bool {
        let words = HeaderWords(header)
        return words.containsAny(["comment", "comments", "suggestions", "feedback", "specify", "elaborate"])
            || ["anything else", "any other", "anything more", "anything we", "tell us", "please explain", "please describe",
                "please give", "give details", "own words", "more detail", "add anything", "like to add", "like to say",
            ].contains(where: { words.contains(phrase: $0) })
    }
}
