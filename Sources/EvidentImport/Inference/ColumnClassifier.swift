import EvidentModel

/// Decides each column's role (study spec §4). The first rule that applies wins:
///
/// 1. **identifier** — the layout's respondent id column (`Respondent ID`, `ResponseId`, `ID`,
///    `id`, `meta/instanceID`), or a header such as `ID` / `Response ID` whose values are all
///    different;
/// 2. **personal data** — the layout's personal columns, or a header naming names, emails, IP
///    addresses, phone numbers, signatures, addresses, locations, dates of birth or the parts
///    of a pseudonym code (`PersonalDataRule`);
/// 3. **metadata** — the layout's metadata and what exports call theirs (timestamps, durations,
///    status, language, LimeSurvey's timings);
/// 4. **unused** — blank throughout;
/// 5. **personal data** — values that are mostly emails, IP addresses, phone numbers, web
///    addresses or people's names;
/// 6. **metadata** — a header naming an id or reference (`Case ref`, `UPN`: `HeaderCues`),
///    whatever its values;
/// 7. **metadata** — values that are 90% dates (flagged when day and month could be swapped);
/// 8. **scale item** — values on a scale (`ScaleRecogniser`), unless they are numbers under a
///    header naming a code (`District`, `Ward`: `HeaderCues.isNumericCode`), which are
///    attributes; ranks are taken out afterwards (`RankingDetector`);
/// 9. **attribute** (multi-select) — half the values list options joined by `;`, or every
///    value is ODK choice names joined by spaces;
/// 10. **identifier** (or metadata, when there already is one) — every value different, a
///     single token with a digit, none blank; **metadata** when most are such tokens and most
///     are different (ids that repeat);
/// 11. **free text** — long and varied answers, or a comment question (`Anything else?`) with
///     any answer of two words or more, judged on the answers that are not "no comment"
///     (`NoComment`: "No", "n/a", "None"): see `ColumnClassifier+Text`;
/// 12. **attribute** — at most 12 distinct values, 60 characters or fewer on average;
/// 13. **unused** — anything else.
///
/// Whether an attribute is proposed as a breakdown is `ColumnProfile.isBreakdown`.
struct ColumnClassifier {
    let context: ColumnContext

    func classify(_ column: ColumnValues, identifierTaken: Bool) -> ColumnProfile {
        var profile = ColumnProfile(
            header: column.header, role: .unused, reason: "", answered: column.values.count,
            distinct: Set(column.values).count, blanks: column.blanks
        )
        let header = column.header
        let values = column.values
        let words = HeaderWords(header.name)
        if context.isLayoutID(header) || (!identifierTaken && Self.idHeaders.contains(words.text) && profile.distinct == values.count) {
            return finish(profile, .identifier, context.isLayoutID(header) ? "the layout's respondent id" : "named as an id; every value different", column)
        }
        let headerKind = PersonalDataRule.kind(forHeader: header.name)
        if headerKind != nil || context.isLayoutPersonal(header) {
            let kind = headerKind ?? PersonalDataRule.kind(forValues: values) ?? .account
            return finish(profile, .personal(kind), headerKind != nil ? "the header says so" : "the layout's personal-data column", column)
        }
        if context.isKnownMetadata(header) {
            profile.dates = DateRecogniser.read(values, order: context.dateOrder)
            return finish(profile, .metadata, profile.dates.map(Self.describe) ?? "about the response, not an answer", column)
        }
        if values.isEmpty { return finish(profile, .unused, "blank in every record", column) }
        if let kind = PersonalDataRule.kind(forValues: values) {
            return finish(profile, .personal(kind), "the values are \(kind.description)", column)
        }
        if HeaderCues.isReference(header.name) || (header.question != header.name && HeaderCues.isReference(header.question)) {
            return finish(profile, .metadata, "an id or reference: names records, never a breakdown", column)
        }
        if let dates = DateRecogniser.read(values, order: context.dateOrder) {
            profile.dates = dates
            return finish(profile, .metadata, Self.describe(dates), column)
        }
        let isTextEntry = header.importID?.hasSuffix("_TEXT") == true || header.name.hasSuffix("_TEXT")
            || column.rowTwoLabel == "Open-Ended Response"
        if !isTextEntry, let guess = ScaleRecogniser.recognise(
            values, header: header.name, known: context.scales, answerCodes: context.layout.answersCarryCodes
        ), !Self.isNumericCode(guess, header: header) {
            profile.scale = guess
            var reason = "\(guess.valid) of \(guess.values) answers on \(guess.scale.id)"
            if guess.rangeFromHeader { reason += " (range from the header)" }
            if !guess.outside.isEmpty {
                reason += "; not on it: " + guess.outside.map { ValueShapes.isPersonal($0) ? "'•••'" : "'\($0)'" }.joined(separator: ", ")
            }
            return finish(profile, .item, reason, column)
        }
        if Self.isMultiSelect(values) {
            profile.isMultiSelect = true
            let options = Set(values.flatMap(Self.options)).count
            return finish(profile, .attribute, "multi-select: \(options) options joined by ';'", column)
        }
        if let separator = context.layout.multiSelectSeparator, separator != ";",
           let options = LayoutMultiSelect.options(values, separator: separator) {
            profile.isMultiSelect = true
            return finish(profile, .attribute, "multi-select: \(options) options joined by '\(separator)'", column)
        }
        if Self.isChoiceCodes(values) {
            profile.isMultiSelect = true
            let options = Set(values.flatMap { $0.split(separator: " ") }).count
            return finish(profile, .attribute, "multi-select: \(options) choice codes joined by spaces (ODK)", column)
        }
        if profile.distinct == values.count, values.count >= 3, column.blanks == 0, values.allSatisfy(ValueShapes.isIdentifier) {
            return identifierTaken
                ? finish(profile, .metadata, "another id: every value different", column)
                : finish(profile, .identifier, "every value different, none blank", column)
        }
        if Self.isReferenceValues(values, distinct: profile.distinct) {
            return finish(profile, .metadata, "ids or references (codes with digits, mostly different): never a breakdown", column)
        }
        if let reason = freeTextReason(column, isTextEntry: isTextEntry) {
            return finish(profile, .freeText, reason, column)
        }
        if profile.distinct == 1, column.blanks > 0 {
            return finish(profile, .attribute, "one value or blank: a ticked option", column)
        }
        if profile.distinct <= 12, column.averageLength <= 60 {
            let codes = values.allSatisfy { Scale.parseDecimal($0) != nil } && HeaderCues.isNumericCode(header.name)
            let reason = codes ? "\(profile.distinct) numeric code(s): labels, not a rating (declare it an item to rate with it)" : "\(profile.distinct) value(s)"
            return finish(profile, .attribute, reason, column)
        }
        return finish(profile, .unused, "\(profile.distinct) distinct short values: neither an attribute nor free text", column)
    }

    private func finish(_ profile: ColumnProfile, _ role: ColumnRole, _ reason: String, _ column: ColumnValues) -> ColumnProfile {
        var profile = profile
        profile.role = role
        profile.reason = reason
        if role == .attribute, !profile.isMultiSelect {
            let counted = column.counted
            profile.commonValues = counted.map(\.value)
            profile.groupSizes = counted.map(\.count)
        }
        profile.example = ExampleValue.choose(role == .attribute ? profile.shownValues : column.values, role: role)
        return profile
    }

    /// Numbers under a header that names a code (`District`, `Ward 1-9` excepted when the
    /// header states a range): labels, not ratings.
    static func isNumericCode(_ guess: ScaleGuess, header: ColumnHeader) -> Bool {
        guard case .numeric = guess.scale.kind, !guess.rangeFromHeader else { return false }
        return HeaderCues.isNumericCode(header.name) || (header.question != header.name && HeaderCues.isNumericCode(header.question))
    }

    /// Mostly references: 90% single tokens holding a digit and a letter or five digits, more
    /// than half of them different (`EH-2019-0012` for each of a family's members).
    static func isReferenceValues(_ values: [String], distinct: Int) -> Bool {
        guard values.count >= 5, distinct * 2 > values.count else { return false }
        let references = values.filter { value in
            guard ValueShapes.isIdentifier(value) else { return false }
            let digits = value.filter { $0.isASCII && $0.isNumber }.count
            return value.contains(where: \.isLetter) || digits >= 5
        }
        return references.count * 10 >= values.count * 9
    }

    static func describe(_ dates: DateReading) -> String {
        let range = [dates.earliest, dates.latest].compactMap { $0 }
        let span = range.count == 2 ? ", \(range[0]) to \(range[1])" : ""
        switch dates.order {
        case .yearFirst: return "dates, year-first\(span)"
        case .dayFirst, .monthFirst:
            return "dates, \(dates.order.rawValue) ('\(dates.evidence ?? "")' says so)\(span)"
        case .ambiguous: return "dates, ambiguous: day and month are 12 or less in every value; read \(dates.readAs.rawValue)\(span)"
        case .mixed: return "dates, mixed: some values are day-first, others month-first; read \(dates.readAs.rawValue)"
        }
    }

    /// Half the values (at least two) list options joined by `;`, and no option is long.
    static func isMultiSelect(_ values: [String]) -> Bool {
        let joined = values.filter { $0.contains(";") }
        guard joined.count >= 2, joined.count * 2 >= values.count else { return false }
        let parts = values.flatMap(options)
        guard parts.allSatisfy({ $0.count <= 80 }) else { return false }
        let trailing = joined.filter { $0.hasSuffix(";") }.count
        return trailing * 2 >= joined.count || Set(parts).count * 2 <= parts.count
    }

    /// ODK's `select_multiple`: lower-case choice names (`school_attendance`) joined by spaces,
    /// some with `_`, each name used at least twice on average.
    static func isChoiceCodes(_ values: [String]) -> Bool {
        let tokens = values.flatMap { $0.split(separator: " ") }
        guard values.count >= 2, tokens.contains(where: { $0.contains("_") }), values.contains(where: { $0.contains(" ") }) else {
            return false
        }
        let codes = tokens.allSatisfy { token in
            token.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
        return codes && Set(tokens).count * 2 <= tokens.count
    }

    static func options(_ value: String) -> [String] {
        value.split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
    }

    static let idHeaders: Set<String> = [
        "id", "respondent id", "response id", "responseid", "record id", "submission id", "instance id", "instanceid",
        "uuid", "participant id", "case id", "unique id", "reference",
    ]
}
