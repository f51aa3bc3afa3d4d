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

    /// `text` as a JSON string literal. Works on UTF-8 bytes: every byte that needs escaping is
    /// ASCII, except U+2028/U+2029 (E2 80 A8/A9), which JavaScript cannot take raw.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                bytes += Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                bytes.append(byte)
            }
            index += 1
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
