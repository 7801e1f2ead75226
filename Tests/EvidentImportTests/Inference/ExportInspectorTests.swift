import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Inference on every layout: the roles and scales it gives each column (study spec §4).
@Suite("Inference: roles and scales on every layout")
struct ExportInspectorTests {
    @Test("plain CSV: an id, personal data by header and by value, an ambiguous date, four proposed scales, free text")
    func plainCSV() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.path("plain-feedback.csv"))
        #expect(inspection.format == .csv)
        #expect(inspection.delimiter == .comma)
        #expect(inspection.encoding == "utf-8")
        #expect(inspection.records == 12)
        #expect(inspection.kind.kind == .serviceUserFeedback)
        #expect(InferenceFixtures.summary(inspection) == [
            "Response ID: identifier",
            "Submitted: metadata",
            "Your name: personal data (names)",
            "Contact: personal data (email addresses)",
            "Phone: personal data (phone numbers)",
            "Device: personal data (IP addresses)",
            "Service: attribute",
            "Date of first visit: metadata",
            "How often did you feel listened to?: scale item [wellbeing-frequency-5*]",
            "Did we help?: scale item [yes-partly-no*]",
            "How likely are you to recommend us? (0-10): scale item [scale-0-10*]",
            "Overall satisfaction: scale item [scale-1-7*]",
            "What difference did it make?: free text",
            "Signature: personal data (signatures)",
            "Number of children: attribute",
            "Notes: unused",
        ])
        #expect(inspection.ambiguousDates.map(\.name) == ["Date of first visit"])
    }

    @Test("personal-data values are never the example shown: masked to their shape")
    func masked() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.path("plain-feedback.csv"))
        let examples = Dictionary(uniqueKeysWithValues: inspection.personalColumns.map { ($0.name, $0.example ?? "") })
        #expect(examples == ["Your name": "•••", "Contact": "•••@•••", "Phone": "•••", "Device": "•.•.•.•", "Signature": "•••"])
    }

    @Test("Google Forms sample: Timestamp, Email Address, a name, ;-joined checkboxes, a grid, 1–10 and Yes / Partly / No",
          .enabled(if: InferenceFixtures.sampleExists("google-forms/partner-agencies-2016.csv")))
    func googleForms() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.sample("google-forms/partner-agencies-2016.csv"))
        #expect(inspection.format == .googleForms)
        #expect(inspection.kind.kind == .practitionerSurvey)
        #expect(InferenceFixtures.summary(inspection) == [
            "Timestamp: metadata",
            "Email Address: personal data (email addresses)",
            "Which organisation do you work for?: attribute",
            "Your name (optional): personal data (names)",
            "Which locality do you mainly work in?: attribute",
            "Which early help services have you referred families to in the last year?: attribute (multi-select)",
            "When did you last refer a family to early help?: metadata",
            "How confident are you that you know how to request early help for a family? (1 = not at all confident, 10 = very confident): scale item [confidence-1-10]",
            "How confident are you in spotting families who would benefit from early help? (1 = not at all confident, 10 = very confident): scale item [confidence-1-10]",
            "How often do the following happen? [I get feedback after I refer a family]: scale item [frequency-5]",
            "How often do the following happen? [The early help team contacts me within a week of a referral]: scale item [frequency-5]",
            "How often do the following happen? [I am invited to Team Around the Family meetings]: scale item [frequency-5]",
            "Overall, has early help made a difference for the families you referred?: scale item [yes-partly-no*]",
            "What works well when you work with the early help service?: free text",
            "What could the early help service do better?: free text",
        ])
        let referred = try #require(inspection.columns.first { $0.name == "When did you last refer a family to early help?" })
        #expect(referred.dates?.order == .dayFirst)
        let stamp = try #require(inspection.columns.first).dates
        #expect(stamp?.order == .yearFirst)
        #expect(stamp?.earliest == "2016-10-04")
    }

    @Test("LimeSurvey sample: ; separator, BOM, codes, empty submitdate, signature and mobile flagged, 0–10 proposed",
          .enabled(if: InferenceFixtures.sampleExists("limesurvey/young-people-feedback-2016.csv")))
    func limeSurvey() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.sample("limesurvey/young-people-feedback-2016.csv"))
        #expect(inspection.format == .limesurvey)
        #expect(inspection.encoding == "utf-8-bom")
        #expect(inspection.delimiter == .semicolon)
        #expect(inspection.records == 46)
        #expect(inspection.kind.kind == .serviceUserFeedback)
        #expect(InferenceFixtures.summary(inspection) == [
            "id: identifier", "submitdate: metadata", "lastpage: metadata", "startlanguage: metadata", "seed: metadata",
            "startdate: metadata", "datestamp: metadata", "ipaddr: personal data (IP addresses)", "refurl: metadata",
            "AGE: attribute", "SERVICE: attribute",
            "Q1[SQ001]: scale item [agreement-5]", "Q1[SQ002]: scale item [agreement-5]", "Q1[SQ003]: scale item [agreement-5]",
            "Q1[SQ004]: scale item [agreement-5]", "Q2: scale item [yes-partly-no*]",
            "Q3[SQ001]: attribute", "Q3[SQ002]: attribute", "Q3[SQ003]: attribute", "Q3[SQ004]: attribute",
            "Q3[other]: free text", "Q4: attribute", "Q5: scale item [scale-0-10*]", "Q6: free text", "Q7: free text",
            "SIGN: personal data (signatures)", "MOBILE: personal data (phone numbers)",
            "interviewtime: metadata", "groupTime2417: metadata",
        ])
        #expect(inspection.notes == ["6 incomplete response(s): 'submitdate' is empty, so they count as partial"])
    }

    @Test("SurveyMonkey sample (Windows-1252): the 0–100 matrix despite 75%, n/a and sixty; month-first dates noted",
          .enabled(if: InferenceFixtures.sampleExists("practitioner-survey-2015.csv")))
    func surveyMonkeySample() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.sample("practitioner-survey-2015.csv"))
        #expect(inspection.format == .surveymonkey)
        #expect(inspection.encoding == "windows-1252")
        #expect(inspection.kind.kind == .practitionerSurvey)
        #expect(inspection.columns(.identifier).map(\.name) == ["Respondent ID"])
        #expect(inspection.personalColumns.map(\.name) == ["IP Address", "Email Address", "First Name", "Last Name"])
        #expect(inspection.columns.filter(\.isBreakdown).map(\.name) == ["Role", "Locality", "How long have you been in your current post?"])
        let items = inspection.columns(.item)
        #expect(items.count == 15)
        #expect(items.filter { $0.scale?.scale.id == "confidence-0-100" }.count == 11)
        #expect(items.filter { $0.scale?.scale.id == "frequency-5" }.count == 3)
        let debt = try #require(items.first { $0.header.subLabel == "Help families with debt and benefits" })
        #expect(debt.scale?.outside == ["75%"])
        #expect(inspection.columns(.freeText).map(\.name).suffix(3) == [
            "What has helped families you have worked with make progress?", "What gets in the way of families making progress?",
            "What would help you feel more confident in your role?",
        ])
        #expect(inspection.notes.contains("read as Windows-1252: the file is not valid UTF-8 (an Excel \"CSV (Comma delimited)\" save)"))
        #expect(inspection.notes.contains("'Start Date': dates are month-first ('10/31/2015 02:35:28 PM'), whatever --date-order says"))
    }

    @Test("Microsoft Forms sample: Email and Name personal, Yes / Partly / No and agreement items, a ;-joined multi-select",
          .enabled(if: InferenceFixtures.sampleExists("closure-feedback-2016.csv")))
    func microsoftFormsSample() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.sample("closure-feedback-2016.csv"))
        #expect(inspection.format == .msforms)
        #expect(inspection.kind.kind == .serviceUserFeedback)
        #expect(InferenceFixtures.summary(inspection) == [
            "ID: identifier", "Start time: metadata", "Completion time: metadata", "Email: personal data (email addresses)",
            "Name: personal data (names)", "Who is completing this form?: attribute", "Which service supported you?: attribute",
            "Did you get the help you needed?: scale item [yes-partly-no*]",
            "Have things improved for your family?: scale item [yes-partly-no*]",
            "Would you recommend the service to another family?: scale item [yes-partly-no*]",
            "My worker listened to me and understood what I needed: scale item [agreement-5]",
            "I was offered support at times that suited my family: scale item [agreement-5]",
            "What did we help with?: attribute (multi-select)",
            "What difference did the support make?: free text", "Is there anything we could have done better?: free text",
        ])
    }

    @Test("small fixtures: SurveyMonkey, Microsoft Forms, Qualtrics with -99")
    func smallFixtures() throws {
        let monkey = try ExportInspector.inspect(FixturePaths.fixture("surveymonkey-small.csv"))
        #expect(InferenceFixtures.role("What is your role?", in: monkey) == "attribute")
        #expect(InferenceFixtures.role("What has helped families make progress?", in: monkey) == "free text")
        // "75%" is one answer in six in the first matrix row: more than 5% off the scale, so not an item.
        #expect(monkey.columns(.item).map(\.header.subLabel) == ["Assess whether needs meet thresholds", "Support families with EHCPs"])
        #expect(monkey.columns(.item).map { $0.scale?.scale.id } == ["confidence-0-100", "confidence-0-100"])
        let forms = try ExportInspector.inspect(FixturePaths.fixture("msforms-small.csv"))
        #expect(InferenceFixtures.role("Email", in: forms) == "personal data (email addresses)")
        #expect(InferenceFixtures.role("What did we help with?", in: forms) == "attribute")
        let qualtrics = try ExportInspector.inspect(FixturePaths.fixture("qualtrics-partials.csv"))
        #expect(qualtrics.format == .qualtrics)
        #expect(InferenceFixtures.summary(qualtrics) == [
            "StartDate: metadata", "EndDate: metadata", "Status: metadata", "IPAddress: personal data (IP addresses)",
            "Progress: metadata", "Duration (in seconds): metadata", "Finished: metadata", "RecordedDate: metadata",
            "ResponseId: identifier", "Q1: scale item [confidence-1-10]", "Q2_TEXT: free text",
        ])
    }

    @Test("the real Qualtrics export: metadata, personal data (IP, recipient, location), the id, Q1 and the _TEXT answer",
          .enabled(if: FixturePaths.realExists("qualtrics-sample.csv")))
    func realQualtrics() throws {
        let inspection = try ExportInspector.inspect(FixturePaths.real("qualtrics-sample.csv"))
        #expect(inspection.format == .qualtrics)
        #expect(inspection.records == 1)
        #expect(InferenceFixtures.summary(inspection) == [
            "StartDate: metadata", "EndDate: metadata", "Status: metadata", "IPAddress: personal data (IP addresses)",
            "Progress: metadata", "Duration (in seconds): metadata", "Finished: metadata", "RecordedDate: metadata",
            "ResponseId: identifier", "RecipientLastName: personal data (names)", "RecipientFirstName: personal data (names)",
            "RecipientEmail: personal data (email addresses)", "ExternalReference: metadata",
            "LocationLatitude: personal data (locations)", "LocationLongitude: personal data (locations)",
            "DistributionChannel: metadata", "UserLanguage: metadata", "Q1: attribute", "Q2: free text", "Q2 - Topics: metadata",
        ])
    }
}
