import EvidentCoding
import EvidentFormats
import EvidentModel

extension DatasetTally {
    /// Offers the quote candidates of one coded answer: for each segment and each code it counts
    /// for (its own and its ancestors), the segment's strongest record for that code (the first
    /// among equals). A candidate's text is cut from the answer only when its rank could keep it.
    mutating func offerQuotes(_ records: CodedRecords, respondent: Respondent, question: Int, answer: String) {
        let dataset = plan.dataset.id
        let questionID = plan.dataset.questions[question].id
        var text = AnswerText(answer)
        var start = 0
        while start < records.segments.count {
            let index = records.segments[start].segmentIndex
            var end = start + 1
            while end < records.segments.count, records.segments[end].segmentIndex == index { end += 1 }
            // The strongest record of this segment for each code it counts for.
            var best: [(code: Int, record: Int, strength: Int)] = []
            for record in start..<end {
                let segment = records.segments[record]
                guard segment.code < plan.chains.count else { continue }
                let strength = Self.strength(records, segment)
                for code in plan.chains[segment.code] {
                    if let found = best.firstIndex(where: { $0.code == code }) {
                        if strength > best[found].strength { best[found] = (code, record, strength) }
                    } else {
                        best.append((code, record, strength))
                    }
                }
            }
            var segmentBand: Int?
            for choice in best {
                let segment = records.segments[choice.record]
                let band = segmentBand ?? text.band(from: segment.start, to: segment.end)
                segmentBand = band
                let order = StableHash.of(plan.codeIDs[segment.code], dataset, respondent.id, questionID, String(index))
                let rank = QuoteCandidate.Rank(band: band, strength: choice.strength, order: order)
                guard quotes.admits(rank, code: choice.code, dataset: dataset) else { continue }
                let candidate = QuoteCandidate(
                    segment: codedSegment(records, segment, respondent: respondent.id, question: questionID),
                    text: text.trimmed(from: segment.start, to: segment.end), strength: choice.strength, order: order,
                    band: band, respondent: Self.quoted(respondent))
                quotes.offer(candidate, code: choice.code)
            }
            start = end
        }
    }

    /// Distinct patterns among a record's matches.
    static func strength(_ records: CodedRecords, _ segment: CodedRecords.Segment) -> Int {
        var seen: [Int] = []
        for index in segment.matchStart..<segment.matchEnd where !seen.contains(records.matches[index].pattern) {
            seen.append(records.matches[index].pattern)
        }
        return seen.count
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
