extension SurveySourceLayout {
    /// The name of the source holding question `number` (1-based) of `dataset`:
    /// `practitioners-2016 Q2 What gets in the way of families making progress`. QDA tools save
    /// a source under its name (QualCoder copies it to `documents/<name>.txt`), so characters no
    /// file name may hold (`/ \ : * ? " < > |` and control characters) are dropped and the
    /// question is cut to 80 characters; the number is what maps the source back.
    public static func sourceName(dataset: String, number: Int, question: String) -> String {
        var text = ""
        var lastWasSpace = true
        for scalar in question.unicodeScalars {
            if "/\\:*?\"<>|".unicodeScalars.contains(scalar) || scalar.value < 0x20 { continue }
            let isSpace = scalar.properties.isWhitespace
            if isSpace, lastWasSpace { continue }
            text.unicodeScalars.append(isSpace ? " " : scalar)
            lastWasSpace = isSpace
        }
        text = text.trimmedEnd
        if text.count > 80 { text = String(text.prefix(79)).trimmedEnd + "…" }
        return "\(dataset) Q\(number)" + (text.isEmpty ? "" : " " + text)
    }

    /// The data set (one of `datasets`) and 1-based question number a source name points at:
    /// `<dataset> Q<n>` followed by a space or nothing.
    public static func parseSourceName(_ name: String, datasets: [String]) -> (dataset: String, number: Int)? {
        for dataset in datasets.sorted(by: { $0.count > $1.count }) where name.hasPrefix(dataset + " Q") {
            let rest = name.dropFirst(dataset.count + 2)
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard let number = Int(digits), rest.dropFirst(digits.count).first.map({ $0 == " " }) ?? true else { continue }
            return (dataset, number)
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool {
        ("0"..."9").contains(self)
    }
}

extension String {
    fileprivate var trimmedEnd: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
