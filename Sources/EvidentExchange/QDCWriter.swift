import EvidentImport
public import EvidentModel

/// Writes a codebook as a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) that
/// NVivo, ATLAS.ti, MAXQDA and QualCoder import, and that `QDACodebookReader` reads back to the
/// same codebook (codebook spec §4).
///
/// The codes are nested `<Code>`s (`QDACodeWriter`). The codebook's name, version and options go
/// in the description of one `<Set>` named after the codebook, whose members are its themes.
/// The bytes depend only on the codebook: no dates, stable GUIDs.
public enum QDCWriter {
    public static let namespace = "urn:QDA-XML:codebook:1.0"

    public static func render(_ codebook: Codebook, origin: String = "Evident") -> String {
        var xml = XMLLines()
        xml.open("CodeBook", [("xmlns", namespace), ("origin", origin)])
        xml.open("Codes")
        QDACodeWriter.write(codebook.themes, codebook: codebook.name, into: &xml)
        xml.close("Codes")
        xml.open("Sets")
        xml.open("Set", [
            ("guid", StableGUID.codebook(codebook.name).child("set:codebook").description), ("name", codebook.name),
        ])
        xml.element("Description", text: QDACodeWriter.header(of: codebook))
        for theme in codebook.themes {
            xml.open("MemberCode", [("guid", StableGUID.code(theme.id, inCodebook: codebook.name).description)], empty: true)
        }
        xml.close("Set")
        xml.close("Sets")
        xml.close("CodeBook")
        return xml.rendered
    }
}
