import EvidentAnalysis
import EvidentModel

/// What readers see in place of the manifest's ids: a data set's label and who answered it, a
/// scale's name, an attribute's and its coded values' names. Every heading, caption and
/// sentence of the appendix names things through here; ids stay in the technical annex and the
/// data files (`results.json`, `tables/*.csv`).
///
/// Each comes from the manifest (`label:`, `respondents:`, an attribute's `label:` and
/// `values:`, a scale's `label:`) and otherwise from the id or column made readable
/// (`ReadableName`).
struct StudyLabels: Sendable {
    private var datasets: [String: DatasetSpec]
    private var scales: [String: Scale]

    init(_ spec: StudySpec) {
        datasets = Dictionary(spec.datasets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scales = spec.scales
    }

    /// "Practitioner confidence survey 2015": the manifest's `label:`, or the id made readable.
    func dataset(_ id: String) -> String {
        datasets[id]?.label ?? ReadableName.of(id)
    }

    /// A data set as headings and captions name it: its label, with its wave when the label
    /// does not already say it ("Young people 2016", "Closure feedback (2016)").
    func heading(_ id: String) -> String {
        let label = dataset(id)
        guard let wave = datasets[id]?.wave, !label.contains(wave) else { return label }
        return "\(label) (\(wave))"
    }

    /// Who answered, plural: "young people", "practitioners"; the manifest's `respondents:`,
    /// or the data set kind's usual name.
    func respondents(_ id: String) -> String {
        if let named = datasets[id]?.respondents { return named }
        return switch datasets[id]?.kind {
        case .practitionerSurvey: "practitioners"
        case .serviceUserFeedback, .outcomeReadings, .caseOutcomes: "families"
        case .mscStories: "storytellers"
        case .interviews: "interviewees"
        case nil: "respondents"
        }
    }

    /// "Confidence, 0–100".
    func scale(_ scale: Scale) -> String {
        scale.label ?? scales[scale.id]?.label ?? ReadableName.of(scale.id)
    }

    /// "Age" for `AGE`; a question used as an attribute keeps its words.
    func attribute(_ column: String, in dataset: String) -> String {
        datasets[dataset]?.attributeLabels[column] ?? ReadableName.of(column)
    }

    /// An attribute as it follows "by" in a caption: "by locality", or a question kept whole
    /// in quotes: by “What is your role?”.
    func by(_ column: String, in dataset: String) -> String {
        let label = attribute(column, in: dataset)
        return label.hasSuffix("?") ? "“\(label)”" : label.lowercasedFirst
    }

    /// "Young person" for `young_person`; values without an underscore keep their spelling
    /// ("GP practice", "16-17").
    func value(_ value: String, of column: String, in dataset: String) -> String {
        if let named = datasets[dataset]?.attributeValueLabels[column]?[value] { return named }
        return value.contains("_") ? ReadableName.of(value) : value
    }
}

extension String {
    /// The text with its first letter lowercased, to sit inside a sentence ("by role"), unless
    /// it starts an abbreviation ("by GP practice") or a name kept as written.
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase else { return self }
        let second = dropFirst().first
        guard second.map({ $0.isLowercase || $0 == " " }) ?? true else { return self }
        return first.lowercased() + dropFirst()
    }
}
