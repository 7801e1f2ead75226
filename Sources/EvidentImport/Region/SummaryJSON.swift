import EvidentFormats
import EvidentModel
import Foundation

/// A value of a `summary.json` file, read with typed accessors that name the file and the
/// value's path (`items[3].n`) in errors. Parsed by `JSONDecoder` into a `JSONValue` (the file
/// edge); nothing else of Foundation travels further.
struct SummaryJSON {
    /// The value at `path`; nil when the member is absent.
    let value: JSONValue?
    let path: String
    let file: String

    static func parse(_ path: String, file: String) throws(InputError) -> SummaryJSON {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the summary", at: SourceLocation(file: file), help: "check the path")
        }
        do {
            return SummaryJSON(value: try JSONDecoder().decode(JSONValue.self, from: data), path: "", file: file)
        } catch {
            throw InputError(
                "the summary is not valid JSON", at: SourceLocation(file: file),
                help: "pass the summary.json that evident report wrote, unedited"
            )
        }
    }

    private func error(_ message: String) -> InputError {
        InputError("\(path.isEmpty ? "the summary" : path) \(message)", at: SourceLocation(file: file))
    }

    private var object: [(String, JSONValue)]? {
        if case .object(let members) = value { members } else { nil }
    }

    func member(_ key: String) -> SummaryJSON {
        SummaryJSON(value: object?.first { $0.0 == key }?.1, path: path.isEmpty ? key : path + "." + key, file: file)
    }

    subscript(_ key: String) -> SummaryJSON { member(key) }

    var isNull: Bool { value == nil || value == .null }

    func string() throws(InputError) -> String {
        guard case .string(let text) = value else { throw error("must be text") }
        return text
    }

    func optionalString() throws(InputError) -> String? {
        isNull ? nil : try string()
    }

    func number() throws(InputError) -> Double {
        let number: Double? = switch value {
        case .integer(let whole): Double(whole)
        case .number(let real): real
        default: nil
        }
        guard let number, number.isFinite else { throw error("must be a number") }
        return number
    }

    func optionalNumber() throws(InputError) -> Double? {
        isNull ? nil : try number()
    }

    func count() throws(InputError) -> Int {
        let number = try number()
        guard number >= 0, number == number.rounded(), number < 1e15 else { throw error("must be a whole number, 0 or more") }
        return Int(number)
    }

    func optionalCount() throws(InputError) -> Int? {
        isNull ? nil : try count()
    }

    func bool() throws(InputError) -> Bool {
        guard case .bool(let flag) = value else { throw error("must be true or false") }
        return flag
    }

    func array() throws(InputError) -> [SummaryJSON] {
        guard case .array(let list) = value else { throw error("must be a list") }
        return list.enumerated().map { SummaryJSON(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// An object's members in key order (the decoder keeps no order; the keys are sorted so
    /// that reading is deterministic).
    func members() throws(InputError) -> [(key: String, value: SummaryJSON)] {
        guard let object else { throw error("must be an object") }
        return object.map(\.0).sorted().map { ($0, member($0)) }
    }

    /// An object's keys, as a set: the decoder loses the file's order, so bins and levels keep
    /// theirs through the scale instead.
    func keys() throws(InputError) -> Set<String> {
        guard let object else { throw error("must be an object") }
        return Set(object.map(\.0))
    }
}
