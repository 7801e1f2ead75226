import Testing

@testable import EvidentAnonymisation

@Suite("Redactor: names")
struct RedactorNameTests {
    static let listed = Redactor(names: ["Kerry", "Jayden", "Will", "May", "Hope", "Faith", "Grace", "Okafor"])

    @Test("listed names are replaced as whole words, in any case; a possessive stays outside", arguments: [
        ("Kerry was brilliant", "[name] was brilliant"),
        ("kerry helped us", "[name] helped us"),
        ("Kerry's advice", "[name]'s advice"),
        ("Jayden and Kerry came", "[name] and [name] came"),
        ("Kerryanne is not Kerry", "Kerryanne is not [name]"),
        ("Kerry Anne Walsh rang", "[name] rang"),
        ("Kerry Family Support helped", "[name] Family Support helped"),
        ("Grace Okafor came", "[name] came"),
    ])
    func listedNames(text: String, expected: String) {
        #expect(Self.listed.redact(text).text == expected)
    }

    @Test("names that are ordinary words are replaced only as names", arguments: [
        ("Will they help?", "Will they help?"),
        ("we will see", "we will see"),
        ("I asked Will about it", "I asked [name] about it"),
        ("I hope so", "I hope so"),
        ("Hope was there", "Hope was there"),
        ("I met Hope yesterday", "I met [name] yesterday"),
        ("we went to Hope Street", "we went to Hope Street"),
        ("in May", "in May"),
        ("It was in May that Mum (May) came", "It was in May that Mum ([name]) came"),
        ("keep the faith", "keep the faith"),
        ("the Faith Centre helped", "the Faith Centre helped"),
        ("by the grace of God", "by the grace of God"),
        ("she said \"Will you come?\"", "she said \"Will you come?\""),
        ("my worker Will helped", "my worker [name] helped"),
    ])
    func ambiguousNames(text: String, expected: String) {
        #expect(Self.listed.redact(text).text == expected)
    }

    @Test("names after titles and relationship cues, without any list", arguments: [
        ("Mr Smith called", "Mr [name] called"),
        ("Dr. Sarah Jones said so", "Dr. [name] said so"),
        ("Mrs J. Patel and Ms Lee", "Mrs [name] and Ms [name]"),
        ("Miss Jones was kind", "Miss [name] was kind"),
        ("Mx Taylor-Brown", "Mx [name]"),
        ("Mum (Kelly) and Dad (Lee Smith)", "Mum ([name]) and Dad ([name])"),
        ("my son (Jayden, 7)", "my son ([name], 7)"),
        ("my worker Jo was great", "my worker [name] was great"),
        ("our family support worker Sam listened", "our family support worker [name] listened"),
        ("her son Tyler's school", "her son [name]'s school"),
        ("Sam (my worker) and Jo (key worker) were great", "[name] (my worker) and [name] (key worker) were great"),
        ("Kelly (Mum) rang", "[name] (Mum) rang"),
        ("My key worker, Jo, helped.", "My key worker, [name], helped."),
    ])
    func cues(text: String, expected: String) {
        #expect(Redactor().redact(text).text == expected)
    }

    @Test("things that are not names are kept", arguments: [
        "a place called Reading", "We moved to Reading last year.", "I miss Jones Road",
        "Mum, Dad and Nan came.", "My Social Worker was kind.", "my Social Worker", "The Family Support Service helped.",
        "Everyone at Sure Start was lovely.", "my worker (Family Support) was kind", "Dad (not involved)",
        "Thanks to the Early Help team.", "I think my worker I trust.", "my mum said no",
        "Our Health Visitor came on Tuesday", "Mr and Mrs came",
        "Early Help (my worker) was great", "It helped (my son) a lot",
    ])
    func notNames(text: String) {
        let result = Self.listed.redact(text)
        #expect(result.text == text)
        #expect(result.summary.total == 0)
    }

    @Test("names are learned from the export's name and email columns")
    func learned() {
        let redactor = Redactor(nameColumnValues: [
            "Kerry Walsh", "sam.okafor@example.org", "Prefer not to say", "info@northmoor.gov.uk", "n/a", "Will Smith",
        ])
        let cases = [
            ("Walsh came round", "[name] came round"),
            ("Sam and Okafor", "[name] and [name]"),
            ("Kerry Walsh rang twice", "[name] rang twice"),
            ("I prefer not to say", "I prefer not to say"),
            ("more info please", "more info please"),
            ("Will Smith was our worker", "[name] was our worker"),
            ("we will see", "we will see"),
        ]
        for (text, expected) in cases {
            #expect(redactor.redact(text).text == expected)
        }
        #expect(redactor.redact("Kerry Walsh rang").summary[.name] == 1)
    }

    @Test("the respondent's own name is replaced for that text only")
    func ownName() {
        let redactor = Redactor()
        #expect(redactor.redact("Dean said Dean Lowe helped", respondentNames: ["Dean Lowe"]).text == "[name] said [name] helped")
        #expect(redactor.redact("Dean said so").text == "Dean said so")
    }

    @Test("the study can add names that are ordinary words")
    func customCommonWords() {
        let redactor = Redactor(names: ["Sunday", "Amber"], commonWordNames: RedactionVocabulary.commonWordNames.union(["Amber"]))
        #expect(redactor.redact("the amber light").text == "the amber light")
        #expect(redactor.redact("I saw Amber").text == "I saw [name]")
        #expect(redactor.redact("on Sunday").text == "on Sunday")
    }
}
