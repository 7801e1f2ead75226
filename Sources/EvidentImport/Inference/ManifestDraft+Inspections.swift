import EvidentModel
import Foundation

extension ManifestDraft {
    /// The draft for `inspections`: titled after the exports' folder, naming a codebook found
    /// beside them (or `codebook`) and their names list.
    public static func from(
        _ inspections: [ExportInspection], codebook: String? = nil, title: String? = nil, origin: String, output: String? = nil
    ) -> ManifestDraft {
        let folder = DraftNames.commonFolder(inspections.map { StudyFiles.folder(of: $0.path) }) ?? FilePaths.absolute(".")
        let folderName = URL(fileURLWithPath: folder).lastPathComponent
        let found = codebook.map { (FilePaths.absolute($0), "named with --codebook") } ?? StudyFiles.codebook(near: folder)
        let study = ManifestDraft.Study(
            title: title ?? "\(folderName) (draft)", titleReason: "the appendix's title: edit it",
            codebook: found?.0, codebookReason: found.map { "codes the free text: \($0.1)" } ?? nil,
            names: StudyFiles.names(in: folder), output: output
        )
        return ManifestDraft(study: study, exports: inspections, origin: origin)
    }
}
