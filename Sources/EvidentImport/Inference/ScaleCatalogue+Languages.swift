import EvidentModel

/// Answer wordings in the languages councils' partners and LimeSurvey installations use most
/// (Welsh, French, German, Dutch, Spanish): yes/no and five-point agreement, so a survey run
/// in another language has its scales proposed too. Positive levels as the English ones.
extension ScaleCatalogue {
    static let otherLanguages: [Scale] = [
        language("yes-no-cy", ["Na", "Ie"], positive: ["Ie"]),
        language("yes-no-fr", ["Non", "Oui"], positive: ["Oui"]),
        language("yes-no-de", ["Nein", "Ja"], positive: ["Ja"]),
        language("yes-no-nl", ["Nee", "Ja"], positive: ["Ja"]),
        language("yes-no-es", ["No", "Sí"], positive: ["Sí"]),
        language(
            "agreement-5-fr",
            ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"],
            positive: ["D'accord", "Tout à fait d'accord"]
        ),
        language(
            "agreement-5-de",
            ["Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils/teils", "Stimme eher zu", "Stimme voll und ganz zu"],
            positive: ["Stimme eher zu", "Stimme voll und ganz zu"]
        ),
        language(
            "agreement-5-nl",
            ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"],
            positive: ["Mee eens", "Helemaal mee eens"]
        ),
        language(
            "agreement-5-es",
            ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
            positive: ["De acuerdo", "Totalmente de acuerdo"]
        ),
        language(
            "agreement-5-cy",
            ["Anghytuno'n gryf", "Anghytuno", "Dim yn cytuno nac yn anghytuno", "Cytuno", "Cytuno'n gryf"],
            positive: ["Cytuno", "Cytuno'n gryf"]
        ),
    ]

    /// LimeSurvey's answer codes exported without their labels (`A1`, `A2` … `A5`): a scale of
    /// the codes in order, proposed for the researcher to relabel (or to export again with full
    /// answers). Positive: the codes above the middle. `nil` unless every value is such a code
    /// and at least two differ.
    static func answerCodes(_ values: [String]) -> Scale? {
        let numbers = values.map { value -> Int? in
            let trimmed = value.trimmedWhitespace
            guard trimmed.count >= 2, trimmed.count <= 3, trimmed.first == "A" else { return nil }
            return Int(trimmed.dropFirst())
        }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let codes = Set(numbers.compactMap { $0 })
        guard codes.count >= 2, let top = codes.max(), let bottom = codes.min(), bottom >= 1, top <= 11 else { return nil }
        let levels = (1...top).map { "A\($0)" }
        let positive = Set(levels.indices.filter { Double($0 + 1) > Double(top + 1) / 2 })
        return Scale(id: "answer-codes-\(top)", kind: .ordinal(levels: levels, positive: positive))
    }

    private static func language(_ id: String, _ levels: [String], positive: [String]) -> Scale {
        Scale(id: id, kind: .ordinal(levels: levels, positive: Set(positive.compactMap { levels.firstIndex(of: $0) })))
    }
}
