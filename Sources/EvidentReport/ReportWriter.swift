package import EvidentAnalysis
import EvidentAnonymisation
package import EvidentCoding
import EvidentFormats
import Foundation
package import EvidentModel

/// Writes a study's report folder from one `StudyResults`: quotes chosen and everything
/// published anonymised first, then the output rows (`ResultsDocument`) and the appendix model
/// (`AppendixBuilder`) built once, then every artifact rendered from them — into a
/// `ReportTransaction`: the files go into a fresh sibling folder that replaces the old report in
/// one rename once every file is written.
package enum ReportWriter {
    /// Every file of the report, in the order written: one renderer per artifact.
    static let artifacts: [any ReportArtifact] = [
        MarkdownAppendix(), HTMLAppendix(), WordAppendix(), ChartFiles(), ResultsJSONFile(), SummaryJSONFile(), CSVTableFiles(), CodedSegmentsFile(),
        QuestionsFile(), ResultsDatabaseFile(), AgreementFiles(),
    ]

    /// What the writer was asked to do besides the results.
    package struct Options: Sendable {
        package var templates: String?
        package var wordTemplate: String?
        package var version: String
        package var stamp: String?
        /// `--annex separate`: the technical annex is written as its own files (annex.html,
        /// annex.md, annex.docx) and left out of the appendix, which says where it is.
        package var separateAnnex: Bool

        package init(
            templates: String? = nil, wordTemplate: String? = nil, version: String, stamp: String? = nil, separateAnnex: Bool = false
        ) {
            self.templates = templates
            self.wordTemplate = wordTemplate
            self.version = version
            self.stamp = stamp
            self.separateAnnex = separateAnnex
        }
    }

    /// Writes the report into a new folder at `path` (the in-memory path: tests and `evident
    /// region`'s callers); returns the files written (relative to `path`) and what the user should
    /// know about them.
    package static func write(
        _ results: StudyResults, codedSegments: StreamingFile?, database: ResultsDatabase? = nil, to path: String,
        options: Options, agreement: StudyAgreement? = nil, carry: [String] = []
    ) throws(InputError) -> (files: [String], notes: [String]) {
        let transaction = try ReportTransaction(target: path, carry: carry)
        return try write(
            results, codedSegments: codedSegments, database: database, into: transaction, options: options, agreement: agreement)
    }

    /// Writes the report into `transaction`'s new folder and puts it in place; `codedSegments`
    /// and `database`, written during the streaming pass, are committed inside that folder.
    package static func write(
        _ results: StudyResults, codedSegments: StreamingFile?, database: ResultsDatabase?, into transaction: ReportTransaction,
        options: Options, agreement: StudyAgreement? = nil
    ) throws(InputError) -> (files: [String], notes: [String]) {
        var folder = try transaction.folder()
        let rasterizer = ChartRasterizer()
        let content = try self.content(
            results, codedSegments: codedSegments, database: database, options: options, agreement: agreement, rasterizer: rasterizer)
        for artifact in artifacts { try artifact.write(content, into: &folder) }
        try transaction.commit()
        let notes = rasterizer.tool == nil && !content.appendix.figures.isEmpty ? [ChartRasterizer.missingNote] : []
        return (folder.written, notes)
    }

    /// Everything the artifacts render, built once: quotes chosen and everything published
    /// anonymised, then the output rows, the appendix model and the charts' pictures.
    static func content(
        _ results: StudyResults, codedSegments: StreamingFile?, database: ResultsDatabase?, options: Options,
        agreement: StudyAgreement?, rasterizer: ChartRasterizer
    ) throws(InputError) -> ReportContent {
        let templates = try ReportTemplates(overrides: options.templates)
        let redaction = try StudyRedaction(results)
        // Words from uncoded answers are published too: a name among them would identify someone.
        var results = results
        results.uncoded = results.uncoded.map { summary in
            var kept = summary
            kept.words = summary.words.filter { redaction.redactor.redact($0.text).summary.total == 0 && !redaction.isListedName($0.text) }
            kept.phrases = summary.phrases.filter { redaction.redactor.redact($0.text).summary.total == 0 && !redaction.isListedName($0.text) }
            return kept
        }
        var redactions = RedactionSummary()
        let quotes = QuoteSelection.select(
            results, perCode: results.spec.quotesPerTheme,
            attribution: QuoteAttribution(
                results.datasets, attributeValues: results.quoteMaterial.attributeValues, suppressBelow: results.spec.suppressBelow)
        ) { text, respondent in
            let redacted = redaction.redact(text, for: respondent)
            redactions.merge(redacted.summary)
            return redacted.text
        }
        let stories = RedactedStory.all(results) { text, respondent in
            let redacted = redaction.redact(text, for: respondent)
            redactions.merge(redacted.summary)
            return redacted.text
        }
        let document = ResultsDocument(results, quotes: quotes, redactions: redactions, stamp: options.stamp)
        let appendix = AppendixBuilder.build(AppendixInput(
            results: results, document: document, quotes: quotes, stories: stories, charts: AppendixCharts(results),
            redactions: redactions, agreement: agreement, version: options.version, stamp: options.stamp
        ))
        let pngs = rasterizer.pngs(appendix.figures)
        return ReportContent(
            appendix: appendix, document: document, summary: SummaryBuilder.summary(results),
            codedSegments: codedSegments, datasets: results.datasets, database: database, quotes: quotes,
            codes: results.codebook?.allCodes.map(\.code.id) ?? [], pngs: pngs,
            agreement: agreement, templates: templates, wordTemplate: options.wordTemplate, separateAnnex: options.separateAnnex
        )
    }
}
