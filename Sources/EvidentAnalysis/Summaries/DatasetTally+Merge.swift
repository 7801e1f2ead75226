extension DatasetTally {
    /// Adds another tally of the same data set (another worker's respondents): the tally of both.
    /// Every part adds counts or takes a union, so the order tallies merge in does not matter.
    public mutating func merge(_ other: DatasetTally) {
        for index in items.indices { items[index].merge(other.items[index]) }
        if let theirs = other.composite { composite?.merge(theirs) }
        for index in groups.indices { groups[index].merge(other.groups[index]) }
        for index in attributeValues.indices {
            attributeValues[index].merge(other.attributeValues[index], uniquingKeysWith: +)
        }
        writers += other.writers
        for index in codeSegments.indices {
            codeSegments[index] += other.codeSegments[index]
            codeRespondents[index] += other.codeRespondents[index]
        }
        for index in coOccurrence.indices { coOccurrence[index] += other.coOccurrence[index] }
        answers += other.answers
        codedAnswers += other.codedAnswers
        segments += other.segments
        terms.merge(other.terms)
        storyCodes.merge(other.storyCodes) { $0.union($1) }
        personalDetails.formUnion(other.personalDetails)
        caseMentions.merge(other.caseMentions)
        consentHeld.merge(other.consentHeld)
        quotes.merge(other.quotes)
    }
}
