import Foundation

/// Turns the dates pages carry (ISO 8601, RFC 822, "19 novembre 2019", "November 19, 2019",
/// "19/11/2019") into ISO 8601: `2019-11-19`, or `2019-11-19T10:00:00+01:00` when a time is given.
enum DateNormalizer {
    /// The ISO 8601 form of `text`, or `nil` when it holds no recognisable date.
    static func iso8601(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if let iso = isoPrefix(Array(trimmed.utf8)) { return iso }
        return WrittenDate(in: trimmed[...])?.iso
    }

    /// `YYYY-MM-DD`, `YYYYMMDD`, optionally followed by `T`/space, a time and a zone.
    private static func isoPrefix(_ bytes: [UInt8]) -> String? {
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        var index: Int
        let year: Int, month: Int, day: Int
        if let y = number(0..<4), bytes.count >= 10, bytes[4] == 0x2D, let m = number(5..<7), bytes[7] == 0x2D, let d = number(8..<10) {
            (year, month, day, index) = (y, m, d, 10)
        } else if bytes.count == 8, let y = number(0..<4), let m = number(4..<6), let d = number(6..<8) {
            (year, month, day, index) = (y, m, d, 8)
        } else {
            return nil
        }
        guard let date = format(year: year, month: month, day: day) else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " "),
              let hour = number((index + 1)..<(index + 3)), index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
              let minute = number((index + 4)..<(index + 6)), hour < 24, minute < 60
        else { return date }
        index += 6
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":"), let s = number((index + 1)..<(index + 3)), s < 61 {
            second = s
            index += 3
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
        var zone = ""
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") {
                zone = "Z"
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), let zh = number((index + 1)..<(index + 3)) {
                let afterHour = index + 3
                let colon = afterHour < bytes.count && bytes[afterHour] == UInt8(ascii: ":") ? 1 : 0
                let zm = number((afterHour + colon)..<(afterHour + colon + 2)) ?? 0
                zone = String(UnicodeScalar(bytes[index])) + pad(zh) + ":" + pad(zm)
            }
        }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    /// The date in a news URL path: `/2024/03/12/`, `/2024-03-12-`, `/20240312/`.
    static func dateInURL(_ url: String) -> String? {
        let decoded = url.replacingOccurrences(of: "%2F", with: "/", options: .caseInsensitive)
        let parts = decoded.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." || $0 == "+" || $0 == "%" }).map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 8, part.allSatisfy(\.isASCII), let date = isoPrefix(Array(part.utf8)), part.hasPrefix("19") || part.hasPrefix("20") {
                return date
            }
            guard part.count == 4, let year = Int(part), (1990...2100).contains(year), index + 2 < parts.count,
                  parts[index + 1].count <= 2, parts[index + 2].count <= 2,
                  let month = Int(parts[index + 1]), let day = Int(parts[index + 2])
            else { continue }
            if let date = format(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    private static func format(year: Int, month: Int, day: Int) -> String? {
        WrittenDate.iso(year: year, month: month, day: day)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
