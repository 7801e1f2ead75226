/// One piece of a section, in reading order. The case names are the template keys:
/// `{{#paragraph}}`, `{{#table}}`, `{{#figure}}`, `{{#quote}}`…
package enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    /// Two short tables read side by side where the page is wide enough.
    case pair(TablePair)
    case figure(Figure)
    case quote(QuoteBlock)
    case callout(Callout)
    case definitions(Definitions)

    /// The tables in this block, in order.
    package var tables: [Table] {
        switch self {
        case .table(let table): [table]
        case .pair(let pair): [pair.first, pair.second]
        default: []
        }
    }

    package var figure: Figure? {
        if case .figure(let figure) = self { return figure }
        return nil
    }
}

/// A sub-heading within a section: level 3 (a sub-section) or 4 (an item within one).
package struct Heading: Sendable {
    package var level: Int
    package var text: String
    /// An anchor, when the heading is linked to (`theme-barriers`, `story-S-014`).
    package var anchor: String?
    /// Which level, for templates.
    package var isLevel3: Bool
    package var isLevel4: Bool

    package init(level: Int, _ text: String, anchor: String? = nil) {
        self.level = level
        self.text = text
        self.anchor = anchor
        isLevel3 = level == 3
        isLevel4 = level == 4
    }
}

/// A paragraph of runs of text, each plain, strong, emphasised or code.
package struct Paragraph: Sendable {
    /// How the paragraph reads: body text, a lead sentence, a small note under a table, a muted
    /// line (a base, a story's details), a code's definition.
    package enum Style: String, Sendable {
        case body
        case lead
        case note
        case muted
        case definition
    }

    package var runs: [Run]
    package var style: Style
    /// The CSS class (`nil` for body text), for templates.
    package var styleClass: String?

    package init(_ runs: [Run], style: Style = .body) {
        self.runs = runs
        self.style = style
        styleClass = style == .body ? nil : style.rawValue
    }

    package init(_ text: String, style: Style = .body) {
        self.init([.plain(text)], style: style)
    }

    /// The paragraph's text without markup.
    package var plainText: String { runs.map(\.content).joined() }
}

/// A run of text within a paragraph.
package enum Run: Sendable {
    case plain(String)
    case strong(String)
    case emphasis(String)
    case code(String)

    package var content: String {
        switch self {
        case .plain(let text), .strong(let text), .emphasis(let text), .code(let text): text
        }
    }
}

/// A bulleted list.
package struct ListBlock: Sendable {
    /// `notes` (diagnostics), `selections` (a story's panels), `disagreements`: a CSS class.
    package var style: String
    package var items: [Paragraph]
}

/// A quote, already anonymised, with who said it (by role, never by name).
package struct QuoteBlock: Sendable {
    package var text: String
    package var attribution: String
}

/// A boxed group of paragraphs under a title (composite confidence).
package struct Callout: Sendable {
    package var title: String
    package var paragraphs: [Paragraph]
}

/// Terms and their definitions (the method notes).
package struct Definitions: Sendable {
    package struct Entry: Sendable {
        package var term: String
        package var definition: String
    }

    package var entries: [Entry]
}

/// Two tables side by side.
package struct TablePair: Sendable {
    package var first: Table
    package var second: Table
}
