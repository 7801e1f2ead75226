/// Which label-shaped openings start a turn, and whose turn it is.
///
/// An opening (see `SpeakerLine`) starts a turn when its label is **label-shaped** — one to
/// four words of at most 48 scalars in all, the first starting with a capital letter or a digit,
/// words made of letters, digits and `. ' ’ - / &`, optionally ending in a bracketed part
/// (`Parent (P3)`) — and, in this order:
/// 1. it is a **known speaker**: an interviewer label, a participant id, pseudonym or name from
///    the participants CSV, a role word (`Parent`, `Mum`, `Dad`, `Carer`, `Participant`, …), or
///    a numbered label (`P1`, `R12`, `FG2`, `Speaker 1`, `Parent 2`) — it starts a turn;
/// 2. it is a **header key** (`Date`, `Location`, `Name` …, see `TranscriptHeader`) — never a speaker;
/// 3. its first word is an ordinary sentence opener (`So`, `Well`, `The`, `And`, `Honestly` …)
///    — never a speaker, so "So basically: she helped" stays text;
/// 4. it was bold in Word (or `**bold**` in Markdown) and followed by a colon or dash — a turn;
/// 5. the same label opens at least two lines of the transcript — a turn.
/// A label in square brackets (`[id1] …`, QualCoder's style) starts a turn by rule 1, or by
/// rule 5 when it has a capital or a digit (so `[laughs]` stays a note).
/// Anything else stays in the turn's text, with a note naming the line.
struct SpeakerRules: Sendable {
    /// The default interviewer labels.
    static let defaultInterviewers = ["Interviewer", "INT", "I", "Facilitator", "Researcher"]

    static let roleWords: Set<String> = [
        "parent", "carer", "foster carer", "kinship carer", "mum", "mam", "mom", "mother", "dad", "father", "stepdad",
        "stepmum", "gran", "nan", "grandma", "grandad", "grandparent", "partner", "child", "young person", "son",
        "daughter", "participant", "interviewee", "respondent", "family", "both", "all", "speaker", "guardian",
    ]

    static let sentenceOpeners: Set<String> = [
        "a", "an", "the", "and", "but", "so", "or", "well", "yes", "yeah", "yep", "no", "nope", "oh", "ok", "okay", "right",
        "it", "it's", "its", "that", "that's", "this", "there", "they", "we", "you", "he", "she", "his", "her", "my", "our",
        "your", "their", "what", "when", "where", "who", "why", "how", "if", "because", "cos", "then", "now", "also",
        "honestly", "basically", "like", "just", "actually", "anyway", "i'm", "i've", "i'd", "i'll", "note", "nb", "ps",
        "re", "um", "erm", "er", "mm", "dear", "see", "look", "thing", "things", "everything", "nothing", "one", "first",
        "second", "last", "plus", "only", "even", "sometimes", "apparently", "obviously", "again",
    ]

    private let interviewers: Set<String>
    private let people: Set<String>

    /// Rules for one data set: its interviewer labels and the ids, pseudonyms and names of its
    /// participants (all compared ignoring case).
    init(interviewers: [String], people: [String] = []) {
        self.interviewers = Set(interviewers.map { $0.lowercased() })
        self.people = Set(people.map { $0.lowercased() })
    }

    /// Whether `label` is an interviewer's, as written or without a bracketed part
    /// (`Interviewer (JB)`).
    func isInterviewer(_ label: String) -> Bool {
        let key = label.lowercased()
        return interviewers.contains(key) || interviewers.contains(Self.withoutBrackets(key))
    }

    /// Whether an opening starts a turn, given how many lines of the transcript open with the
    /// same label (rules 1–5 above).
    func startsTurn(_ line: SpeakerLine, occurrences: Int) -> Bool {
        if isKnown(line.key) { return true }
        // A bracketed opening is often a transcriber's note (`[laughs] yes`): it is a label only
        // when known, or repeated and written like a name or a code (a capital or a digit).
        if line.isBracketed {
            return occurrences >= 2 && !TranscriptHeader.isKey(line.key)
                && (line.label.first?.isUppercase == true || line.label.contains(where: \.isNumber))
        }
        if TranscriptHeader.isKey(line.key) || Self.opensSentence(line.key) { return false }
        if line.isEmphasised, line.hasSeparator { return true }
        return occurrences >= 2
    }

    /// Whether a rejected opening deserves a note: it would have been a label had it opened
    /// another line too.
    func isNearMiss(_ line: SpeakerLine) -> Bool {
        line.hasSeparator && !line.isBracketed && !TranscriptHeader.isKey(line.key) && !Self.opensSentence(line.key)
    }

    private func isKnown(_ key: String) -> Bool {
        let bare = Self.withoutBrackets(key)
        return interviewers.contains(key) || interviewers.contains(bare) || people.contains(key) || people.contains(bare)
            || Self.roleWords.contains(bare) || Self.isNumbered(bare)
    }

    private static func opensSentence(_ key: String) -> Bool {
        let first = key.split(separator: " ").first.map(String.init) ?? key
        return sentenceOpeners.contains(String(first.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// `P1`, `R12`, `FG2`: one to three letters then one to three digits; or a role word or
    /// `speaker` followed by a number or a single letter (`Speaker 1`, `Parent 2`, `Speaker A`).
    static func isNumbered(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        if words.count == 2, roleWords.contains(String(words[0])) {
            let tail = words[1]
            return (1...3).contains(tail.count) && tail.allSatisfy(\.isNumber) || (tail.count == 1 && tail.allSatisfy(\.isLetter))
        }
        guard words.count == 1 else { return false }
        let letters = key.prefix { $0.isLetter && $0.isASCII }
        let digits = key.dropFirst(letters.count)
        return (1...3).contains(letters.count) && (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `key` without a trailing bracketed part: `parent (p3)` → `parent`.
    static func withoutBrackets(_ key: String) -> String {
        guard key.hasSuffix(")"), let open = key.lastIndex(of: "(") else { return key }
        return String(key[..<open]).trimmingSpaces
    }

    /// Whether `label` has the shape of a speaker label (see the type's documentation).
    static func isLabelShaped(_ label: [Unicode.Scalar]) -> Bool {
        var words = label
        if words.last == ")", let open = words.lastIndex(of: "(") {
            guard open > 0, words[open - 1] == " ", words.count - open <= 26 else { return false }
            words = Array(words[..<(open - 1)])
        }
        guard !words.isEmpty, words.count <= SpeakerLine.labelLimit else { return false }
        let parts = words.split(separator: " ", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return false }
        for (index, part) in parts.enumerated() {
            guard let first = part.first else { return false }
            if part.count == 1, first == "&" { continue }
            let properties = first.properties
            if index == 0, !(properties.isAlphabetic && !properties.isLowercase || ("0"..."9").contains(first)) { return false }
            for scalar in part where !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ".'\u{2019}-/&".unicodeScalars.contains(scalar)) {
                return false
            }
        }
        return true
    }
}

extension String {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
