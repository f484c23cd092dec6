/// Decodes XML references in character data: the five predefined entities and numeric
/// character references (`&#233;`, `&#xE9;`).
///
/// No DTD is ever read, so any other named entity (or a malformed reference) is kept as literal
/// text rather than being expanded or rejected.
enum XMLEntityDecoder {
    /// The longest reference considered, `&` and `;` included.
    private static let maximumReferenceLength = 12

    /// Decodes `bytes`, which hold UTF-8 text that may contain references.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (scalar, length) = reference(in: bytes, at: index) {
                output.append(contentsOf: Array(String(scalar).utf8))
                index += length
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar a reference at `start` stands for and its length in bytes, or `nil` to keep it literal.
    private static func reference(in bytes: ArraySlice<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(bytes.endIndex, start + maximumReferenceLength)
        guard let end = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = bytes[(start + 1)..<end]
        let length = end - start + 1
        if body.first == UInt8(ascii: "#") {
            return numericReference(body.dropFirst()).map { ($0, length) }
        }
        let scalar: Unicode.Scalar? =
            switch String(decoding: body, as: UTF8.self) {
            case "lt": "<"
            case "gt": ">"
            case "amp": "&"
            case "quot": "\""
            case "apos": "'"
            default: nil
            }
        return scalar.map { ($0, length) }
    }

    private static func numericReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var digits = digits
        var radix: UInt32 = 10
        if digits.first == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty,
            let value = UInt32(String(decoding: digits, as: UTF8.self), radix: Int(radix)),
            value != 0
        else { return nil }
        return Unicode.Scalar(value)
    }
}
