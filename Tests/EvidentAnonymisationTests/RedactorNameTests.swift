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
        "Early Help (my worker) was great", "It helped (my son) a lot", "my son (Year 7) and my daughter in Reception",
    ])
    func notNames(text: String) {
        let result = Self.listed.redact(text)
        #expect(result.text == text)
        #expect(result.summary.total == 0)
    }

    @Test("names are learned from the export's name columns, never from e-mail addresses")
    func learned() {
        let redactor = Redactor(nameColumnValues: [
            "Kerry Walsh", "sam.okafor@example.org", "Prefer not to say", "info@northmoor.gov.uk", "n/a", "Will Smith",
            "peter.anc3g.dc@example.org", "Family Support Worker", "Sarah from the Hub",
        ])
        let cases = [
            ("Walsh came round", "[name] came round"),
            ("Sam and Okafor", "Sam and Okafor"),
            ("Kerry Walsh rang twice", "[name] rang twice"),
            ("I prefer not to say", "I prefer not to say"),
            ("more info please", "more info please"),
            ("Will Smith was our worker", "[name] was our worker"),
            ("we will see", "we will see"),
            // Before: `peter.anc3g.dc@…` taught "anc" and "dc", and these became [name].
            ("The DC who came out was kind, and the ANC clinic moved the date.", "The DC who came out was kind, and the ANC clinic moved the date."),
            ("Write to peter.anc3g.dc@example.org", "Write to [email]"),
            // A role typed into a name field teaches nothing; a name with it still does.
            ("The family support worker from the hub", "The family support worker from the hub"),
            ("Sarah rang", "[name] rang"),
        ]
        for (text, expected) in cases {
            #expect(redactor.redact(text).text == expected)
        }
        #expect(redactor.redact("Kerry Walsh rang").summary[.name] == 1)
    }

    @Test("a names-list entry of several words is replaced only whole; its words alone are kept", arguments: [
        // Before: listing "Bank Street" and "Station Road" replaced every "bank", "street", "station" and "road".
        ("We live on Bank Street now", "We live on [name] now"),
        ("we went to bank street for chips", "we went to [name] for chips"),
        ("the food bank and the Bank holiday", "the food bank and the Bank holiday"),
        ("The Road to Recovery group, the railway station, Station Street", "The Road to Recovery group, the railway station, Station Street"),
        ("the office on Station Road.", "the office on [name]."),
        ("we moved to The Larches last year", "we moved to [name] last year"),
        ("Mrs Pryce at the nursery", "Mrs [name] at the nursery"),
        ("the Pryce family (not their real name)", "the Pryce family (not their real name)"),
        ("Gemma Hartley signs off closures; Gemma is lovely", "[name] signs off closures; Gemma is lovely"),
        ("Thornby Road and the Thornby team", "[name] Road and the [name] team"),
    ])
    func phrases(text: String, expected: String) {
        let redactor = Redactor(names: ["Bank Street", "Station Road", "The Larches", "Mrs Pryce", "Gemma Hartley", "Thornby"])
        #expect(redactor.redact(text).text == expected)
    }

    @Test("a learned name names a street or a building before one, and a title or thing after an article", arguments: [
        ("The Marsh Lane surgery and the Lindsey Centre", "The Marsh Lane surgery and the Lindsey Centre"),
        ("Lindsey Marsh rang, then Lindsey came", "[name] rang, then [name] came"),
        ("the Marsh family moved; the Marshes on Long Lane did not", "the [name] family moved; the [name]es on Long Lane did not"),
        ("The Dean of the college came", "The Dean of the college came"),
        ("PCSO Dean is brilliant", "PCSO [name] is brilliant"),
        ("the Rose Hill estate and Rose Hill Community Centre", "the Rose Hill estate and Rose Hill Community Centre"),
        ("I worked with Rose Hill's team", "I worked with [name]'s team"),
    ])
    func places(text: String, expected: String) {
        let redactor = Redactor(nameColumnValues: ["Lindsey Marsh", "Dean Fowler", "Rose Hill"])
        #expect(redactor.redact(text).text == expected)
    }

    @Test("more cues: apposition, family words, plurals, initials, a name the text has shown", arguments: [
        ("Grace is my sister", "[name] is my sister"),
        ("I went with Tariq, my dad, to court", "I went with [name], my dad, to court"),
        ("Yesterday my worker came. Sometimes, my worker rang.", "Yesterday my worker came. Sometimes, my worker rang."),
        ("Baby Amira was born", "Baby [name] was born"),
        ("(mum Stacey, dad Darren, twins aged 3)", "(mum [name], dad [name], twins aged 3)"),
        ("Nanny Pat and Auntie Sue", "Nanny [name] and Auntie [name]"),
        ("the Baby Massage class at the Baby Bank", "the Baby Massage class at the Baby Bank"),
        ("the Okonkwos have moved", "the [name]s have moved"),
        ("Case study: J. Okoro (mum) moved", "Case study: [name] (mum) moved"),
        ("Will was brilliant and Will just got him", "[name] was brilliant and [name] just got him"),
        ("We did a Will and a Won't list", "We did a Will and a Won't list"),
        ("the Rose Garden, and the service Hope Again", "the Rose Garden, and the service Hope Again"),
        ("Rose from the office helped", "[name] from the office helped"),
    ])
    func moreCues(text: String, expected: String) {
        let redactor = Redactor(names: ["Will", "Hope", "Rose", "Okonkwo"])
        #expect(redactor.redact(text).text == expected)
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
