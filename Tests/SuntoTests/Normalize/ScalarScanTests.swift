import Testing

@testable import Sunto

/// The character rules pass over the scalars that cannot concern them four at a time; the first
/// one that may is found wherever it stands in or after those groups of four.
@Suite struct ScalarScanTests {
    @Test func theFirstScalarThatMayConcernARuleIsFoundAtEveryPlace() {
        for length in 0...13 {
            for place in 0...length {
                var text = Array(String(repeating: "a", count: length).unicodeScalars)
                if place < length { text[place] = "&" }
                for start in 0...length {
                    let expected = place < length && place >= start ? place : (text[start...].firstIndex(of: "&") ?? length)
                    #expect(text.nextIndex(from: start) { $0 == "&" } == expected, "\(length) \(place) \(start)")
                }
            }
        }
    }

    @Test func aStartAtOrPastTheEndFindsNothing() {
        let text = Array("a&b".unicodeScalars)
        #expect(text.nextIndex(from: 3) { $0 == "&" } == 3)
        #expect([Unicode.Scalar]().nextIndex(from: 0) { _ in true } == 0)
    }
}
