public import EvidentModel

extension QuoteMaterial {
    /// The quote material of data sets held whole with their coded segments: every candidate
    /// (the pool keeps them all), every attribute value's respondents, every personal detail. The
    /// definition the streamed pass (`DatasetTally`) is tested against.
    ///
    /// A segment coded by two sub-codes of one code is one candidate for that code: the one whose
    /// code matched more distinct patterns, the first among equals.
    public static func gathered(
        from datasets: [Dataset], segments: [CodedSegment], codebook: Codebook?, quotesPerTheme: Int
    ) -> QuoteMaterial {
        var attributeValues: [String: [[String: Int]]] = [:]
        var personal: Set<String> = []
        var respondents: [String: [String: Respondent]] = [:]
        var questions: [String: [String: Int]] = [:]
        for dataset in datasets {
            var values = dataset.attributes.map { _ in [String: Int]() }
            for respondent in dataset.respondents {
                for (index, value) in respondent.attributes.enumerated() where index < values.count {
                    values[index][value.trimmedWhitespace, default: 0] += 1
                }
                for value in respondent.personalDetails where !value.isEmpty { personal.insert(value) }
            }
            attributeValues[dataset.id] = values
            respondents[dataset.id] = Dictionary(dataset.respondents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            questions[dataset.id] = Dictionary(dataset.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var pool = QuotePool(depth: nil)
        if let codebook, quotesPerTheme > 0 {
            let placed = codebook.allCodes
            let position = Dictionary(placed.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
            let rollUp = RollUp(codebook: codebook)
            var chosen = [[SegmentPlace: QuoteCandidate]](repeating: [:], count: placed.count)
            var texts = SegmentTexts()
            for segment in segments {
                guard let respondent = respondents[segment.dataset]?[segment.respondent],
                      let question = questions[segment.dataset]?[segment.question], question < respondent.answers.count
                else { continue }
                let candidate = QuoteCandidate(
                    segment: segment, text: texts.text(of: segment, in: respondent.answers[question]).trimmedWhitespace,
                    respondent: DatasetTally.quoted(respondent))
                let place = SegmentPlace(segment)
                for code in rollUp.selfAndAncestors(of: segment.codeID).compactMap({ position[$0] }) {
                    if let existing = chosen[code][place], existing.strength >= candidate.strength { continue }
                    chosen[code][place] = candidate
                }
            }
            for (code, candidates) in chosen.enumerated() {
                for candidate in candidates.values { pool.offer(candidate, code: code) }
            }
        }
        return QuoteMaterial(pool: pool, attributeValues: attributeValues, personalDetails: personal.sorted())
    }
}

/// A coded segment's place, without its code.
private struct SegmentPlace: Hashable {
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
