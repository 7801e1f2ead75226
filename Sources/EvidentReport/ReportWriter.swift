package import EvidentAnalysis
import EvidentAnonymisation
package import EvidentCoding
import EvidentFormats
package import EvidentModel

/// Writes a study's report folder: `appendix.md`, `results.json`, `rejections.csv` and
/// `tables/*.csv`, all from one `StudyResults`, into a `ReportTransaction`: the files go into a
/// fresh sibling folder that replaces the old report in one rename once every file is written.
package enum ReportWriter {
    package static func write(
        _ results: StudyResults, codedSegments: StreamingFile?, database: ResultsDatabase? = nil, to path: String, templates directory: String?,
        version: String, stamp: String? = nil, agreement: StudyAgreement? = nil, carry: [String] = []
    ) throws(InputError) -> [String] {
        let transaction = try ReportTransaction(target: path, carry: carry)
        return try write(
            results, codedSegments: codedSegments, database: database, into: transaction, templates: directory, version: version,
            stamp: stamp, agreement: agreement)
    }

    /// Writes the report into `transaction`'s new folder and puts it in place; `codedSegments`
    /// and `database`, written during the streaming pass, are committed inside that folder.
    package static func write(
        _ results: StudyResults, codedSegments: StreamingFile?, database: ResultsDatabase?, into transaction: ReportTransaction,
        templates directory: String?, version: String, stamp: String? = nil, agreement: StudyAgreement? = nil
    ) throws(InputError) -> [String] {
        var folder = try transaction.folder()
        let templates = try ReportTemplates(overrides: directory)
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
        let stories = AppendixContext.stories(results) { text, respondent in
            let redacted = redaction.redact(text, for: respondent)
            redactions.merge(redacted.summary)
            return redacted.text
        }
        let charts = AppendixCharts(results)
        var context = AppendixContext.build(
            results, version: version,
            extras: AppendixContext.Extras(quotes: quotes, charts: charts, redactions: redactions, stories: stories)
        )
        if let stamp { context["stamp"] = stamp }
        if let agreement {
            context["agreement"] = AppendixContext.agreement(agreement.report)
            context["agreementMarkdown"] = AgreementMarkdown.render(agreement.report, heading: "###")
        }
        try folder.write(templates.render(context, template: "appendix.md"), to: "appendix.md")
        try folder.write(templates.render(context, template: "appendix.html"), to: "appendix.html")
        for chart in charts.all { try folder.write(chart.standalone, to: "charts/" + chart.file) }
        try folder.write(ResultsDocument.json(results, quotes: quotes, redactions: redactions, stamp: stamp).rendered(), to: "results.json")
        try folder.write(SummaryDocument.json(SummaryBuilder.summary(results)).rendered(), to: "summary.json")
        try folder.write(ReportTables.rejections(results).rendered(), to: "rejections.csv")
        if let codedSegments {
            try codedSegments.commit()
            folder.record("coded_segments.csv")
        } else {
            try folder.write(String(decoding: CodedSegmentsWriter.headerBytes, as: UTF8.self), to: "coded_segments.csv")
        }
        if let database {
            try database.insert(quotes: quotes, codes: results.codebook?.allCodes.map(\.code.id) ?? [])
            try database.commit()
            folder.record("results.sqlite")
        }
        if let agreement {
            let json = AgreementJSON.document(agreement.result, labels: agreement.labels, rejected: agreement.rejected)
            try folder.write(json.rendered(), to: "agreement.json")
            try folder.write(AgreementCSV.table(agreement.result, labels: agreement.labels).rendered(), to: "agreement.csv")
        }
        for (name, table) in ReportTables.all(results) {
            try folder.write(table.rendered(), to: "tables/" + name)
        }
        try transaction.commit()
        return folder.written
    }
}
