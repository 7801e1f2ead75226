import EvidentModel

/// Reads a data set's `readings:` block (outcome-readings) and `cases:` block (case-outcomes).
///
/// ```yaml
/// readings:
///   tool: family-star-plus        # built in, or defined under tools:
///   case_id: Family ID
///   date: Reading date
///   approved: Worker approved     # optional; values meaning yes in approved_values
///   approved_values: [Yes, Approved]
///   date_order: dmy               # dmy (default) | mdy, for dates such as 03/04/2016
///   domains: {well-being: Adult wellbeing}   # optional: tool domains found by label or id
///   bands: [{label: Lower, below: 5}, {label: Middle, below: 7}, {label: Higher}]
/// cases:
///   case_id: Family ID
///   opened: Date opened
///   closed: Date closed
///   closure_reason: Closure reason
///   needs_met: {fully: [Needs met], partly: [Needs partly met], not: [Needs not met], other: [Moved away]}
///   step_up_during: Social care during
///   step_up_after: Social care after
///   re_referral: Re-referral date      # dates (blank: none) or yes/no
///   re_referral_window_days: 365
///   as_of: 2017-06-30                  # when the data were extracted
///   involvement_months: [6, 12]
/// ```
enum OutcomeSpecReader {
    static let readingKeys = ["tool", "case_id", "date", "approved", "approved_values", "date_order", "domains", "bands"]
    static let caseKeys = [
        "case_id", "opened", "closed", "closure_reason", "needs_met", "step_up_during", "step_up_after", "re_referral",
        "re_referral_window_days", "as_of", "involvement_months", "date_order",
    ]

    static func readings(_ node: YAMLValue, of what: String, tools: [String: OutcomeTool]) throws(InputError) -> OutcomeReadingsSpec {
        var tool = OutcomeTool.familyStarPlus.id
        var toolNode: YAMLValue?
        var caseColumn: String?
        var dateColumn: String?
        var spec = OutcomeReadingsSpec(caseColumn: "", dateColumn: "")
        for entry in try node.mapping("readings of \(what)", allowed: readingKeys) {
            let value = entry.value
            switch entry.key {
            case "tool":
                tool = try value.string("tool")
                toolNode = value
            case "case_id": caseColumn = try value.string("case_id")
            case "date": dateColumn = try value.string("date")
            case "approved": spec.approvedColumn = try value.string("approved")
            case "approved_values": spec.approvedValues = try value.strings("approved_values")
            case "date_order": spec.dayFirst = try dayFirst(value)
            case "domains":
                for domain in try value.mapping("domains of \(what)", allowed: value.mappingKeys) {
                    spec.domainColumns[domain.key] = try domain.value.string("the column of domain '\(domain.key)'")
                }
            default: spec.bands = try bands(value, of: what)
            }
        }
        guard let known = tools[tool] else {
            throw InputError(
                "unknown outcomes tool '\(tool)'", at: toolNode?.location ?? node.location,
                help: "use one of \(tools.keys.sorted().joined(separator: ", ")), or define it under tools:"
            )
        }
        for id in spec.domainColumns.keys.sorted() where !known.domains.contains(where: { $0.id == id }) {
            throw InputError(
                "domains names '\(id)', which \(known.name) does not have", at: node.location,
                help: "use domain ids of the tool: \(known.domains.map(\.id).joined(separator: ", "))"
            )
        }
        guard let caseColumn, let dateColumn else {
            throw InputError("readings of \(what) must name case_id and date", at: node.location, help: "add case_id: and date: with the columns' headers")
        }
        spec.tool = known
        spec.caseColumn = caseColumn
        spec.dateColumn = dateColumn
        return spec
    }

    static func cases(_ node: YAMLValue, of what: String) throws(InputError) -> CaseOutcomesSpec {
        var spec = CaseOutcomesSpec(caseColumn: "")
        var caseColumn: String?
        for entry in try node.mapping("cases of \(what)", allowed: caseKeys) {
            let value = entry.value
            switch entry.key {
            case "case_id": caseColumn = try value.string("case_id")
            case "opened": spec.openedColumn = try value.string("opened")
            case "closed": spec.closedColumn = try value.string("closed")
            case "closure_reason": spec.closureColumn = try value.string("closure_reason")
            case "needs_met":
                for reason in try value.mapping("needs_met", allowed: CaseRecord.NeedsMet.allCases.map(\.rawValue)) {
                    if let met = CaseRecord.NeedsMet(rawValue: reason.key) { spec.closureReasons[met] = try reason.value.strings(reason.key) }
                }
            case "step_up_during": spec.stepUpDuringColumn = try value.string("step_up_during")
            case "step_up_after": spec.stepUpAfterColumn = try value.string("step_up_after")
            case "re_referral": spec.reReferralColumn = try value.string("re_referral")
            case "re_referral_window_days":
                let days = try value.int("re_referral_window_days")
                guard days > 0 else { throw InputError("re_referral_window_days must be positive", at: value.location) }
                spec.reReferralWindowDays = days
            case "as_of":
                let text = try value.string("as_of")
                guard let day = CalendarDates.isoDay(text) else {
                    throw InputError("as_of must be a date written yyyy-mm-dd, not '\(text)'", at: value.location)
                }
                spec.asOf = day
            case "involvement_months":
                var months: [Int] = []
                for item in try value.list("involvement_months") {
                    let month = try item.int("each of involvement_months")
                    guard month > 0 else { throw InputError("involvement_months must be positive", at: item.location) }
                    months.append(month)
                }
                spec.involvementMonths = months.sorted()
            default: spec.dayFirst = try dayFirst(value)
            }
        }
        guard let caseColumn else {
            throw InputError("cases of \(what) must name case_id", at: node.location, help: "add case_id: with the column's header")
        }
        if spec.closureColumn != nil, spec.closureReasons.isEmpty {
            throw InputError(
                "cases of \(what) name closure_reason but not needs_met", at: node.location,
                help: "say which reasons mean needs met: needs_met: {fully: [...], partly: [...], not: [...], other: [...]}"
            )
        }
        spec.caseColumn = caseColumn
        return spec
    }

    /// `[{label: Lower, below: 5}, {label: Middle, below: 7}, {label: Higher}]`: bounds increasing,
    /// the last band open.
    static func bands(_ node: YAMLValue, of what: String) throws(InputError) -> ProgressBands {
        var bands: [ProgressBands.Band] = []
        for item in try node.list("bands") {
            var label: String?
            var below: Double?
            for entry in try item.mapping("a band of \(what)", allowed: ["label", "below"]) {
                if entry.key == "label" { label = try entry.value.string("label") } else { below = try entry.value.double("below") }
            }
            guard let label else { throw InputError("a band of \(what) has no label", at: item.location, help: "write {label: Lower, below: 5}") }
            bands.append(.init(label: label, below: below))
        }
        guard bands.count >= 2, bands.last?.below == nil, bands.dropLast().allSatisfy({ $0.below != nil }) else {
            throw InputError(
                "bands of \(what) need two or more bands, each but the last with below:", at: node.location,
                help: "write [{label: Lower, below: 5}, {label: Middle, below: 7}, {label: Higher}]"
            )
        }
        let bounds = bands.compactMap(\.below)
        guard zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw InputError("the bounds of bands of \(what) must increase", at: node.location)
        }
        return ProgressBands(bands)
    }

    /// A data set's outcome blocks agree with its kind: `readings:` exactly for
    /// outcome-readings, `cases:` exactly for case-outcomes, `case_id:` only for tables of answers.
    static func check(_ spec: DatasetSpec, kind: DatasetKind, at location: SourceLocation, values: [String: YAMLValue]) throws(InputError) {
        let what = "data set '\(spec.id)'"
        let required: [(key: String, kind: DatasetKind, present: Bool)] = [
            ("readings", .outcomeReadings, spec.readings != nil), ("cases", .caseOutcomes, spec.cases != nil),
        ]
        for rule in required {
            if rule.present, kind != rule.kind {
                throw InputError(
                    "\(what) has \(rule.key):, but is of kind \(kind.rawValue)", at: values[rule.key]?.location ?? location,
                    help: "\(rule.key): is only for data sets of kind \(rule.kind.rawValue)"
                )
            }
            if !rule.present, kind == rule.kind {
                throw InputError(
                    "\(what) is of kind \(kind.rawValue) but has no \(rule.key): block", at: location,
                    help: rule.key == "readings"
                        ? "add readings: with at least case_id: and date: (docs/outcomes.md)"
                        : "add cases: with at least case_id: (docs/outcomes.md)"
                )
            }
        }
        if spec.caseID != nil, ![.practitionerSurvey, .serviceUserFeedback].contains(kind) {
            throw InputError(
                "\(what) has case_id:, but is of kind \(kind.rawValue)", at: values["case_id"]?.location ?? location,
                help: "case_id: links feedback answers to case outcomes; outcome data sets name theirs under readings: or cases:"
            )
        }
    }

    private static func dayFirst(_ node: YAMLValue) throws(InputError) -> Bool {
        switch try node.string("date_order").trimmedWhitespace.lowercased() {
        case "dmy": return true
        case "mdy": return false
        case let other: throw InputError("date_order '\(other)' is not understood", at: node.location, help: "use dmy (day first) or mdy (month first)")
        }
    }
}
