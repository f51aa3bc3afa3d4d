extension PipelineSpec {
    /// The pipelines that ship inside the binary, by name; `pipelines/NAME.yaml` in the source
    /// tree holds the same text (a test keeps them equal).
    public static let builtInYAML: [String: String] = [
        "default": """
            # sunto's default pipeline: plain text in, Italian and English brief out.
            name: default
            description: Italian news brief with English rendering by the built-in engine

            """ + stagesPart(of: newsYAML),
        "news": newsYAML,
        "lead": leadYAML,
        "lexrank": lexrankYAML,
        "textrank": textrankYAML,
        "centroid": centroidYAML,
    ]

    /// A pipeline that ships inside the binary.
    ///
    /// - Throws: ``SuntoError/usage(_:)`` for an unknown name.
    public static func builtIn(named name: String) throws(SuntoError) -> PipelineSpec {
        guard let yaml = builtInYAML[name] else {
            throw .usage("no built-in pipeline '\(name)'; built in: \(builtInYAML.keys.sorted().joined(separator: ", "))")
        }
        // Made from the Swift scripts/embed-pipelines wrote, which a test keeps equal to the YAML.
        if let spec = builtInSpec(named: name) { return spec }
        return try parse(yaml: yaml, file: "pipelines/\(name).yaml", resolver: .basic)
    }

    /// The default pipeline is the `news` one under another name: its stages are taken from it.
    private static func stagesPart(of yaml: String) -> String {
        guard let start = yaml.firstRange(of: "\nstages:")?.upperBound else { return yaml }
        return "stages:" + yaml[start...]
    }
}
