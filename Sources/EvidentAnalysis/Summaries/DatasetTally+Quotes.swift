import EvidentCoding
import EvidentFormats
import EvidentModel

extension DatasetTally {
    /// Offers the quote candidates of one coded answer: each segment once, under the code it fits
    /// best (`QuoteFit`: a pattern matched inside the segment; the most specific pattern, then
    /// more patterns, then codebook order) and that code's ancestors — unless the respondent's
    /// consent does not allow publication or the manifest excludes the segment. A candidate's
    /// text is cut from the answer only when its rank could keep it.
    mutating func offerQuotes(_ records: CodedRecords, respondent: Respondent, question: Int, answer: String) {
        guard respondent.consent.allowsPublication else { return }
        let dataset = plan.dataset.id
        let questionID = plan.dataset.questions[question].id
        let checksReferences = !plan.pinnedQuotes.isEmpty || !plan.excludedQuotes.isEmpty
        var text = AnswerText(answer)
        var start = 0
        while start < records.segments.count {
            let index = records.segments[start].segmentIndex
            var end = start + 1
            while end < records.segments.count, records.segments[end].segmentIndex == index { end += 1 }
            defer { start = end }
            guard let (record, fit) = bestFit(records, start..<end) else { continue }
            var pinned = false
            if checksReferences {
                let reference = QuoteReference(dataset: dataset, respondent: respondent.id, question: questionID, segment: index)
                if plan.excludedQuotes.contains(reference) { continue }
                pinned = plan.pinnedQuotes.contains(reference)
            }
            let segment = records.segments[record]
            let band = text.band(from: segment.start, to: segment.end)
            let order = StableHash.of(plan.codeIDs[segment.code], dataset, respondent.id, questionID, String(index))
            let rank = QuoteCandidate.Rank(pinned: pinned, band: band, fit: fit, order: order)
            var candidate: QuoteCandidate?
            for code in plan.chains[segment.code] where quotes.admits(rank, code: code, dataset: dataset) {
                let made = candidate ?? QuoteCandidate(
                    segment: codedSegment(records, segment, respondent: respondent.id, question: questionID),
                    text: text.trimmed(from: segment.start, to: segment.end), fit: fit, order: order, band: band, pinned: pinned,
                    respondent: Self.quoted(respondent))
                candidate = made
                quotes.offer(made, code: code)
            }
        }
    }

    /// Of one segment's records, the one its quote belongs to and how well it fits
    /// (`QuoteFit.best(of:)` on the engine's records): `nil` when no pattern matched inside it.
    func bestFit(_ records: CodedRecords, _ range: Range<Int>) -> (record: Int, fit: QuoteFit.Fit)? {
        var chosen: (record: Int, fit: QuoteFit.Fit, order: Int)?
        for record in range {
            let segment = records.segments[record]
            guard segment.code < plan.chains.count else { continue }
            var seen: [Int] = []
            var specificity = 0
            for match in records.matches[segment.matchStart..<segment.matchEnd]
            where match.start >= segment.start && match.end <= segment.end && match.start < match.end && !seen.contains(match.pattern) {
                seen.append(match.pattern)
                specificity = max(specificity, plan.patternSpecificity[match.pattern])
            }
            guard !seen.isEmpty else { continue }
            let fit = QuoteFit.Fit(specificity: specificity, patterns: seen.count)
            let position = plan.chains[segment.code].first ?? Int.max
            if let current = chosen, current.fit > fit || (current.fit == fit && current.order <= position) { continue }
            chosen = (record, fit, position)
        }
        return chosen.map { ($0.record, $0.fit) }
    }

    /// The `CodedSegment` a record stands for.
    func codedSegment(_ records: CodedRecords, _ segment: CodedRecords.Segment, respondent: String, question: String) -> CodedSegment {
        let matches = records.matches[segment.matchStart..<segment.matchEnd].map { match in
            PatternMatch(
                pattern: plan.patternTexts[match.pattern], firstToken: match.firstToken, lastToken: match.lastToken,
                start: match.start, end: match.end)
        }
        return CodedSegment(
            dataset: plan.dataset.id, respondent: respondent, question: question, segmentIndex: segment.segmentIndex,
            start: segment.start, end: segment.end, codeID: plan.codeIDs[segment.code], matches: matches)
    }

    /// What a quote keeps of its respondent: who they are for attribution and redaction, not their
    /// answers or scores.
    static func quoted(_ respondent: Respondent) -> Respondent {
        Respondent(
            id: respondent.id, line: respondent.line, attributes: respondent.attributes, values: [], answers: [],
            status: respondent.status, personalDetails: respondent.personalDetails)
    }
}

/// An answer's text, cut by Unicode scalar offsets: straight from its bytes when it is ASCII
/// (most answers: a scalar is a byte), else from its scalars, listed once per answer when first
/// needed.
struct AnswerText {
    private let answer: String
    private let isASCII: Bool
    private var bytes: [UInt8]?
    private var scalars: [Unicode.Scalar]?

    init(_ answer: String) {
        self.answer = answer
        isASCII = answer.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The text of scalars `[start, end)`, trimmed of white space.
    mutating func trimmed(from start: Int, to end: Int) -> String {
        if isASCII {
            let bytes = asciiBytes()
            return String(decoding: bytes[Self.trimmed(bytes, start, end)], as: UTF8.self)
        }
        if scalars == nil { scalars = Array(answer.unicodeScalars) }
        guard let scalars, start >= 0, start <= end, end <= scalars.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view).trimmedWhitespace
    }

    /// The quote band (`QuoteCandidate.band`) of the trimmed text of scalars `[start, end)`.
    mutating func band(from start: Int, to end: Int) -> Int {
        guard isASCII else { return QuoteCandidate.band(ofLength: trimmed(from: start, to: end).count) }
        let bytes = asciiBytes()
        let range = Self.trimmed(bytes, start, end)
        // One character per byte, except CR LF: one character.
        var length = range.count
        var index = range.lowerBound + 1
        while index < range.upperBound {
            if bytes[index] == 0x0A, bytes[index - 1] == 0x0D { length -= 1 }
            index += 1
        }
        return QuoteCandidate.band(ofLength: length)
    }

    private mutating func asciiBytes() -> [UInt8] {
        if let bytes { return bytes }
        let copy = Array(answer.utf8)
        bytes = copy
        return copy
    }

    /// `start..<end` within `bytes`, without the ASCII white space around it.
    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int> {
        var upper = min(max(end, 0), bytes.count)
        var lower = min(max(start, 0), upper)
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
