import Testing

@testable import Sunto

@Suite struct FailureRecordTests {
    @Test(arguments: [
        (SuntoError.emptyInput(path: "a/b.txt"), #"{"path":"a/b.txt","kind":"bad-input","exit_code":65,"error":"empty","reason":"the input holds no text"}"#),
        (SuntoError.unreadable(path: "a/b.txt", reason: "permission denied"),
         #"{"path":"a/b.txt","kind":"unreadable","exit_code":66,"error":"unreadable","reason":"cannot read: permission denied"}"#),
        (SuntoError.cannotWrite(path: "out/a/b.md", reason: "no space"),
         #"{"path":"a/b.txt","kind":"cannot-write","exit_code":73,"error":"cannot-write","reason":"out/a/b.md: cannot write: no space"}"#),
        (SuntoError.tooLarge(path: "a/b.txt", bytes: 20, limit: 10),
         #"{"path":"a/b.txt","kind":"bad-input","exit_code":65,"error":"too-large","reason":"20 bytes is over the limit of 10 bytes (raise it with --max-bytes)"}"#),
        (SuntoError.engineFailed(engine: "apertium", message: "crashed"),
         #"{"path":"a/b.txt","kind":"failed","exit_code":1,"error":"engine-failed","reason":"translation engine 'apertium' failed: crashed"}"#),
    ] as [(SuntoError, String)])
    func aFailureIsOneLineWithItsClassAndAReasonWithoutThePath(_ error: SuntoError, _ line: String) {
        #expect(FailureRecord(path: "a/b.txt", error: error).jsonLine == line + "\n")
    }
}
