/// Text columns padded to a common width, two spaces apart: how evaluation reports print.
enum AlignedTable {
    /// `header` and `rows` as aligned lines (the last column unpadded), ending with a newline.
    static func render(header: [String], rows: [[String]]) -> String {
        let cells = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let lines = cells.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 || index >= widths.count
                    ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
