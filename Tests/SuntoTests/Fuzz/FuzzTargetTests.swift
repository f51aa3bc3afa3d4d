import Foundation
import SuntoFuzzTargets
import Testing

/// The fuzz targets' checks hold on the fixtures that seed them, and on every input the fuzzers
/// found once (`Fixtures/fuzz/<target>/`), so a fixed finding stays fixed.
@Suite struct FuzzTargetTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The files under `Fixtures/<folder>`, sorted, with their bytes.
    static func files(in folder: String) -> [(name: String, bytes: [UInt8])] {
        let url = fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else { return nil }
            return (name, [UInt8](data))
        }
    }

    /// A few seeds per target, as `scripts/fuzz` gathers them.
    static let seeds: [(FuzzTarget, String, [UInt8])] = {
        let articles = files(in: "articles").filter { $0.name.hasSuffix(".txt") && !$0.name.contains("sents") }.prefix(3)
        let pages = files(in: "html").filter { $0.name.hasSuffix(".html") }.prefix(3)
        let tsv = files(in: "glossary") + files(in: "render").filter { $0.name.hasSuffix(".tsv") }
        var seeds: [(FuzzTarget, String, [UInt8])] = []
        for (name, bytes) in articles {
            for target in [FuzzTarget.decode, .normalize, .segment, .brief] { seeds.append((target, name, bytes)) }
            let record = ["id": name, "text": String(decoding: bytes, as: UTF8.self)]
            seeds.append((.stage, name, [UInt8]((try? JSONSerialization.data(withJSONObject: record)) ?? Data())))
        }
        for (name, bytes) in pages { seeds += [(.html, name, bytes), (.brief, name, bytes)] }
        for (name, bytes) in tsv { seeds.append((.glossary, name, [0] + bytes)) }
        for (name, bytes) in files(in: "pipelines") { seeds.append((.yaml, name, bytes)) }
        return seeds
    }()

    @Test func theSeedsBreakNoInvariant() {
        #expect(Self.seeds.count > 20)
        for (target, name, bytes) in Self.seeds {
            #expect(target.violations(bytes) == [], "\(target.rawValue) on \(name)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyFindingStaysFixed(_ target: FuzzTarget) {
        for (name, bytes) in Self.files(in: "fuzz/\(target.rawValue)") {
            #expect(target.violations(bytes) == [], "\(target.rawValue) on fuzz/\(target.rawValue)/\(name)")
        }
    }
}
