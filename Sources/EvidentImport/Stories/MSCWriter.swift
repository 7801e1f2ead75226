import EvidentFormats
public import EvidentModel

/// Writes a story collection in the suite's Most Significant Change format (`msc-xml`,
/// specs/msc-xml.md), so that `MSCReader` reads back every field: the collection's name, its
/// domains, and each story's id, domain, collection date, title, storyteller (group, role and,
/// when known, name), text, significance and selections with their reasons, in order.
///
/// Text is written exactly (no added white space inside text-valued elements); `&`, `<`, `>`
/// and, in attributes, `"` are escaped, and so are carriage returns, tabs and line breaks
/// where XML would otherwise normalise them away. Characters XML 1.0 cannot hold at all
/// (most C0 controls, U+FFFE, U+FFFF) become U+FFFD. Stories' line numbers are not written.
public enum MSCWriter {
    /// The namespace of the format.
    public static let namespace = "urn:evident:msc:1"

    /// The collection as an msc-xml document, UTF-8 text ending with a line break.
    public static func write(_ collection: StoryCollection) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<msc-stories xmlns=\"\(namespace)\""
        if let name = collection.name { out += " collection=\"\(attribute(name))\"" }
        out += ">\n"
        if !collection.domains.isEmpty {
            out += "  <domains>\n"
            for domain in collection.domains {
                out += "    <domain id=\"\(attribute(domain.id))\">\(text(domain.label))</domain>\n"
            }
            out += "  </domains>\n"
        }
        for story in collection.stories { write(story, to: &out) }
        out += "</msc-stories>\n"
        return out
    }

    private static func write(_ story: Story, to out: inout String) {
        out += "  <story id=\"\(attribute(story.id))\" domain=\"\(attribute(story.domain))\""
        if let collected = story.collected { out += " collected=\"\(attribute(collected))\"" }
        out += ">\n"
        if let title = story.title { out += "    <title>\(text(title))</title>\n" }
        let teller = story.storyteller
        if teller.group != nil || teller.role != nil || teller.name != nil {
            out += "    <storyteller"
            if let group = teller.group { out += " group=\"\(attribute(group))\"" }
            if let role = teller.role { out += " role=\"\(attribute(role))\"" }
            if let name = teller.name { out += " name=\"\(attribute(name))\"" }
            out += "/>\n"
        }
        out += "    <text>\(text(story.text))</text>\n"
        if let significance = story.significance { out += "    <significance>\(text(significance))</significance>\n" }
        if let consent = story.consent { out += "    <consent>\(consent.rawValue)</consent>\n" }
        for selection in story.selections {
            out += "    <selection level=\"\(attribute(selection.level))\""
            if let selected = selection.selected { out += " selected=\"\(selected)\"" }
            if selection.reasons.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            for reason in selection.reasons { out += "      <reason>\(text(reason))</reason>\n" }
            out += "    </selection>\n"
        }
        out += "  </story>\n"
    }

    static func text(_ value: String) -> String { XMLEscape.text(value) }

    static func attribute(_ value: String) -> String { XMLEscape.attribute(value) }
}
