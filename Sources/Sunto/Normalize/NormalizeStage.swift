/// The normalization stage: Unicode, typography and artifact repair (see ``Normalizer``).
public struct NormalizeStage: Stage {
    public let name = "normalize"
    /// The configured normalizer.
    public let normalizer: Normalizer

    /// Creates the stage with a normalizer.
    public init(normalizer: Normalizer = Normalizer()) {
        self.normalizer = normalizer
    }

    /// Creates the stage from pipeline options: `quotes` (guillemets, curly, straight, keep),
    /// `apostrophes` (straight, typographic, keep), `repairs` (list of rule names) and
    /// `preferred-names` (spellings that win among variants).
    public init(options: inout StageOptions, context: StageContext) throws(SuntoError) {
        let quotes = try options.choice("quotes", of: QuoteStyle.allCases.map(\.rawValue), default: "guillemets")
        let apostrophes = try options.choice("apostrophes", of: ApostropheStyle.allCases.map(\.rawValue), default: "straight")
        let repairs = try options.strings("repairs", default: Normalizer.repairRuleNames, allowed: Normalizer.repairRuleNames)
        let preferred = try options.strings("preferred-names", default: [])
        self.init(normalizer: Normalizer(
            quotes: QuoteStyle(rawValue: quotes) ?? .guillemets,
            apostrophes: ApostropheStyle(rawValue: apostrophes) ?? .straight,
            repairs: Set(repairs),
            preferredNames: preferred.isEmpty ? context.glossaries.exactTerms : context.glossaries.exactTerms.union(preferred),
            glossaryVariants: context.glossaries.variantMap
        ))
    }

    public func process(_ document: Document) -> Document {
        var document = document
        let result = normalizer.normalize(document.text)
        document.normalizedText = result.text
        document.repairs = result.repairs
        return document
    }
}
