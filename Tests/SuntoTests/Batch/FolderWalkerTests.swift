import Foundation
import Testing

@testable import Sunto

@Suite struct FolderWalkerTests {
    /// A folder with articles, things to skip, and links and files that cannot be read.
    private func makeTree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["in/a01.txt", "in/a01.html", "in/.hidden.txt", "in/notes.pdf", "in/politica/b.md", "in/bozze/x.txt", "in/out/old.md"] {
            try folder.write(name, text: "testo")
        }
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder("in/politica/loop"), withDestinationPath: "..")
        try links.createSymbolicLink(atPath: folder("in/politica/self.txt"), withDestinationPath: "self.txt")
        try links.createSymbolicLink(atPath: folder("in/politica/gone.txt"), withDestinationPath: "missing.txt")
        #expect(mkfifo(folder("in/pipe.txt"), 0o644) == 0)
        return folder
    }

    private func describe(_ walker: FolderWalker) -> [String] {
        walker.map { item in
            switch item {
            case .file(let file): "\(file.relativePath) -> \(file.outputStem)"
            case .problem(let path, let error): "\(path): \(FailureRecord(path: path, error: error).errorName)"
            }
        }
    }

    @Test func theWalkIsSortedSkipsHiddenAndOtherFilesAndReportsLinksThatCannotBeFollowed() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let walker = FolderWalker(root: folder("in"), skipping: [folder("in/out")])
        #expect(describe(walker) == [
            "a01.html -> a01.html",
            "a01.txt -> a01.txt",
            "bozze/x.txt -> bozze/x",
            "pipe.txt: unreadable",
            "politica/b.md -> politica/b",
            "politica/gone.txt: input-missing",
            "politica/loop: unreadable",
            "politica/self.txt: unreadable",
        ])
    }

    @Test func aLinkBackToAnAncestorIsNamedAsALoop() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let problems = FolderWalker(root: folder("in")).compactMap { item -> String? in
            guard case .problem("politica/loop", let error) = item else { return nil }
            return error.description
        }
        #expect(problems == ["politica/loop: cannot read: symbolic link loop: it leads back to the input folder"])
    }

    @Test func includeAndExcludePatternsSelectFilesAndPruneFolders() throws {
        let folder = try makeTree()
        defer { folder.remove() }
        let walker = FolderWalker(root: folder("in"), include: [try GlobPattern("*.txt"), try GlobPattern("*.md")],
                                  exclude: [try GlobPattern("bozze"), try GlobPattern("politica")], skipping: [folder("in/out")])
        #expect(describe(walker) == ["a01.txt -> a01.txt", "pipe.txt: unreadable"])
    }

    @Test func aMissingRootYieldsNothing() {
        #expect(Array(FolderWalker(root: "/nonexistent/folder")).isEmpty)
    }

    @Test func deepTreesAreWalkedDepthFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var path = "in"
        for depth in 0..<40 {
            path += "/d\(depth)"
            try folder.write(path + "/a.txt", text: "testo")
        }
        var iterator = FolderWalker(root: folder("in")).makeIterator()
        guard case .file(let first) = iterator.next() else { Issue.record("no file"); return }
        #expect(first.relativePath == "d0/a.txt")
        #expect(Array(FolderWalker(root: folder("in"))).count == 40)
    }
}
