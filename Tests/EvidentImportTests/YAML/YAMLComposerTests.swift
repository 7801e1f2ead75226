import EvidentModel
import Testing
@testable import EvidentImport

@Suite("YAMLComposer: YAML read once, aliases within a budget, every repeated key in one pass")
struct YAMLComposerTests {
    /// A "billion laughs" codebook: each level's code holds ten aliases of the level below, so
    /// the codes under `themes` stand for 10^levels codes. 539 bytes at 5 levels; before the
    /// composer, `codebook lint` walked all of them (24 s and 180 MB at 5 levels, over 100 s and
    /// 1.1 GB at 6).
    static func bomb(levels: Int) -> String {
        var lines = ["codebook:\n  name: bomb", "x0: &c0 {id: a, label: A, patterns: [lol]}"]
        for level in 1...levels {
            let aliases = Array(repeating: "*c\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("x\(level): &c\(level) {id: a, label: A, codes: [\(aliases)]}")
        }
        lines.append("themes:\n  - id: t\n    label: T\n    codes: [*c\(levels)]")
        return lines.joined(separator: "\n") + "\n"
    }

    static let bombError = "error: YAML aliases expand to more than 10000 nodes, the limit (an alias bomb) --> x.yaml:7:"

    @Test("an alias bomb is one error, in lint, the strict codebook reader and the manifest reader (defect 3)")
    func aliasBomb() throws {
        let text = Self.bomb(levels: 6)
        let lint = LenientCodebookReader.parse(text, file: "x.yaml")
        #expect(lint.problems.count == 1)
        #expect(lint.problems.first?.headline.hasPrefix(Self.bombError) == true)
        #expect(lint.codebook.allCodes.isEmpty)
        #expect(performing: { _ = try CodebookReader.parse(text, file: "x.yaml") }, throws: { error in
            (error as? InputError)?.headline.hasPrefix(Self.bombError) == true
        })
        #expect(performing: { _ = try ManifestReader.parse(text, file: "x.yaml", directory: ".") }, throws: { error in
            (error as? InputError)?.headline.hasPrefix(Self.bombError) == true
        })
    }

    @Test("aliases within the budget are expanded: a shared list of patterns reads as written out")
    func smallAliases() throws {
        let text = """
            codebook: {name: T}
            themes:
              - id: a
                label: A
                patterns: &shared [lonely, isolat*]
              - id: b
                label: B
                patterns: *shared
            """
        let codebook = try CodebookReader.parse(text, file: "x.yaml")
        #expect(codebook.allCodes.map { $0.code.patterns.map(\.text) } == [["lonely", "isolat*"], ["lonely", "isolat*"]])
    }

    @Test("101 repeated keys are 101 errors from one read; the first of each key is the one read (defect 3)")
    func repeatedKeys() {
        var text = "codebook: {name: T}\nthemes:\n  - id: a\n    label: First\n"
        for index in 0..<101 { text += "    label: Again \(index)\n" }
        let lint = LenientCodebookReader.parse(text, file: "x.yaml")
        #expect(lint.problems.count == 101)
        #expect(lint.problems.first?.headline == "error: key 'label' appears twice in one mapping (first at line 4) --> x.yaml:5:5")
        #expect(lint.problems.last?.headline == "error: key 'label' appears twice in one mapping (first at line 4) --> x.yaml:105:5")
        #expect(lint.codebook.allCodes.first?.code.label == "First")
        #expect(throws: InputError("key 'label' appears twice in one mapping (first at line 4)",
                                   at: SourceLocation(file: "x.yaml", line: 5, column: 5), help: "keep one of them")) {
            _ = try CodebookReader.parse(text, file: "x.yaml")
        }
    }

    @Test("syntax errors carry line and column in the --> location; a control character is named, never echoed (defects 6, 9)",
          arguments: [
            ("codebook:\n  name: \"x\u{1B}]0;TITLE\u{07}\u{1B}[2J\"\n",
             "error: invalid YAML: control characters are not allowed (U+001B) --> x.yaml:2:11"),
            ("codebook:\n\tname: x\n",
             "error: invalid YAML: while scanning for the next token: found character that cannot start any token --> x.yaml:2:1"),
            ("codebook:\n  themes: [a, b\n  other: x\n",
             "error: invalid YAML: while parsing a flow sequence: did not find expected ',' or ']' --> x.yaml:3:8"),
            ("a: *nowhere\n", "error: invalid YAML: found undefined alias 'nowhere' --> x.yaml:1:4"),
            ("a: 1\n---\nb: 2\n", "error: invalid YAML: the file holds more than one document --> x.yaml:2:1"),
            (String(repeating: "[", count: 300), "error: the YAML is nested deeper than 256 levels --> x.yaml:1:257"),
          ])
    func syntaxErrors(text: String, expected: String) {
        #expect(performing: { _ = try YAMLComposer.compose(text, file: "x.yaml") }, throws: { error in
            (error as? InputError)?.headline == expected
        })
        #expect(LenientCodebookReader.parse(text, file: "x.yaml").problems.map(\.headline) == [expected])
    }

    @Test("scalars stay text with their style; marks are 1-based, columns in Unicode scalars")
    func nodes() throws {
        let document = try YAMLComposer.compose("é: 'Yes'\nlist: [No, \"on\"]\n", file: "x.yaml")
        let pairs = try #require(document.root?.mapping)
        #expect(pairs.map { $0.key.scalar?.string } == ["é", "list"])
        #expect(pairs[0].value.scalar?.style == .singleQuoted)
        #expect(pairs[0].value.mark == YAMLNode.Mark(line: 1, column: 4))
        #expect(pairs[1].value.sequence?.map { $0.scalar?.string } == ["No", "on"])
        #expect(try YAMLComposer.compose("", file: "x.yaml").root == nil)
    }
}
