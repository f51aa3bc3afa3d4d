/// Comparatives and superlatives of short English adjectives: `più alto` → `higher`, `il più
/// alto` → `the highest`, `più grande` → `bigger`; longer adjectives keep `more`/`most`
/// (`più importante` → `more important`).
enum EnglishComparative {
    enum Degree { case comparative, superlative }

    /// The English for `più` and an adjective already translated.
    static func form(_ adjective: String, _ degree: Degree) -> String {
        if let forms = irregular[adjective] { return degree == .comparative ? forms.0 : forms.1 }
        guard short.contains(adjective) else { return (degree == .comparative ? "more " : "most ") + adjective }
        let suffix = degree == .comparative ? "er" : "est"
        if adjective.hasSuffix("e") { return adjective + suffix.dropFirst() }
        if adjective.hasSuffix("y") { return adjective.dropLast() + "i" + suffix }
        if doubling.contains(adjective) { return adjective + String(adjective.last!) + suffix }
        return adjective + suffix
    }

    private static let irregular: [String: (String, String)] = [
        "good": ("better", "best"), "bad": ("worse", "worst"), "far": ("further", "furthest"), "well": ("better", "best"),
    ]

    private static let doubling: Set<String> = ["big", "hot", "sad", "wet", "thin", "fat", "fit"]

    /// One- and two-syllable adjectives English compares with `-er`/`-est`.
    private static let short: Set<String> = [
        "big", "small", "high", "low", "long", "short", "old", "young", "new", "cold", "hot", "warm", "cool", "fast", "slow",
        "strong", "weak", "large", "late", "early", "easy", "hard", "rich", "poor", "safe", "close", "deep", "wide", "cheap",
        "great", "heavy", "light", "clear", "quick", "tall", "dark", "bright", "near", "simple", "busy", "happy", "tough",
        "fresh", "thin", "thick", "soft", "dry", "wet", "clean", "dirty", "calm", "tight", "full", "broad", "steep", "harsh",
        "sharp", "mild", "brief", "rare", "wise", "fine", "pure", "nice", "sure", "tiny", "sad", "fat", "fit", "loud", "quiet",
        "narrow", "wealthy", "healthy", "risky", "angry",
    ]
}
