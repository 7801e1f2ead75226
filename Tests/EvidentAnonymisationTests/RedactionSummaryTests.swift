import Testing

@testable import EvidentAnonymisation

@Suite("Redaction summary and idempotence")
struct RedactionSummaryTests {
    static let redactor = Redactor(names: ["Kerry", "Will", "Bank Street"], nameColumnValues: ["Sam Okafor"])

    static let texts = [
        "Kerry (kerry@x.org, 07700 900123) lives at 14 Ashworth Road, LS1 4AB, DOB 12/03/14, NHS 943 476 5919.",
        "Mum (Kelly) said Mr Smith and Sam Okafor helped on 3rd March 2012.",
        "Will they help? I asked Will. 😊 Zoë’s café, +44 (0)20 7946 0018",
        "Dr. Sarah Jones, Mrs J. Patel and my worker Jo",
        "nothing personal here, 7/10 and 70% in 2016",
    ]

    @Test("counts per kind, for one text")
    func counts() {
        let result = Self.redactor.redact(Self.texts[0])
        #expect(result.text == "[name] ([email], [phone]) lives at [address], [postcode], DOB [date], NHS [number].")
        #expect(result.summary.entries.map(\.count) == [1, 1, 1, 1, 1, 1, 1])
        #expect(result.summary.entries.map(\.kind) == RedactionKind.allCases)
        #expect(result.summary.texts == 1 && result.summary.textsChanged == 1)
    }

    @Test("summaries merge by adding, and count texts")
    func merge() {
        var total = RedactionSummary()
        for text in Self.texts { total.merge(Self.redactor.redact(text).summary) }
        #expect(total[.name] == 1 + 3 + 1 + 3)
        #expect(total[.phone] == 2)
        #expect(total[.date] == 2)
        #expect(total.texts == 5)
        #expect(total.textsChanged == 4)
        let added = Self.texts.map { Self.redactor.redact($0).summary }.reduce(RedactionSummary(), +)
        #expect(added == total)
        #expect(RedactionSummary().total == 0)
    }

    @Test("placeholders read as the kind's name in brackets")
    func placeholders() {
        #expect(RedactionKind.allCases.map(\.placeholder) == ["[name]", "[email]", "[phone]", "[postcode]", "[date]", "[number]", "[address]"])
    }

    @Test("redacting a redacted text changes nothing", arguments: texts)
    func idempotent(text: String) {
        let once = Self.redactor.redact(text)
        let twice = Self.redactor.redact(once.text)
        #expect(twice.text == once.text)
        #expect(twice.summary.total == 0)
    }

    @Test("long, repetitive and adversarial inputs are handled in one pass")
    func pathological() {
        let inputs = [
            String(repeating: "a@", count: 20_000),
            String(repeating: "0 ", count: 20_000),
            String(repeating: "Mr ", count: 20_000),
            String(repeating: "my worker (", count: 5_000),
            String(repeating: "1/", count: 20_000),
            String(repeating: "A1 ", count: 20_000),
            String(repeating: "12 Mill ", count: 10_000),
            String(repeating: "Flat 3, ", count: 10_000),
            String(repeating: "Bank Bank ", count: 10_000),
            String(repeating: "the Okonkwoes ", count: 10_000),
        ]
        for input in inputs {
            let result = Self.redactor.redact(input)
            #expect(result.text == input)
        }
        let many = String(repeating: "Kerry rang 07700 900123. ", count: 2_000)
        #expect(Self.redactor.redact(many).summary[.phone] == 2_000)
    }
}
