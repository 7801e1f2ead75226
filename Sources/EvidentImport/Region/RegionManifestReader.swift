public import EvidentModel

/// Reads a region manifest (docs/region.md): the councils' summaries to merge and, for a
/// council whose ids differ from the region's, the maps that match them.
///
/// ```yaml
/// region:
///   title: Early help across three councils, 2016
///   output: ../../Output/region-2016
/// councils:
///   - summary: ../../Output/northmoor-early-help-2016/summary.json
///     name: Northmoor                          # optional: the summary's own name otherwise
///   - summary: saltmarsh-summary.json
///     items: {gain-trust: trust}               # the council's item id: the region's
///     codes: {}                                # code ids, for a council on another codebook
///     domains: {}                              # outcome domain ids, for another tool's names
/// ```
///
/// The region's ids are the first council's; paths are relative to the manifest's folder.
public enum RegionManifestReader {
    static let topKeys = ["region", "councils"]
    static let regionKeys = ["title", "output"]
    static let councilKeys = ["summary", "name", "items", "codes", "domains"]

    public static func read(path: String) throws(InputError) -> RegionSpec {
        let file = FilePaths.display(path)
        return try parse(try FilePaths.readText(path), file: file, directory: FilePaths.directory(of: path))
    }

    public static func parse(_ text: String, file: String, directory: String) throws(InputError) -> RegionSpec {
        let root = try YAMLValue.parse(text, file: file)
        var spec = RegionSpec(title: "", councils: [], manifestPath: file)
        var sawCouncils = false
        for entry in try root.mapping("the region manifest", allowed: topKeys) {
            if entry.key == "region" {
                for field in try entry.value.mapping("region", allowed: regionKeys) {
                    if field.key == "title" {
                        spec.title = try field.value.string("title")
                    } else {
                        spec.outputPath = FilePaths.resolve(try field.value.string("output"), against: directory)
                    }
                }
            } else {
                sawCouncils = true
                for node in try entry.value.list("councils") { spec.councils.append(try council(node, directory: directory)) }
            }
        }
        guard !spec.title.trimmedWhitespace.isEmpty else {
            throw InputError("the region has no title", at: root.location, help: "add region: {title: ...}")
        }
        guard sawCouncils, spec.councils.count >= 2 else {
            throw InputError(
                "a region needs two councils' summaries or more", at: root.location,
                help: "list each council's summary.json under councils: (- summary: path)"
            )
        }
        return spec
    }

    static func council(_ node: YAMLValue, directory: String) throws(InputError) -> CouncilEntry {
        var entry = CouncilEntry(summaryPath: "")
        var hasSummary = false
        for field in try node.mapping("a council", allowed: councilKeys) {
            let value = field.value
            switch field.key {
            case "summary":
                let relative = try value.string("summary")
                entry.summaryPath = FilePaths.resolve(relative, against: directory)
                guard FilePaths.exists(entry.summaryPath) else {
                    throw InputError(
                        "summary '\(relative)' not found", at: value.location,
                        help: "a council's summary.json is written by evident report; paths are relative to the manifest's folder (\(FilePaths.display(directory)))"
                    )
                }
                hasSummary = true
            case "name": entry.name = try value.string("name")
            case "items": entry.items = try map(value, "items")
            case "codes": entry.codes = try map(value, "codes")
            default: entry.domains = try map(value, "domains")
            }
        }
        guard hasSummary else {
            throw InputError("a council has no summary", at: node.location, help: "add summary: with the path of its summary.json")
        }
        return entry
    }

    /// A map of the council's ids to the region's.
    static func map(_ node: YAMLValue, _ what: String) throws(InputError) -> [String: String] {
        var map: [String: String] = [:]
        for pair in try node.mapping(what, allowed: node.mappingKeys) { map[pair.key] = try pair.value.string("the region's id for '\(pair.key)'") }
        return map
    }
}
