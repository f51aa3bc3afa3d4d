/// Removes soft hyphens, zero-width characters and stray byte-order marks, and turns
/// non-breaking and other exotic spaces into plain spaces and line separators into newlines.
struct InvisibleCharacterRule: NormalizationRule {
    let name = "invisible-characters"
    let recordsRepairs = false

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        var edits: [Edit] = []
        var index = 0
        while true {
            // Printable ASCII, nearly all of a text, is never touched.
            index = text.nextIndex(from: index) { $0.value &- 0x20 >= 0x5F }
            guard index < text.count else { break }
            defer { index += 1 }
            let scalar = text[index]
            switch scalar.value {
            case 0x00AD, 0x200B, 0x2060, 0xFEFF, 0x200E, 0x200F:
                edits.append(Edit(index..<index + 1, ""))
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0009:
                edits.append(Edit(index..<index + 1, " "))
            case 0x2028, 0x2029, 0x0085, 0x000B, 0x000C:
                edits.append(Edit(index..<index + 1, "\n"))
            case 0x000D:
                let isPair = index + 1 < text.count && text[index + 1] == "\n"
                edits.append(Edit(index..<index + 1, isPair ? "" : "\n"))
            default:
                break
            }
        }
        return edits
    }
}
