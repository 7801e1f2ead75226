import EvidentModel
import Testing

@testable import EvidentImport

/// Personal-data columns: by header (short headers only) and by value.
@Suite("Inference: personal data")
struct PersonalDataRuleTests {
    @Test("headers that announce personal data", arguments: [
        ("Email Address", PersonalDataKind.email), ("RecipientEmail", .email), ("Your e-mail (optional)", .email),
        ("IP Address", .ipAddress), ("IPAddress", .ipAddress), ("ipaddr", .ipAddress),
        ("First Name", .name), ("RecipientLastName", .name), ("What is your name?", .name), ("Your worker's name", .name),
        ("children/child[1]/name", .name), ("Phone", .phone), ("Mobile number", .phone), ("SIGN", .signature),
        ("Signature", .signature), ("Please type your name as a signature to confirm", .signature),
        ("Postcode", .address), ("Home address", .address), ("LocationLatitude", .location), ("username", .account),
        ("token", .account), ("Date of birth", .birthDate), ("DOB", .birthDate), ("Year of birth", .birthDate),
        ("What month were you born in?", .birthDate), ("First letter of your mother's first name", .pseudonymCode),
        ("Last digit of the year you were born", .pseudonymCode), ("Your initials", .pseudonymCode),
        ("Mother's initial", .pseudonymCode), ("Your unique code", .pseudonymCode), ("Pseudonym", .pseudonymCode),
        ("Website", .link), ("LinkedIn URL", .link), ("What state or country were you born in?", .birthplace),
        ("Country of birth", .birthplace),
    ])
    func headers(header: String, kind: PersonalDataKind) {
        #expect(PersonalDataRule.kind(forHeader: header) == kind)
    }

    @Test("headers that do not", arguments: [
        "Name of your school", "School name", "Which service supported you?", "Locality", "Did you get an email from your worker before the first visit?",
        "How long have you been in your current post?", "Respondent ID", "Collector ID", "Role", "Custom Data 1",
        "Initial assessment completed", "Did you get a letter from your worker?", "Area code",
        "Which code of practice applies?",
    ])
    func notPersonal(header: String) {
        #expect(PersonalDataRule.kind(forHeader: header) == nil)
    }

    @Test("values: half emails, or 80% IP addresses or phone numbers")
    func values() {
        #expect(PersonalDataRule.kind(forValues: ["a@b.example", "call me"]) == .email)
        #expect(PersonalDataRule.kind(forValues: ["192.0.2.1", "2001:db8::1", "198.51.100.7", "203.0.113.9"]) == .ipAddress)
        #expect(PersonalDataRule.kind(forValues: ["07700 900123", "+44 7700 900456", "(01632) 960001", "07700900789"]) == .phone)
        #expect(PersonalDataRule.kind(forValues: ["5109810990", "5109769648"]) == nil)
        #expect(PersonalDataRule.kind(forValues: ["2017-07-18 08:28:09", "1.5"]) == nil)
        #expect(PersonalDataRule.kind(forValues: ["https://social.example/in/kerry-walsh", "www.example.org/dean", "n/a"]) == .link)
    }

    @Test("values: people's names, typed into a column no header announces")
    func names() {
        let names = ["Kerry Walsh", "Dean Ashby", "J. Patel", "Amy-Louise Carter", "Sean O'Brien", "Tom Ellery"]
        #expect(PersonalDataRule.kind(forValues: names) == .name)
        // Attribute values look like names but repeat; free text and single words are not names.
        let services = ["Family Support", "Young Carers", "Family Support", "Young Carers", "Family Support", "Parenting Group"]
        #expect(PersonalDataRule.kind(forValues: services) == nil)
        #expect(PersonalDataRule.kind(forValues: ["Kerry", "Dean", "Farah", "Tom", "Nina"]) == nil)
        #expect(PersonalDataRule.kind(forValues: ["It was good", "We liked it", "Not much", "Very helpful", "Great"]) == nil)
        #expect(PersonalDataRule.kind(forValues: Array(names.prefix(4))) == nil)
    }

    @Test("shapes", arguments: [
        ("j.ashworth@northmoor-cc.example", true), ("not an@email", false), ("a@b", false),
        ("07700 900123", true), ("5109810990", false), ("192.0.2.10", true), ("256.1.1.1", false),
        ("https://social.example/in/kerry-walsh", true), ("http://", false),
    ])
    func shapes(value: String, personal: Bool) {
        #expect(ValueShapes.isPersonal(value) == personal)
    }
}
