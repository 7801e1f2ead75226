import EvidentAnalysis
import EvidentModel

/// Chooses up to `quotes_per_theme` quotes for each code, deterministically, from the study's
/// quote candidates (`QuotePool`: the code's coded segments, its sub-codes' included, ranked
/// — moderate length first, then stronger matches, then a stable hash — and bounded to those
/// that could be chosen).
///
/// Quotes are taken round-robin across data sets, each data set's candidates in rank order, at
/// most one per respondent per code and never the same words twice (many respondents give
/// identical short answers). A segment longer than 300 characters is cut at a word boundary and
/// ends with an ellipsis.
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
            var progress = true
            while chosen < limit, progress {
                progress = false
                for dataset in datasetOrder where chosen < limit {
                    guard var queue = queues[dataset] else { continue }
                    while let first = queue.first, used.contains(first.segment.dataset + "\u{0}" + first.segment.respondent)
                        || texts.contains(first.textKey)
                    {
                        queue.removeFirst()
                    }
                    guard let next = queue.first else {
                        queues[dataset] = queue
                        continue
                    }
                    queue.removeFirst()
                    queues[dataset] = queue
                    used.insert(next.segment.dataset + "\u{0}" + next.segment.respondent)
                    texts.insert(next.textKey)
                    quotes.append(Quote(
                        codeID: placed.code.id, dataset: next.segment.dataset, respondent: next.segment.respondent,
                        question: next.segment.question, text: trimmed(redact(next.text, next.respondent)),
                        attribution: attribution.describe(next.respondent, in: next.segment.dataset)
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
