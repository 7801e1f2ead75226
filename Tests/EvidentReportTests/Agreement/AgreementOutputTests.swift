import EvidentAnalysis
import EvidentFormats
import EvidentImport
import EvidentModel
import Testing
@testable import EvidentReport

@Suite("Agreement outputs: JSON, CSV and the appendix section")
struct AgreementOutputTests {
    static let codebook = Codebook(name: "T", themes: [
        Code(id: "housing", label: "Housing | flats", patterns: [PatternSource("housing")]), Code(id: "money", label: "Money"),
    ])

    static func unit(_ number: Int) -> AgreementUnit {
        AgreementUnit(dataset: "ds", respondent: String(number), question: "What *helped*?")
    }

    static let result = AgreementAnalysis.measure(
        coders: [
            CoderJudgements(coder: "AB", covered: Set((1...4).map(unit)), codes: [unit(1): ["housing"], unit(2): ["housing"], unit(3): ["money"]]),
            CoderJudgements(coder: "CD", covered: Set((1...4).map(unit)), codes: [unit(1): ["housing"], unit(3): ["money"]]),
        ],
        codebook: codebook, automatic: [unit(1): ["housing"], unit(4): ["housing"]], reference: "AB"
    )

    @Test("agreement.json has the spec's keys, nulls with reasons, rejected rows with their line")
    func json() {
        let document = AgreementJSON.document(
            Self.result, labels: ["housing": "Housing | flats", "money": "Money"],
            rejected: [RejectedRow(location: SourceLocation(file: "coding.csv", line: 123), reason: "unknown code id 'trainning'")]
        ).rendered()
        #expect(document.hasPrefix("""
            {
              "schema": "evident.agreement/1",
              "coders": ["AB", "CD"],
              "reference": "AB",
              "codes": [
                {
                  "code_id": "housing",
                  "label": "Housing | flats",
                  "pairs": [
                    {
                      "coders": ["AB", "CD"],
                      "units": 4,
                      "percent_agreement": 75,
                      "percent_agreement_undefined": null,
                      "kappa": 0.5,
                      "kappa_undefined": null,
                      "disagreements": [
                        ["ds", "2", "What *helped*?"]
                      ]
                    }
                  ],
            """))
        #expect(document.contains("""
                  "auto": null,
                  "auto_undefined": "manual-only code: neither it nor any code below it has patterns, so it is never applied automatically"
            """))
        #expect(document.contains("""
              "rejected_rows": [
                {
                  "line": 123,
                  "reason": "unknown code id 'trainning'",
                  "file": "coding.csv"
                }
              ]
            """))
        #expect(document.contains(#""tp": 1,"#) && document.contains(#""macro_f1": 0.5,"#))
    }

    @Test("agreement.csv: one row per code and pair")
    func csv() {
        let rendered = AgreementCSV.table(Self.result, labels: ["housing": "Housing | flats"]).rendered()
        let lines = rendered.dropFirst().split(separator: "\r\n").map(String.init)
        #expect(lines[0] == AgreementCSV.header.joined(separator: ","))
        #expect(lines[1] == "housing,Housing | flats,AB,CD,4,75,0.5,,0.5333333333333333,,moderate,4,1,1,1,0.5,0.5,0.5,")
        #expect(lines.count == 3)
    }

    // Overall α: krippendorff.alpha(reliability_data=[[1,1,0,0,0,0,1,0],[1,0,0,0,0,0,1,0]], "nominal") = 0.7272…; housing alone 0.5333…
    @Test("the appendix section: table with bands, undefined reasons, disagreements to discuss, all escaped")
    func markdown() {
        let markdown = AgreementMarkdown.render(AgreementReport(Self.result, codebook: Self.codebook))
        #expect(markdown == """
            ## Agreement between coders

            2 coders (AB, CD) coded 4 answers in common. They agreed on 87.5% of code judgements and gave identical codes to 75.0% of answers (α 0.73 over all codes). The automatic coding was checked against AB: macro F1 0.50.

            | Code | κ | α | Agreement | F1 (automatic) |
            | --- | ---: | ---: | --- | ---: |
            | Housing \\| flats (`housing`) | 0.50 | 0.53 | moderate | 0.50 |
            | Money (`money`) | 1.00 | 1.00 | almost perfect | – |

            κ: Cohen's kappa; α: Krippendorff's alpha; bands: below 0.4 poor, 0.4–0.6 moderate, 0.6–0.8 substantial, above 0.8 almost perfect.

            ### Disagreements to discuss

            **Housing \\| flats** (`housing`): 1 answer

            - ds, respondent 2, “What \\*helped\\*?”: applied by AB, not by CD

            """)
    }
}
