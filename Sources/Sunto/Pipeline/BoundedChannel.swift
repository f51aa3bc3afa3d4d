/// A first-in first-out async channel with a fixed capacity, for many senders and receivers.
///
/// `send` suspends while the buffer is full (back-pressure) and `receive` suspends while it is
/// empty; `receive` returns `nil` once the channel is finished and drained. Written here because
/// swift-async-algorithms' `AsyncChannel` has no buffer (every send waits for a receiver), and a
/// small buffer between stages keeps replicas busy without letting memory grow.
actor BoundedChannel<Element: Sendable> {
    private let capacity: Int
    private var buffer: [Element] = []
    private var head = 0
    private var waitingSenders: [(Element, CheckedContinuation<Void, Never>)] = []
    private var waitingReceivers: [CheckedContinuation<Element?, Never>] = []
    private var finished = false

    /// Creates a channel holding at most `capacity` elements (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    private var count: Int { buffer.count - head }

    /// Sends an element, suspending while the channel is full.
    func send(_ element: Element) async {
        precondition(!finished, "send on a finished channel")
        if !waitingReceivers.isEmpty {
            waitingReceivers.removeFirst().resume(returning: element)
            return
        }
        if count < capacity {
            buffer.append(element)
            return
        }
        await withCheckedContinuation { continuation in
            waitingSenders.append((element, continuation))
        }
    }

    /// Receives the next element, or `nil` when the channel is finished and empty.
    func receive() async -> Element? {
        if count > 0 {
            let element = buffer[head]
            head += 1
            if head > 64, head * 2 > buffer.count {
                buffer.removeFirst(head)
                head = 0
            }
            if !waitingSenders.isEmpty {
                let (pending, continuation) = waitingSenders.removeFirst()
                buffer.append(pending)
                continuation.resume()
            }
            return element
        }
        if finished { return nil }
        return await withCheckedContinuation { continuation in
            waitingReceivers.append(continuation)
        }
    }

    /// Marks the end of input: receivers drain what is left, then get `nil`.
    func finish() {
        finished = true
        let receivers = waitingReceivers
        waitingReceivers.removeAll()
        for receiver in receivers { receiver.resume(returning: nil) }
    }
}
