import LitGraphFuzzing
import LitGraphReaders

/// Fuzzes the reader of any input, format sniffed and gzip inflated as `litgraph build` does by default: every input must give documents or one `ReadError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ReaderCheck.read(fuzzBytes(data, size), as: .auto)
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzSniffedInput_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, testOneInput)
}
