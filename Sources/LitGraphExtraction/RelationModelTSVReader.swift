/// Reads the rows of a relation model's TSV form from its bytes (``RelationModel/init(tsv:source:)``).
///
/// A weight written as the file writes it, `-0.123456`, is read as its digits over a power of ten:
/// both are exact doubles and the division rounds correctly, which is the value `Double("…")`
/// gives; any other spelling of a number is read by `Double`.
struct RelationModelTSVReader {
    /// The file's bytes.
    let bytes: [UInt8]
    private var position = 0

    /// A reader at the start of `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The next line, without its line feed; `nil` at the end.
    mutating func nextLine() -> Range<Int>? {
        guard position < bytes.count else { return nil }
        let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        defer { position = end + 1 }
        return position..<end
    }

    /// The text of a range of bytes.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A row's feature and weights; `nil` unless it has a feature and `classCount` numbers.
    ///
    /// The columns are found in one pass over the line, without collecting their ranges.
    func row(_ line: Range<Int>, classCount: Int) -> (String, [Double])? {
        guard let firstTab = tab(in: line.lowerBound..<line.upperBound) else { return nil }
        var values: [Double] = []
        values.reserveCapacity(classCount)
        var start = firstTab + 1
        while true {
            let end = tab(in: start..<line.upperBound) ?? line.upperBound
            guard values.count < classCount, let value = number(start..<end) else { return nil }
            values.append(value)
            if end == line.upperBound { break }
            start = end + 1
        }
        guard values.count == classCount else { return nil }
        return (text(line.lowerBound..<firstTab), values)
    }

    /// Whether the bytes hold a carriage return.
    var holdsCarriageReturn: Bool { bytes.contains(UInt8(ascii: "\r")) }

    /// The first tab in a range of bytes.
    private func tab(in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "\t") { return index }
            index += 1
        }
        return nil
    }

    /// The number a column holds, if any.
    private func number(_ range: Range<Int>) -> Double? {
        var index = range.lowerBound
        let negative = index < range.upperBound && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var decimals = 0
        var point = false
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !point {
                point = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { decimals += 1 }
            } else {
                return Double(text(range))
            }
            index += 1
        }
        // Digits on both sides of the point, and few enough that both numbers are exact doubles.
        guard point, decimals > 0, digits > decimals, digits <= 15 else { return Double(text(range)) }
        let value = Double(mantissa) / Self.powersOfTen[decimals]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
