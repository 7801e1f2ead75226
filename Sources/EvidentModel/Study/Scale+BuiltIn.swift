extension Scale {
    /// The four scales every study has without writing them (study spec §1).
    public static let builtIn: [Scale] = [
        Scale(id: "confidence-0-100", kind: .numeric(min: 0, max: 100, positiveFrom: 70), label: "Confidence, 0–100"),
        Scale(id: "confidence-1-10", kind: .numeric(min: 1, max: 10, positiveFrom: 7), label: "Confidence, 1–10"),
        Scale(
            id: "frequency-5",
            kind: .ordinal(
                levels: ["Never", "Rarely", "Some of the time", "Most of the time", "All of the time"],
                positive: [3, 4]
            ),
            label: "How often, five points"
        ),
        Scale(
            id: "agreement-5",
            kind: .ordinal(
                levels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
                positive: [3, 4]
            ),
            label: "Agreement, five points"
        ),
    ]
}
