import EvidentAnalysis
import EvidentFormats
import EvidentModel

/// Chooses up to `quotes_per_theme` quotes for each code, deterministically.
///
/// Candidates are coded segments (whole sentences, or the whole answer when the codebook codes
/// responses) that fit the code by `QuoteFit`'s rules: coded by a pattern inside the segment
/// itself, and quoted only under the one code the sentence fits best (and that code's
/// ancestors), so a quote never appears under two codes of a theme or under two themes. The
/// manifest's `quotes: exclude:` removes a candidate by its reference; `quotes: pin:` puts it
/// first among its code's quotes. A respondent whose consent is pending or withheld is never
/// quoted. Candidates are ranked by length first — moderate (40–300
/// characters) before very short, then over-long — then by fit (the most specific pattern
/// matched, then distinct patterns), then by a stable hash of the segment's identity, so the
/// choice does not simply follow file order. Quotes are then taken round-robin across data
/// sets, at most one per respondent per code and never the same words twice (many respondents
/// give identical short answers). A segment longer than 300 characters is cut at a word
/// boundary and ends with an ellipsis.
enum QuoteSelection {
    static let minimumLength = 40
    static let maximumLength = 300

    struct Candidate {
        let segment: CodedSegment
        let text: String
        let fit: QuoteFit.Fit
        let order: UInt64
        /// 0 for 40–300 characters, 1 for longer, 2 for shorter: ranked in that order.
        let band: Int
        let pinned: Bool

        /// The ranking: pinned first, then length band, then better fit, then the stable hash.
        var rank: Rank { Rank(pinned: pinned ? 0 : 1, band: band, specificity: -fit.specificity, patterns: -fit.patterns, order: order) }
    }

    struct Rank: Comparable {
        let pinned: Int
        let band: Int
        let specificity: Int
        let patterns: Int
        let order: UInt64

        static func < (left: Rank, right: Rank) -> Bool {
            (left.pinned, left.band, left.specificity, left.patterns, left.order)
                < (right.pinned, right.band, right.specificity, right.patterns, right.order)
        }
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
        var ranks: [Rank] = []
        let fits = QuoteFit(codebook: codebook)
        let pinned = Set(results.spec.pinnedQuotes.compactMap { QuoteReference(parsing: $0) })
        let excluded = Set(results.spec.excludedQuotes.compactMap { QuoteReference(parsing: $0) })
        // Per code (by position in the codebook): candidate indices. Each code's roll-up chain is
        // worked out once.
        let placedCodes = codebook.allCodes
        let codeIndex = Dictionary(placedCodes.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
        var chains: [String: [Int]] = [:]
        var candidates = [[Int]](repeating: [], count: placedCodes.count)
        var texts = SegmentTexts()
        for records in Self.bySegment(results.segments) {
            guard let best = fits.best(of: records), let fit = QuoteFit.fit(records[best]) else { continue }
            let segment = records[best]
            let reference = QuoteReference(segment)
            guard !excluded.contains(reference), respondents.respondent(segment)?.consent.allowsPublication ?? false,
                  let answer = respondents.answer(segment) else { continue }
            let text = texts.text(of: segment, in: answer).trimmedWhitespace
            let length = text.count
            let candidate = Candidate(
                segment: segment, text: text, fit: fit,
                order: StableHash.of(segment.codeID, segment.dataset, segment.respondent, segment.question, String(segment.segmentIndex)),
                band: length < minimumLength ? 2 : (length > maximumLength ? 1 : 0), pinned: pinned.contains(reference)
            )
            let index = all.count
            all.append(candidate)
            ranks.append(candidate.rank)
            if chains[segment.codeID] == nil {
                chains[segment.codeID] = rollUp.selfAndAncestors(of: segment.codeID).compactMap { codeIndex[$0] }
            }
            for code in chains[segment.codeID] ?? [] { candidates[code].append(index) }
        }
        var quotes: [Quote] = []
        let datasetOrder = results.datasets.map(\.id)
        for (position, placed) in placedCodes.enumerated() {
            let ranked = candidates[position].sorted { ranks[$0] < ranks[$1] }
            var byDataset = Dictionary(grouping: ranked) { all[$0].segment.dataset }.mapValues { ArraySlice($0) }
            var used: Set<String> = []
            var texts: Set<String> = []
            var chosen = 0
            func usable(_ index: Int) -> Bool {
                !used.contains(all[index].segment.dataset + "\u{0}" + all[index].segment.respondent)
                    && !texts.contains(Self.sameText(all[index].text))
            }
            func take(_ index: Int) {
                let next = all[index]
                guard let respondent = respondents.respondent(next.segment) else { return }
                used.insert(next.segment.dataset + "\u{0}" + next.segment.respondent)
                texts.insert(Self.sameText(next.text))
                quotes.append(Quote(
                    codeID: placed.code.id, dataset: next.segment.dataset, respondent: next.segment.respondent,
                    question: next.segment.question, reference: QuoteReference(next.segment).description,
                    text: trimmed(redact(next.text, respondent)),
                    attribution: attribution.describe(respondent, in: next.segment.dataset)
                ))
                chosen += 1
            }
            // Pinned quotes first, whatever their data set; they count towards the limit.
            for index in ranked where all[index].pinned && chosen < limit && usable(index) { take(index) }
            var progress = true
            while chosen < limit, progress {
                progress = false
                for dataset in datasetOrder where chosen < limit {
                    guard var queue = byDataset[dataset] else { continue }
                    while let first = queue.first, !usable(first) || respondents.respondent(all[first].segment) == nil {
                        queue.removeFirst()
                    }
                    byDataset[dataset] = queue.dropFirst()
                    guard let first = queue.first else { continue }
                    take(first)
                    progress = true
                }
            }
        }
        return quotes
    }

    /// The coded records of each segment together (one per code applied directly), segments in
    /// the order first met.
    static func bySegment(_ segments: [CodedSegment]) -> [[CodedSegment]] {
        var groups: [[CodedSegment]] = []
        var numbers: [SegmentIdentity: Int] = [:]
        for segment in segments {
            let identity = SegmentIdentity(segment)
            if let number = numbers[identity] {
                groups[number].append(segment)
            } else {
                numbers[identity] = groups.count
                groups.append([segment])
            }
        }
        return groups
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
