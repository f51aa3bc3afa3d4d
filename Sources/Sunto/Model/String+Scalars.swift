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

    /// A string of a run of scalars held in an array: the normalized text and its sentences
    /// are made this way, whole articles at a time, and reading the scalars through a buffer
    /// pointer, without the slice's index checks, takes half the time of the general form.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { String(scalars: $0) }
    }

    /// A string of a whole array of scalars, as the slice form makes it.
    init(scalars: [Unicode.Scalar]) {
        self = scalars.withUnsafeBufferPointer { String(scalars: $0) }
    }
}
