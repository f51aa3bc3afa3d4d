/// Writes JSON with keys in the order given, and numbers in a fixed format, so the same
/// document always gives the same bytes (Foundation's encoder orders keys only alphabetically).
struct JSONWriter {
    private(set) var output = ""
    private var indent = 0
    private var needsComma: [Bool] = [false]
    private let pretty: Bool

    init(pretty: Bool = true) {
        self.pretty = pretty
    }

    private var afterKey = false

    private mutating func newline() {
        guard pretty else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    /// Starts an element of the current container: a comma after the previous one, a new line.
    private mutating func beginElement() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if needsComma.count > 1 { newline() }
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else {
            beginElement()
        }
    }

    private mutating func open(_ bracket: String) {
        output += bracket
        indent += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { newline() }
        output += bracket
    }

    /// Writes an object key; the next value written is its value.
    mutating func key(_ name: String) {
        beginElement()
        output += Self.quoted(name) + (pretty ? ": " : ":")
        afterKey = true
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open("{")
        body(&self)
        close("}")
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open("[")
        body(&self)
        close("]")
    }

    mutating func string(_ value: String?) {
        beginValue()
        output += value.map(Self.quoted) ?? "null"
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        output += value ? "true" : "false"
    }

    mutating func int(_ value: Int) {
        beginValue()
        output += String(value)
    }

    /// Numbers are written with four decimals: enough for scores, and stable across platforms.
    mutating func number(_ value: Double) {
        beginValue()
        output += Self.fixed(value)
    }

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: String, _ value: Double) {
        key(name)
        number(value)
    }

    static func fixed(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 10_000).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let whole = magnitude / 10_000
        let fraction = String(magnitude % 10_000)
        return (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
