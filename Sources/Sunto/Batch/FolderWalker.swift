#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An article file found in the input folder.
public struct WalkedFile: Sendable, Equatable {
    /// The path relative to the input folder, `/`-separated (`politica/a01.txt`); it is the
    /// `source.path` of the brief, so outputs do not depend on where the folder lies.
    public var relativePath: String
    /// The path to open: the input folder joined with ``relativePath``.
    public var path: String
    /// The output path without its extension, relative to the output folder (`politica/a01`;
    /// `politica/a01.txt` when another article of the folder has the same stem).
    public var outputStem: String
}

/// One step of a walk: an article file, or a path that cannot be walked (a symbolic-link loop,
/// a broken link, a FIFO, a folder that cannot be listed).
public enum WalkItem: Sendable, Equatable {
    case file(WalkedFile)
    case problem(relativePath: String, error: SuntoError)
}

/// Walks an input folder depth-first, lazily, in a fixed order, yielding the article files
/// (`.txt`, `.md`, `.html`, `.htm`, and each of them `.gz`) that the patterns select.
///
/// Names starting with `.` are skipped. Symbolic links are followed, as `find -L` does: a link
/// back to a folder being walked is reported once as a problem instead of looping. Memory is
/// bounded by the depth of the tree and the size of its largest folder, never by the number of
/// files.
public struct FolderWalker: Sequence, Sendable {
    /// The input folder.
    public let root: String
    /// Files must match one of these, when any are given.
    public var include: [GlobPattern]
    /// Files and folders matching one of these are left out.
    public var exclude: [GlobPattern]
    /// Folders never entered (the output folder, when it lies inside the input folder).
    public var skipping: [String]

    /// Creates a walker over `root`.
    public init(root: String, include: [GlobPattern] = [], exclude: [GlobPattern] = [], skipping: [String] = []) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.include = include
        self.exclude = exclude
        self.skipping = skipping
    }

    /// Whether `name` has an extension the batch reads.
    public static func isArticleName(_ name: String) -> Bool {
        OutputLayout.articleExtension(of: name) != nil
    }

    public func makeIterator() -> Iterator {
        Iterator(walker: self)
    }

    /// The walk in progress: a stack of folders, each with the names still to visit.
    public struct Iterator: IteratorProtocol {
        private struct Frame {
            var relativePath: String
            var identity: FileSystemEntry.Identity
            var pending: [WalkItemSeed]
        }

        /// A name of a folder listing, resolved enough to know what to do with it.
        private enum WalkItemSeed {
            case folder(relativePath: String, identity: FileSystemEntry.Identity)
            case item(WalkItem)
        }

        private let walker: FolderWalker
        private let skipped: Set<FileSystemEntry.Identity>
        private var stack: [Frame] = []
        private var started = false

        fileprivate init(walker: FolderWalker) {
            self.walker = walker
            skipped = Set(walker.skipping.compactMap { try? FileSystemEntry.stat($0).get().identity })
        }

        public mutating func next() -> WalkItem? {
            if !started {
                started = true
                guard case .success(let root) = FileSystemEntry.stat(walker.root), root.kind == .directory else { return nil }
                if let problem = enter(relativePath: "", identity: root.identity) { return problem }
            }
            while !stack.isEmpty {
                guard let seed = stack[stack.count - 1].pending.popLast() else {
                    stack.removeLast()
                    continue
                }
                switch seed {
                case .item(let item):
                    return item
                case .folder(let relativePath, let identity):
                    if let ancestor = stack.first(where: { $0.identity == identity }) {
                        let target = ancestor.relativePath.isEmpty ? "the input folder" : "'\(ancestor.relativePath)'"
                        return .problem(relativePath: relativePath, error: .unreadable(path: relativePath, reason: "symbolic link loop: it leads back to \(target)"))
                    }
                    if let problem = enter(relativePath: relativePath, identity: identity) { return problem }
                }
            }
            return nil
        }

        /// Lists a folder and pushes its frame; returns a problem when it cannot be listed.
        private mutating func enter(relativePath: String, identity: FileSystemEntry.Identity) -> WalkItem? {
            switch DirectoryListing.names(in: absolute(relativePath)) {
            case .failure(let error):
                let name = relativePath.isEmpty ? walker.root : relativePath
                return .problem(relativePath: name, error: .unreadable(path: name, reason: "cannot list the folder: \(error)"))
            case .success(let names):
                stack.append(Frame(relativePath: relativePath, identity: identity, pending: seeds(for: names, in: relativePath).reversed()))
                return nil
            }
        }

        private func seeds(for names: [DirectoryListing.Name], in folder: String) -> [WalkItemSeed] {
            var seeds: [WalkItemSeed] = []
            var files: [(index: Int, name: String)] = []
            // Stems are decided among every article of the folder, chosen or not, so that an
            // article's outputs keep their names whatever the patterns.
            let articles = names.map(\.name).filter { !$0.hasPrefix(".") && FolderWalker.isArticleName($0) }
            let stems = Dictionary(uniqueKeysWithValues: zip(articles, OutputLayout.stems(for: articles, atRoot: folder.isEmpty)))
            for listed in names where !listed.name.hasPrefix(".") {
                let relativePath = folder.isEmpty ? listed.name : folder + "/" + listed.name
                if walker.exclude.contains(where: { $0.matches(relativePath) }) { continue }
                let isArticle = FolderWalker.isArticleName(listed.name)
                var kind = listed.kind
                var identity: FileSystemEntry.Identity?
                if kind == nil || kind == .directory {
                    switch FileSystemEntry.stat(absolute(relativePath)) {
                    case .success(let entry):
                        kind = entry.kind
                        identity = entry.identity
                    case .failure(let error):
                        if let problem = Self.problem(linkError: error, relativePath: relativePath, isArticle: isArticle) {
                            seeds.append(.item(problem))
                        }
                        continue
                    }
                }
                switch kind {
                case .directory:
                    if let identity, !skipped.contains(identity) { seeds.append(.folder(relativePath: relativePath, identity: identity)) }
                case .regularFile where isArticle && isIncluded(relativePath):
                    files.append((seeds.count, listed.name))
                    seeds.append(.item(.file(WalkedFile(relativePath: relativePath, path: absolute(relativePath), outputStem: ""))))
                case .special where isArticle && isIncluded(relativePath):
                    seeds.append(.item(.problem(relativePath: relativePath, error: .unreadable(path: relativePath, reason: "not a regular file (a FIFO, socket or device)"))))
                default:
                    break
                }
            }
            for file in files {
                guard case .item(.file(var walked)) = seeds[file.index], let stem = stems[file.name] else { continue }
                walked.outputStem = folder.isEmpty ? stem : folder + "/" + stem
                seeds[file.index] = .item(.file(walked))
            }
            return seeds
        }

        private func isIncluded(_ relativePath: String) -> Bool {
            walker.include.isEmpty || walker.include.contains { $0.matches(relativePath) }
        }

        private func absolute(_ relativePath: String) -> String {
            relativePath.isEmpty ? walker.root : (walker.root == "/" ? "/" : walker.root + "/") + relativePath
        }

        /// A link that cannot be followed is worth reporting when it loops, or when it is named
        /// like an article.
        private static func problem(linkError: Errno, relativePath: String, isArticle: Bool) -> WalkItem? {
            if linkError.code == ELOOP {
                return .problem(relativePath: relativePath, error: .unreadable(path: relativePath, reason: "symbolic link loop: the link never reaches a file"))
            }
            guard isArticle else { return nil }
            if linkError.code == ENOENT {
                return .problem(relativePath: relativePath, error: .inputMissing(path: relativePath))
            }
            return .problem(relativePath: relativePath, error: .unreadable(path: relativePath, reason: linkError.description))
        }
    }
}
