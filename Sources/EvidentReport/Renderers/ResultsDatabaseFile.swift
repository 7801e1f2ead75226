import EvidentModel

/// `results.sqlite`: the database the streaming pass filled (data sets, questions, respondents,
/// answers, coded segments, the codebook — see docs/results-sqlite.md), completed with the quotes
/// chosen and committed into the report folder. No file when the report was written from results
/// in memory.
struct ResultsDatabaseFile: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        guard let database = content.database else { return }
        try database.insert(quotes: content.quotes, codes: content.codes)
        try database.commit()
        folder.record("results.sqlite")
    }
}
