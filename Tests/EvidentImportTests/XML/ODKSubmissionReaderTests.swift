import EvidentFormats
import EvidentModel
import Foundation
import Testing

@testable import EvidentImport

@Suite("odk-xml: submissions by element path, repeats, wrappers and folders")
struct ODKSubmissionReaderTests {
    static func load(
        _ name: String, attributes: [String] = [], items: [ItemSpec]? = nil, freeText: [String]? = nil, path: String? = nil
    ) throws -> Dataset {
        let spec = DatasetSpec(
            id: "kobo", kind: .serviceUserFeedback, path: path ?? XMLFixture.path(name), format: .odkXML,
            attributes: attributes, items: items, freeText: freeText, declaredAt: XMLFixture.manifest
        )
        return try XMLDatasetLoader.load(spec, scales: XMLFixture.scales)
    }

    static let gotHelp = [ItemSpec(column: "got_help", id: "got-help", scale: "yes-partly-no")]

    @Test("the real ODK Collect submission reads: meta/instanceID names it, fields by group path or name alone",
          .enabled(if: FixturePaths.realExists("odk-instance-transportation.xml")))
    func realSubmission() throws {
        let dataset = try Self.load(
            "", attributes: ["transport/available_transportation_types_to_referral_facility", "ambulance"], items: [], freeText: [],
            path: FixturePaths.real("odk-instance-transportation.xml")
        )
        #expect(dataset.format == .odkXML)
        #expect(dataset.accounting == Accounting(rowsRead: 1, complete: 1, partial: 0, rejected: 0))
        #expect(dataset.respondents.map(\.id) == ["uuid:5b2cc313-fc09-437e-8149-fcd32f695d41"])
        #expect(dataset.respondents.map(\.line) == [1])
        #expect(dataset.respondents.map(\.attributes) == [["none", ""]])
        #expect(dataset.rejections.isEmpty)
    }

    @Test("orx:-namespaced meta, repeat groups indexed, space-separated multi-select kept as text")
    func repeatsAndNamespaces() throws {
        let dataset = try Self.load(
            "odk-repeat.xml", attributes: ["service", "children/child[1]/name", "children/child[2]/age", "topics"],
            items: Self.gotHelp, freeText: ["difference"]
        )
        #expect(dataset.respondents.map(\.id) == ["uuid:6f1c2c0e-0b7e-4f43-9a51-1d2f3e4a5b61"])
        #expect(dataset.respondents[0].attributes == ["Family Support", "Amy", "4", "routines school_attendance"])
        #expect(dataset.respondents[0].values == [.valid(3)])
        #expect(dataset.respondents[0].answers == ["We have a routine now & the kids get to school."])
        #expect(dataset.respondents[0].line == 2)
    }

    @Test("without a manifest list, items and free text are inferred from the form's fields, never from metadata")
    func inference() throws {
        let dataset = try Self.load("odk-repeat.xml", attributes: ["service"])
        #expect(dataset.items.map(\.column) == ["got_help"])
        #expect(dataset.questions.map(\.id) == ["difference", "topics"])
        #expect(dataset.diagnostics.map(\.description) == [
            "note: no items listed in the manifest; inferred 1: 'got_help' (yes-partly-no) --> \(XMLFixture.shown("odk-repeat.xml"))",
            "note: no free_text listed in the manifest; inferred 2: 'difference', 'topics' --> \(XMLFixture.shown("odk-repeat.xml"))",
        ])
    }

    @Test("many submissions under a wrapper: one record each, a repeat indexed in every record, a repeated instanceID rejected")
    func wrapper() throws {
        let dataset = try Self.load(
            "odk-wrapper.xml", attributes: ["service", "children/child[1]/name", "children/child[2]/name"],
            items: Self.gotHelp, freeText: ["difference"]
        )
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 0, rejected: 1))
        #expect(dataset.accounting.rowsRead == (try XMLFixture.countStartTags("data", inFile: XMLFixture.path("odk-wrapper.xml"))))
        #expect(dataset.respondents.map(\.line) == [3, 10])
        #expect(dataset.respondents.map(\.attributes) == [["Family Support", "Cara", ""], ["Parenting", "Dev", "Ela"]])
        #expect(dataset.rejections == [Rejection(
            kind: .record, dataset: "kobo", location: SourceLocation(file: XMLFixture.shown("odk-wrapper.xml"), line: 17),
            respondent: "uuid:22222222-2222-4222-8222-222222222222",
            reason: "record repeats respondent id 'uuid:22222222-2222-4222-8222-222222222222' of an earlier record"
        )])
    }

    /// ODK Collect gives an edited submission a new instanceID and names the one it replaces in
    /// `meta/deprecatedID`; an export holding both must count the edit only.
    @Test("a submission replaced by an edited one (meta/deprecatedID) is rejected, naming the edit; the edit is read")
    func editedSubmission() throws {
        let dataset = try Self.load("odk-edited.xml", attributes: ["service"], items: Self.gotHelp, freeText: ["difference"])
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 0, rejected: 1))
        #expect(dataset.respondents.map(\.id) == [
            "uuid:cccccccc-3333-4333-8333-333333333333", "uuid:bbbbbbbb-2222-4222-8222-222222222222",
        ])
        #expect(dataset.respondents.last?.answers == ["Someone finally listened, corrected after the visit."])
        #expect(dataset.rejections == [Rejection(
            kind: .record, dataset: "kobo", location: SourceLocation(file: XMLFixture.shown("odk-edited.xml"), line: 3),
            respondent: "uuid:aaaaaaaa-1111-4111-8111-111111111111",
            reason: "record was replaced by the edited submission 'uuid:bbbbbbbb-2222-4222-8222-222222222222'"
        )])
    }

    @Test("a folder of submissions, subfolders included: each keeps its own file and line; a broken file is one rejected record")
    func folder() throws {
        let dataset = try Self.load("odk-folder", attributes: ["service"], items: Self.gotHelp, freeText: ["difference"])
        let folder = XMLFixture.shown("odk-folder")
        #expect(dataset.file == folder)
        #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 1, partial: 1, rejected: 1))
        #expect(dataset.accounting.isBalanced)
        #expect(dataset.respondents.map(\.id) == ["uuid:aaaaaaaa-0000-4000-8000-000000000001", "uuid:bbbbbbbb-0000-4000-8000-000000000002"])
        #expect(dataset.rejections == [
            Rejection(
                kind: .record, dataset: "kobo", location: SourceLocation(file: folder + "/c-broken.xml", line: 6, column: 1),
                reason: "record could not be read: Premature end of data in tag difference line 5"
            ),
            Rejection(
                kind: .invalidValue, dataset: "kobo", location: SourceLocation(file: folder + "/instances/b/b.xml", line: 2),
                respondent: "uuid:bbbbbbbb-0000-4000-8000-000000000002", column: "got_help", value: "Maybe",
                reason: "'Maybe' is not on scale yes-partly-no"
            ),
        ])
        var listing = ""
        for name in ["a.xml", "c-broken.xml", "instances/b/b.xml"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: XMLFixture.path("odk-folder/" + name))))
            listing += "\(SHA256.hex(of: bytes))  \(name)\n"
        }
        #expect(dataset.sha256 == SHA256.hex(of: Array(listing.utf8)))
    }

    /// Issue 14, defect 8: a submission of another form in the folder was counted as a partial
    /// respondent of this one (3 read: 2 complete, 1 partial).
    @Test("a submission of another form in the folder is rejected, naming both forms; its fields are never inferred as questions")
    func otherForm() throws {
        let folder = XMLFixture.shown("odk-forms")
        for inferred in [false, true] {
            let dataset = inferred
                ? try Self.load("odk-forms", attributes: ["service"])
                : try Self.load("odk-forms", attributes: ["service"], items: Self.gotHelp, freeText: ["difference"])
            #expect(dataset.accounting == Accounting(rowsRead: 3, complete: 2, partial: 0, rejected: 1))
            #expect(dataset.respondents.map(\.id) == ["uuid:aaaaaaaa-0000-4000-8000-00000000000a", "uuid:bbbbbbbb-0000-4000-8000-00000000000b"])
            #expect(dataset.items.map(\.column) == ["got_help"])
            #expect(dataset.questions.map(\.id) == ["difference"])
            #expect(dataset.rejections == [Rejection(
                kind: .record, dataset: "kobo", location: SourceLocation(file: folder + "/c.xml", line: 2),
                respondent: "uuid:cccccccc-0000-4000-8000-00000000000c",
                reason: "record is a submission of form 'staff_caseload'; the data set's form is 'parent_feedback' (2 submissions)"
            )])
            #expect(dataset.diagnostics.map(\.description).contains(
                "warning: 1 submission answers another form ('staff_caseload') than the data set's 'parent_feedback'; it is rejected --> \(folder)"))
        }
    }

    @Test("a single malformed file stops the data set with libxml2's message")
    func malformedFile() throws {
        let error = #expect(throws: InputError.self) {
            try Self.load("odk-folder/c-broken.xml", items: [], freeText: [])
        }
        #expect(error?.description == "error: Premature end of data in tag difference line 5 --> \(XMLFixture.shown("odk-folder/c-broken.xml")):6:1")
    }

    @Test("a column the manifest names that no submission has is an error naming the closest paths")
    func missingColumn() throws {
        #expect(throws: InputError(
            "attribute 'servise' names column 'servise', which is not in \(XMLFixture.shown("odk-repeat.xml"))", at: XMLFixture.manifest,
            help: "closest columns: 'service', 'topics', 'difference'"
        )) {
            try Self.load("odk-repeat.xml", attributes: ["servise"], items: [], freeText: [])
        }
    }
}
