/// A cell reference (`B12`): its 0-based column and 1-based row.
struct XlsxCellReference: Hashable, Sendable {
    /// Excel's last column, `XFD`.
    static let columnLimit = 16_384

    var column: Int
    var row: Int

    /// `AB3` → column 27, row 3; `nil` when it is not a reference within Excel's limits.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case "a"..."z" where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case "0"..."9" where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            case "$":
                continue
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, column <= Self.columnLimit else { return nil }
        self.column = column - 1
        self.row = digits > 0 ? row : 0
    }

    /// The column alone, for references such as `A:C`; `row` is 0.
    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
