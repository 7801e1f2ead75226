import EvidentModel

/// What single values look like: email addresses, IP addresses, phone numbers, identifiers.
/// Used to flag personal data a header does not announce, and to keep such values out of
/// everything but the redaction list.
enum ValueShapes {
    /// `local@domain.tld`, no spaces, one `@`.
    static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !value.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// A dotted IPv4 address, or an IPv6 address (hex groups and colons, at least two colons).
    static func isIPAddress(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            return parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                    && (Int(part) ?? 256) <= 255
            }
        }
        let colons = value.filter { $0 == ":" }.count
        return colons >= 2 && value.count <= 45
            && value.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || $0 == ":" || $0 == "." }
    }

    /// A phone number as people write them: 10–13 digits with spaces, dashes, dots or brackets,
    /// starting with `+` or `0` (`07700 900123`, `+44 7700 900123`, `(01632) 960001`).
    static func isPhone(_ value: String) -> Bool {
        var digits = 0
        var first: Character?
        for character in value {
            if character.isASCII, character.isNumber {
                digits += 1
                if first == nil { first = character }
            } else if character == "+" {
                if first == nil { first = "+" } else { return false }
            } else if !" -().".contains(character) {
                return false
            }
        }
        return (first == "0" || first == "+") && (10...13).contains(digits)
    }

    /// One token that could name a record: no spaces, at most 64 characters, holding a digit.
    static func isIdentifier(_ value: String) -> Bool {
        value.count <= 64 && !value.contains(where: \.isWhitespace) && value.contains(where: \.isNumber)
    }

    /// A web address: `http://`, `https://` or `www.` then no spaces (a profile or a document
    /// link, which can name a person: `…/in/kerry-walsh`).
    static func isURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return false }
        return !value.contains(where: \.isWhitespace) && value.count > 8
    }

    /// A person's name as people type it in a name field: two or three words, each a
    /// capitalised word of letters (an apostrophe or hyphen inside: `O'Brien`, `Smith-Jones`,
    /// `McDonald`) or an initial (`J`, `J.`), at least one of them two letters or more:
    /// `Kerry Walsh`, `J. Patel`, `Amy-Louise Carter`.
    static func isPersonName(_ value: String) -> Bool {
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        guard (2...3).contains(words.count) else { return false }
        var long = false
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            let rest = word.unicodeScalars.dropFirst()
            if rest.isEmpty || (rest.count == 1 && rest.first == ".") { continue }
            guard rest.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "’" || $0 == "-" }),
                rest.contains(where: { $0.properties.isLowercase })
            else { return false }
            long = true
        }
        return long
    }

    /// Any of the shapes that are personal data wherever they appear.
    static func isPersonal(_ value: String) -> Bool {
        let trimmed = value.trimmedWhitespace
        return isEmail(trimmed) || isPhone(trimmed) || isIPAddress(trimmed) || isURL(trimmed)
    }
}
