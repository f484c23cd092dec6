import LitGraphExtraction
import LitGraphFuzzing
import LitGraphModel

/// The built-in extractor, loaded once for the whole run.
private let extractor: Extractor = {
    do {
        return try Extractor.builtIn()
    } catch {
        preconditionFailure("the built-in extractor does not load: \(error)")
    }
}()

/// Fuzzes annotate-and-extract: any UTF-8 decoded text (first line the title, the rest the
/// abstract) must annotate without trapping, with every span inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let document = Document(
        id: "fuzz",
        title: parts.first.map(String.init) ?? "",
        abstract: parts.count > 1 ? String(parts[1]) : ""
    )
    let annotated = extractor.annotate(document)
    let length = (document.title + " " + document.abstract).unicodeScalars.count
    for mention in annotated.mentions {
        precondition(mention.span.start >= 0 && mention.span.end <= length, "mention span outside the text")
    }
    for sentence in annotated.sentences {
        precondition(sentence.span.start >= 0 && sentence.span.end <= length, "sentence span outside the text")
    }
    return 0
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzExtraction_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, testOneInput)
}
