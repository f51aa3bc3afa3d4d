import Foundation
import Testing

/// A folder of its own for one test, under the system's temporary folder, removed by
/// ``remove()``.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "sunto-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the folder, first giving back permissions a test took away.
    func remove() {
        _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+rwx", path]).waitUntilExit()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative`.
    func callAsFunction(_ relative: String) -> String {
        path + "/" + relative
    }

    /// Writes `bytes` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let target = self(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes `text` as UTF-8 at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, text: String) throws -> String {
        try write(relative, Array(text.utf8))
    }

    /// The bytes of the file at `relative`.
    func read(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: self(relative))))
    }

    /// The text of the file at `relative`.
    func text(_ relative: String) throws -> String {
        String(decoding: try read(relative), as: UTF8.self)
    }

    /// Every file under `relative` (hidden ones too), relative to it, sorted.
    func files(under relative: String = "") -> [String] {
        let root = relative.isEmpty ? path : self(relative)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(name)
            }
        }
        return files.sorted()
    }
}

/// Test articles: the Italian articles under `Fixtures/articles/`, written for these tests.
enum BatchArticles {
    /// The text of fixture article `number` (1…22).
    static func text(_ number: Int) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let name = "a" + (number < 10 ? "0" : "") + String(number) + ".txt"
        return try String(contentsOf: folder.appendingPathComponent("articles").appendingPathComponent(name), encoding: .utf8)
    }

    /// `count` articles cycling through the fixtures.
    static func texts(_ count: Int) throws -> [String] {
        try (0..<count).map { try text($0 % 22 + 1) }
    }

    /// Whether the tests run as root, for whom file permissions do not stop reading or writing.
    static var isRoot: Bool { geteuid() == 0 }
}
