import Foundation
import LitGraphModel

extension LexiconBuilder {
    /// Calls `body` with the tab-separated columns and 1-based line number of every non-empty row.
    static func forEachRow(
        of tsv: String, source: String, minimumColumns: Int, skippingHeader: Bool = false,
        _ body: ([Substring], Int) throws -> Void
    ) throws {
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if skippingHeader, lineNumber == 1 { continue }
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if row.isEmpty { continue }
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= minimumColumns else {
                throw LexiconError(
                    source: source, line: lineNumber,
                    problem: "expected at least \(minimumColumns) tab-separated columns, found \(columns.count)")
            }
            try body(columns, lineNumber)
        }
    }

    /// The descriptor identifiers (`D` and digits) in a supplementary concept's mapping column.
    static func descriptorIdentifiers(in column: Substring) -> [String] {
        column.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).filter { $0.first == "D" }.map(String.init)
    }

    /// The category a tree letter gives, ignoring depth: what a supplementary concept inherits.
    static func letterCategory(_ tree: String) -> EntityCategory? {
        LexiconFilter().descriptorCategory(trees: [tree + ".0.0"]).category
    }

    /// An HGNC list column (`A, B, C`), without empty items.
    static func list(_ column: Substring) -> [String] {
        column.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A file's text, or a ``LexiconError`` naming it.
    static func readText(_ url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(source: url.path, problem: "cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(source: url.path, problem: "is not valid UTF-8")
        }
        return text
    }
}
