/// Writes JSON with keys in the order given, and numbers in a fixed format, so the same
/// document always gives the same bytes (Foundation's encoder orders keys only alphabetically).
///
/// The writer owns its bytes in one growing block of memory and writes into it through a
/// pointer. A brief's JSON is mostly short pieces (a comma, an indentation, a key, a number),
/// and appending each piece to an `Array` checks that the array is uniquely referenced and has
/// room every time, which cost more than writing the bytes. It is non-copyable, so that block
/// has a single owner and is freed when the writer goes.
struct JSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var indent = 0
    /// Whether the current container has an element already (the next one takes a comma), and
    /// the same for each container around it.
    private var hasElements = false
    private var outer: [Bool] = []
    private var afterKey = false
    private let pretty: Bool

    /// Creates a writer; `capacity` is the expected size in bytes, so that a large document is
    /// not copied each time the bytes outgrow their storage.
    init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The UTF-8 bytes written so far.
    var bytes: [UInt8] { Array(written) }

    /// The JSON written so far.
    var output: String { String(decoding: written, as: UTF8.self) }

    /// The JSON written so far and a line break, the way a record ends in a file or a stream.
    var line: String { output + "\n" }

    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Ends the line: a record ends with a line break in a file or a stream.
    mutating func endLine() {
        put(0x0A)
    }

    // MARK: Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        if extra > capacity - count { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    private mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Structure

    private mutating func newline() {
        guard pretty else { return }
        let spaces = 2 * indent
        reserve(max(16, 1 + spaces))
        if spaces < 16 {
            // A line break and up to fifteen spaces, nearly every line of a brief's JSON, as two
            // eight-byte stores (what is written past the indentation is overwritten next):
            // filling memory through a call cost several times more, once per line.
            let line = UnsafeMutableRawPointer(storage + count)
            line.storeBytes(of: UInt64(littleEndian: 0x2020_2020_2020_200A), as: UInt64.self)
            (line + 8).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
        } else {
            storage[count] = 0x0A
            (storage + count + 1).initialize(repeating: UInt8(ascii: " "), count: spaces)
        }
        count += 1 + spaces
    }

    /// Starts an element of the current container: a comma after the previous one, a new line.
    private mutating func beginElement() {
        if hasElements { put(UInt8(ascii: ",")) }
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
        put(bracket)
        indent += 1
        outer.append(hasElements)
        hasElements = false
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = hasElements
        hasElements = outer.removeLast()
        indent -= 1
        if hadItems { newline() }
        put(bracket)
    }

    // MARK: Keys and values

    /// Writes an object key made at run time (a language, a scorer's name); the next value
    /// written is its value.
    mutating func key(named name: String) {
        var name = name
        name.withUTF8 { writeKey($0) }
    }

    /// Writes an object key written in the source; the next value written is its value. Its
    /// bytes are quoted where they stand: making a `String` of each key of each record, to
    /// quote, was most of the cost of writing it, and keys are a third of a brief's JSON.
    mutating func key(_ name: StaticString) {
        guard name.hasPointerRepresentation else { return key(named: name.description) }
        let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        // Keys in the source are plain words: copied between their quotes as they are, without
        // looking for characters to escape (the debug build checks that there are none).
        assert(Self.firstToCheck(in: bytes, from: 0) == bytes.count, "a key written in the source needs no escaping")
        beginElement()
        reserve(bytes.count + 4)
        storage[count] = UInt8(ascii: "\"")
        (storage + count + 1).initialize(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count + 2
        storage[count - 1] = UInt8(ascii: "\"")
        endKey()
    }

    private mutating func writeKey(_ bytes: UnsafeBufferPointer<UInt8>) {
        beginElement()
        quote(bytes)
        endKey()
    }

    private mutating func endKey() {
        if pretty { put(": ") } else { put(UInt8(ascii: ":")) }
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
            quote(value)
        } else {
            put("null")
        }
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        if value { put("true") } else { put("false") }
    }

    mutating func int(_ value: Int) {
        beginValue()
        if value < 0 { put(UInt8(ascii: "-")) }
        decimal(value.magnitude, decimals: 0)
    }

    /// Numbers are written with four decimals: enough for scores, and stable across platforms.
    mutating func number(_ value: Double) {
        beginValue()
        guard value.isFinite, abs(value) < 1e14 else {
            if value.isFinite {
                let whole = Int(value.rounded())
                if whole < 0 { put(UInt8(ascii: "-")) }
                decimal(whole.magnitude, decimals: 0)
                put(".0000")
            } else {
                put(UInt8(ascii: "0"))
            }
            return
        }
        let scaled = (value * 10_000).rounded()
        if scaled < 0 { put(UInt8(ascii: "-")) }
        decimal(UInt(abs(scaled)), decimals: 4)
    }

    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func field(_ name: StaticString, _ value: Double) {
        key(name)
        number(value)
    }

    /// `value` with four decimals ("-0.0500"), as ``number(_:)`` writes it.
    static func fixed(_ value: Double) -> String {
        var writer = JSONWriter(pretty: false, capacity: 32)
        writer.number(value)
        return writer.output
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var writer = JSONWriter(pretty: false, capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.output
    }

    /// Writes `magnitude` in decimal with a point before its last `decimals` digits, at least one
    /// digit before the point. The digits are made right to left at the far end of the room made
    /// for them, then moved into place.
    private mutating func decimal(_ magnitude: UInt, decimals: Int) {
        let room = 24
        reserve(room)
        let end = storage + count + room
        var position = end
        var magnitude = magnitude
        var written = 0
        repeat {
            if written == decimals, decimals > 0 {
                position -= 1
                position.pointee = UInt8(ascii: ".")
            }
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
            magnitude /= 10
            written += 1
        } while magnitude > 0 || written <= decimals
        let length = end - position
        UnsafeMutableRawPointer(storage + count).copyMemory(from: position, byteCount: length)
        count += length
    }

    private mutating func quote(_ text: String) {
        var text = text
        text.withUTF8 { quote($0) }
    }

    /// Writes UTF-8 text as a JSON string literal: the runs of bytes that need no escaping
    /// (nearly all) copied as they are. Every byte that needs escaping is ASCII, except
    /// U+2028/U+2029 (E2 80 A8/A9), which JavaScript cannot take raw. Keys written in the source
    /// come here as their bytes, without a `String` made of them.
    private mutating func quote(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        storage[count] = UInt8(ascii: "\"")
        count += 1
        var run = 0
        var index = 0
        while true {
            index = Self.firstToCheck(in: utf8, from: index)
            guard index < utf8.count else { break }
            let byte = utf8[index]
            // Of the characters starting E2, only U+2028 and U+2029 (E2 80 A8/A9) are escaped.
            let separator = byte == 0xE2 ? Self.separator(utf8, at: index) : nil
            guard byte != 0xE2 || separator != nil else {
                index += 1
                continue
            }
            put(UnsafeBufferPointer(rebasing: utf8[run..<index]))
            writeEscape(of: byte, separator: separator)
            index += byte == 0xE2 ? 3 : 1
            run = index
        }
        put(UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        put(UInt8(ascii: "\""))
    }

    /// Where the first byte at or after `start` that may need escaping stands (a control
    /// character, a quotation mark, a backslash, or E2), or the end. Eight bytes are tested at
    /// once, as one 64-bit word, until a word holds such a byte: the text of a brief is most of
    /// its JSON, and nearly none of it needs escaping.
    static func firstToCheck(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if Self.mayNeedEscaping(word) { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 { return index }
            index += 1
        }
        return index
    }

    /// Whether any of the eight bytes of `word` is below 0x20, a quotation mark, a backslash or
    /// E2. A byte below `n` (≤ 0x80) sets its top bit in `(word - n per byte) & ~word`, and no
    /// byte sets one there when none is below `n`: the subtraction borrows only from such a byte.
    @inline(__always) static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func below(_ word: UInt64, _ n: UInt64) -> UInt64 { (word &- ones &* n) & ~word & tops }
        let control = below(word, 0x20)
        let quote = below(word ^ (ones &* 0x22), 1)
        let backslash = below(word ^ (ones &* 0x5C), 1)
        let e2 = below(word ^ (ones &* 0xE2), 1)
        return control | quote | backslash | e2 != 0
    }

    /// The last byte of U+2028 or U+2029 if one starts at `index`.
    private static func separator(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
        guard index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else { return nil }
        return utf8[index + 2]
    }

    /// Writes the escape of `byte`: a quotation mark, a backslash, a control character, or the
    /// line or paragraph separator that ends in `separator`.
    private mutating func writeEscape(of byte: UInt8, separator: UInt8?) {
        switch byte {
        case UInt8(ascii: "\""): put(#"\""#)
        case UInt8(ascii: "\\"): put(#"\\"#)
        case 0x0A: put(#"\n"#)
        case 0x0D: put(#"\r"#)
        case 0x09: put(#"\t"#)
        case 0xE2: put(separator == 0xA8 ? #"\u2028"# : #"\u2029"#)
        default:
            let hex: StaticString = "0123456789abcdef"
            put(#"\u00"#)
            put(hex.utf8Start[Int(byte >> 4)])
            put(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
