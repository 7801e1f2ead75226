/// How a QDA tool counts the `startPosition` and `endPosition` of a text selection.
///
/// REFI-QDA 1.5 §10.2 counts Unicode code points from the first character of the text (a BOM
/// is not part of the text). Real tools differ, and a selection read in the wrong unit lands
/// characters away from what the coder selected:
///
/// - NVivo (Windows 12.6 measured: 274 of 303 sentence-level selections of a real project begin
///   and end at line ends only when counted this way) and MAXQDA count UTF-16 code units, so an
///   emoji or any character outside the Basic Multilingual Plane counts two; a CRLF counts two.
/// - ATLAS.ti counts UTF-16 code units too, but a CRLF line end as one character (its text file
///   keeps CRLF while its positions count `\n` alone; QualCoder's importer relies on the same).
/// - QualCoder, Taguette, qc and Evident count code points, CRLF as two.
///
/// Evident's own export says which rule it wrote with (`evident-project` instruction), so a
/// project exported for NVivo reads back right before and after a trip through NVivo.
public struct QDAPositions: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable {
        case unicodeScalars = "unicode-scalars"
        case utf16 = "utf-16"
    }

    public var unit: Unit
    /// A CRLF line end counts as one position.
    public var crlfAsOne: Bool

    public init(unit: Unit, crlfAsOne: Bool) {
        self.unit = unit
        self.crlfAsOne = crlfAsOne
    }

    /// The standard's own count, and QualCoder's.
    public static let standard = QDAPositions(unit: .unicodeScalars, crlfAsOne: false)
    /// NVivo's and MAXQDA's.
    public static let utf16 = QDAPositions(unit: .utf16, crlfAsOne: false)
    /// ATLAS.ti's.
    public static let atlas = QDAPositions(unit: .utf16, crlfAsOne: true)

    /// The rule of the tool named by a project's `origin` attribute.
    public static func of(origin: String?) -> QDAPositions {
        let name = origin?.lowercased() ?? ""
        if name.contains("atlas.ti") { return .atlas }
        if name.contains("nvivo") || name.contains("maxqda") { return .utf16 }
        return .standard
    }

    /// Whether positions in `text` differ from code points under this rule at all.
    public var isStandard: Bool { self == .standard }

    /// Positions in the tool's count at each scalar offset of `text` (`count + 1` entries).
    func boundaries(of text: String) -> [Int] {
        var result: [Int] = [0]
        let scalars = Array(text.unicodeScalars)
        result.reserveCapacity(scalars.count + 1)
        var position = 0
        for (index, scalar) in scalars.enumerated() {
            if crlfAsOne, scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                // The pair counts once, at its `\n`.
            } else {
                position += unit == .utf16 && scalar.value > 0xFFFF ? 2 : 1
            }
            result.append(position)
        }
        return result
    }

    /// Converts positions in `text` between this rule and Unicode scalar offsets.
    public struct Converter: Sendable {
        let boundaries: [Int]

        /// The scalar offset a tool position points at: the first scalar boundary at or past it
        /// (a position inside a surrogate pair lands after the character; a CRLF counted once
        /// lands on its `\r`), clamped to the text. O(log n).
        public func scalarOffset(_ position: Int) -> Int {
            var low = 0
            var high = boundaries.count - 1
            while low < high {
                let middle = (low + high) / 2
                if boundaries[middle] < position { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// The tool position of a scalar offset (clamped to the text).
        public func position(_ scalarOffset: Int) -> Int {
            boundaries[min(max(scalarOffset, 0), boundaries.count - 1)]
        }
    }

    /// A converter for `text`; O(n) to build.
    public func converter(for text: String) -> Converter {
        Converter(boundaries: boundaries(of: text))
    }
}
