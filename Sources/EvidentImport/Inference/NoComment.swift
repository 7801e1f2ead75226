/// Answers to a free-text question that say there is nothing to say: "No", "n/a", "None",
/// "Nothing else to add, thank you", "-", "?". They are counted as no comment — left out of the
/// base of every theme figure and never coded or quoted — and inference judges a comment
/// column ("Anything else you would like to tell us?") by its other answers.
///
/// An answer is folded before it is looked up: lower case, white space collapsed, a closing
/// "thank you" / "thanks" and punctuation dropped. Only short answers (40 characters or
/// fewer) are looked at, so the check costs nothing on real comments.
public enum NoComment {
    /// Whether `answer` says there is nothing to say.
    public static func matches(_ answer: String) -> Bool {
        guard answer.utf8.count <= 40 else { return false }
        var words = answer.lowercased().split { !$0.isLetter && $0 != "/" && $0 != "'" && $0 != "’" }.map(String.init)
        if words.isEmpty { return answer.contains { $0.isPunctuation } && answer.allSatisfy { $0.isPunctuation || $0.isWhitespace } }
        if words.suffix(2) == ["thank", "you"] { words.removeLast(2) }
        if words.last == "thanks" || words.last == "ta" { words.removeLast() }
        if words.isEmpty { return false }
        return phrases.contains(words.joined(separator: " "))
    }

    /// The folded answers that mean "no comment". "Nothing" and "not really" are not among
    /// them: to "Is there anything we could have done better?" they are an answer (a
    /// codebook's "nothing to improve"), and they are coded as one.
    static let phrases: Set<String> = [
        "no", "nope", "none", "nil", "n/a", "na", "n a", "not applicable", "no comment", "no comments", "no further comment",
        "no further comments", "no other comments", "no other comment", "nothing else", "nothing more", "nothing further",
        "nothing to add", "nothing else to add", "nothing to say", "nothing else to say", "none at this time", "none at present",
        "not at this time", "no thanks", "none really", "can't think of anything", "cant think of anything",
        "not that i can think of",
    ]
}
