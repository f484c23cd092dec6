import LitGraphFuzzing
import LitGraphReaders

/// Fuzzes the reader of MEDLINE tagged text (.nbib): every input must give documents or one `ReadError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ReaderCheck.read(fuzzBytes(data, size), as: .medline)
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzMedline_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, testOneInput)
}
