import EvidentModel
import Testing

@testable import EvidentImport

@Suite("Case outcomes")
struct CaseOutcomesLoaderTests {
    static let header = "Family ID,Opened,Closed,Closure reason,Social care during,Social care after,Re-referral date,Service"

    func load(_ rows: [String], asOf: String? = "2017-06-30", window: Int? = 365) throws -> Dataset {
        let dir = try TemporaryDirectory()
        let path = try dir.write("cases.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        var cases = CaseOutcomesSpec(
            caseColumn: "Family ID", openedColumn: "Opened", closedColumn: "Closed", closureColumn: "Closure reason",
            closureReasons: [.fully: ["Needs met"], .partly: ["Needs partly met"], .not: ["Needs not met"], .other: ["Moved away"]],
            stepUpDuringColumn: "Social care during", stepUpAfterColumn: "Social care after", reReferralColumn: "Re-referral date",
            reReferralWindowDays: window, asOf: asOf.flatMap(CalendarDates.isoDay)
        )
        cases.involvementMonths = [6]
        var spec = DatasetSpec(id: "cases", kind: .caseOutcomes, path: path, attributes: ["Service"], declaredAt: SourceLocation(file: "study.yaml", line: 5))
        spec.cases = cases
        return try DatasetLoader.load(spec, scales: [:])
    }

    @Test("closure, step-up, re-referral within the window and involvement are read per case")
    func reads() throws {
        let dataset = try load([
            "F1,01/02/2016,15/06/2016,Needs met,No,No,,FST",
            "F2,01/03/2016,01/06/2016,needs partly met,Yes,No,01/03/2017,FST",       // within 365 days
            "F3,01/03/2016,01/06/2016,Needs not met,No,Yes,02/06/2017,TYS",          // 366 days: outside
            "F4,01/01/2017,01/03/2017,Moved away,No,No,,TYS",                         // window not passed by as_of
            "F5,01/04/2017,,,No,,,TYS",                                               // still open
        ])
        #expect(dataset.accounting == Accounting(rowsRead: 5, complete: 5, partial: 0, rejected: 0))
        let set = try #require(dataset.caseOutcomes)
        let records = set.records
        #expect(records.map(\.needsMet) == [.fully, .partly, .not, .other, nil])
        #expect(records.map(\.stepUpDuring) == [false, true, false, false, false])
        #expect(records.map(\.stepUpAfter) == [false, false, true, false, nil])
        #expect(records.map(\.reReferred) == [false, true, false, nil, nil])
        #expect(records[0].involvementDays == 135)  // 29 days of February 2016, 92 to 1 June, 14
        #expect(records[4].involvementDays == nil)
        #expect(records.map(\.attributes) == [["FST"], ["FST"], ["TYS"], ["TYS"], ["TYS"]])
        #expect(set.reReferralWindowDays == 365)
        #expect(set.reReferralNotYetKnown == 1)
        #expect(dataset.diagnostics.contains { $0.message.hasPrefix("re-referral within 365 days of closure; 1 case(s) closed less than 365 days before 2017-06-30 (as_of)") })
    }

    @Test("repeated ids are rejected; unreadable values make a case partial and are listed with their column")
    func rules() throws {
        let dataset = try load([
            "F1,01/02/2016,15/08/2016,Needs met,No,No,,FST",
            "F1,01/02/2016,15/08/2016,Needs met,No,No,,FST",
            "F1,01/02/2016,15/09/2016,Needs met,No,No,,FST",
            ",01/02/2016,15/08/2016,Needs met,No,No,,FST",
            "F2,01/02/2016,15/01/2016,Sorted,Maybe,,,FST",
            "F3,01/02/2016,15/08/2016,Needs met,No,No,,FST,extra",
        ])
        #expect(dataset.accounting == Accounting(rowsRead: 6, complete: 1, partial: 1, rejected: 4))
        #expect(dataset.rejections.map { "\($0.location.line ?? 0) \($0.column ?? "-"): \($0.reason)" } == [
            "3 -: record repeats line 2 exactly (a duplicate)",
            "4 -: record repeats the case id of line 2: one record per case",
            "5 -: record has no case id",
            "6 Closed: closing date 2016-01-15 is before the opening date 2016-02-01",
            "6 Closure reason: 'Sorted' is in none of the needs_met lists",
            "6 Social care during: 'Maybe' is neither yes nor no",
            "7 -: record has 9 fields, header has 8",
        ])
    }

    @Test("without as_of the latest date in the file closes the window")
    func defaultAsOf() throws {
        let dataset = try load([
            "F1,01/02/2016,15/08/2016,Needs met,No,No,,FST",
            "F2,01/02/2016,01/03/2017,Needs met,No,No,,FST",
        ], asOf: nil, window: 180)
        let set = try #require(dataset.caseOutcomes)
        #expect(set.asOf?.description == "2017-03-01")
        #expect(set.records.map(\.reReferred) == [false, nil])
    }

    @Test("a yes/no re-referral column is read as given")
    func flagReReferral() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("cases.csv", "ID,Re-referred\nA,Yes\nB,no\nC,\n")
        var spec = DatasetSpec(id: "cases", kind: .caseOutcomes, path: path, declaredAt: SourceLocation(file: "study.yaml"))
        spec.cases = CaseOutcomesSpec(caseColumn: "ID", reReferralColumn: "Re-referred")
        let dataset = try DatasetLoader.load(spec, scales: [:])
        #expect(dataset.caseOutcomes?.records.map(\.reReferred) == [true, false, nil])
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 1, rejected: 0))
    }
}
