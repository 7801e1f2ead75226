import Mustache
import Testing

@testable import EvidentReport

/// The templates render a wrapped value exactly as they render the value itself: every kind of
/// tag the shipped and council templates use, on every kind of value a model holds.
@Suite("Mustache values looked up once")
struct MustacheTreeTests {
    enum Tier: String {
        case summary, annex
    }

    enum Block {
        case heading(String)
        case table(Cell)
        case pair(Int, String)
        case maybe(Cell?)
        case rule
    }

    struct Money: CustomStringConvertible {
        var pence: Int
        var description: String { "£\(pence / 100).\(pence % 100 < 10 ? "0" : "")\(pence % 100)" }
    }

    final class Note {
        let text: String
        init(_ text: String) { self.text = text }
    }

    struct Cell {
        var text: String
        var isNumber: Bool
        var note: Note?
    }

    struct Row {
        var cells: [Cell]
        var highlighted: Bool
    }

    struct Table {
        var caption: String?
        var id: String
        var rows: [Row]
        var empty: [Row]
        var tags: [String]
        var tier: Tier
        var cost: Money
        var pair: (Int, String)
        var lookup: [String: Int]
        var nested: Int??
    }

    struct Page {
        var title: String
        var version: String
        var tables: [Table]
        var missing: String?
        var slice: ArraySlice<Int>
        var blocks: [Block]
    }

    static var page: Page { Page(
        title: "Appendix <A & B>", version: "1.2",
        tables: [
            Table(
                caption: "First", id: "t1",
                rows: [
                    Row(cells: [Cell(text: "a", isNumber: false, note: Note("n1")), Cell(text: "12", isNumber: true, note: nil)], highlighted: true),
                    Row(cells: [], highlighted: false),
                ],
                empty: [], tags: ["x", "y"], tier: .summary, cost: Money(pence: 1205), pair: (1, "one"), lookup: ["k": 3], nested: .some(nil)),
            Table(
                caption: nil, id: "t2", rows: [], empty: [], tags: [], tier: .annex, cost: Money(pence: 7), pair: (2, "two"), lookup: [:],
                nested: 5),
        ],
        missing: nil, slice: [1, 2, 3][1...],
        blocks: [
            .heading("H"), .table(Cell(text: "c", isNumber: true, note: Note("b"))), .pair(1, "p"), .maybe(nil),
            .maybe(Cell(text: "m", isNumber: false, note: nil)), .rule,
        ]) }

    static let template = """
        <h1>{{title}}</h1>{{{title}}} v{{version}} {{missing}}{{^missing}}(none){{/missing}}
        {{#tables}}
        <table id="{{id}}" class="{{tier}}">{{#caption}}<caption>{{caption}} of {{title}}</caption>{{/caption}}{{^caption}}(untitled){{/caption}}
        {{#rows}}<tr{{#highlighted}} class="hl"{{/highlighted}}>{{#cells}}<td{{#isNumber}} class="n"{{/isNumber}}>{{text}}{{#note}}[{{text}}]{{/note}} in {{id}}</td>{{/cells}}{{^cells}}<td>none</td>{{/cells}}</tr>
        {{/rows}}{{^rows}}<tr><td>no rows</td></tr>{{/rows}}{{#empty}}never{{/empty}}{{^empty}}empty{{/empty}}
        {{#tags}}{{.}}{{^last}}, {{/last}}{{/tags}} cost {{cost}} pair {{pair}} lookup {{lookup.k}} {{#lookup}}{{k}}{{/lookup}} nested {{nested}}
        {{#cost}}{{pence}}p{{/cost}} {{.id}} {{tier.rawValue}}
        </table>
        {{/tables}}
        {{#blocks}}<{{#heading}}h:{{.}}{{/heading}}{{#table}}t:{{text}}{{#note}}({{text}}){{/note}}{{/table}}{{#pair}}p:{{.}}{{/pair}}{{#maybe}}m:{{text}}{{/maybe}}{{^maybe}}no-m{{/maybe}}{{#rule}}r{{/rule}}{{title}}>{{.}}|{{/blocks}}
        {{#slice}}[{{.}}]{{/slice}} {{tables.0.id}} {{#tables}}{{#rows}}{{#cells}}{{#note}}{{text}}{{/note}}{{/cells}}{{/rows}}{{/tables}}
        """

    @Test("a wrapped value renders byte for byte as the value itself")
    func sameRendering() throws {
        let template = try MustacheTemplate(string: Self.template)
        let direct = template.render(Self.page)
        let wrapped = template.render(MustacheTree.wrap(Self.page))
        #expect(direct.contains("<td class=\"n\">12 in t1</td>"), "the reference rendering climbs the stack for a missing name")
        #expect(direct.contains("£12.05"), "a CustomStringConvertible value renders its description")
        #expect(direct.contains("<t:c(b)"), "a case's payload is found by the case's name")
        #expect(wrapped == direct)
    }

    @Test("a value with nothing to look up in it is kept as it is")
    func leaves() {
        #expect(MustacheTree.wrap("text") as? String == "text")
        #expect(MustacheTree.wrap(3) as? Int == 3)
        #expect(MustacheTree.wrap(["a", "b"]) as? [String] == ["a", "b"], "an array with nothing to wrap stays as it is")
        #expect(MustacheTree.wrap(Tier.annex) as? Tier == .annex)
        #expect(MustacheTree.wrap(Block.rule) is Block)
    }
}
