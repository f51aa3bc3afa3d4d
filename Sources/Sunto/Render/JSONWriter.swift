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
        if indent < Self.newlines.count {
            output.append(Self.newlines[indent])
        } else {
            output.append("\n" + String(repeating: "  ", count: indent))
        }
    }

    /// A line break and the indentation of each level, made once.
    private static let newlines = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    /// Starts an element of the current container: a comma after the previous one, a new line.
    private mutating func beginElement() {
        if needsComma[needsComma.count - 1] { output.append(",") }
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
        Self.appendQuoted(name, to: &output)
        output.append(pretty ? ": " : ":")
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
        if let value {
            Self.appendQuoted(value, to: &output)
        } else {
            output.append("null")
        }
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        output.append(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        beginValue()
        output.append(String(value))
    }

    /// Numbers are written with four decimals: enough for scores, and stable across platforms.
    mutating func number(_ value: Double) {
        beginValue()
        Self.appendFixed(value, to: &output)
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
        var text = ""
        appendFixed(value, to: &text)
        return text
    }

    /// Appends `value` with four decimals ("-0.0500"), its digits written into one small string.
    static func appendFixed(_ value: Double, to output: inout String) {
        guard value.isFinite, abs(value) < 1e14 else {
            output.append(value.isFinite ? String(Int(value.rounded())) + ".0000" : "0")
            return
        }
        let scaled = (value * 10_000).rounded()
        var magnitude = Int(abs(scaled))
        // At most "-" + 14 + 1 + 4 digits ("." included): 21 bytes.
        let text = String(unsafeUninitializedCapacity: 24) { buffer in
            var end = 24
            var written = 0
            repeat {
                end -= 1
                buffer[end] = UInt8(0x30 + magnitude % 10)
                magnitude /= 10
                written += 1
                if written == 4 {
                    end -= 1
                    buffer[end] = UInt8(ascii: ".")
                }
            } while magnitude > 0 || written < 5
            if scaled < 0 {
                end -= 1
                buffer[end] = UInt8(ascii: "-")
            }
            let count = 24 - end
            for index in 0..<count { buffer[index] = buffer[end + index] }
            return count
        }
        output.append(text)
    }

    /// Appends `text` as a JSON string literal; text with nothing to escape (nearly all of it)
    /// is appended as it is.
    static func appendQuoted(_ text: String, to output: inout String) {
        let clean = text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0xE2 }
        if clean {
            output.append("\"")
            output.append(text)
            output.append("\"")
        } else {
            output.append(quoted(text))
        }
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
