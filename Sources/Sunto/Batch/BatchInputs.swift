/// The documents of a batch, read one at a time as the pipeline asks for them: the walk of the
/// input folder, less the inputs whose outputs are up to date, each file read only when its
/// turn comes.
///
/// Files that cannot be read, and problems of the walk itself, become failed inputs, so they
/// reach the batch's `failures.jsonl` in input order with the rest. The sequence ends early when
/// the stop flag is set.
struct BatchInputs: Sequence, Sendable {
    let walker: FolderWalker
    let reader: ArticleFileReader
    let layout: OutputLayout
    let manifest: BatchManifest
    let fingerprint: String
    let force: Bool
    let stop: StopFlag
    let tracker: BatchTracker
    /// The walked file of each element handed out, by its position, until it is delivered.
    let targets: LockedValue<[Int: InputTarget]>

    /// An input on its way through the pipeline: where it came from and where it goes.
    struct InputTarget: Sendable {
        var relativePath: String
        /// `nil` for a problem of the walk, which has no outputs.
        var outputStem: String?
    }

    func makeIterator() -> Iterator {
        Iterator(inputs: self, walk: walker.makeIterator())
    }

    struct Iterator: IteratorProtocol {
        let inputs: BatchInputs
        var walk: FolderWalker.Iterator
        var position = 0

        mutating func next() -> Result<Document, SuntoError>? {
            while !inputs.stop.isSet, let item = walk.next() {
                switch item {
                case .problem(let relativePath, let error):
                    return hand(.failure(error), InputTarget(relativePath: relativePath, outputStem: nil))
                case .file(let file):
                    let target = InputTarget(relativePath: file.relativePath, outputStem: file.outputStem)
                    do {
                        let document = try inputs.reader.document(for: file)
                        if inputs.isUpToDate(document, stem: file.outputStem) {
                            inputs.tracker.countUpToDate()
                            continue
                        }
                        return hand(.success(document), target)
                    } catch {
                        return hand(.failure(error), target)
                    }
                }
            }
            return nil
        }

        private mutating func hand(_ input: Result<Document, SuntoError>, _ target: InputTarget) -> Result<Document, SuntoError> {
            let index = position
            position += 1
            inputs.targets.withLock { $0[index] = target }
            return input
        }
    }

    /// Whether the manifest says this document's outputs were made from the same bytes with the
    /// same fingerprint, and they are all still there.
    private func isUpToDate(_ document: Document, stem: String) -> Bool {
        guard !force else { return false }
        let sha256 = DecodeStage.sha256(document.bytes)
        guard manifest.isUpToDate(path: document.source.path, sha256: sha256, fingerprint: fingerprint) else { return false }
        return layout.relativeOutputs(stem: stem).allSatisfy { FileSystemEntry.isRegularFile(layout.path($0)) }
    }
}
