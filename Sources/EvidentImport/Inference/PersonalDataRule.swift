/// Recognises personal-data columns: by what their header says (`Email Address`, `Your name`,
/// `IPAddress`, `Phone`, `Signature`, `Postcode`, `LocationLatitude`, `username`, `Date of
/// birth`, `Where were you born?`, `First letter of your mother's name`), and by what their values look like (mostly
/// email addresses, IP addresses, phone numbers, web addresses or people's names).
///
/// Header rules look at short headers only (five words or fewer), so a question such as "Did
/// you get an email from your worker before the first visit?" is not mistaken for an email
/// column; a name header must not be about a thing (`School name`, `Name of service`). The
/// parts of a self-generated pseudonym code (initials, letters and digits of names, birth dates
/// and house numbers) are recognised in headers of up to twelve words, as their questions are
/// long ("What is the first letter of your mother's first name?").
enum PersonalDataRule {
    /// The personal data a header announces, if any.
    static func kind(forHeader header: String) -> PersonalDataKind? {
        let words = HeaderWords(header)
        let text = words.text
        guard !words.words.isEmpty else { return nil }
        if words.contains("signature") || words.contains("signed") || words.words.first == "sign" { return .signature }
        if words.words.count <= 12, let kind = codeOrBirth(words) { return kind }
        guard words.words.count <= 5 else { return nil }
        if words.containsAny(["email", "emailaddress"]) || words.contains(phrase: "e mail") { return .email }
        if words.contains(phrase: "ip address") || words.containsAny(["ipaddress", "ipaddr"]) || text == "ip" { return .ipAddress }
        if words.containsAny(["latitude", "longitude", "geopoint", "gps", "coordinates"]) { return .location }
        if words.containsAny(["username", "deviceid", "subscriberid", "simserial"]) || text == "token" { return .account }
        if words.words.count <= 4, words.containsAny(["phone", "telephone", "mobile", "tel", "phonenumber"]) { return .phone }
        if words.containsAny(["postcode", "postcodes", "zip"]) || words.contains(phrase: "post code") { return .address }
        if words.contains("address"), words.words.count <= 3 { return .address }
        if words.words.count <= 3, words.containsAny(["url", "website", "linkedin", "homepage"]) || words.contains(phrase: "web address") {
            return .link
        }
        let nameWords: Set<String> = ["name", "names", "surname", "forename", "forenames", "firstname", "lastname", "fullname"]
        if words.containsAny(nameWords), !words.containsAny(notPeople) { return .name }
        return nil
    }

    /// A date or place of birth (with a date and a postcode, the classic quasi-identifiers), or
    /// a part of a pseudonym code.
    private static func codeOrBirth(_ words: HeaderWords) -> PersonalDataKind? {
        let nameParts: Set<String> = [
            "name", "names", "mother's", "mothers", "mum's", "father's", "dad's", "birth", "born", "house", "street", "surname",
            "forename",
        ]
        let initialOf = words.containsAny(nameParts) || words.containsAny(["your", "first", "last", "middle"])
        if words.containsAny(["pseudonym", "initials"]) || (words.contains("initial") && initialOf) { return .pseudonymCode }
        let place: Set<String> = ["where", "place", "country", "state", "town", "city", "county", "nation"]
        if words.contains("birthplace") || (words.containsAny(["born", "birth"]) && words.containsAny(place)) { return .birthplace }
        if words.containsAny(["dob", "birthday", "birthdate"]) || words.contains(phrase: "birth date") || words.contains(phrase: "d o b")
            || ["date", "day", "month", "year"].contains(where: { words.contains(phrase: "\($0) of birth") })
            || words.contains(phrase: "birth year") || words.contains(phrase: "birth month") || words.contains(phrase: "you born")
        {
            return .birthDate
        }
        if words.containsAny(["letter", "letters", "digit", "digits"]), words.containsAny(nameParts) { return .pseudonymCode }
        let codeWords: Set<String> = ["unique", "personal", "participant", "secret", "generated", "identification", "your", "memorable"]
        if words.contains("code"), words.containsAny(codeWords), !words.containsAny(["post", "area", "dialling", "dress"]) {
            return .pseudonymCode
        }
        return nil
    }

    /// The personal data most values show, if any: emails in at least half the values, IP
    /// addresses, phone numbers or web addresses in at least 80%, or people's names (two or
    /// three capitalised words, `ValueShapes.isPersonName`) in 80% of five or more values,
    /// 80% of them different.
    static func kind(forValues values: [String]) -> PersonalDataKind? {
        guard !values.isEmpty else { return nil }
        func share(_ test: (String) -> Bool) -> Double {
            Double(values.filter(test).count) / Double(values.count)
        }
        if share(ValueShapes.isEmail) >= 0.5 { return .email }
        if share(ValueShapes.isIPAddress) >= 0.8 { return .ipAddress }
        if share(ValueShapes.isPhone) >= 0.8 { return .phone }
        if share(ValueShapes.isURL) >= 0.5 { return .link }
        if values.count >= 5, share(ValueShapes.isPersonName) >= 0.8, Set(values).count * 5 >= values.count * 4 { return .name }
        return nil
    }

    /// Words that make a "name" header about a thing rather than a person.
    private static let notPeople: Set<String> = [
        "school", "schools", "service", "services", "team", "organisation", "organization", "agency", "project",
        "setting", "file", "company", "employer", "group", "form", "survey", "course", "programme", "program",
        "activity", "street", "town", "area", "place", "provider", "practice", "product", "event", "club", "collector",
        "nursery", "college", "centre", "center", "hospital", "surgery", "gp", "business", "venue",
    ]
}
