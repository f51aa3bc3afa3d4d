import Testing

@testable import Sunto

/// Numbers are written with exactly four decimals and strings escaped only where JSON needs it.
@Suite struct JSONWriterTests {
    @Test(arguments: [
        (0.0, "0.0000"), (1.23456, "1.2346"), (-0.05, "-0.0500"), (12, "12.0000"), (-0.00001, "0.0000"),
        (0.99995, "1.0000"), (123456.5, "123456.5000"), (-3.14159, "-3.1416"), (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func numbersHaveFourDecimals(value: Double, text: String) {
        #expect(JSONWriter.fixed(value) == text)
    }

    @Test func stringsAreEscapedOnlyWhereNeeded() {
        var output = ""
        JSONWriter.appendQuoted("perché «sì»", to: &output)
        #expect(output == "\"perché «sì»\"")
        output = ""
        JSONWriter.appendQuoted("a \"b\"\\\n\t\u{1}\u{2028}", to: &output)
        #expect(output == #""a \"b\"\\\n\t\u0001\u2028""#)
    }
}
