extension Unicode.Scalar {
    /// Whitespace as it collapses in a rendered page: ASCII spaces and controls, no-break space
    /// and the Unicode space separators. A cheap test: `properties.isWhitespace` costs a table
    /// lookup per character, which shows in the profile of a page walk.
    var isHTMLSpace: Bool {
        let value = self.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x85 || value == 0x1680 || (value >= 0x2000 && value <= 0x200A)
            || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F || value == 0x3000
    }
}
