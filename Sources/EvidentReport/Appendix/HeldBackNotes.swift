import EvidentAnalysis
import EvidentModel

/// What consent held back: stories and respondents whose source marks consent to publication as
/// pending or withheld are neither shown nor quoted, and the notes say how many, per data set.
enum HeldBackNotes {
    static func notes(_ results: StudyResults) -> [String] {
        let labels = StudyLabels(results.spec)
        return results.datasets.compactMap { dataset -> String? in
            guard let held = results.consentHeld[dataset.id], held.total > 0 else { return nil }
            let pending = held.pending
            let withheld = held.withheld
            let what = dataset.kind == .mscStories ? (held.total == 1 ? "story" : "stories")
                : (held.total == 1 ? "respondent's answers" : "respondents' answers")
            let reasons = [pending > 0 ? "\(pending) pending" : nil, withheld > 0 ? "\(withheld) withheld" : nil].compactMap { $0 }
            return "\(labels.heading(dataset.id)): \(held.total) \(what) held back for consent (\(reasons.joined(separator: ", "))): counted in the figures, never shown or quoted"
        }
    }
}
