import Testing

@testable import EvidentAnonymisation
@testable import EvidentReport

/// Redaction measured against hand labels (`Fixtures/labelled-answers.txt`): several hundred
/// answers in the style of parents', young people's and practitioners' free text, with every
/// name, e-mail, phone number, postcode, date, NHS number and address marked by hand, among many
/// words that only look like names (Bank, Hope, Will, Grace, May, Road, service names).
///
/// - **Precision**: the share of replacements that are personal data. A replacement counts as
///   right when every letter and digit it hides lies inside a labelled span; one that hides any
///   other word ("[name] Street" for "Bank Street" when only a listed "Bank Street" was wanted,
///   a spurious "[name]" for "Will") counts as wrong.
/// - **Recall**: the share of labelled spans hidden. A span counts as hidden when every letter
///   and digit of it lies inside a replacement (of any kind: an NHS number hidden as a phone
///   number is still hidden).
@Suite("Redactor: precision and recall on labelled answers")
struct RedactorQualityTests {
    struct Score: CustomStringConvertible {
        var answers = 0
        var labelled: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var replacements = 0
        var right = 0
        var misses: [String] = []
        var spurious: [String] = []

        var precision: Double { replacements == 0 ? 1 : Double(right) / Double(replacements) }
        var recall: Double {
            let total = labelled.values.reduce(0, +)
            return total == 0 ? 1 : Double(hidden.values.reduce(0, +)) / Double(total)
        }

        var description: String {
            let kinds = labelled.keys.sorted().map { "\($0) \(hidden[$0] ?? 0)/\(labelled[$0] ?? 0)" }.joined(separator: ", ")
            return """
                \(answers) answers, \(labelled.values.reduce(0, +)) labelled spans (\(kinds)); \(replacements) replacements
                precision \(percent(precision)) (\(right)/\(replacements)), recall \(percent(recall))
                spurious: \(spurious.joined(separator: " · "))
                missed: \(misses.joined(separator: " · "))
                """
        }

        private func percent(_ value: Double) -> String {
            let tenths = Int((value * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
    }

    static func measure(_ set: LabelledAnswers) -> Score {
        let redactor = Redactor(names: set.names, nameColumnValues: set.columnValues.filter(StudyRedaction.isNameOrEmail))
        var score = Score()
        for answer in set.answers {
            score.answers += 1
            let scalars = Array(answer.text.unicodeScalars)
            let redaction = redactor.redact(
                answer.text, respondentNames: answer.details.filter { !$0.contains("@") },
                respondentEmails: answer.details.filter { $0.contains("@") }
            )
            var isLabelled = [Bool](repeating: false, count: scalars.count)
            var isHidden = [Bool](repeating: false, count: scalars.count)
            for label in answer.labels { for index in label.range { isLabelled[index] = true } }
            for part in redaction.replaced { for index in part.range { isHidden[index] = true } }
            func words(_ range: Range<Int>) -> [Int] { range.filter { isWordScalar(scalars[$0]) } }
            func excerpt(_ range: Range<Int>) -> String {
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[range])
                return text
            }
            for part in redaction.replaced {
                score.replacements += 1
                if words(part.range).allSatisfy({ isLabelled[$0] }) {
                    score.right += 1
                } else {
                    score.spurious.append("'\(excerpt(part.range))' as \(part.kind) (line \(answer.line))")
                }
            }
            for label in answer.labels {
                score.labelled[label.kind, default: 0] += 1
                if words(label.range).allSatisfy({ isHidden[$0] }) {
                    score.hidden[label.kind, default: 0] += 1
                } else {
                    score.misses.append("\(label.kind) '\(excerpt(label.range))' (line \(answer.line))")
                }
            }
        }
        return score
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    @Test("the labelled set is several hundred answers with personal data of every kind")
    func labelledSet() throws {
        let set = try LabelledAnswers.load()
        #expect(set.answers.count >= 350)
        let kinds = Set(set.answers.flatMap { $0.labels.map(\.kind) })
        #expect(kinds == ["name", "place", "address", "postcode", "email", "phone", "date", "number"])
        #expect(Set(set.answers.map(\.who)) == ["parent", "young person", "practitioner"])
    }

    @Test("precision and recall are both at least 98%")
    func precisionAndRecall() throws {
        var set = try LabelledAnswers.load()
        let score = Self.measure(set)
        set.answers.removeAll { !$0.isHeldOut }
        print("all answers: \(score)\nheld out only: \(Self.measure(set))")
        #expect(score.precision >= 0.98, "\(score)")
        #expect(score.recall >= 0.98, "\(score)")
    }
}
