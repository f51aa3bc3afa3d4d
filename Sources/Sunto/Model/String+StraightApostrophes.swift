extension String {
    /// The text with typographic apostrophes (’) written straight ('), as the lexicons and the
    /// glossaries spell them.
    ///
    /// Looked at for every word matched or translated: a byte check first, since almost no word
    /// has one, and the general `replacing` is slow.
    var straightApostrophes: String {
        utf8.contains(0xE2) && unicodeScalars.contains("\u{2019}") ? replacing("\u{2019}", with: "'") : self
    }
}
