import Sunto

/// The decode, normalize and segment targets.
enum TextChecks {
    private static let normalizer = Normalizer()
    private static let splitter = SentenceSplitter()

    static func decode(_ bytes: [UInt8]) -> [String] {
        guard let decoded = try? TextDecoder().decode(bytes, path: "fuzz.txt") else { return [] }
        if decoded.text.unicodeScalars.contains("\u{0}") && !bytes.contains(0) {
            return ["decoding made a NUL out of bytes without one (\(decoded.encoding))"]
        }
        return []
    }

    static func normalize(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let once = normalizer.normalize(text)
        var problems: [String] = []
        let count = once.text.unicodeScalars.count
        for repair in once.repairs where !(0...count).contains(repair.offset) {
            problems.append("repair \(repair.rule) at \(repair.offset) outside \(count) scalars")
        }
        let twice = normalizer.normalize(once.text)
        if Array(twice.text.unicodeScalars) != Array(once.text.unicodeScalars) {
            problems.append("normalizing twice changed the text: \(twice.repairs.map(\.rule))")
        }
        return problems
    }

    static func segment(_ bytes: [UInt8]) -> [String] {
        let raw = String(decoding: bytes, as: UTF8.self)
        let text = normalizer.normalize(raw).text
        return TextInvariants.sentenceProblems(splitter.split(text), of: text)
            + TextInvariants.sentenceProblems(splitter.split(raw), of: raw).map { "raw text: " + $0 }
    }
}
