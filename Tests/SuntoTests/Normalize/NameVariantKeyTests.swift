import Testing

@testable import Sunto

/// The transliteration key that tells spelling variants of one name apart from different names.
struct NameVariantKeyTests {
    @Test(arguments: [
        ("Zelenskyj", "Zelensky", "zelensci"),
        ("Khodorkovsky", "Chodorkowski", "codorcovsci"),
        ("Schröder", "Shröder", "scröder"),
        ("Putin", "Poutine", nil),
        ("Maxim", "Macsim", "macsim"),
        ("Tsipras", "Zipras", "zipras"),
        ("Kyiv", "Kiiv", "civ"),
    ] as [(String, String, String?)])
    func variantsOfOneNameShareAKey(_ one: String, _ other: String, _ key: String?) {
        if let key {
            #expect(NameVariantRule.key(one) == key)
            #expect(NameVariantRule.key(other) == key)
        } else {
            #expect(NameVariantRule.key(one) != NameVariantRule.key(other))
        }
    }
}
