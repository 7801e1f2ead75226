import EvidentAnalysis
import EvidentModel

/// Chooses up to `quotes_per_theme` quotes for each code, deterministically, from the study's
/// quote candidates (`QuotePool`, bounded to those that could be chosen).
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
/// choice does not simply follow file order (`QuoteCandidate.Rank`). Pinned quotes are taken
/// first; then quotes are taken round-robin across data sets, at most one per respondent per
/// code and never the same words twice (many respondents give identical short answers). A
/// segment longer than 300 characters is cut at a word boundary and ends with an ellipsis.
enum QuoteSelection {
    static let minimumLength = QuoteCandidate.minimumLength
    static let maximumLength = QuoteCandidate.maximumLength

    /// O(codes × data sets × candidates kept): the pool keeps a few dozen per code and data set.
    static func select(
        _ results: StudyResults, perCode limit: Int, attribution: QuoteAttribution, redact: (String, Respondent) -> String
    ) -> [Quote] {
        guard let codebook = results.codebook, limit > 0 else { return [] }
        let pool = results.quoteMaterial.pool
        var quotes: [Quote] = []
        let datasetOrder = results.datasets.map(\.id)
        for (position, placed) in codebook.allCodes.enumerated() {
            var queues: [String: ArraySlice<QuoteCandidate>] = [:]
            for dataset in datasetOrder { queues[dataset] = ArraySlice(pool.candidates(code: position, dataset: dataset)) }
            var used: Set<String> = []
            var texts: Set<String> = []
            var chosen = 0
            func usable(_ candidate: QuoteCandidate) -> Bool {
                !used.contains(candidate.segment.dataset + "\u{0}" + candidate.segment.respondent) && !texts.contains(candidate.textKey)
            }
            func take(_ next: QuoteCandidate) {
                used.insert(next.segment.dataset + "\u{0}" + next.segment.respondent)
                texts.insert(next.textKey)
                quotes.append(Quote(
                    codeID: placed.code.id, dataset: next.segment.dataset, respondent: next.segment.respondent,
                    question: next.segment.question, reference: QuoteReference(next.segment).description,
                    text: trimmed(redact(next.text, next.respondent)),
                    attribution: attribution.describe(next.respondent, in: next.segment.dataset)
                ))
                chosen += 1
            }
            // Pinned quotes first, whatever their data set (they rank first in their queues);
            // they count towards the limit.
            let pinned = datasetOrder.flatMap { queues[$0]?.prefix { $0.pinned } ?? [] }.sorted { $0.rank < $1.rank }
            for candidate in pinned where chosen < limit && usable(candidate) { take(candidate) }
            var progress = true
            while chosen < limit, progress {
                progress = false
                for dataset in datasetOrder where chosen < limit {
                    guard var queue = queues[dataset] else { continue }
                    while let first = queue.first, !usable(first) { queue.removeFirst() }
                    queues[dataset] = queue.dropFirst()
                    guard let first = queue.first else { continue }
                    take(first)
                    progress = true
                }
            }
        }
        return quotes
    }

    /// Two quotes that differ only in case, spacing or punctuation say the same thing: a code
    /// shows such a text once.
    static func sameText(_ text: String) -> String {
        QuoteCandidate.sameText(text)
    }

    /// Text past `maximumLength` characters, cut at the last space before it, with "…".
    static func trimmed(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let head = text.prefix(maximumLength)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingTrailingPunctuation() + "…"
    }
}

extension Substring {
    fileprivate func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last == "," || last == ";" || last == ":" || last == " " || last == "-" { text = text.dropLast() }
        return String(text)
    }
}
