/// Writes JSON with keys in the order given, and numbers in a fixed format, so the same
/// document always gives the same bytes (Foundation's encoder orders keys only alphabetically).
struct JSONWriter {
    /// The UTF-8 bytes written so far; appending bytes is several times cheaper than appending
    /// to a `String`, which checks its storage and encoding on every append.
    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// Whether the current container has an element already (the next one takes a comma), and
    /// the same for each container around it.
    private var hasElements = false
    private var outer: [Bool] = []
    private let pretty: Bool

    /// Creates a writer; `capacity` is the expected size in bytes, so that a large document is
    /// not copied each time the bytes outgrow their storage.
    init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The JSON written so far and a line break, the way a record ends in a file or a stream.
    var line: String {
        var copy = self
        copy.endLine()
        return copy.output
    }

    /// Ends the line: a record ends with a line break in a file or a stream.
    mutating func endLine() {
        bytes.append(0x0A)
    }

    private var afterKey = false

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        var spaces = 2 * indent
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            spaces -= run
        }
    }

    /// Spaces to indent with, copied in one piece (appending a repeated element goes byte by byte).
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Starts an element of the current container: a comma after the previous one, a new line.
    private mutating func beginElement() {
        if hasElements { bytes.append(UInt8(ascii: ",")) }
        hasElements = true
        if !outer.isEmpty { newline() }
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else {
            beginElement()
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        indent += 1
        outer.append(hasElements)
        hasElements = false
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = hasElements
        hasElements = outer.removeLast()
        indent -= 1
        if hadItems { newline() }
        bytes.append(bracket)
    }

    /// Writes an object key; the next value written is its value.
    mutating func key(_ name: String) {
        beginElement()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    mutating func string(_ value: String?) {
        beginValue()
        if let value {
            Self.appendQuoted(value, to: &bytes)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func int(_ value: Int) {
        beginValue()
        Self.appendDigits(of: value, to: &bytes)
    }

    /// Numbers are written with four decimals: enough for scores, and stable across platforms.
    mutating func number(_ value: Double) {
        beginValue()
        Self.appendFixed(value, to: &bytes)
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
        var bytes: [UInt8] = []
        appendFixed(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the decimal digits of `value`, with a minus sign if negative.
    static func appendDigits(of value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDecimal(value.magnitude, decimals: 0, to: &bytes)
    }

    /// Appends `value` with four decimals ("-0.0500").
    static func appendFixed(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite, abs(value) < 1e14 else {
            if value.isFinite {
                appendDigits(of: Int(value.rounded()), to: &bytes)
                bytes.append(contentsOf: ".0000".utf8)
            } else {
                bytes.append(UInt8(ascii: "0"))
            }
            return
        }
        let scaled = (value * 10_000).rounded()
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDecimal(UInt(abs(scaled)), decimals: 4, to: &bytes)
    }

    /// Appends `magnitude` in decimal with a point before its last `decimals` digits, at least
    /// one digit before the point. The digits are made right to left in a buffer on the stack
    /// and appended at once (appending each byte and reversing costs several times more).
    private static func appendDecimal(_ magnitude: UInt, decimals: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var magnitude = magnitude
            var position = buffer.count
            var written = 0
            repeat {
                if written == decimals, decimals > 0 {
                    position -= 1
                    buffer[position] = UInt8(ascii: ".")
                }
                position -= 1
                buffer[position] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
                written += 1
            } while magnitude > 0 || written <= decimals
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// Appends `text` as a JSON string literal: the runs of bytes that need no escaping (nearly
    /// all) copied as they are. Every byte that needs escaping is ASCII, except U+2028/U+2029
    /// (E2 80 A8/A9), which JavaScript cannot take raw.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2,
                    let escape = escape(utf8, at: index, byte)
                else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                bytes.append(contentsOf: escape)
                index += byte == 0xE2 ? 3 : 1
                run = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape for the byte at `index`, nil when it stands as it is.
    private static func escape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, _ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "\""): return [0x5C, UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): return [0x5C, 0x5C]
        case 0x0A: return [0x5C, UInt8(ascii: "n")]
        case 0x0D: return [0x5C, UInt8(ascii: "r")]
        case 0x09: return [0x5C, UInt8(ascii: "t")]
        case 0x00..<0x20: return Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
            return Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        default: return nil
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
