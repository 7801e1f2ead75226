package import EvidentModel

/// A REFI-QDA project that holds a codebook and nothing else: `<CodeBook>` and the project's
/// `<Sets>` (code sets, `<MemberCode targetGUID>`), named after the codebook. NVivo, ATLAS.ti and
/// MAXQDA open it as a new project with the codes in place, ready to import sources into.
package enum QDPXCodebookProject {
    package static func projectXML(_ codebook: Codebook) -> String {
        var xml = XMLLines()
        xml.open("Project", [("xmlns", "urn:QDA-XML:project:1.0"), ("name", codebook.name), ("origin", "Evident")])
        QDPXWriter.writeCodeBook(codebook, into: &xml)
        QDASetWriter.write(codebook, member: "MemberCode", attribute: "targetGUID", into: &xml)
        xml.close("Project")
        return xml.rendered
    }
}
