import EvidentModel
import Testing
@testable import EvidentImport

@Suite("REFI-QDA projects in")
struct QDPXReaderTests {
    @Test("NVivo for Mac 15: users, codebook, two text sources with their text, no codings",
          .enabled(if: FixturePaths.realExists("nvivo-mac15-export.qdpx")))
    func nvivo() throws {
        let project = try QDPXReader.read(path: FixturePaths.real("nvivo-mac15-export.qdpx"))
        #expect(project.name == "qc project")
        #expect(project.origin == "NVivo for Mac 15.0.0")
        #expect(project.users == [
            QDAUser(guid: "1b0b1791-be46-4557-9957-7333544cfaf2", name: "chrisp", id: "CP"),
            QDAUser(guid: "39633935-3331-3962-6632-373436373264", name: "cp", id: "C"),
        ])
        #expect(project.codebook?.codebook.allCodes.count == 262)
        #expect(project.sources.map(\.name) == ["66653866-6334-3535-3435-366637306566", "33663939-3636-3632-3038-613431643463"])
        #expect(project.sources.map(\.text) == ["\n", "\n"])
        #expect(project.sources.allSatisfy { $0.selections.isEmpty })
        #expect(project.warnings.isEmpty)
        #expect(project.coderName(forUser: "1B0B1791-BE46-4557-9957-7333544CFAF2") == "chrisp")
    }

    // Counts and the first selection checked with Python's ElementTree on the same file.
    @Test("qc 1.3.2: 158 coded selections, 205 codings, a bare plainTextPath accepted with a warning",
          .enabled(if: FixturePaths.realExists("qc-coded-project.qdpx")))
    func qc() throws {
        let path = FixturePaths.real("qc-coded-project.qdpx")
        let project = try QDPXReader.read(path: path)
        #expect(project.origin == "qc 1.3.2")
        #expect(project.sources.map(\.name) == ["board_2017.txt", "admin-1.txt"])
        #expect(project.sources.map { $0.selections.count } == [158, 0])
        #expect(project.sources.flatMap(\.selections).reduce(0) { $0 + $1.codings.count } == 205)
        let board = try #require(project.sources.first)
        #expect(board.text?.unicodeScalars.count == 52_543)
        let first = try #require(board.selections.first)
        #expect([first.start, first.end] == [320, 400])
        #expect(first.codings.first?.codeGUID == "37613432-3130-6635-3839-613934656566")
        #expect(project.codebook?.codeID(forGUID: first.codings[0].codeGUID) == "fun")
        #expect(project.coderName(forUser: first.codings[0].creatingUser) == "cp")
        let file = FilePaths.display(path) + "/project.qde"
        #expect(project.warnings.map(\.description) == [
            "warning: plainTextPath \"board_2017.txt\" has no internal:// scheme (REFI-QDA requires one); read as sources/board_2017.txt --> \(file):1",
            "warning: plainTextPath \"admin-1.txt\" has no internal:// scheme (REFI-QDA requires one); read as sources/admin-1.txt --> \(file):1",
        ])
    }

    @Test("qc's codings do not belong to the study: every one is rejected with its line, none dropped, all of one cause",
          .enabled(if: FixturePaths.realExists("qc-coded-project.qdpx")))
    func qcAgainstAStudy() throws {
        let project = try QDPXReader.read(path: FixturePaths.real("qc-coded-project.qdpx"))
        let set = QDPXCodingMapper.codings(
            from: project, datasets: [ExchangeFixtures.dataset(answers: [("1", ["x", "y"])])], codebook: ExchangeFixtures.codebook
        )
        #expect(set.codings.isEmpty)
        #expect(set.rejected.count == 205)
        #expect(set.rejected[0].reason == "selection 320-400 of source 'board_2017.txt' is in no answer of the study's data sets")
        #expect(Set(set.rejected.compactMap(\.group)) == ["selections whose text is in no answer of the study's data sets"])
        #expect(set.rejected[0].location.line == 1)
    }

    @Test("not a zip, or a zip without project.qde: refused with the file named")
    func notAProject() throws {
        let directory = try TemporaryDirectory()
        let text = try directory.write("x.qdpx", "hello")
        do {
            _ = try QDPXReader.read(path: text)
            Issue.record("expected an error")
        } catch {
            #expect(error.headline == "error: not a REFI-QDA project: the file is not a zip archive --> \(FilePaths.display(text))")
        }
        let empty = try ExchangeFixtures.qdpx([("readme.txt", "hi")], in: directory)
        do {
            _ = try QDPXReader.read(path: empty)
            Issue.record("expected an error")
        } catch {
            #expect(error.headline == "error: not a REFI-QDA project: the archive holds no project.qde --> \(FilePaths.display(empty))")
        }
    }

    @Test("codings map to answers by source name and offsets, through the [id] headers, across a selection spanning two answers")
    func mapping() throws {
        let directory = try TemporaryDirectory()
        let dataset = ExchangeFixtures.dataset(answers: [("7", ["Housing 🏠 was bad", ""]), ("8", ["Money worries", "x"]), ("9", ["", "y"])])
        let layout = SurveySourceLayout(answers: dataset.respondents.map { ($0.id, $0.answers[0]) })
        #expect(layout.text == "[7] Housing 🏠 was bad\n\n[8] Money worries\n\n")
        let name = SurveySourceLayout.sourceName(dataset: "ds", number: 1, question: "What helped?")
        #expect(name == "ds Q1 What helped")
        let housing = StableGUID.code("housing", inCodebook: "Test").description
        let money = StableGUID.code("money", inCodebook: "Test").description
        let qde = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="p">
              <Users><User guid="00000000-0000-4000-8000-00000000000a" name="Ann"/></Users>
              <CodeBook><Codes>
                <Code guid="\(housing)" name="Housing" isCodable="true"/>
                <Code guid="\(money)" name="Money" isCodable="true"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000001" name="\(name)" plainTextPath="internal://s.txt">
                  <PlainTextSelection guid="00000000-0000-4000-8000-000000000002" startPosition="4" endPosition="11">
                    <Coding guid="00000000-0000-4000-8000-000000000003" creatingUser="00000000-0000-4000-8000-00000000000a"><CodeRef targetGUID="\(housing)"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="00000000-0000-4000-8000-000000000004" startPosition="14" endPosition="33">
                    <Coding guid="00000000-0000-4000-8000-000000000005" creatingUser="00000000-0000-4000-8000-00000000000a"><CodeRef targetGUID="\(money)"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="00000000-0000-4000-8000-000000000006" startPosition="1" endPosition="2">
                    <Coding guid="00000000-0000-4000-8000-000000000007"><CodeRef targetGUID="00000000-0000-4000-8000-0000000000ff"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>
            """
        let path = try ExchangeFixtures.qdpx([("project.qde", qde), ("sources/s.txt", layout.text)], in: directory)
        let project = try QDPXReader.read(path: path)
        let set = QDPXCodingMapper.codings(from: project, datasets: [dataset], codebook: ExchangeFixtures.codebook)
        #expect(set.codings.map { "\($0.respondent) \($0.codeID) \($0.start ?? -1)-\($0.end ?? -1) \($0.coder)" } == [
            "7 housing 0-7 Ann", "7 money 10-17 Ann", "8 money 0-6 Ann",
        ])
        #expect(set.rejected.map(\.reason) == ["coding refers to code GUID 00000000-0000-4000-8000-0000000000ff, which the project's codebook does not have"])
        #expect(set.rejected.map(\.location.line) == [17])
    }

    @Test("codings in transcript sources map to participants' turns: by name or text, interviewer-only selections rejected, LF for CRLF mapped back")
    func transcripts() throws {
        typealias T = TranscriptSourceLayoutTests
        let dataset = try T.load([("NM-P01.txt", T.interview), ("fg.txt", T.focusGroup)])
        let collection = try #require(dataset.transcripts)
        let interview = try #require(collection.transcripts.first { $0.id == "NM-P01.txt" })
        let name = TranscriptSourceLayout(dataset: dataset.id, transcript: interview, collection: collection).name
        #expect(name == "parent-interviews Kristy (NM-P01.txt)")
        let housing = StableGUID.code("housing", inCodebook: "Test").description
        func selection(_ number: Int, _ start: Int, _ end: Int) -> String {
            """
            <PlainTextSelection guid="00000000-0000-4000-8000-0000000001\(number)0" startPosition="\(start)" endPosition="\(end)">
              <Coding guid="00000000-0000-4000-8000-0000000001\(number)1" creatingUser="00000000-0000-4000-8000-00000000000a"><CodeRef targetGUID="\(housing)"/></Coding>
            </PlainTextSelection>
            """
        }
        func project(_ sources: [(name: String, file: String, selections: [String])]) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="p">
              <Users><User guid="00000000-0000-4000-8000-00000000000a" name="Ann"/></Users>
              <CodeBook><Codes><Code guid="\(housing)" name="Housing" isCodable="true"/></Codes></CodeBook>
              <Sources>
            \(sources.enumerated().map { index, source in
                "<TextSource guid=\"00000000-0000-4000-8000-00000000020\(index)\" name=\"\(source.name)\" plainTextPath=\"internal://\(source.file)\">"
                    + source.selections.joined(separator: "\n") + "</TextSource>"
            }.joined(separator: "\n"))
              </Sources>
            </Project>
            """
        }
        let bev = try #require(T.offset(of: "Bev", in: interview.text))
        let question = try #require(T.offset(of: "Ça va", in: interview.text))
        let group = try #require(collection.transcripts.first { $0.id == "fg.txt" })
        let directory = try TemporaryDirectory()
        let qde = project([
            (name, "a.txt", [selection(1, bev, bev + 3), selection(2, question, question + 5)]),
            ("renamed in the QDA tool", "b.txt", [selection(3, 0, group.text.unicodeScalars.count)]),
        ])
        let path = try ExchangeFixtures.qdpx([("project.qde", qde), ("sources/a.txt", interview.text), ("sources/b.txt", group.text)], in: directory)
        let set = QDPXCodingMapper.codings(from: try QDPXReader.read(path: path), datasets: [dataset], codebook: ExchangeFixtures.codebook)
        #expect(set.codings.map { "\($0.dataset) \($0.respondent) \($0.question) \($0.start ?? -1)-\($0.end ?? -1) \($0.codeID) \($0.coder)" } == [
            "parent-interviews NM-P01 turn-2 51-54 housing Ann",
            "parent-interviews NM-P01 turn-6 0-9 housing Ann", "parent-interviews NM-P02 turn-3 0-8 housing Ann",
        ])
        #expect(set.rejected.map(\.reason) == [
            "selection \(question)-\(question + 5) of source '\(name)' holds no participant's words (interviewers' turns and the transcript's header are not coded)",
        ])
        #expect(set.warnings.isEmpty)

        // A tool that saved the transcript with LF line ends: the same words, the same turn offsets.
        let lf = T.replacing("\r\n", with: "\n", in: interview.text)
        let lfBev = try #require(T.offset(of: "Bev", in: lf))
        #expect(lfBev == bev - 6)
        let edited = T.replacing("Good.", with: "Good!", in: lf)
        let second = try ExchangeFixtures.qdpx([
            ("project.qde", project([(name, "a.txt", [selection(1, lfBev, lfBev + 3)]), (name, "c.txt", [selection(2, lfBev, lfBev + 3)])])),
            ("sources/a.txt", lf), ("sources/c.txt", edited),
        ], in: directory)
        let shifted = QDPXCodingMapper.codings(from: try QDPXReader.read(path: second), datasets: [dataset], codebook: ExchangeFixtures.codebook)
        // An edited text is read as it is: six scalars early, from the blank line before "And" to its "A".
        #expect(shifted.codings.map { "\($0.question) \($0.start ?? -1)-\($0.end ?? -1)" } == ["turn-2 51-54", "turn-2 47-48"])
        #expect(shifted.warnings.map(\.message) == [
            "source '\(name)' has LF line ends where transcript NM-P01.txt has CRLF; its offsets were mapped back",
            "source '\(name)' is not the text of transcript NM-P01.txt as loaded; its selections were read at their offsets in the transcript and may be shifted",
        ])
    }

    @Test("a zip bomb, overlapping entries or a second project.qde in any case are refused before inflating, and no temporary file is made (defects 1, 7)")
    func hostileArchives() throws {
        let directory = try TemporaryDirectory()
        let project = "<Project name=\"p\"><CodeBook><Codes/></CodeBook></Project>"
        // Six entries of 900 MiB each over one packed stream, as in the issue.
        var bomb = ZipBuilder()
        bomb.parts.append(.init(name: "project.qde", data: [UInt8](repeating: 0x20, count: 1 << 20), declaredSize: 900 << 20))
        for index in 1..<6 { bomb.parts.append(.init(name: "sources/\(index).txt", data: [], declaredSize: 900 << 20, sharing: 0)) }
        var twice = ZipBuilder()
        twice.add("project.qde", project)
        twice.add("Project.QDE", project)
        var overlapping = ZipBuilder()
        overlapping.add("project.qde", project)
        overlapping.parts.append(.init(name: "sources/a.txt", data: [], sharing: 0))
        let before = try TemporaryDirectory.systemFiles(prefix: "evident-qdpx-")
        for (name, builder, message) in [
            ("bomb.qdpx", bomb, "project.qde unpacks to 912687 times its packed size, more than the limit of 200 to 1 (a zip bomb)"),
            ("twice.qdpx", twice, "the zip archive holds both project.qde and Project.QDE, one name in two spellings; tools disagree on which one counts (duplicate entries)"),
            ("overlap.qdpx", overlapping, "entries project.qde and sources/a.txt share packed bytes (overlapping entries, a zip bomb)"),
        ] {
            let path = try directory.write(name, bytes: builder.bytes())
            #expect(throws: InputError(message, at: SourceLocation(file: FilePaths.display(path)), help: ZipRefusal.checkFile)) {
                _ = try QDPXReader.read(path: path)
            }
            // As a codebook (codebook convert, lint, a manifest's codebook:) the refusal names
            // the same limit, not merely "a zip archive".
            #expect(throws: InputError(message, at: SourceLocation(file: FilePaths.display(path)), help: ZipRefusal.checkFile)) {
                _ = try CodebookFiles.read(path: path)
            }
        }
        let after = try TemporaryDirectory.systemFiles(prefix: "evident-qdpx-")
        #expect(after == before)
    }
}
