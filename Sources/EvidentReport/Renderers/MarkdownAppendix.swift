import EvidentFormats
import EvidentModel

/// `appendix.md` (and `annex.md` with `--annex separate`): the same appendix in Markdown (CommonMark with GitHub tables): the headline
/// figures and a contents list first, numbered tables and figures, charts linked from `charts/`.
///
/// Rendered from the model in code rather than from a template: every piece of text goes through
/// `MarkdownEscape` (free text can never become markup), code spans get a fence longer than any
/// backtick run they hold, and a table row stays on one line. There is no raw HTML at all: the
/// contents link to the headings' own identifiers as GitHub and pandoc make them (`Slugs`).
struct MarkdownAppendix: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        for document in content.documents { try folder.write(Self.render(document.appendix), to: document.name + ".md") }
    }

    static func render(_ appendix: Appendix) -> String {
        var lines = ["# " + MarkdownEscape.text(appendix.kind) + ": " + MarkdownEscape.text(appendix.title), ""]
        let organisation = appendix.organisation.map { MarkdownEscape.text($0) + ". " } ?? ""
        lines += [organisation + runs(appendix.provenance.runs), ""]
        if appendix.hasHeadlines {
            lines += ["**Headline figures**", ""]
            lines += appendix.headlines.map { "- " + MarkdownEscape.text($0.text) }
            lines.append("")
        }
        lines += ["**Contents**", ""]
        var slugs = Slugs()
        for entry in appendix.contents {
            if let part = entry.part { lines += (lines.last == "" ? [] : [""]) + ["*" + MarkdownEscape.text(part) + "*", ""] }
            lines.append("- [\(MarkdownEscape.text(entry.numberedTitle))](#\(slugs.next(entry.numberedTitle)))")
        }
        if let elsewhere = appendix.elsewhere { lines += ["", MarkdownEscape.text(elsewhere)] }
        for section in appendix.sections {
            // A part's heading is a level-1 heading; numbered section titles never share its slug.
            if let part = section.partTitle { lines += ["", "# " + MarkdownEscape.text(part)] }
            lines += ["", "## " + MarkdownEscape.text(section.numberedTitle)]
            for block in section.blocks {
                lines.append("")
                lines += self.block(block)
            }
        }
        lines += ["", "---", "", "Evident \(MarkdownEscape.text(appendix.version)) · " + MarkdownEscape.text(appendix.title)
            + (appendix.stamp.map { " · generated " + MarkdownEscape.text($0) } ?? "")]
        return lines.joined(separator: "\n") + "\n"
    }

    static func block(_ block: Block) -> [String] {
        switch block {
        case .heading(let heading):
            return [String(repeating: "#", count: heading.level) + " " + MarkdownEscape.text(heading.text)]
        case .paragraph(let paragraph):
            let text = runs(paragraph.runs)
            return [paragraph.style == .definition || paragraph.style == .muted ? "*" + text + "*" : text]
        case .list(let list):
            return list.items.map { "- " + runs($0.runs) }
        case .table(let table):
            return self.table(table)
        case .pair(let pair):
            return self.table(pair.first) + [""] + self.table(pair.second)
        case .figure(let figure):
            return [
                "![\(MarkdownEscape.text(figure.caption))](\(figure.svgFile))", "",
                "**\(figure.label).** " + MarkdownEscape.text(figure.caption) + " ([PNG](\(figure.pngFile)))",
            ]
        case .quote(let quote):
            return ["> “" + MarkdownEscape.text(quote.text) + "”", ">", "> — " + MarkdownEscape.text(quote.attribution)]
        case .callout(let callout):
            return ["**" + MarkdownEscape.text(callout.title) + "**"] + callout.paragraphs.flatMap { ["", runs($0.runs)] }
        case .definitions(let definitions):
            return definitions.entries.map { "- **" + MarkdownEscape.text($0.term) + "**: " + MarkdownEscape.text($0.definition) }
        }
    }

    static func table(_ table: Table) -> [String] {
        var lines = ["**\(table.label).** " + MarkdownEscape.text(table.caption), ""]
        lines.append("|" + table.columns.map { " " + MarkdownEscape.text($0.title) + " |" }.joined())
        lines.append("|" + table.columns.map { $0.markdownAlignment + "|" }.joined())
        for row in table.rows {
            lines.append("|" + row.cells.map { " " + cell($0) + " |" }.joined())
        }
        for note in table.notes { lines += ["", runs(note.runs)] }
        return lines
    }

    /// A cell on one line: indent, text (bold when strong), its aside in brackets, its detail
    /// after a middle dot. Code is not put in a code span here: a pipe in one would split the cell.
    static func cell(_ cell: Cell) -> String {
        var text = MarkdownEscape.text(cell.text)
        if cell.isStrong, !text.isEmpty { text = "**" + text + "**" }
        if let indent = cell.indent { text = indent + text }
        if let aside = cell.aside { text += " (" + MarkdownEscape.text(aside) + ")" }
        if let detail = cell.detail { text += " · " + MarkdownEscape.text(detail) }
        return text
    }

    static func runs(_ runs: [Run]) -> String {
        runs.map { run in
            switch run {
            case .plain(let text): MarkdownEscape.text(text)
            case .strong(let text): text.isEmpty ? "" : "**" + MarkdownEscape.text(text) + "**"
            case .emphasis(let text): text.isEmpty ? "" : "*" + MarkdownEscape.text(text) + "*"
            case .code(let text): codeSpan(text)
            }
        }.joined()
    }

    /// A code span whose fence is one backtick longer than the longest run of backticks inside,
    /// padded with a space when the text starts or ends with one (CommonMark §6.1).
    static func codeSpan(_ text: String) -> String {
        let flat = String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        var longest = 0
        var current = 0
        for character in flat {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }
}

/// Heading identifiers as GitHub (and pandoc's `gfm_auto_identifiers`) make them: lower case,
/// punctuation dropped, spaces as hyphens, `-1`, `-2`… after a repeat.
struct Slugs {
    private var seen: [String: Int] = [:]

    mutating func next(_ heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        let count = seen[slug, default: 0]
        seen[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count)"
    }
}
