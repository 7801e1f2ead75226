import EvidentAnalysis
import EvidentModel

/// What consent held back: stories and respondents whose source marks consent to publication as
/// pending or withheld are neither shown nor quoted, and the notes say how many, per data set.
enum HeldBackNotes {
    static func notes(_ results: StudyResults) -> [String] {
        results.datasets.compactMap { dataset -> String? in
            let held = dataset.respondents.filter { !$0.consent.allowsPublication && $0.hasFreeText }
            guard !held.isEmpty else { return nil }
            let pending = held.filter { $0.consent == .pending }.count
            let withheld = held.count - pending
            let what = dataset.kind == .mscStories ? (held.count == 1 ? "story" : "stories")
                : (held.count == 1 ? "respondent's answers" : "respondents' answers")
            let reasons = [pending > 0 ? "\(pending) pending" : nil, withheld > 0 ? "\(withheld) withheld" : nil].compactMap { $0 }
            return "\(dataset.id): \(held.count) \(what) held back for consent (\(reasons.joined(separator: ", "))): counted in the figures, never shown or quoted"
        }
    }
}
