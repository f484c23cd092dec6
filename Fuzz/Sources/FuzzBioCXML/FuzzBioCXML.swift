import LitGraphFuzzing
import LitGraphReaders

/// Fuzzes the reader of BioC XML: every input must give documents or one `ReadError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ReaderCheck.read(fuzzBytes(data, size), as: .biocXML)
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzBioCXML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, testOneInput)
}
