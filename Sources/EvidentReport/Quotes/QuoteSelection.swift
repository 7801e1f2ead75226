import EvidentAnalysis
import EvidentModel

/// Chooses up to `quotes_per_theme` quotes for each code, deterministically.
///
/// Candidates are the code's coded segments (its sub-codes' included): whole sentences, or the
/// whole answer when the codebook codes responses. They are ranked by length first — moderate
/// (40–300 characters) before very short, then over-long — then by how strongly the code's
/// patterns matched (distinct patterns in the segment), then by a stable hash of the segment's
/// identity, so the choice does not simply follow file order. Quotes are then taken round-robin
/// across data sets, at most one per respondent per code and never the same words twice (many
/// respondents give identical short answers). A segment longer than 300 characters
/// is cut at a word boundary and ends with an ellipsis.
enum QuoteSelection {
    static let minimumLength = 40
    static let maximumLength = 300

    struct Candidate {
        let segment: CodedSegment
        let text: String
        let strength: Int
        let order: UInt64
    }

    static func select(
        _ results: StudyResults, perCode limit: Int, attribution: QuoteAttribution, redact: (String, Respondent) -> String
    ) -> [Quote] {
        guard let codebook = results.codebook, limit > 0 else { return [] }
        let rollUp = RollUp(codebook: codebook)
        let respondents = RespondentIndex(results.datasets)
        var candidates: [String: [SegmentIdentity: Candidate]] = [:]
        for segment in results.segments {
            guard let answer = respondents.answer(segment) else { continue }
            let text = scalars(of: answer, from: segment.start, to: segment.end).trimmedWhitespace
            let candidate = Candidate(
                segment: segment, text: text, strength: Set(segment.matches.map(\.pattern)).count,
                order: StableHash.of(segment.codeID, segment.dataset, segment.respondent, segment.question, String(segment.segmentIndex))
            )
            for code in rollUp.selfAndAncestors(of: segment.codeID) {
                let key = SegmentIdentity(segment)
                if let existing = candidates[code]?[key], existing.strength >= candidate.strength { continue }
                candidates[code, default: [:]][key] = candidate
            }
        }
        var quotes: [Quote] = []
        let datasetOrder = results.datasets.map(\.id)
        for placed in codebook.allCodes {
            let ranked = (candidates[placed.code.id] ?? [:]).values.sorted { rank($0) < rank($1) }
            var byDataset = Dictionary(grouping: ranked, by: \.segment.dataset)
            var used: Set<String> = []
            var texts: Set<String> = []
            var chosen = 0
            var progress = true
            while chosen < limit, progress {
                progress = false
                for dataset in datasetOrder where chosen < limit {
                    guard var queue = byDataset[dataset] else { continue }
                    while let next = queue.first,
                          used.contains(next.segment.dataset + "\u{0}" + next.segment.respondent)
                            || texts.contains(Self.sameText(next.text)) {
                        queue.removeFirst()
                    }
                    guard let next = queue.first, let respondent = respondents.respondent(next.segment) else {
                        byDataset[dataset] = queue
                        continue
                    }
                    queue.removeFirst()
                    byDataset[dataset] = queue
                    used.insert(next.segment.dataset + "\u{0}" + next.segment.respondent)
                    texts.insert(Self.sameText(next.text))
                    quotes.append(Quote(
                        codeID: placed.code.id, dataset: next.segment.dataset, respondent: next.segment.respondent,
                        question: next.segment.question, text: trimmed(redact(next.text, respondent)),
                        attribution: attribution.describe(respondent, in: next.segment.dataset)
                    ))
                    chosen += 1
                    progress = true
                }
            }
        }
        return quotes
    }

    /// Two quotes that differ only in case, spacing or punctuation say the same thing: a code
    /// shows such a text once.
    static func sameText(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    private static func rank(_ candidate: Candidate) -> (Int, Int, UInt64) {
        let length = candidate.text.count
        let band = length < minimumLength ? 2 : (length > maximumLength ? 1 : 0)
        return (band, -candidate.strength, candidate.order)
    }

    /// Text past `maximumLength` characters, cut at the last space before it, with "…".
    static func trimmed(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingTrailingPunctuation() + "…"
    }

    /// The answer's scalars in `[start, end)` (offsets are Unicode scalars, as in coded segments).
    static func scalars(of answer: String, from start: Int, to end: Int) -> String {
        let scalars = answer.unicodeScalars
        guard start >= 0, end >= start,
              let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return "" }
        return String(scalars[from..<to])
    }
}

/// A coded segment's place, without the code.
struct SegmentIdentity: Hashable {
    let dataset: String
    let respondent: String
    let question: String
    let index: Int

    init(_ segment: CodedSegment) {
        dataset = segment.dataset
        respondent = segment.respondent
        question = segment.question
        index = segment.segmentIndex
    }
}

extension Substring {
    fileprivate func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last == "," || last == ";" || last == ":" || last == " " || last == "-" { text = text.dropLast() }
        return String(text)
    }
}
