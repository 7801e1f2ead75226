import EvidentAnalysis
import EvidentFormats
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
        /// 0 for 40–300 characters, 1 for longer, 2 for shorter: ranked in that order.
        let band: Int

        /// The ranking: length band, then stronger matches, then the stable hash.
        var rank: (Int, Int, UInt64) { (band, -strength, order) }
    }

    /// O(segments × code depth + candidates × log candidates + the answers' lengths): segment
    /// texts are cut through `SegmentTexts`, never by walking each answer from its start; every
    /// candidate is built once and
    /// referred to by index, ranks are worked out once, and each data set's queue of candidates
    /// is consumed from its front without moving the rest.
    static func select(
        _ results: StudyResults, perCode limit: Int, attribution: QuoteAttribution, redact: (String, Respondent) -> String
    ) -> [Quote] {
        guard let codebook = results.codebook, limit > 0 else { return [] }
        let rollUp = RollUp(codebook: codebook)
        let respondents = RespondentIndex(results.datasets)
        var all: [Candidate] = []
        var ranks: [(Int, Int, UInt64)] = []
        // Per code (by position in the codebook): segment number → candidate. Segments are
        // numbered by identity once, and each code's roll-up chain is worked out once.
        let placedCodes = codebook.allCodes
        let codeIndex = Dictionary(placedCodes.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        var chains: [String: [Int]] = [:]
        var identities: [SegmentIdentity: Int] = [:]
        var candidates = [[Int: Int]](repeating: [:], count: placedCodes.count)
        var texts = SegmentTexts()
        for segment in results.segments {
            guard let answer = respondents.answer(segment) else { continue }
            let text = texts.text(of: segment, in: answer).trimmedWhitespace
            let length = text.count
            let candidate = Candidate(
                segment: segment, text: text, strength: Set(segment.matches.map(\.pattern)).count,
                order: StableHash.of(segment.codeID, segment.dataset, segment.respondent, segment.question, String(segment.segmentIndex)),
                band: length < minimumLength ? 2 : (length > maximumLength ? 1 : 0)
            )
            let index = all.count
            all.append(candidate)
            ranks.append(candidate.rank)
            let key = identities.number(of: SegmentIdentity(segment))
            if chains[segment.codeID] == nil {
                chains[segment.codeID] = rollUp.selfAndAncestors(of: segment.codeID).compactMap { codeIndex[$0] }
            }
            for code in chains[segment.codeID] ?? [] {
                if let existing = candidates[code][key], all[existing].strength >= candidate.strength { continue }
                candidates[code][key] = index
            }
        }
        var quotes: [Quote] = []
        let datasetOrder = results.datasets.map(\.id)
        for (position, placed) in placedCodes.enumerated() {
            let ranked = candidates[position].values.sorted { ranks[$0] < ranks[$1] }
            var byDataset = Dictionary(grouping: ranked) { all[$0].segment.dataset }.mapValues { ArraySlice($0) }
            var used: Set<String> = []
            var texts: Set<String> = []
            var chosen = 0
            var progress = true
            while chosen < limit, progress {
                progress = false
                for dataset in datasetOrder where chosen < limit {
                    guard var queue = byDataset[dataset] else { continue }
                    while let first = queue.first,
                          used.contains(all[first].segment.dataset + "\u{0}" + all[first].segment.respondent)
                            || texts.contains(Self.sameText(all[first].text)) {
                        queue.removeFirst()
                    }
                    guard let first = queue.first, let respondent = respondents.respondent(all[first].segment) else {
                        byDataset[dataset] = queue
                        continue
                    }
                    let next = all[first]
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

    /// Text past `maximumLength` characters, cut at the last space before it, with "…".
    static func trimmed(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingTrailingPunctuation() + "…"
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
