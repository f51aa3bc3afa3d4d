import Foundation
import Sunto

/// Loading glossaries and article folders for the `glossary` commands.
enum GlossaryFiles {
    /// The built-in glossaries (optionally) and extra files, the extra ones winning.
    static func load(builtIn: Bool, extra: [String]) throws(SuntoError) -> GlossarySet {
        var glossaries = builtIn ? try BuiltInGlossaries.all() : []
        for file in extra { glossaries.append(try GlossaryLoader.load(file, priority: 2)) }
        return GlossarySet(glossaries)
    }

    /// The sentences of every `.txt` article under `folder`, normalized and segmented as the
    /// pipeline does; unreadable files are reported and skipped.
    static func articles(in folder: String) throws(SuntoError) -> [[Sentence]] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .inputMissing(path: folder)
        }
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".sents.txt") }.sorted()
        let normalizer = Normalizer()
        let splitter = SentenceSplitter()
        return paths.compactMap { relative in
            let path = folder + "/" + relative
            do {
                let text = try TextDecoder().decode(try InputFile.read(path), path: path).text
                return splitter.split(normalizer.normalize(text).text)
            } catch {
                Diagnostics.report(error)
                return nil
            }
        }
    }
}
