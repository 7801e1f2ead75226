public import EvidentModel

/// Manual coding of REFI-QDA projects compared without a study: the units are the projects'
/// own text sources, each one a unit named `sources / <source name> / text` (agreement spec §1
/// counts a code present in a unit when a coder applied it anywhere in it). Several projects,
/// one per coder as NVivo and MAXQDA teams often exchange them, are one set of units when their
/// sources share names.
///
/// The codebook is the first project's; codes of the other projects are found in it by GUID,
/// id or label (`QDACodeMatcher`), and a code it lacks is rejected with its line.
public enum QDPXSourceUnits {
    /// The data set name units carry.
    public static let dataset = "sources"
    /// The question name units carry.
    public static let question = "text"

    public static func codings(from projects: [QDAProject]) throws(InputError) -> (codebook: Codebook, coding: ManualCodingSet) {
        guard let base = projects.first(where: { $0.codebook != nil })?.codebook?.codebook else {
            throw InputError(
                "no project has a codebook, so no coding can be named", at: SourceLocation(file: projects.first?.file ?? ""),
                help: "export the project again from the QDA tool with its codes"
            )
        }
        var set = ManualCodingSet()
        for project in projects {
            set.warnings += project.warnings
            let codes = QDACodeMatcher(project: project, codebook: base)
            let coders = QDACoders(project: project)
            if let note = coders.note { set.warnings.append(note) }
            for source in project.sources {
                for selection in source.selections {
                    for coding in selection.codings {
                        let location = SourceLocation(file: project.file, line: coding.line)
                        guard let codeID = codes.studyCodeID(forGUID: coding.codeGUID) else {
                            set.rejected.append(codes.rejection(forGUID: coding.codeGUID, at: location))
                            continue
                        }
                        set.codings.append(ManualCoding(
                            dataset: dataset, respondent: source.name, question: question, codeID: codeID,
                            coder: coders.coder(of: coding, in: selection), start: selection.start, end: selection.end, location: location
                        ))
                    }
                }
            }
        }
        return (base, set)
    }
}
