import EvidentFormats
import EvidentImport
import EvidentModel
import Foundation
import Testing
@testable import EvidentApplication
@testable import EvidentExchange

@Suite("Codebooks out: YAML, QDC and CSV, and back")
struct CodebookWriterTests {
    /// What `path` holds, read by the matching reader, without source locations.
    static func read(_ text: String, as name: String) throws -> Codebook {
        let folder = try ExchangeSupport.temporaryDirectory()
        try ExchangeSupport.write(text, to: folder + "/" + name)
        return ExchangeSupport.withoutLocations(try CodebookFiles.read(path: folder + "/" + name).codebook)
    }

    @Test("YAML → YAML: the sample codebook and one full of values YAML would misread come back identical")
    func yaml() throws {
        let sample = ExchangeSupport.withoutLocations(try CodebookReader.read(path: ExchangeSupport.sampleCodebook))
        for codebook in [sample, ExchangeSupport.awkward] {
            let text = CodebookYAMLWriter.render(codebook)
            #expect(try Self.read(text, as: "out.yaml") == codebook)
        }
    }

    @Test("scalars: plain when safe, quoted otherwise", arguments: [
        ("Housing", "Housing"), ("mum's anxi*", "mum's anxi*"), ("Yes", "\"Yes\""), ("no", "\"no\""), ("null", "\"null\""),
        ("~", "\"~\""), ("2016.1", "\"2016.1\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""), ("- x", "\"- x\""),
        ("line\nbreak", "\"line\\nbreak\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("end ", "\"end \""), ("", "\"\""),
        ("bell\u{07}", "\"bell\\u0007\""),
    ])
    func scalars(text: String, rendered: String) {
        #expect(YAMLScalar.render(text) == rendered)
    }

    @Test("YAML → QDC → YAML loses nothing: patterns, exclusions, negation, scope, guidance, examples, options")
    func qdcRoundTrip() throws {
        let sample = ExchangeSupport.withoutLocations(try CodebookReader.read(path: ExchangeSupport.sampleCodebook))
        for codebook in [sample, ExchangeSupport.awkward] {
            let qdc = QDCWriter.render(codebook)
            #expect(try Self.read(qdc, as: "out.qdc") == codebook)
        }
    }

    @Test("the same codebook always gets the same GUIDs: uuid5 of the codebook name and code id")
    func stableGUIDs() throws {
        let codebook = try CodebookReader.read(path: ExchangeSupport.sampleCodebook)
        let qdc = QDCWriter.render(codebook)
        #expect(qdc == QDCWriter.render(codebook))
        // Python: uuid.uuid5(uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "urn:evident:qda"),
        //   "codebook:Early Help evaluation codebook"), "code:barriers")
        #expect(qdc.contains(#"<Code guid="50bd94c1-82de-5a08-b83c-c369da9e4ea2" name="Barriers to families making progress" isCodable="true">"#))
    }

    @Test("written QDC validates against the REFI-QDA codebook schema",
          .enabled(if: ExchangeSupport.xmllint != nil, "xmllint is not installed (Debian package libxml2-utils)"))
    func qdcSchema() throws {
        let folder = try ExchangeSupport.temporaryDirectory()
        try ExchangeSupport.write(CodebookSchema.xsd, to: folder + "/Codebook.xsd")
        for codebook in [try CodebookReader.read(path: ExchangeSupport.sampleCodebook), ExchangeSupport.awkward] {
            try ExchangeSupport.write(QDCWriter.render(codebook), to: folder + "/out.qdc")
            let result = try ExchangeSupport.validate(folder + "/out.qdc", schema: folder + "/Codebook.xsd")
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("YAML → CSV → YAML keeps every code (the flat form has no place for the name or options)")
    func csvRoundTrip() throws {
        let sample = ExchangeSupport.withoutLocations(try CodebookReader.read(path: ExchangeSupport.sampleCodebook))
        let back = try Self.read(CodebookCSVWriter.render(sample), as: "early.csv")
        #expect(back.themes == sample.themes)
        #expect(back.name == "early")
    }

    @Test("the NVivo project converts to a YAML codebook with the same hierarchy, which reads back identically",
          .enabled(if: ExchangeSupport.realExists("nvivo-mac15-export.qdpx")))
    func nvivoToYAML() throws {
        let folder = try ExchangeSupport.temporaryDirectory()
        let outcome = try CodebookConvert.convert(input: ExchangeSupport.real("nvivo-mac15-export.qdpx"), output: folder + "/nvivo.yaml")
        #expect(outcome.codes == 262)
        let fromProject = ExchangeSupport.withoutLocations(try CodebookFiles.read(path: ExchangeSupport.real("nvivo-mac15-export.qdpx")).codebook)
        let fromYAML = ExchangeSupport.withoutLocations(try CodebookReader.read(path: folder + "/nvivo.yaml"))
        #expect(fromYAML == fromProject)
        #expect(fromYAML.themes.map(\.label) == ["rq1_definition", "rq2_curriculum_and_instruction", "rq3_process"])
        #expect(fromYAML.themes[0].codes.map(\.label) == [
            "competencies", "concepts", "defining_education", "framings", "importance_of_defining_cs", "practices", "rationales",
        ])
    }

    @Test("convert refuses an output it cannot tell the format of")
    func convertUnknownFormat() throws {
        do {
            _ = try CodebookConvert.convert(input: ExchangeSupport.sampleCodebook, output: "/tmp/codebook.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                error: cannot tell what to write from the output's name --> /tmp/codebook.txt
                  help: name it .yaml, .yml, .csv, .qdc or .qdpx
                """)
        }
    }
}
