import EvidentModel

/// Applies the story rules (msc-xml spec) to every story read, keeping the account: a story
/// with no id, an id already loaded, no text, no domain, or a domain not declared is rejected
/// with its id, line and reason; the others load (study spec §5: `rows_read` = stories in the
/// file, `complete` = stories loaded, `partial` = 0, `rejected` = stories refused).
struct StoryChecker {
    let dataset: String
    /// Who declares the domains, for the message: "the file" or "the manifest".
    let declarer: String

    struct Outcome {
        var stories: [Story]
        /// Per loaded story, the values of non-story attributes (same order as `stories`).
        var extraAttributes: [[String: String]]
        var domains: [StoryDomain]
        var accounting: Accounting
        var rejections: [Rejection]
    }

    /// One story met in the source: read, or refused before its fields could be read (a
    /// record with the wrong field count, a file that is not well-formed XML).
    enum Entry: Sendable {
        case story(StoryCandidate)
        case refused(SourceLocation, id: String?, reason: String)
    }

    /// Checks `entries` in order. `rowsRead` is the count of stories met in the source, taken
    /// independently as each began. With `domains` nil, any non-blank domain is accepted and
    /// declared in order of first appearance.
    func check(_ entries: [Entry], rowsRead: Int, domains: [StoryDomain]?) -> Outcome {
        var accounting = Accounting()
        accounting.rowsRead = rowsRead
        var outcome = Outcome(stories: [], extraAttributes: [], domains: domains ?? [], accounting: accounting, rejections: [])
        var loaded: [String: Int] = [:]
        let declared = Set((domains ?? []).map(\.id))
        for entry in entries {
            let candidate: StoryCandidate
            switch entry {
            case .story(let story):
                candidate = story
            case .refused(let location, let id, let reason):
                reject(&outcome, location, id: id, reason)
                continue
            }
            let location = SourceLocation(file: candidate.file, line: candidate.line)
            guard let id = StoryCandidate.nonBlank(candidate.id) else {
                reject(&outcome, location, id: nil, "story has no id")
                continue
            }
            if let line = loaded[id] {
                reject(&outcome, location, id: id, "story repeats id '\(id)' of the story on line \(line)")
                continue
            }
            guard let text = StoryCandidate.nonBlank(candidate.text) else {
                reject(&outcome, location, id: id, "story has no text")
                continue
            }
            guard let domain = StoryCandidate.nonBlank(candidate.domain) else {
                reject(&outcome, location, id: id, "story has no domain")
                continue
            }
            if domains != nil, !declared.contains(domain) {
                let list = (domains ?? []).map(\.id).joined(separator: ", ")
                reject(&outcome, location, id: id, "story names domain '\(domain)', which \(declarer) does not declare (declared: \(list))")
                continue
            }
            if domains == nil, !outcome.domains.contains(where: { $0.id == domain }) {
                outcome.domains.append(StoryDomain(id: domain, label: domain))
            }
            loaded[id] = candidate.line
            outcome.accounting.record(.complete)
            outcome.extraAttributes.append(candidate.extraAttributes)
            outcome.stories.append(Story(
                id: id, title: StoryCandidate.nonBlank(candidate.title), domain: domain,
                collected: StoryCandidate.nonBlank(candidate.collected), storyteller: candidate.storyteller, text: text,
                significance: StoryCandidate.nonBlank(candidate.significance), selections: candidate.selections,
                line: candidate.line, consent: candidate.consent.flatMap(Consent.init(reading:))
            ))
        }
        return outcome
    }

    private func reject(_ outcome: inout Outcome, _ location: SourceLocation, id: String?, _ reason: String) {
        outcome.accounting.record(.rejected)
        outcome.rejections.append(Rejection(kind: .record, dataset: dataset, location: location, respondent: id, reason: reason))
    }
}
