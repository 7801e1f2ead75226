/// Recognises personal-data columns: by what their header says (`Email Address`, `Your name`,
/// `IPAddress`, `Phone`, `Signature`, `Postcode`, `LocationLatitude`, `username`), and by what
/// their values look like (mostly email addresses, IP addresses or phone numbers).
///
/// Header rules look at short headers only (five words or fewer), so a question such as "Did
/// you get an email from your worker before the first visit?" is not mistaken for an email
/// column; a name header must not be about a thing (`School name`, `Name of service`).
enum PersonalDataRule {
    /// The personal data a header announces, if any.
    static func kind(forHeader header: String) -> PersonalDataKind? {
        let words = HeaderWords(header)
        let text = words.text
        guard !words.words.isEmpty else { return nil }
        if words.contains("signature") || words.contains("signed") || words.words.first == "sign" { return .signature }
        guard words.words.count <= 5 else { return nil }
        if words.containsAny(["email", "emailaddress"]) || words.contains(phrase: "e mail") { return .email }
        if words.contains(phrase: "ip address") || words.containsAny(["ipaddress", "ipaddr"]) || text == "ip" { return .ipAddress }
        if words.containsAny(["latitude", "longitude", "geopoint", "gps", "coordinates"]) { return .location }
        if words.containsAny(["username", "deviceid", "subscriberid", "simserial"]) || text == "token" { return .account }
        if words.words.count <= 4, words.containsAny(["phone", "telephone", "mobile", "tel", "phonenumber"]) { return .phone }
        if words.containsAny(["postcode", "postcodes", "zip"]) || words.contains(phrase: "post code") { return .address }
        if words.contains("address"), words.words.count <= 3 { return .address }
        let nameWords: Set<String> = ["name", "names", "surname", "forename", "forenames", "firstname", "lastname", "fullname"]
        if words.containsAny(nameWords), !words.containsAny(notPeople) { return .name }
        return nil
    }

    /// The personal data most values show, if any: emails in at least half the values, IP
    /// addresses or phone numbers in at least 80%.
    static func kind(forValues values: [String]) -> PersonalDataKind? {
        guard !values.isEmpty else { return nil }
        func share(_ test: (String) -> Bool) -> Double {
            Double(values.filter(test).count) / Double(values.count)
        }
        if share(ValueShapes.isEmail) >= 0.5 { return .email }
        if share(ValueShapes.isIPAddress) >= 0.8 { return .ipAddress }
        if share(ValueShapes.isPhone) >= 0.8 { return .phone }
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
