import EvidentModel

/// Reads the manifest's `tools:` section: outcomes tools beyond the built-in Family Star Plus.
///
/// ```yaml
/// tools:
///   youth-star:
///     name: Youth Star
///     min: 1
///     max: 10
///     whole_numbers: true            # default true
///     domains: [{id: making-a-difference, label: Making a difference}, …]
///     stages: [{label: Stuck, from: 1}, {label: Accepting help, from: 3}, …]   # optional
///     bands: [{label: Lower, below: 5}, {label: Middle, below: 7}, {label: Higher}]
/// ```
/// Without `bands:`, a tool's bands split its range in thirds.
enum OutcomeToolReader {
    static let keys = ["name", "min", "max", "whole_numbers", "domains", "stages", "bands"]

    static func read(_ node: YAMLValue) throws(InputError) -> [OutcomeTool] {
        var tools: [OutcomeTool] = []
        for entry in try node.mapping("tools", allowed: node.mappingKeys) {
            guard DatasetSpecReader.isSafeID(entry.key) else {
                throw InputError("tool id '\(entry.key)' may only hold letters, digits, '-', '_' and '.'", at: entry.at)
            }
            tools.append(try tool(id: entry.key, entry.value))
        }
        return tools
    }

    private static func tool(id: String, _ node: YAMLValue) throws(InputError) -> OutcomeTool {
        let what = "tool '\(id)'"
        var name = id
        var min: Double?
        var max: Double?
        var whole = true
        var domains: [OutcomeDomain] = []
        var stages: [OutcomeStage] = []
        var bandsNode: YAMLValue?
        for entry in try node.mapping(what, allowed: keys) {
            switch entry.key {
            case "name": name = try entry.value.string("name")
            case "min": min = try entry.value.double("min")
            case "max": max = try entry.value.double("max")
            case "whole_numbers": whole = try entry.value.bool("whole_numbers")
            case "domains": domains = try self.domains(entry.value, of: what)
            case "stages": stages = try self.stages(entry.value, of: what)
            default: bandsNode = entry.value
            }
        }
        guard let min, let max else {
            throw InputError("\(what) lacks min or max", at: node.location, help: "add the range of a reading, e.g. min: 1 and max: 10")
        }
        guard min < max else {
            throw InputError("\(what) has min \(min.compactDescription) not below max \(max.compactDescription)", at: node.location)
        }
        guard !domains.isEmpty else {
            throw InputError("\(what) lists no domains", at: node.location, help: "add domains: [{id: home-money, label: Home and money}, …]")
        }
        if let first = stages.first, first.from != min {
            throw InputError("the first stage of \(what) starts at \(first.from.compactDescription), not at min \(min.compactDescription)", at: node.location)
        }
        for (earlier, later) in zip(stages, stages.dropFirst()) where later.from <= earlier.from || later.from > max {
            throw InputError("stages of \(what) must start in increasing order within \(min.compactDescription)–\(max.compactDescription)", at: node.location)
        }
        let bands = try bandsNode.map { node throws(InputError) in try OutcomeSpecReader.bands(node, of: what) } ?? thirds(min: min, max: max)
        return OutcomeTool(id: id, name: name, domains: domains, min: min, max: max, wholeNumbers: whole, stages: stages, bands: bands)
    }

    private static func domains(_ node: YAMLValue, of what: String) throws(InputError) -> [OutcomeDomain] {
        var domains: [OutcomeDomain] = []
        var ids: Set<String> = []
        for item in try node.list("domains") {
            var id: String?
            var label: String?
            for entry in try item.mapping("a domain of \(what)", allowed: ["id", "label"]) {
                if entry.key == "id" { id = try entry.value.string("id") } else { label = try entry.value.string("label") }
            }
            guard let id, let label else {
                throw InputError("a domain of \(what) lacks id or label", at: item.location, help: "write {id: home-money, label: Home and money}")
            }
            guard ids.insert(id).inserted else { throw InputError("domain id '\(id)' is used twice in \(what)", at: item.location) }
            domains.append(OutcomeDomain(id: id, label: label))
        }
        return domains
    }

    private static func stages(_ node: YAMLValue, of what: String) throws(InputError) -> [OutcomeStage] {
        var stages: [OutcomeStage] = []
        for item in try node.list("stages") {
            var label: String?
            var from: Double?
            for entry in try item.mapping("a stage of \(what)", allowed: ["label", "from"]) {
                if entry.key == "label" { label = try entry.value.string("label") } else { from = try entry.value.double("from") }
            }
            guard let label, let from else {
                throw InputError("a stage of \(what) lacks label or from", at: item.location, help: "write {label: Stuck, from: 1}")
            }
            stages.append(OutcomeStage(label: label, from: from))
        }
        return stages
    }

    /// Lower, Middle and Higher thirds of `[min, max]`.
    static func thirds(min: Double, max: Double) -> ProgressBands {
        let step = (max - min) / 3
        return ProgressBands([
            .init(label: "Lower", below: min + step), .init(label: "Middle", below: min + 2 * step), .init(label: "Higher", below: nil),
        ])
    }
}
