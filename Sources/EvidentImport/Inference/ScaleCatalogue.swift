import EvidentModel

/// Answer wordings and number ranges inference knows, beyond the four built-in scales: the
/// scales it can propose from an export's values alone, each with its levels in order (lowest
/// first) and its positive levels.
///
/// A proposed scale is written under `scales:` in a manifest draft, with its id, so the
/// researcher can check or rename it. Positive levels follow the built-ins' convention: the
/// levels on the favourable side of the middle ("% agree", "% positive"); for numbers, 7 or
/// more out of 10, otherwise the first whole number above the midpoint.
enum ScaleCatalogue {
    static let ordinal: [Scale] = english + otherLanguages

    static let english: [Scale] = [
        ordinal("yes-no", ["No", "Yes"], positive: ["Yes"]),
        ordinal("yes-partly-no", ["No", "Partly", "Yes"], positive: ["Yes"]),
        ordinal("yes-sometimes-no", ["No", "Sometimes", "Yes"], positive: ["Yes"]),
        ordinal("yes-a-bit-no", ["No", "A bit", "Yes"], positive: ["Yes"]),
        ordinal(
            "wellbeing-frequency-5", ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"],
            positive: ["Often", "All of the time"]
        ),
        ordinal("frequency-5-always", ["Never", "Rarely", "Sometimes", "Often", "Always"], positive: ["Often", "Always"]),
        ordinal("agreement-4", ["Strongly disagree", "Disagree", "Agree", "Strongly agree"], positive: ["Agree", "Strongly agree"]),
        ordinal(
            "agreement-5-neutral", ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
            positive: ["Agree", "Strongly agree"]
        ),
        ordinal(
            "agreement-7",
            [
                "Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree",
                "Strongly agree",
            ],
            positive: ["Somewhat agree", "Agree", "Strongly agree"]
        ),
        ordinal(
            "satisfaction-5",
            ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"],
            positive: ["Satisfied", "Very satisfied"]
        ),
        ordinal(
            "likelihood-5", ["Very unlikely", "Unlikely", "Neither likely nor unlikely", "Likely", "Very likely"],
            positive: ["Likely", "Very likely"]
        ),
        ordinal("quality-5", ["Very poor", "Poor", "Fair", "Good", "Very good"], positive: ["Good", "Very good"]),
        ordinal("quality-5-excellent", ["Poor", "Fair", "Good", "Very good", "Excellent"], positive: ["Very good", "Excellent"]),
        ordinal("extent-4", ["Not at all", "A little", "Quite a lot", "A lot"], positive: ["Quite a lot", "A lot"]),
        ordinal(
            "helpfulness-4", ["Not at all helpful", "Not very helpful", "Fairly helpful", "Very helpful"],
            positive: ["Fairly helpful", "Very helpful"]
        ),
        ordinal(
            "confidence-4", ["Not at all confident", "Not very confident", "Fairly confident", "Very confident"],
            positive: ["Fairly confident", "Very confident"]
        ),
        ordinal(
            "change-5", ["Much worse", "A little worse", "About the same", "A little better", "Much better"],
            positive: ["A little better", "Much better"]
        ),
    ]

    /// Number ranges tried when a header gives none, narrowest first.
    static let ranges: [(min: Double, max: Double)] = [(1, 5), (1, 7), (1, 10), (0, 10), (0, 100)]

    /// The numeric scale for a range: a built-in where one has it, else `scale-<min>-<max>`.
    static func numeric(min: Double, max: Double) -> Scale {
        if let builtIn = Scale.builtIn.first(where: { $0.kind == .numeric(min: min, max: max, positiveFrom: positiveFrom(min, max)) }) {
            return builtIn
        }
        return Scale(
            id: "scale-\(min.compactDescription)-\(max.compactDescription)",
            kind: .numeric(min: min, max: max, positiveFrom: positiveFrom(min, max))
        )
    }

    /// 7 for 0–10 and 1–10, 70 for 0–100, else the first whole number above the midpoint.
    static func positiveFrom(_ min: Double, _ max: Double) -> Double {
        if max == 10, min <= 1 { return 7 }
        if max == 100, min == 0 { return 70 }
        return ((min + max) / 2).rounded(.down) + 1
    }

    private static func ordinal(_ id: String, _ levels: [String], positive: [String]) -> Scale {
        Scale(id: id, kind: .ordinal(levels: levels, positive: Set(positive.compactMap { levels.firstIndex(of: $0) })))
    }
}
