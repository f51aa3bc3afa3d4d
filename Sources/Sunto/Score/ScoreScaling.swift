extension Array where Element == Double {
    /// The values divided by the largest, so the best sentence scores 1; all zeros stay zeros.
    func scaledToUnitMax() -> [Double] {
        let largest = self.max() ?? 0
        return largest > 0 ? map { $0 / largest } : map { _ in 0 }
    }
}

/// How many items a sentence holds for its length: `count / √words`, so that a long sentence needs
/// more items than a short one to score as high, but not proportionally more.
func density(_ count: Int, words: Int) -> Double {
    Double(count) / Double(max(1, words)).squareRoot()
}
