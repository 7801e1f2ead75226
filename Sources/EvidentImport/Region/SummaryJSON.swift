import EvidentModel
import Foundation

/// A value of a `summary.json` file, read with typed accessors that name the file and the
/// value's path (`items[3].n`) in errors. Parsed by Foundation's `JSONSerialization` (the file
/// edge); nothing else of Foundation travels further.
struct SummaryJSON {
    let value: Any?
    let path: String
    let file: String

    static func parse(_ path: String, file: String) throws(InputError) -> SummaryJSON {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the summary", at: SourceLocation(file: file), help: "check the path")
        }
        do {
            return SummaryJSON(value: try JSONSerialization.jsonObject(with: data), path: "", file: file)
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

    func member(_ key: String) -> SummaryJSON {
        SummaryJSON(value: (value as? [String: Any])?[key], path: path.isEmpty ? key : path + "." + key, file: file)
    }

    subscript(_ key: String) -> SummaryJSON { member(key) }

    var isNull: Bool { value == nil || value is NSNull }

    func string() throws(InputError) -> String {
        guard let text = value as? String else { throw error("must be text") }
        return text
    }

    func optionalString() throws(InputError) -> String? {
        isNull ? nil : try string()
    }

    func number() throws(InputError) -> Double {
        // JSONSerialization gives Int or Double on Linux, NSNumber on Apple platforms.
        let number: Double? = switch value {
        case let whole as Int: Double(whole)
        case let real as Double: real
        case let boxed as NSNumber where !(value is Bool): boxed.doubleValue
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
        guard let flag = value as? Bool else { throw error("must be true or false") }
        return flag
    }

    func array() throws(InputError) -> [SummaryJSON] {
        guard let list = value as? [Any] else { throw error("must be a list") }
        return list.enumerated().map { SummaryJSON(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// An object's members in key order (JSONSerialization keeps no order; the keys are sorted
    /// so that reading is deterministic).
    func members() throws(InputError) -> [(key: String, value: SummaryJSON)] {
        guard let object = value as? [String: Any] else { throw error("must be an object") }
        return object.keys.sorted().map { ($0, member($0)) }
    }

    /// An object's keys in the order the file writes them: JSONSerialization loses the order, so
    /// bins and levels keep theirs through the scale instead.
    func keys() throws(InputError) -> Set<String> {
        guard let object = value as? [String: Any] else { throw error("must be an object") }
        return Set(object.keys)
    }
}
