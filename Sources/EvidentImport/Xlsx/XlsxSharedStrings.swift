import EvidentModel

/// The workbook's shared strings (`xl/sharedStrings.xml`): each `<si>`'s text, rich-text runs
/// joined, phonetic runs (`<rPh>`) left out, Excel's `_xHHHH_` escapes decoded. Held in memory
/// (cells refer to them by index), within `XlsxPart.Limits`: a larger part, or more strings,
/// is refused.
struct XlsxSharedStrings: Sendable {
    private(set) var strings: [String] = []

    init() {}

    init(_ reader: XMLStreamReader, countLimit: Int, file: String) throws(InputError) {
        var current = ""
        var inItem = false
        var inText = false
        var phonetic = 0
        while let event = try reader.next() {
            switch event {
            case .start(let element):
                switch element.name {
                case "si":
                    inItem = true
                    current = ""
                case "t" where inItem && phonetic == 0: inText = true
                case "rPh": phonetic += 1
                default: break
                }
            case .text(let text, _) where inText:
                current += text
            case .end(let name, _):
                switch name {
                case "t": inText = false
                case "rPh": phonetic -= 1
                case "si":
                    inItem = false
                    guard strings.count < countLimit else {
                        throw InputError(
                            "the workbook's shared strings hold more than \(countLimit) strings", at: SourceLocation(file: file),
                            help: "this is far more than any survey export holds; check the file"
                        )
                    }
                    strings.append(XlsxPart.unescape(current))
                default: break
                }
            default: break
            }
        }
    }

    subscript(index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }
}
