extension String {
    /// A string of scalars, encoded straight into the string's storage (a short word makes no
    /// allocation at all); the scalar view's `append` is several times slower.
    init(scalars: some Collection<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                // ASCII, nearly every scalar of Italian text, is its own byte.
                if value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: value)
                    count += 1
                    continue
                }
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
