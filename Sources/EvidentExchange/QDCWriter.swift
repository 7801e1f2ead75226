import EvidentImport
public import EvidentModel

/// Writes a codebook as a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) that
/// NVivo, ATLAS.ti, MAXQDA and QualCoder import, and that `QDACodebookReader` reads back to the
/// same codebook (codebook spec §4).
///
/// The codebook's name, version and options are an `evident-codebook` instruction first in
/// `<CodeBook>`; the codes are nested `<Code>`s (`QDACodeWriter`); the code sets are `<Set>`s
/// with a `<MemberCode guid>` per code, as the codebook schema has it. The bytes depend only on
/// the codebook: no dates, GUIDs as they came or stable.
public enum QDCWriter {
    public static let namespace = "urn:QDA-XML:codebook:1.0"

    public static func render(_ codebook: Codebook, origin: String = "Evident") -> String {
        var xml = XMLLines()
        xml.open("CodeBook", [("xmlns", namespace), ("origin", origin)])
        xml.instruction(QDAInstruction.codebook, lines: QDACodeWriter.header(of: codebook))
        xml.open("Codes")
        QDACodeWriter.write(codebook.themes, codebook: codebook.name, into: &xml)
        xml.close("Codes")
        QDASetWriter.write(codebook, member: "MemberCode", attribute: "guid", into: &xml)
        xml.close("CodeBook")
        return xml.rendered
    }
}

/// Writes a codebook's code sets as REFI-QDA `<Sets>` (nothing when it has none): in a `.qdc`
/// members are `<MemberCode guid>`, in a project `<MemberCode targetGUID>`.
enum QDASetWriter {
    static func write(_ codebook: Codebook, member: String, attribute: String, into xml: inout XMLLines) {
        guard !codebook.sets.isEmpty else { return }
        let codes = Dictionary(codebook.allCodes.map { ($0.code.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        xml.open("Sets")
        for set in codebook.sets {
            xml.open("Set", [("guid", guid(of: set, codebook: codebook.name)), ("name", set.name)])
            if let description = set.description { xml.element("Description", text: description) }
            for id in set.codeIDs {
                guard let code = codes[id] else { continue }
                xml.open(member, [(attribute, QDACodeWriter.guid(of: code, codebook: codebook.name))], empty: true)
            }
            xml.close("Set")
        }
        xml.close("Sets")
    }

    /// The GUID a set is exported with: its own, or a stable one from the codebook and set names.
    static func guid(of set: CodeSet, codebook: String) -> String {
        set.guid ?? StableGUID.codebook(codebook).child("set:" + set.name).description
    }
}
