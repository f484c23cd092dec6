import LitGraphModel

extension Report {
    /// Columns aligned with two spaces (no line ends in spaces), text shown as ``TerminalText``
    /// shows it (tabs and line breaks as spaces, other controls and bidirectional overrides
    /// visibly), marks in brackets or colour; without colour the bytes are plain text.
    func renderedTable(style: ReportStyle) -> String {
        let visible = columns.indices.filter { !machineOnlyColumns.contains(columns[$0]) }
        var cells: [[TableCell]] = []
        if style.includesHeader {
            cells.append(visible.map { TableCell(columns[$0], color: style.usesColor ? ANSI.bold : nil) })
        }
        for row in rows {
            cells.append(
                visible.map { index in
                    cell(row[index], signed: signColumns.contains(columns[index]), color: style.usesColor)
                })
        }
        var widths = [Int](repeating: 0, count: visible.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.width) }
        }
        return cells.map { row in
            var line = ""
            var pending = 0  // padding owed before the next non-empty cell, so lines never end in spaces
            for (index, cell) in row.enumerated() {
                if index > 0 { pending += 2 }
                if cell.width > 0 {
                    line += String(repeating: " ", count: pending) + cell.styled
                    pending = 0
                }
                pending += widths[index] - cell.width
            }
            return line + "\n"
        }.joined()
    }

    /// The table cell for one value.
    private func cell(_ value: Value, signed: Bool, color: Bool) -> TableCell {
        switch value {
        case .marked(let text, let marks):
            return Self.markedCell(text, marks: marks, color: color)
        default:
            let text = TerminalText.visible(value.plain)
            guard color, signed else { return TableCell(text) }
            return TableCell(text, color: text == "positive" ? ANSI.green : text == "negative" ? ANSI.red : nil)
        }
    }

    /// Text with its marks applied.
    ///
    /// Marks show as brackets (`[argument]`, `{trigger}`, `[hit]`) or, with colour, as colour alone.
    /// Marks outside the text or empty are ignored; overlapping marks are allowed. Mark offsets
    /// count the code points of `text`; each is shown as ``TerminalText`` shows it.
    static func markedCell(_ text: String, marks: [TextMark], color: Bool) -> TableCell {
        let scalars = Array(text.unicodeScalars)
        let kept = marks.filter { $0.span.start >= 0 && $0.span.end <= scalars.count && $0.span.length > 0 }
        var visible = ""
        var styled = ""
        var active: [TextMark] = []
        for position in 0...scalars.count {
            let closing = active.filter { $0.span.end == position }
            let opening = kept.filter { $0.span.start == position }.sorted { $0.span.end > $1.span.end }
            if !closing.isEmpty || !opening.isEmpty {
                let wasStyled = !active.isEmpty
                active.removeAll { $0.span.end == position }
                if color {
                    active += opening
                    styled += (wasStyled ? ANSI.reset : "") + active.map { ANSI.code(for: $0.kind) }.joined()
                } else {
                    let brackets =
                        closing.reversed().map { $0.kind == .trigger ? "}" : "]" }.joined()
                        + opening.map { $0.kind == .trigger ? "{" : "[" }.joined()
                    active += opening
                    visible += brackets
                    styled += brackets
                }
            }
            guard position < scalars.count else { break }
            TerminalText.append(scalars[position], to: &visible)
            TerminalText.append(scalars[position], to: &styled)
        }
        return TableCell(visible: visible, styled: styled)
    }
}

/// One table cell: what it looks like (for the column width) and what is printed.
struct TableCell {
    /// The characters shown, without escape sequences.
    let visible: String
    /// The bytes printed: `visible` with any ANSI colour codes.
    let styled: String

    /// A cell printing `visible`, optionally in one colour.
    init(visible: String, styled: String) {
        self.visible = visible
        self.styled = styled
    }

    /// A cell printing `text`, in `color` when given.
    init(_ text: String, color: String? = nil) {
        visible = text
        styled = color.map { $0 + text + ANSI.reset } ?? text
    }

    /// The columns the cell takes on a terminal: East Asian wide and full-width characters take
    /// two, combining marks and other zero-width characters none, everything else one.
    var width: Int { visible.unicodeScalars.reduce(0) { $0 + Self.columns(of: $1) } }

    /// The terminal columns one scalar takes (the common ranges of `wcwidth`).
    static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

/// The ANSI escape sequences coloured tables use.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let green = "\u{1B}[32m"
    static let red = "\u{1B}[31m"

    /// The colour of a mark: arguments bold cyan, triggers bold yellow, search hits bold red.
    static func code(for kind: TextMark.Kind) -> String {
        switch kind {
        case .argument: "\u{1B}[1;36m"
        case .trigger: "\u{1B}[1;33m"
        case .hit: "\u{1B}[1;31m"
        }
    }
}
