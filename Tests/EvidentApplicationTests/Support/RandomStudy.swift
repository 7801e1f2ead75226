import Foundation

/// A study written from a seeded generator, to hold the streamed report to the in-memory one on
/// data nobody chose: two waves of a practitioner survey (0–100 items with decimals, blanks and
/// invalid values, an ordinal item, multi-select and blank attributes, a rare role) and closure
/// feedback, free text mixing the codebook's words, repeated short answers, long answers,
/// accents, emoji and line breaks, blank answers; a codebook three levels deep.
struct RandomStudy {
    let folder: String
    var manifest: String { folder + "/study.yaml" }

    /// SplitMix64: the same seed gives the same study on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let words = [
        "worker", "listened", "helped", "family", "school", "housing", "debt", "money", "anxious", "support", "waiting",
        "list", "months", "one", "the", "and", "to", "we", "never", "not", "again", "calm", "routine", "bedtime", "café",
        "naïve", "🙂", "sanctions", "benefits", "trusted", "her", "meetings", "plan", "social", "isolated", "lonely",
    ]

    static let codebook = """
        codebook:
          name: Random codebook
          version: "1"
        options:
          negation: true
          segment: sentence
        themes:
          - id: help
            label: Help
            codes:
              - id: worker
                label: The worker
                patterns: [worker, "one worker", listened]
                codes:
                  - id: trust
                    label: Trust
                    patterns: [trusted, "listened NEAR/3 worker"]
              - id: plan
                label: A plan
                patterns: [plan, routine*, bedtime]
          - id: barriers
            label: Barriers
            codes:
              - id: money
                label: Money
                patterns: [debt*, money, benefit*, sanctions]
              - id: waits
                label: Waiting
                patterns: ["waiting list", months]
              - id: isolation
                label: Isolation
                patterns: [isolat*, lonely]
          - id: outcomes
            label: Outcomes
            patterns: [calm, school]
            codes:
              - id: housing
                label: Housing
                patterns: [housing]

        """

    /// Writes the study into a new temporary folder.
    init(seed: UInt64, respondents: Int) throws {
        folder = NSTemporaryDirectory() + "evident-random-study-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = Generator(state: seed)
        try Self.codebook.write(toFile: folder + "/codebook.yaml", atomically: true, encoding: .utf8)
        for wave in ["2015", "2016"] {
            try Self.survey(respondents: respondents, random: &random)
                .write(toFile: folder + "/practitioners-\(wave).csv", atomically: true, encoding: .utf8)
        }
        try Self.feedback(respondents: respondents / 2, random: &random)
            .write(toFile: folder + "/feedback.csv", atomically: true, encoding: .utf8)
        try Self.manifestText.write(toFile: folder + "/study.yaml", atomically: true, encoding: .utf8)
    }

    static let manifestText = """
        study:
          title: Random study
          codebook: codebook.yaml
          quotes_per_theme: 3
          suppress_below: 3
        datasets:
          - id: practitioners-2015
            kind: practitioner-survey
            file: practitioners-2015.csv
            format: csv
            wave: "2015"
            respondent_id: ID
            attributes: [Role, Locality]
            items:
              - {column: Trust, id: trust, scale: confidence-0-100}
              - {column: Thresholds, id: thresholds, scale: confidence-0-100}
              - {column: Plans, id: plans, scale: confidence-0-100}
              - {column: Supervision, id: supervision, scale: yes-partly-no}
            free_text: [What helped?, What got in the way?]
          - id: practitioners-2016
            kind: practitioner-survey
            file: practitioners-2016.csv
            format: csv
            wave: "2016"
            respondent_id: ID
            attributes: [Role, Locality]
            items:
              - {column: Trust, id: trust, scale: confidence-0-100}
              - {column: Thresholds, id: thresholds, scale: confidence-0-100}
              - {column: Plans, id: plans, scale: confidence-0-100}
              - {column: Supervision, id: supervision, scale: yes-partly-no}
            free_text: [What helped?, What got in the way?]
          - id: feedback
            kind: service-user-feedback
            file: feedback.csv
            format: csv
            wave: "2016"
            respondent_id: ID
            attributes: [Who is completing this form?]
            items:
              - {column: Did you get the help you needed?, id: help, scale: yes-partly-no}
            free_text: [What difference did it make?]
        scales:
          yes-partly-no: {type: ordinal, levels: [No, Partly, Yes], positive: [Yes]}

        """

    static func survey(respondents: Int, random: inout Generator) -> String {
        let roles = ["Family support worker", "Social worker", "Health visitor", "", "Other (please say)", "Teacher;Mentor", "Rare role"]
        let localities = ["North", "South", "East", " North ", ""]
        var lines = ["ID,Role,Locality,Trust,Thresholds,Plans,Supervision,What helped?,What got in the way?"]
        for index in 1...respondents {
            let role = index % 97 == 0 ? "Rare role" : roles[Int.random(in: 0..<(roles.count - 1), using: &random)]
            let locality = localities.randomElement(using: &random) ?? ""
            let items = (0..<3).map { _ in score(&random) }
            let supervision = ["Yes", "Partly", "No", "", "yes", "Maybe"].randomElement(using: &random) ?? ""
            lines.append(
                ["R\(index)", role, locality] .map(quoted).joined(separator: ",") + "," + items.joined(separator: ",") + ","
                    + quoted(supervision) + "," + quoted(answer(&random)) + "," + quoted(answer(&random)))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func feedback(respondents: Int, random: inout Generator) -> String {
        var lines = ["ID,Who is completing this form?,Did you get the help you needed?,What difference did it make?"]
        for index in 1...respondents {
            let who = ["Parent/carer", "Young person", ""].randomElement(using: &random) ?? ""
            let help = ["Yes", "Partly", "No", ""].randomElement(using: &random) ?? ""
            lines.append("F\(index),\(quoted(who)),\(quoted(help)),\(quoted(answer(&random)))")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A 0–100 score as written: mostly whole, some with a decimal, some blank or invalid.
    static func score(_ random: inout Generator) -> String {
        switch Int.random(in: 0..<20, using: &random) {
        case 0: return ""
        case 1: return "n/k"
        case 2: return String(Double(Int.random(in: 0...199, using: &random)) / 2)
        default: return String(Int.random(in: 0...10, using: &random) * 10 + Int.random(in: 0...1, using: &random) * 5)
        }
    }

    /// Free text: blank, a repeated short answer, or sentences of the vocabulary.
    static func answer(_ random: inout Generator) -> String {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return ""
        case 1: return "Nothing."
        case 2: return "Our worker listened!"
        default:
            let sentences = Int.random(in: 1...6, using: &random)
            return (0..<sentences).map { _ in
                let count = Int.random(in: 2...40, using: &random)
                let sentence = (0..<count).map { _ in words.randomElement(using: &random) ?? "" }.joined(separator: " ")
                return sentence.prefix(1).uppercased() + sentence.dropFirst() + (Bool.random(using: &random) ? "." : "!")
            }.joined(separator: Bool.random(using: &random) ? " " : "\r\n")
        }
    }

    static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
