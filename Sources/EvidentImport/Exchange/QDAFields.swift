import EvidentModel

/// Reads the YAML inside Evident's description blocks (`DescriptionBlock`): a code's fields that
/// REFI-QDA has no place for, and the codebook's header and options. Keys are the YAML codebook's
/// own (codebook spec §1); an unknown key is an error naming the line in the REFI-QDA file.
enum QDAFields {
    static let codeKeys = [
        "id", "definition", "include", "exclude_guidance", "patterns", "exclude", "negation", "applies_to", "examples",
        "color",
    ]
    static let headerKeys = ["name", "version", "language", "description", "options"]

    /// Fills `code` from a code block; returns the id the block names, if any.
    static func readCode(_ yaml: String, at location: SourceLocation, into code: inout Code) throws(InputError) -> String? {
        let root = try parse(yaml, at: location)
        var id: String?
        do throws(InputError) {
            for entry in try root.mapping("the Evident block of code '\(code.label)'", allowed: codeKeys) {
                let value = entry.value
                switch entry.key {
                case "id": id = try value.string("id")
                case "definition": code.definition = try value.string("definition")
                case "include": code.include = try value.string("include")
                case "exclude_guidance": code.excludeGuidance = try value.string("exclude_guidance")
                case "patterns": code.patterns = try value.strings("patterns").map { PatternSource($0, declaredAt: shifted(value.location, by: location)) }
                case "exclude": code.exclude = try value.strings("exclude").map { PatternSource($0, declaredAt: shifted(value.location, by: location)) }
                case "negation": code.negation = try value.bool("negation")
                case "applies_to": code.appliesTo = try value.strings("applies_to")
                case "color": code.color = try value.string("color")
                default: code.examples = try value.strings("examples")
                }
            }
        } catch {
            throw shifted(error, by: location)
        }
        return id
    }

    /// Fills the codebook's name, version, language, description and options from its block.
    static func readHeader(_ yaml: String, at location: SourceLocation, into codebook: inout Codebook) throws(InputError) {
        let root = try parse(yaml, at: location)
        do throws(InputError) {
            for entry in try root.mapping("the Evident codebook block", allowed: headerKeys) {
                let value = entry.value
                switch entry.key {
                case "name": codebook.name = try value.string("name")
                case "version": codebook.version = try value.string("version")
                case "language": codebook.language = try value.string("language")
                case "description": codebook.description = try value.string("description")
                default:
                    for option in try value.mapping("options", allowed: ["negation", "stemming", "segment"]) {
                        switch option.key {
                        case "negation": codebook.options.negation = try option.value.bool("negation")
                        case "stemming": codebook.options.stemming = try option.value.bool("stemming")
                        default:
                            let text = try option.value.string("segment")
                            guard let unit = SegmentUnit(rawValue: text) else {
                                throw InputError("segment must be sentence or response, not '\(text)'", at: option.value.location)
                            }
                            codebook.options.segment = unit
                        }
                    }
                }
            }
        } catch {
            throw shifted(error, by: location)
        }
    }

    private static func parse(_ yaml: String, at location: SourceLocation) throws(InputError) -> YAMLValue {
        do throws(InputError) {
            return try YAMLValue.parse(yaml, file: location.file)
        } catch {
            throw shifted(error, by: location)
        }
    }

    /// A location inside the block moved to where the block sits in the file (`location` is the
    /// block's first line).
    private static func shifted(_ inner: SourceLocation?, by location: SourceLocation) -> SourceLocation {
        guard let inner, let line = inner.line, let start = location.line else { return location }
        return SourceLocation(file: location.file, line: start + line - 1, column: inner.column)
    }

    private static func shifted(_ error: InputError, by location: SourceLocation) -> InputError {
        var moved = error
        moved.location = shifted(error.location, by: location)
        return moved
    }
}
