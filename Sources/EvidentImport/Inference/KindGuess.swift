public import EvidentModel

/// Guesses a data set's kind from its columns (study spec §2): a practitioner survey asks
/// staff about their role, team, locality and confidence; service-user feedback asks families
/// and young people whether they got help, what difference it made, and whether they would
/// recommend the service. Each header with a cue counts one point, a 0–100 confidence scale
/// (Bandura's, for staff) two for practitioners, a Yes / Partly / No scale two for feedback;
/// ties go to practitioner-survey.
public struct KindGuess: Sendable, Hashable {
    /// The kind guessed.
    public var kind: DatasetKind
    /// The cues that decided it, for the draft's comment.
    public var reason: String

    /// A guess and its reason.
    public init(kind: DatasetKind, reason: String) {
        self.kind = kind
        self.reason = reason
    }

    static func guess(_ columns: [ColumnProfile]) -> KindGuess {
        var staff: [String] = []
        var families: [String] = []
        var staffScore = 0
        var familyScore = 0
        for column in columns where column.role != .metadata && !column.role.isPersonal && column.role != .identifier {
            let text = " " + HeaderWords(column.name).text + " "
            if let cue = staffCues.first(where: { text.contains(" \($0) ") }) {
                staff.append(cue)
                staffScore += 1
            }
            if let cue = familyCues.first(where: { text.contains(" \($0) ") }) {
                families.append(cue)
                familyScore += 1
            }
            switch column.scale?.scale.id {
            case "confidence-0-100"?:
                staffScore += 2
                staff.append(column.scale?.scale.id ?? "")
            case "yes-partly-no"?:
                familyScore += 2
                families.append("yes-partly-no")
            default: break
            }
        }
        func list(_ cues: [String]) -> String {
            var seen: [String] = []
            for cue in cues where !seen.contains(cue) { seen.append(cue) }
            return seen.prefix(4).map { "'\($0)'" }.joined(separator: ", ")
        }
        if familyScore > staffScore {
            return KindGuess(kind: .serviceUserFeedback, reason: "questions for families: \(list(families))")
        }
        if staffScore == 0 {
            return KindGuess(kind: .practitionerSurvey, reason: "no cue either way; practitioner-survey by default")
        }
        return KindGuess(kind: .practitionerSurvey, reason: "questions for staff: \(list(staff))")
    }

    static let staffCues = [
        "your role", "role", "team", "locality", "in post", "your post", "practitioner", "practitioners", "confident",
        "confidence", "your organisation", "agency", "agencies", "professional", "professionals", "caseload",
        "supervision", "staff", "colleagues", "referral", "referrals", "refer", "training",
    ]

    static let familyCues = [
        "your family", "your child", "your children", "parent", "carer", "young person", "help you needed",
        "recommend", "your worker", "supported you", "supported by", "completing this form", "things improved",
        "difference", "feel safe", "your school", "you get the help", "listened to",
    ]
}
