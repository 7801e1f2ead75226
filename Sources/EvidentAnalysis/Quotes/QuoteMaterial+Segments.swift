public import EvidentModel

extension QuoteMaterial {
    /// The quote material of data sets held whole with their coded segments: every candidate
    /// (the pool keeps them all), every attribute value's respondents, every personal detail. The
    /// definition the streamed pass (`DatasetTally`) is tested against.
    ///
    /// A segment is a candidate once, under the code it fits best (`QuoteFit`) and that code's
    /// ancestors; a segment no pattern matched inside, a respondent whose consent does not allow
    /// publication and a reference the manifest excludes give none.
    public static func gathered(
        from datasets: [Dataset], segments: [CodedSegment], codebook: Codebook?, quotesPerTheme: Int,
        pinned: [String] = [], excluded: [String] = []
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
            let position = Dictionary(codebook.allCodes.enumerated().map { ($1.code.id, $0) }, uniquingKeysWith: { first, _ in first })
            let rollUp = RollUp(codebook: codebook)
            let fits = QuoteFit(codebook: codebook)
            let pins = Set(pinned.compactMap { QuoteReference(parsing: $0) })
            let exclusions = Set(excluded.compactMap { QuoteReference(parsing: $0) })
            var texts = SegmentTexts()
            for records in Self.bySegment(segments) {
                guard let best = fits.best(of: records), let fit = QuoteFit.fit(records[best]) else { continue }
                let segment = records[best]
                let reference = QuoteReference(segment)
                guard !exclusions.contains(reference), let respondent = respondents[segment.dataset]?[segment.respondent],
                      respondent.consent.allowsPublication,
                      let question = questions[segment.dataset]?[segment.question], question < respondent.answers.count
                else { continue }
                let candidate = QuoteCandidate(
                    segment: segment, text: texts.text(of: segment, in: respondent.answers[question]).trimmedWhitespace, fit: fit,
                    pinned: pins.contains(reference), respondent: DatasetTally.quoted(respondent))
                for code in rollUp.selfAndAncestors(of: segment.codeID).compactMap({ position[$0] }) {
                    pool.offer(candidate, code: code)
                }
            }
        }
        return QuoteMaterial(pool: pool, attributeValues: attributeValues, personalDetails: personal.sorted())
    }

    /// The coded records of each segment together (one per code applied directly), segments in
    /// the order first met.
    static func bySegment(_ segments: [CodedSegment]) -> [[CodedSegment]] {
        var groups: [[CodedSegment]] = []
        var numbers: [SegmentPlace: Int] = [:]
        for segment in segments {
            let place = SegmentPlace(segment)
            if let number = numbers[place] {
                groups[number].append(segment)
            } else {
                numbers[place] = groups.count
                groups.append([segment])
            }
        }
        return groups
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
