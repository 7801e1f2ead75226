/// Replaces personal data in free text with placeholders, before any quote or story reaches
/// an output, and counts what it replaced.
///
/// | Kind | Placeholder | Found by |
/// |---|---|---|
/// | email address | `[email]` | ``EmailScanner``, plus the respondent's own addresses |
/// | NHS number | `[number]` | ``NHSNumberScanner`` (Modulus 11 check) |
/// | UK phone number | `[phone]` | ``PhoneScanner`` |
/// | date, date of birth | `[date]` | ``DateScanner`` |
/// | full UK postcode | `[postcode]` | ``PostcodeScanner`` |
/// | house number and street | `[address]` | ``AddressScanner`` |
/// | person's name | `[name]` | ``NameScanner``: the names list (each entry whole), names learned from name columns, the respondent's own name, titles and relationship cues |
///
/// Scanners run in that order and each claims only text no earlier one claimed, so an email
/// address containing a name is one `[email]`. Adjacent names separated only by spaces (or
/// by the point after an initial) become one `[name]` ("Kerry Walsh", "J. Patel" → `[name]`,
/// counted once). Everything else is kept exactly,
/// scalar for scalar, accents and emoji included.
///
/// Redacting is idempotent: placeholders are never matched, so redacting a redacted text
/// changes nothing. It runs in time linear in the text's length (hand-written scanners with
/// bounded look-ahead, no regular expressions); the respondent's own email addresses are
/// searched for directly, O(n × m) for addresses of m characters.
public struct Redactor: Sendable {
    private let lexicon: NameLexicon
    private let commonWords: Set<String>

    /// A redactor for one study.
    ///
    /// - Parameters:
    ///   - names: the study's names list: first names, surnames, full names and places, each
    ///     replaced only whole ("Bank Street" hides "Bank Street", never "Bank").
    ///   - nameColumnValues: every value of the export's name and email columns ("Kerry
    ///     Walsh", "sam.okafor@example.org"); names are learned from the name values as
    ///     ``NameLexicon`` describes, never from e-mail addresses.
    ///   - commonWordNames: names that are also ordinary words, replaced only when capitalised
    ///     mid-sentence or after a cue; lower case. Defaults to
    ///     ``RedactionVocabulary/commonWordNames``; pass a superset to add to it.
    public init(names: [String] = [], nameColumnValues: [String] = [], commonWordNames: Set<String>? = nil) {
        lexicon = NameLexicon(list: names, columnValues: nameColumnValues)
        commonWords = commonWordNames.map { Set($0.map(WordToken.key)) } ?? RedactionVocabulary.commonWordNames
    }

    /// `text` with personal data replaced, and the count of each kind replaced.
    ///
    /// - Parameters:
    ///   - respondentNames: the respondent's own name fields, replaced by `[name]` wherever
    ///     they appear (by the same word rules as names learned from name columns).
    ///   - respondentEmails: the respondent's own email fields, replaced by `[email]` wherever
    ///     they appear, in any letter case, even when not well-formed.
    public func redact(_ text: String, respondentNames: [String] = [], respondentEmails: [String] = []) -> Redaction {
        let scalars = ScalarText(text)
        var spans = RedactionSpans(count: scalars.count)
        EmailScanner.scan(scalars, exact: respondentEmails, into: &spans)
        NHSNumberScanner.scan(scalars, into: &spans)
        PhoneScanner.scan(scalars, into: &spans)
        let tokens = WordToken.tokens(of: scalars)
        DateScanner.scan(scalars, tokens: tokens, into: &spans)
        PostcodeScanner.scan(scalars, into: &spans)
        AddressScanner.scan(scalars, tokens: tokens, into: &spans)
        let names = respondentNames.isEmpty ? lexicon : lexicon.adding(respondentNames)
        NameScanner.scan(scalars, tokens: tokens, lexicon: names, commonWords: commonWords, into: &spans)
        return assemble(scalars, spans.spans)
    }

    /// The text with every span replaced by its placeholder; names separated only by spaces
    /// merged into one.
    private func assemble(_ text: ScalarText, _ spans: [RedactionSpans.Span]) -> Redaction {
        let ordered = spans.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.count)
        var counts: [RedactionKind: Int] = [:]
        var position = 0
        var previous: RedactionSpans.Span?
        var replaced: [RedactedPart] = []
        for span in ordered {
            let gap = text.scalars[position..<span.range.lowerBound]
            if let previous, previous.kind == .name, span.kind == .name, Self.joinsNames(gap, afterInitial: previous.range.count == 1),
                let last = replaced.popLast()
            {
                replaced.append(RedactedPart(range: last.range.lowerBound..<span.range.upperBound, kind: .name))
                position = span.range.upperBound
                continue
            }
            output.append(contentsOf: gap)
            output.append(contentsOf: span.kind.placeholder.unicodeScalars)
            counts[span.kind, default: 0] += 1
            replaced.append(RedactedPart(range: span.range, kind: span.kind))
            position = span.range.upperBound
            previous = span
        }
        output.append(contentsOf: text.scalars[position...])
        var redacted = ""
        redacted.unicodeScalars.append(contentsOf: output)
        return Redaction(text: redacted, summary: RedactionSummary(counts: counts), replaced: replaced)
    }

    /// Whether the text between two names makes them one name: spaces only, or a point and
    /// spaces after an initial ("J. Patel").
    private static func joinsNames(_ gap: ArraySlice<Unicode.Scalar>, afterInitial: Bool) -> Bool {
        guard !gap.isEmpty else { return false }
        if gap.allSatisfy(ScalarText.isSpace) { return true }
        return afterInitial && gap.first == "." && gap.count >= 2 && gap.dropFirst().allSatisfy(ScalarText.isSpace)
    }
}
