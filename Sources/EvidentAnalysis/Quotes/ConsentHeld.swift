public import EvidentModel

/// The respondents (or stories) of a data set who wrote free text but whose consent to
/// publication is pending or withheld: counted in every figure, never shown or quoted. The
/// appendix's notes say how many.
public struct ConsentHeld: Sendable, Hashable {
    public var pending = 0
    public var withheld = 0

    public init() {}

    public var total: Int { pending + withheld }

    /// Counts a respondent when they wrote free text and their consent holds it back.
    public mutating func add(_ respondent: Respondent, wroteText: Bool) {
        guard wroteText, !respondent.consent.allowsPublication else { return }
        if respondent.consent == .pending { pending += 1 } else { withheld += 1 }
    }

    public mutating func merge(_ other: ConsentHeld) {
        pending += other.pending
        withheld += other.withheld
    }

    /// Per data set id, from data sets held whole (the in-memory definition).
    public static func counted(_ datasets: [Dataset]) -> [String: ConsentHeld] {
        var held: [String: ConsentHeld] = [:]
        for dataset in datasets {
            var counts = ConsentHeld()
            for respondent in dataset.respondents { counts.add(respondent, wroteText: respondent.hasFreeText) }
            if counts.total > 0 { held[dataset.id] = counts }
        }
        return held
    }
}
