import EvidentModel

/// Finds the study codebook's code for a project's code GUID: by GUID (the study's codebook was
/// converted from the tool's, so its codes kept their GUIDs), then by id (a project Evident
/// exported), then by label, compared without case (a label two codes share matches neither).
struct QDACodeMatcher {
    let project: QDAProject
    private let studyIDs: Set<String>
    private let studyIDsByGUID: [String: String]
    private let studyIDsByLabel: [String: String]

    init(project: QDAProject, codebook: Codebook) {
        self.project = project
        studyIDs = Set(codebook.allCodes.map(\.code.id))
        var byGUID: [String: String] = [:]
        var byLabel: [String: String] = [:]
        var repeated: Set<String> = []
        for placed in codebook.allCodes {
            if let guid = placed.code.guid { byGUID[QDACodebook.normalised(guid)] = placed.code.id }
            let label = placed.code.label.trimmedWhitespace.lowercased()
            if byLabel[label] != nil { repeated.insert(label) }
            byLabel[label] = placed.code.id
        }
        for label in repeated { byLabel[label] = nil }
        studyIDsByGUID = byGUID
        studyIDsByLabel = byLabel
    }

    func studyCodeID(forGUID guid: String) -> String? {
        if let id = studyIDsByGUID[QDACodebook.normalised(guid)] { return id }
        guard let id = project.codebook?.codeID(forGUID: guid) else { return nil }
        if studyIDs.contains(id) { return id }
        guard let label = project.codebook?.codebook.allCodes.first(where: { $0.code.id == id })?.code.label else { return nil }
        return studyIDsByLabel[label.trimmedWhitespace.lowercased()]
    }

    /// The rejection of a coding whose code the study does not have.
    func rejection(forGUID guid: String, at location: SourceLocation) -> RejectedRow {
        guard let id = project.codebook?.codeID(forGUID: guid) else {
            return RejectedRow(
                location: location, reason: "coding refers to code GUID \(guid), which the project's codebook does not have",
                group: "codings of codes the project's codebook does not have"
            )
        }
        let label = project.codebook?.codebook.allCodes.first { $0.code.id == id }?.code.label ?? id
        return RejectedRow(
            location: location, reason: "code '\(label)' (\(guid)) is not in the study's codebook",
            group: "codings of codes the study's codebook does not have (convert the project's codebook with evident codebook convert to use it)"
        )
    }
}

/// Who coded what in a project: each user is a coder, named by the user's `name` (else `id`,
/// else GUID). A coding's coder is its `creatingUser`, else its selection's — except in a
/// project where every coding names one user while the selections name several: NVivo for
/// Windows writes the exporting user on every `<Coding>` (303 codings of a real two-coder
/// project, all stamped in the same minute), and the coder who made each selection on the
/// `<PlainTextSelection>`; there the selection's user is the coder, and a note says so.
struct QDACoders {
    let project: QDAProject
    let fromSelections: Bool
    /// Said once when coders are taken from selections.
    let note: Diagnostic?

    init(project: QDAProject) {
        self.project = project
        var codingUsers: Set<String> = []
        var selectionUsers: Set<String> = []
        for source in project.sources {
            for selection in source.selections where !selection.codings.isEmpty {
                if let user = selection.creatingUser { selectionUsers.insert(user.lowercased()) }
                for coding in selection.codings {
                    if let user = coding.ownUser { codingUsers.insert(user.lowercased()) }
                }
            }
        }
        fromSelections = codingUsers.count <= 1 && selectionUsers.count >= 2
        if fromSelections {
            note = .note(
                "every coding names the same user while the selections name \(selectionUsers.count); each selection's user is taken as its coder",
                at: SourceLocation(file: project.file)
            )
        } else {
            note = nil
        }
    }

    func coder(of coding: QDACoding, in selection: QDATextSelection) -> String {
        let user = fromSelections ? (selection.creatingUser ?? coding.ownUser) : (coding.ownUser ?? selection.creatingUser)
        return project.coderName(forUser: user) ?? project.name
    }
}
