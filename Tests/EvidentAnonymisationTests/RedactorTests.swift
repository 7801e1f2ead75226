import Testing

@testable import EvidentAnonymisation

/// Every kind of personal data, found and not found: emails, phone numbers, postcodes, dates,
/// NHS numbers. Names are in `RedactorNameTests`.
@Suite("Redactor: emails, phones, postcodes, dates, NHS numbers")
struct RedactorTests {
    static let redactor = Redactor()

    @Test("emails are replaced", arguments: [
        ("Email me at sam.okafor@example.org please", "Email me at [email] please", 1),
        ("K_Walsh+test@mail.co.uk.", "[email].", 1),
        ("(kerry@northmoor.gov.uk)", "([email])", 1),
        ("two: a@b.co and c.d@e-f.org", "two: [email] and [email]", 2),
    ])
    func emails(text: String, expected: String, count: Int) {
        #expect(Self.redactor.redact(text).text == expected)
        #expect(Self.redactor.redact(text).summary[.email] == count)
    }

    @Test("phone numbers in UK formats are replaced", arguments: [
        "07700 900123", "07700900123", "0770 090 0123", "07700-900-123", "+44 7700 900123", "+447700900123",
        "+44 (0)20 7946 0018", "020 7946 0018", "(01632) 960123", "0161 496 0000", "01632 960 123",
        "01234 56789", "07700\u{00A0}900123",
    ])
    func phones(number: String) {
        let result = Self.redactor.redact("Ring \(number) after 6.")
        #expect(result.text == "Ring [phone] after 6.")
        #expect(result.summary[.phone] == 1)
        #expect(result.summary.total == 1)
    }

    @Test("full postcodes are replaced, in any case, with or without the space", arguments: [
        "LS1 4AB", "ls14ab", "SW1A 1AA", "M60 2LA", "EC1V 9HX", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "gir 0aa",
    ])
    func postcodes(postcode: String) {
        let result = Self.redactor.redact("We live at \(postcode), near the park.")
        #expect(result.text == "We live at [postcode], near the park.")
        #expect(result.summary[.postcode] == 1)
    }

    @Test("dates and dates of birth are replaced, the cue kept", arguments: [
        ("Seen on 12/03/2014.", "Seen on [date]."),
        ("Seen 3/3/14 and 3.3.14", "Seen [date] and [date]"),
        ("From 12-03-2014 to 2014-03-12", "From [date] to [date]"),
        ("DOB 12/03/14", "DOB [date]"),
        ("D.O.B: 03.12.2009", "D.O.B: [date]"),
        ("Born 3rd March 2012 in Leeds", "Born [date] in Leeds"),
        ("on 3 March we met", "on [date] we met"),
        ("on the 3rd of March, 2012", "on the [date]"),
        ("by March 3rd, 2012.", "by [date]."),
        ("by March 3, 2012", "by [date]"),
        ("until March 3rd", "until [date]"),
        ("on 21st Feb", "on [date]"),
        ("on 3 Mar. 2012", "on [date]"),
        ("on 12 september 2015", "on [date]"),
        ("born in March 2012", "born in [date]"),
        ("date of birth: May 2014", "date of birth: [date]"),
        ("US style 03/25/2016", "US style [date]"),
    ])
    func dates(text: String, expected: String) {
        #expect(Self.redactor.redact(text).text == expected)
    }

    @Test("house addresses are replaced: a number and a street, a flat before it", arguments: [
        ("We live at 14 Ashworth Road, Thornby.", "We live at [address], Thornby."),
        ("from Flat 3, 22 Mill Lane to a house", "from [address] to a house"),
        ("at 22a Mill Lane and 7 Cherry Tree Close", "at [address] and [address]"),
        ("on Ashworth Road, 42 cases, Year 9 Road Safety, 3/4 Mill Lane", "on Ashworth Road, 42 cases, Year 9 Road Safety, 3/4 Mill Lane"),
    ])
    func addresses(text: String, expected: String) {
        #expect(Self.redactor.redact(text).text == expected)
    }

    @Test("valid NHS numbers are replaced, together or spaced 3-3-4", arguments: [
        "943 476 5919", "9434765919", "943-476-5919", "401 023 2137", "4505577104", "700 000 0007",
    ])
    func nhsNumbers(number: String) {
        let result = Self.redactor.redact("NHS no. \(number).")
        #expect(result.text == "NHS no. [number].")
        #expect(result.summary[.number] == 1)
    }

    @Test("the Modulus 11 check", arguments: [
        ("9434765919", true), ("9434765918", false), ("4010232137", true), ("6000000014", true), ("1000000010", false),
        ("1000000011", false), ("0000000000", true),
    ])
    func modulus11(number: String, valid: Bool) {
        #expect(NHSNumberScanner.isValid(number.map { Int(String($0)) ?? -1 }) == valid)
    }

    @Test("ordinary numbers, scores, times, years, partial postcodes and service numbers are kept", arguments: [
        "We scored it 7/10 and 70% were happy.",
        "In 2016 and 2017 the service grew.",
        "Meet at 10:30 or 10.30am, for 1.5 hours.",
        "in May", "since April 2015 it has been better", "in March 3 families moved",
        "Questions 1 to 3 may be hard",
        "the LS1 area, the M25, the A1 road", "LS1 4AM is not a postcode", "QA1 1AA is not either",
        "Call 0800 123 4567 or 0845 600 1234", "the council is on 0300 123 4567",
        "NHS no. 943 476 5918 fails its check", "ref 94347659190 is too long", "1000000010",
        "07700 9001 is too short", "dates like 13/13/2014 or 1.5.2 are not dates",
        "me@home, @someone, a @ b", "user@localhost",
        "My score went from 3 to 8 out of 10.", "Room 101, year 2 class, covid 19",
        "01 02 2016", "12345678901",
    ])
    func kept(text: String) {
        let result = Self.redactor.redact(text)
        #expect(result.text == text)
        #expect(result.summary.total == 0)
    }

    @Test("an email containing a name is one email, not a name")
    func overlap() {
        let redactor = Redactor(names: ["Kerry", "Walsh"])
        let result = redactor.redact("Write to kerry.walsh@example.org or Kerry directly")
        #expect(result.text == "Write to [email] or [name] directly")
        #expect(result.summary[.email] == 1)
        #expect(result.summary[.name] == 1)
    }

    @Test("a phone number followed by another number keeps the other number")
    func phoneThenCount() {
        #expect(Self.redactor.redact("call 07700 900123 2 times").text == "call [phone] 2 times")
    }

    @Test("the respondent's own email is replaced in any case, even when not well-formed")
    func ownEmail() {
        let text = "Contact kerry.w@gmail.com, KERRY.W@GMAIL.COM or kerry@home"
        let result = Self.redactor.redact(text, respondentEmails: ["Kerry.W@gmail.com", "kerry@home"])
        #expect(result.text == "Contact [email], [email] or [email]")
        #expect(result.summary[.email] == 3)
    }

    @Test("accents, emoji and other scalars around redactions are kept exactly")
    func unicode() {
        let redactor = Redactor(names: ["Zoë", "Kerry"])
        let text = "Zoë said 😊 Kerry’s café was great — 07700 900123 ✅ 👨‍👩‍👧 naïve\u{0301}"
        let result = redactor.redact(text)
        #expect(result.text == "[name] said 😊 [name]’s café was great — [phone] ✅ 👨‍👩‍👧 naïve\u{0301}")
        #expect(redactor.redact("Zoe\u{0308} came").text == "[name] came")
    }
}
