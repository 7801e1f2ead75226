import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

/// Every real survey export and workbook in `Tests/Fixtures/real/`: its layout, encoding,
/// records (complete / partial / rejected), scale items and breakdowns, as a user gets them.
/// Record counts were checked by reading each file with Python's `csv` module (header rows,
/// `Status`, `submitdate` counted by hand); see ORIGINS.md for each file's origin.
@Suite("Real survey exports and workbooks")
struct RealSurveyExportTests {
    static let expected: [RealFiles.Expected] = [
        RealFiles.Expected(file: "qualtrics-legacy-sample.csv", format: .qualtricsLegacy, encoding: "utf-8-bom",
            accounting: Accounting(rowsRead: 1, complete: 1, partial: 0, rejected: 0),
            items: [],
            breakdowns: ["Q1"],
            personal: ["Name", "EmailAddress", "IPAddress", "LocationLatitude", "LocationLongitude"]),
        RealFiles.Expected(file: "qualtrics-legacy-no-basis.csv", format: .qualtricsLegacy, encoding: "utf-8-bom",
            accounting: Accounting(rowsRead: 15, complete: 0, partial: 0, rejected: 15),
            items: [],
            breakdowns: ["Q1", "Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q2_5", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q4_1", "Q4_2", "Q4_3", "Q4_4", "Q5_1_1", "Q5_1_2", "Q5_1_3", "Q5_2_1", "Q5_2_2", "Q5_2_3", "Q5_3_1", "Q5_3_2", "Q5_3_3", "Q6_1_1", "Q6_1_2", "Q6_1_3", "Q6_1_4", "Q6_2_1", "Q6_2_2", "Q6_2_3", "Q6_2_4", "Q6_3_1", "Q6_3_2", "Q6_3_3", "Q6_3_4"],
            personal: ["Name", "EmailAddress", "IPAddress", "LocationLatitude", "LocationLongitude"]),
        RealFiles.Expected(file: "qualtrics-legacy-side-by-side.csv", format: .qualtricsLegacy, encoding: "utf-8-bom",
            accounting: Accounting(rowsRead: 25, complete: 0, partial: 0, rejected: 25),
            items: ["Q1#1_1 [scale-1-5*]", "Q1#1_2 [scale-1-5*]", "Q1#1_3 [scale-1-5*]", "Q1#2_1 [scale-1-5*]", "Q1#2_2 [scale-1-5*]", "Q1#2_3 [scale-1-5*]", "Q2#1_1 [scale-1-5*]", "Q2#1_2 [scale-1-5*]", "Q2#1_3 [scale-1-5*]", "Q2#2_1 [scale-1-5*]", "Q2#2_2 [scale-1-5*]", "Q2#2_3 [scale-1-5*]", "Q2#3_1 [scale-1-5*]", "Q2#3_2 [scale-1-5*]", "Q2#3_3 [scale-1-5*]", "Q3#1_1 [scale-1-5*]", "Q3#1_2 [scale-1-5*]", "Q3#1_3 [scale-1-5*]", "Q3#2_1 [scale-1-5*]", "Q3#2_2 [scale-1-5*]", "Q3#2_3 [scale-1-5*]", "Q4#1_1 [scale-1-5*]", "Q4#1_2 [scale-1-5*]", "Q4#1_3 [scale-1-5*]", "Q6_1: 1 [scale-1-5*]", "Q6_2: 1 [scale-1-5*]", "Q6_3: 1 [scale-1-5*]", "statement_one: 1 [scale-1-5*]", "statement_two: 1 [scale-1-5*]", "statement_three: 1 [scale-1-5*]", "statement_one: 2 [scale-1-5*]", "statement_two: 2 [scale-1-5*]", "statement_three: 2 [scale-1-5*]"],
            breakdowns: ["Q5#2_1_1", "Q5#2_1_2", "Q5#2_2_1", "Q5#2_2_2", "Q5#2_3_1", "Q5#2_3_2", "Q7#1_1", "Q7#1_2", "Q7#1_3", "Q7#2_1", "Q7#2_2", "Q7#2_3"],
            personal: ["Name", "EmailAddress", "IPAddress", "LocationLatitude", "LocationLongitude"]),
        RealFiles.Expected(file: "qualtrics-insights-no-basis.csv", format: .qualtrics, encoding: "utf-8",
            accounting: Accounting(rowsRead: 15, complete: 0, partial: 0, rejected: 15),
            items: [],
            breakdowns: ["Q1", "Q2_1", "Q2_2", "Q2_3", "Q2_-1", "Q2_-2", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q4_1", "Q4_2", "Q4_3", "Q4_4", "Q5_1_1", "Q5_1_2", "Q5_1_-1", "Q5_2_1", "Q5_2_2", "Q5_2_-1", "Q5_3_1", "Q5_3_2", "Q5_3_-1", "Q6_1_1", "Q6_1_2", "Q6_1_-1", "Q6_1_-2", "Q6_2_1", "Q6_2_2", "Q6_2_-1", "Q6_2_-2", "Q6_3_1", "Q6_3_2", "Q6_3_-1", "Q6_3_-2"],
            personal: ["IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "LocationLatitude", "LocationLongitude"]),
        RealFiles.Expected(file: "qualtrics-insights-comments.csv", format: .qualtrics, encoding: "utf-8",
            accounting: Accounting(rowsRead: 10, complete: 0, partial: 0, rejected: 10),
            items: ["Q1 [scale-1-7*]"],
            breakdowns: [],
            personal: ["IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "LocationLatitude", "LocationLongitude"]),
        RealFiles.Expected(file: "msforms-hotdog-fa24.csv", format: .msforms, encoding: "windows-1252",
            accounting: Accounting(rowsRead: 187, complete: 187, partial: 0, rejected: 0),
            items: ["Is a hotdog a sandwich [yes-no*]", "Are you a UVA undergraduate student [yes-no*]"],
            breakdowns: [],
            personal: ["Email", "Name"]),
        RealFiles.Expected(file: "google-forms-hotdog-sp24.csv", format: .googleForms, encoding: "utf-8",
            accounting: Accounting(rowsRead: 91, complete: 91, partial: 0, rejected: 0),
            items: ["Do you believe that a hotdog falls under the category of a sandwich? [yes-no*]"],
            breakdowns: ["Are you currently enrolled as an undergraduate or graduate student at the University of Virginia?", "If you are an undergraduate, what is your current academic year?"],
            personal: ["What state or country were you born in?"]),
        RealFiles.Expected(file: "google-forms-hotdog-sp25.csv", format: .googleForms, encoding: "utf-8",
            accounting: Accounting(rowsRead: 64, complete: 64, partial: 0, rejected: 0),
            items: ["Are you currently enrolled as an undergraduate or graduate student at the University of Virginia? [yes-no*]"],
            breakdowns: ["If you are an undergraduate, what is your current academic year?", "Gender: How do you identify?", "You preferred to self-describe for gender; please, share your identity below"],
            personal: ["What state or country were you born in?"]),
        RealFiles.Expected(file: "google-sheets-hotdog-sp24.xlsx", format: .googleForms, encoding: "xlsx",
            accounting: Accounting(rowsRead: 91, complete: 91, partial: 0, rejected: 0),
            items: ["Do you believe that a hotdog falls under the category of a sandwich? [yes-no*]"],
            breakdowns: ["Are you currently enrolled as an undergraduate or graduate student at the University of Virginia?", "If you are an undergraduate, what is your current academic year?"],
            personal: ["What state or country were you born in?"]),
        RealFiles.Expected(file: "google-sheets-hotdog-fa25.xlsx", format: .googleForms, encoding: "xlsx",
            accounting: Accounting(rowsRead: 207, complete: 207, partial: 0, rejected: 0),
            items: ["Is hotdog a sandwich? [yes-no*]"],
            breakdowns: ["What year are you in?"],
            personal: []),
        RealFiles.Expected(file: "limesurvey-codes-name-face.csv", format: .limesurvey, encoding: "utf-8",
            accounting: Accounting(rowsRead: 65, complete: 62, partial: 3, rejected: 0),
            items: ["Eindvraag [yes-no-nl*]"],
            breakdowns: ["Geslacht", "opleiding", "opleiding[other]", "vr1004", "vr1005", "vr1006", "vr1007", "vr1008", "vr1009", "vr1010", "vr1011", "vr1012", "vr1013", "vr1014", "vr1015", "vr1016", "vr1017", "vr1018"],
            personal: []),
        RealFiles.Expected(file: "qualcoder-survey456.csv", format: .csv, encoding: "utf-8",
            accounting: Accounting(rowsRead: 3, complete: 3, partial: 0, rejected: 0),
            items: [],
            breakdowns: ["Age", "Gender", "Interest"],
            personal: []),
        RealFiles.Expected(file: "qualcoder-survey789.xlsx", format: .csv, encoding: "xlsx",
            accounting: Accounting(rowsRead: 3, complete: 3, partial: 0, rejected: 0),
            items: [],
            breakdowns: ["Age", "Gender", "Interest"],
            personal: []),
        RealFiles.Expected(file: "excel-coded-comments.xlsx", format: .csv, encoding: "xlsx",
            accounting: Accounting(rowsRead: 5, complete: 5, partial: 0, rejected: 0),
            items: [],
            breakdowns: ["varname", "Category 1: Fruit are good", "Category 2: There should be more fruit.", "Category 3: Fruit should be replaced by vegetables"],
            personal: []),
        RealFiles.Expected(file: "calamine-merged-range.xlsx", format: .csv, encoding: "xlsx",
            accounting: Accounting(rowsRead: 2, complete: 2, partial: 0, rejected: 0),
            items: [],
            breakdowns: ["A1", "B1", "C1", "C1 (2)", "E1", "F1", "G1", "H1"],
            personal: []),
        RealFiles.Expected(file: "odk-transportation", format: .odkXML, encoding: "utf-8",
            accounting: Accounting(rowsRead: 4, complete: 3, partial: 0, rejected: 1),
            items: [],
            breakdowns: ["transport/available_transportation_types_to_referral_facility", "transport/loop_over_transport_types_frequency/ambulance/frequency_to_referral_facility", "transport/loop_over_transport_types_frequency/bicycle/frequency_to_referral_facility", "image1", "transport/available_transportation_types_to_referral_facility_other", "transport/loop_over_transport_types_frequency/taxi/frequency_to_referral_facility", "transport/loop_over_transport_types_frequency/other/frequency_to_referral_facility"],
            personal: []),
    ]

    @Test("each real export: layout, encoding, records, items and breakdowns", arguments: expected)
    func export(_ expected: RealFiles.Expected) throws {
        let inspection = try RealFiles.inspect(expected.file)
        #expect(inspection.format == expected.format)
        #expect(inspection.encoding == expected.encoding)
        #expect(RealFiles.items(inspection) == expected.items)
        #expect(inspection.columns(.attribute).map(\.name) == expected.breakdowns)
        #expect(inspection.personalColumns.map(\.name) == expected.personal)
        let dataset = try RealFiles.load(expected.file)
        #expect(dataset.accounting == expected.accounting)
    }
}
