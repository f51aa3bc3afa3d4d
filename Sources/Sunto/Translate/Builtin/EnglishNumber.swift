/// Italian number spelling to English: decimal comma to point, thousands point to comma
/// (`3,5` → `3.5`, `1.000` → `1,000`, `1.234,5` → `1,234.5`); times and others unchanged.
enum EnglishNumber {
    /// Characters are looked for on the UTF-8 bytes: `String.contains(String)` resolves to
    /// Foundation's search, which goes through `NSString`.
    static func convert(_ number: String) -> String {
        let groups = number.split(separator: ".", omittingEmptySubsequences: false)
        let isThousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.prefix { $0 != "," }.count == 3 }
            && groups[0].count <= 3 && !groups[0].utf8.contains(UInt8(ascii: ","))
        var result = number
        if isThousands {
            result = result.replacing(",", with: "\u{1}").replacing(".", with: ",").replacing("\u{1}", with: ".")
        } else if !number.utf8.contains(UInt8(ascii: ".")), number.filter({ $0 == "," }).count == 1 {
            result = number.replacing(",", with: ".")
        }
        return result
    }
}
