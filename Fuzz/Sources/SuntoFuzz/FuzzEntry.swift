#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import SuntoFuzzTargets

/// The target named by `SUNTO_FUZZ_TARGET`, read once.
private let target: FuzzTarget = {
    let name = getenv("SUNTO_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        print("sunto-fuzz: set SUNTO_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        exit(64)
    }
    return target
}()

/// libFuzzer's entry point: runs the target and turns a broken invariant into a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let violations = target.violations(bytes)
    if !violations.isEmpty {
        fatalError("\(target.rawValue): " + violations.joined(separator: "; "))
    }
    return 0
}
