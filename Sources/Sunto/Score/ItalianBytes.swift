/// Classifies the UTF-8 bytes of Italian text without decoding them: letters, digits, case.
///
/// ASCII is checked directly. Latin-1 letters (C3 80–C3 BF but × and ÷) cover the Italian
/// accents; other two-byte sequences (C4–DF: Latin Extended, Greek, Cyrillic…) count as letters;
/// three-byte sequences count as letters unless they are general punctuation (E2 80–E2 81),
/// currency or arrows (E2 82–E2 87); C2 (Latin-1 punctuation and the no-break space) is never a
/// letter.
enum ItalianBytes {
    /// The length of the UTF-8 sequence that `lead` begins (1 for a stray continuation byte).
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard index + 1 < bytes.count else { return false }
        switch byte {
        case 0xC3: return bytes[index + 1] != 0x97 && bytes[index + 1] != 0xB7
        case 0xC4...0xDF: return true
        case 0xE2: return bytes[index + 1] > 0x87
        case 0xE0...0xEF, 0xF0...0xF4: return true
        default: return false
        }
    }

    /// Whether the letter at `index` is upper case (ASCII, Latin-1 and Latin Extended-A pairs).
    static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        guard index + 1 < bytes.count else { return false }
        if byte == 0xC3 { return bytes[index + 1] < 0xA0 }
        if byte == 0xC4 || byte == 0xC5 { return bytes[index + 1] & 1 == 0 }
        return false
    }

    /// Whether the letter at `index` is lower case.
    static func isLowercase(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        isLetter(bytes, at: index) && !isUppercase(bytes, at: index)
    }

    static func isTypographicApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// Writes the character at `index` (`length` bytes, all within `bytes`) in lower case into
    /// `buffer` at `count`, advancing `count`.
    @inline(__always)
    static func writeLowercased(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        let byte = bytes[index]
        if byte < 0x80 {
            buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            count += 1
        } else if byte == 0xC3, length == 2, bytes[index + 1] >= 0x80, bytes[index + 1] < 0xA0, bytes[index + 1] != 0x97 {
            buffer[count] = 0xC3
            buffer[count + 1] = bytes[index + 1] | 0x20
            count += 2
        } else {
            for offset in 0..<length { buffer[count + offset] = bytes[index + offset] }
            count += length
        }
    }
}
