import EvidentModel
import Testing

@testable import EvidentImport

/// Dates as each layout writes them; columns whose day and month could be swapped are flagged
/// and read by `--date-order` (day-first by default).
@Suite("Inference: dates and their order")
struct DateRecogniserTests {
    @Test("each layout's date form is a date", arguments: [
        "2017-07-18 08:28:09", "2016/10/30 3:08:44 PM GMT+1", "7/27/26 19:06:23", "11/01/2016 03:24:22 PM", "9/11/2022 17:54",
        "2017-03-02T10:14:00.000+00:00", "28.02.2017", "03/04/2016",
    ])
    func dates(value: String) {
        #expect(DateRecogniser.parts(value) != nil)
    }

    @Test("not dates", arguments: ["14-15", "1.5", "2016", "07700 900123", "13/13/2016", "1/2/3/4", "3 of 4", "R_2YPOQ602ER1jkf1"])
    func notDates(value: String) {
        #expect(DateRecogniser.parts(value) == nil)
    }

    @Test("a value above 12 proves the order; none makes the column ambiguous, read by --date-order")
    func order() throws {
        let dayFirst = try #require(DateRecogniser.read(["03/04/2016", "28/04/2016"], order: .mdy))
        #expect(dayFirst.order == .dayFirst)
        #expect(dayFirst.evidence == "28/04/2016")
        #expect(dayFirst.earliest == "2016-04-03")
        let monthFirst = try #require(DateRecogniser.read(["10/28/2015 09:00:00 AM", "11/01/2015 10:00:00 AM"], order: .dmy))
        #expect(monthFirst.order == .monthFirst)
        #expect(monthFirst.latest == "2015-11-01")
        let ambiguous = try #require(DateRecogniser.read(["03/04/2016", "05/06/2016"], order: .dmy))
        #expect(ambiguous.isAmbiguous)
        #expect(ambiguous.readAs == .dayFirst)
        #expect([ambiguous.earliest, ambiguous.latest] == ["2016-04-03", "2016-06-05"])
        let american = try #require(DateRecogniser.read(["03/04/2016", "05/06/2016"], order: .mdy))
        #expect(american.readAs == .monthFirst)
        #expect([american.earliest, american.latest] == ["2016-03-04", "2016-05-06"])
        #expect(DateRecogniser.read(["13/01/2016", "01/13/2016"], order: .dmy)?.order == .mixed)
        #expect(DateRecogniser.read(["2016-10-30 10:00", "2016-11-02"], order: .mdy)?.order == .yearFirst)
    }

    @Test("a column is dates when 90% of its values are")
    func share() {
        let values = Array(repeating: "2016-10-30", count: 9) + ["n/a"]
        #expect(DateRecogniser.read(values, order: .dmy) != nil)
        #expect(DateRecogniser.read(values + ["soon"], order: .dmy) == nil)
    }

    @Test("inspect flags an ambiguous column with the exact note, and says which flag changes it")
    func notes() throws {
        let inspection = try ExportInspector.inspect(InferenceFixtures.path("plain-feedback.csv"))
        #expect(inspection.notes == [
            "'Date of first visit': ambiguous dates (day and month are 12 or less in every value), read day-first; use --date-order mdy if they are month-first",
        ])
        let american = try ExportInspector.inspect(InferenceFixtures.path("plain-feedback.csv"), dateOrder: .mdy)
        #expect(american.notes == [
            "'Date of first visit': ambiguous dates (day and month are 12 or less in every value), read month-first; use --date-order dmy if they are day-first",
        ])
        #expect(american.ambiguousDates.first?.dates?.earliest == "2016-05-11")
    }
}
