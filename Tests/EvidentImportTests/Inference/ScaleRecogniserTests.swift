import EvidentModel
import Testing

@testable import EvidentImport

/// Scales recognised from values: the built-ins, other wordings, numbers within a range.
@Suite("Inference: scales from values")
struct ScaleRecogniserTests {
    static func guess(_ values: [String], header: String = "Question", known: [Scale] = Scale.builtIn) -> String? {
        ScaleRecogniser.recognise(values, header: header, known: known).map { $0.scale.id + ($0.isProposed ? "*" : "") }
    }

    @Test("built-in and catalogue wordings, case-insensitive; the study's own scale wins a tie", arguments: [
        (["Never", "rarely", "Most of the time", "All of the time"], "frequency-5"),
        (["Agree", "Strongly agree", "Disagree", "neither agree nor disagree"], "agreement-5"),
        (["None of the time", "Rarely", "Some of the time", "Often", "All of the time"], "wellbeing-frequency-5*"),
        (["Yes", "Partly", "No", "Yes"], "yes-partly-no*"),
        (["Yes", "No", "No", "Yes"], "yes-no*"),
        (["Very satisfied", "Satisfied", "Dissatisfied"], "satisfaction-5*"),
        (["Somewhat agree", "Agree", "Somewhat disagree", "Strongly agree"], "agreement-7*"),
        (["Not at all", "A little", "A lot", "Quite a lot"], "extent-4*"),
    ])
    func ordinal(values: [String], expected: String) {
        #expect(Self.guess(values) == expected)
    }

    @Test("numbers: the narrowest range that holds them, or the one the header states", arguments: [
        (["1", "3", "5", "4", "2"], "Rate it", "scale-1-5*"),
        (["1", "7", "5", "6", "2"], "Rate it", "scale-1-7*"),
        (["3", "9", "10", "8"], "Rate it", "confidence-1-10"),
        (["0", "9", "10", "8"], "Rate it", "scale-0-10*"),
        (["3", "9", "8", "8"], "How likely are you to recommend us? (0-10)", "scale-0-10*"),
        (["3", "4", "4", "5"], "Overall, how confident do you feel? (1–10)", "confidence-1-10"),
        (["60", "80", "100", "40", "55"], "Gain the trust of families", "confidence-0-100"),
        (["20", "80", "90"], "How confident? (0 = cannot do at all, 100 = highly certain can do)", "confidence-0-100"),
        (["2", "5"], "Score out of 10", "confidence-1-10"),
    ])
    func numeric(values: [String], header: String, expected: String) {
        #expect(Self.guess(values, header: header) == expected)
    }

    @Test("not scales: counts and ages, single values, 0–100 that are not steps of 5, decimals, years, mixed text", arguments: [
        (["2", "1", "3"], "Number of children"),
        (["34", "41", "29", "52"], "Age"),
        (["4", "4", "4", "4", "4"], "Rate it"),
        (["13", "27", "41", "62", "88"], "Rate it"),
        (["1.5", "2.25", "3.75"], "Rate it"),
        (["2015", "2016"], "Rate it"),
        (["Yes", "Maybe", "No", "Dunno"], "Did it help?"),
    ])
    func notScales(values: [String], header: String) {
        #expect(Self.guess(values, header: header) == nil)
    }

    @Test("95% must be on the scale; what is not is listed (at most three)")
    func outliers() throws {
        let values = (0..<40).map { ["70", "80", "90", "60"][$0 % 4] } + ["75%"]
        let guess = try #require(ScaleRecogniser.recognise(values, header: "Trust", known: Scale.builtIn))
        #expect(guess.scale.id == "confidence-0-100")
        #expect(guess.valid == 40)
        #expect(guess.outside == ["75%"])
        #expect(Self.guess(["70", "80", "n/a", "sixty"], header: "Trust") == nil)
    }

    @Test("a study scale with the same levels is used rather than proposing the catalogue's")
    func studyScaleFirst() {
        let custom = Scale(id: "ypn", kind: .ordinal(levels: ["No", "Partly", "Yes"], positive: [2]))
        #expect(Self.guess(["Yes", "Partly", "No"], known: Scale.builtIn + [custom]) == "ypn")
    }

    @Test("the header's stated range: dashes, 'to', anchors with '=', 'out of'", arguments: [
        ("Rate 1 to 5", false, [1.0, 5]), ("(0–10)", false, [0, 10]), ("1 = never, 4 = always", false, [1, 4]),
        ("Out of 10", true, [0, 10]), ("Out of 10", false, [1, 10]), ("How many times in 2016?", false, []),
    ])
    func statedRange(header: String, hasZero: Bool, expected: [Double]) {
        let range = ScaleRecogniser.statedRange(header, hasZero: hasZero)
        #expect(range.map { [$0.min, $0.max] } ?? [] == expected)
    }
}
