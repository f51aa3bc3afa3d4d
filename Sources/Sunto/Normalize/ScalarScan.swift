extension Array where Element == Unicode.Scalar {
    /// The first index at or after `start` whose scalar `mayConcern` a rule, or `count`.
    ///
    /// The character rules look at a few scalars of a text (a space, a quotation mark, an
    /// ampersand) and pass over the others, nearly all of it: passing over them in one tight loop
    /// over the array's storage costs a fraction of checking each one through the array.
    @inline(__always)
    func nextIndex(from start: Int, where mayConcern: (Unicode.Scalar) -> Bool) -> Int {
        withUnsafeBufferPointer { scalars in
            var index = start
            // Four at a time while none concerns the rule: one branch per four scalars.
            while index + 4 <= scalars.count {
                let any = mayConcern(scalars[index]) || mayConcern(scalars[index + 1]) || mayConcern(scalars[index + 2])
                    || mayConcern(scalars[index + 3])
                if any { break }
                index += 4
            }
            while index < scalars.count, !mayConcern(scalars[index]) { index += 1 }
            return index
        }
    }
}
