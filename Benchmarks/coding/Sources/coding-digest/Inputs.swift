import EvidentImport
import EvidentModel
import Foundation

/// One answer to code, with where it is said to come from.
struct Unit {
    var text: String
    var dataset: String
    var kind: DatasetKind
    var respondent: String
    var question: String
}

/// The texts the digest codes: the benchmark corpus, a slice of it, a perturbed slice, and every
/// text of the sample study.
enum Inputs {
    /// Every non-empty free-text answer of the corpus (`responses.csv`, its last two columns), as
    /// the practitioner survey `practitioners`.
    static func corpus(_ directory: String, limit: Int? = nil) throws -> [Unit] {
        let reader = try CSVReader(path: directory + "/responses.csv", displayPath: "responses.csv")
        _ = try reader.next()
        var units: [Unit] = []
        var bytes = 0
        while let record = try reader.next() {
            for (column, text) in record.fields.enumerated().dropFirst(4)
            where !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                units.append(Unit(text: text, dataset: "practitioners", kind: .practitionerSurvey,
                                  respondent: record.fields[0], question: "q\(column)"))
                bytes += text.utf8.count
            }
            if let limit, bytes >= limit { break }
        }
        return units
    }

    /// The units with data sets and kinds rotated, so `applies_to` is exercised both ways.
    static func rotated(_ units: [Unit]) -> [Unit] {
        let datasets = ["practitioners", "families", "stories", "talks", "practitioners-2015", "kobo-feedback-2017"]
        let kinds = DatasetKind.allCases
        return units.enumerated().map { index, unit in
            var unit = unit
            unit.dataset = datasets[index % datasets.count]
            unit.kind = kinds[(index / datasets.count) % kinds.count]
            return unit
        }
    }

    /// Every field of every CSV under `Surveys/`, and every line and whole file of its text,
    /// Markdown and XML files.
    static func sample(_ root: String) throws -> [Unit] {
        let surveys = root + "/Surveys"
        guard let walker = FileManager.default.enumerator(atPath: surveys) else { return [] }
        var paths: [String] = []
        for case let path as String in walker { paths.append(path) }
        paths.sort()
        var texts: [String] = []
        for path in paths {
            let full = surveys + "/" + path
            if path.hasSuffix(".csv") {
                let reader = try CSVReader(path: full, displayPath: path)
                while let record = try reader.next() { texts += record.fields }
            } else if path.hasSuffix(".txt") || path.hasSuffix(".md") || path.hasSuffix(".xml") {
                let data = try Data(contentsOf: URL(fileURLWithPath: full))
                let text = String(decoding: data, as: UTF8.self)
                texts.append(text)
                texts += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            }
        }
        let units = texts.enumerated().compactMap { index, text -> Unit? in
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return Unit(text: text, dataset: "sample", kind: .practitionerSurvey, respondent: "s\(index)", question: "q")
        }
        return rotated(units)
    }

    /// The units with seeded changes that normalisation, segmentation and negation must handle:
    /// capitals, curly apostrophes, combining accents, ligatures, full-width letters, emoji,
    /// CRLF and other breaks, abbreviations, decimals, negators, soft hyphens, ellipses.
    static func perturbed(_ units: [Unit], seed: UInt64) -> [Unit] {
        var generator = SplitMix64(seed: seed)
        return units.map { unit in
            var unit = unit
            let words = unit.text.split(separator: " ", omittingEmptySubsequences: false)
            var out: [String] = []
            out.reserveCapacity(words.count)
            for word in words {
                out.append(perturb(String(word), using: &generator))
            }
            unit.text = out.joined(separator: " ")
            return unit
        }
    }

    private static let insertions = [
        "Dr.", "e.g.", "i.e.", "vs.", "3.5", "not", "never", "wasn\u{2019}t", "didn't", "\u{1F44D}\u{1F3FD}",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{2026}", "\u{FF01}", "\r\n", "\n", "\u{2028}", "\u{00A0}",
        "Stra\u{00DF}e", "\u{0130}stanbul", "\u{039F}\u{0394}\u{039F}\u{03A3}", "\u{6211}\u{4EEC}", "\u{00BD}",
        "\u{201C}quoted.\u{201D}", "(aside.)", "?!", "...", "mum's", "parents'", "3's", "rock'n'roll", "'tis",
        "\u{212A}", "caf\u{00E9}", "cafe\u{0301}", "no.", "nobody", "hardly", "\t", "--", "a.b@example.org.",
    ]

    private static func perturb(_ word: String, using generator: inout SplitMix64) -> String {
        var word = word
        switch generator.next() % 40 {
        case 0: word = word.uppercased()
        case 1: word = word.prefix(1).uppercased() + word.dropFirst()
        case 2: word = word.replacingOccurrences(of: "'", with: "\u{2019}")
        case 3: word = word.replacingOccurrences(of: "e", with: "e\u{0301}")
        case 4: word = word.replacingOccurrences(of: "fi", with: "\u{FB01}")
        case 5: word = String(String.UnicodeScalarView(word.unicodeScalars.map { scalar in
            (0x61...0x7A).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x61 + 0xFF41) ?? scalar : scalar
        }))
        case 6: word = word.count > 3 ? word.prefix(2) + "\u{00AD}" + word.dropFirst(2) : word
        case 7: word = word + "'s"
        case 8: word = word + "\u{2019}"
        case 9, 10, 11:
            word = insertions[Int(generator.next() % UInt64(insertions.count))] + " " + word
        case 12: word = word + "."
        case 13: word = word.replacingOccurrences(of: "a", with: "\u{00E0}")
        default: break
        }
        return word
    }
}

/// SplitMix64, so the perturbations are the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
