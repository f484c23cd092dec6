import LitGraphModel

extension DOTExporter {
    /// The DOT ID of the legend node: `legend`, with underscores added if an entity uses it.
    static func legendID(avoiding nodes: [Entity]) -> String {
        var id = "legend"
        let ids = Set(nodes.map(\.id))
        while ids.contains(id) { id = "_" + id }
        return id
    }

    /// One `shape=plaintext` node whose HTML-like table explains the arrowheads, line styles and
    /// node shapes the graph uses; `nil` for an empty graph.
    func legendStatement(_ graph: KnowledgeGraph, nodes: [Entity]) -> String? {
        var rows = Self.edgeLegendRows(graph.edges) + Self.nodeLegendRows(nodes)
        if nodes.contains(where: { focus.contains($0.id) }) {
            rows.append(Self.legendRow(symbol: "<B>bold</B>", text: "outline: the focus of the diagram"))
        }
        guard !rows.isEmpty else { return nil }
        var lines = [
            "  \(DOTEscaping.quotedID(Self.legendID(avoiding: nodes))) [shape=plaintext, style=\"\", fontsize=9,"
                + " id=\"legend\", class=\"legend\", tooltip=\"Legend\", label=<",
            "    <TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">",
            "      <TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>",
        ]
        lines += rows.map { "      " + $0 }
        lines.append("    </TABLE>>];")
        return lines.joined(separator: "\n")
    }

    /// A legend row: a symbol cell (already HTML) and an explanation (plain text).
    static func legendRow(symbol: String, color: String? = nil, fill: String? = nil, text: String) -> String {
        let background = fill.map { " BGCOLOR=\"\(DOTEscaping.htmlText($0))\"" } ?? ""
        let symbolHTML = color.map { "<FONT COLOR=\"\(DOTEscaping.htmlText($0))\">\(symbol)</FONT>" } ?? symbol
        return "<TR><TD\(background)>\(symbolHTML)</TD><TD ALIGN=\"LEFT\">\(DOTEscaping.htmlText(text))</TD></TR>"
    }

    /// Rows for the edge kinds present, in a fixed order.
    static func edgeLegendRows(_ edges: [GraphEdge]) -> [String] {
        guard !edges.isEmpty else { return [] }
        let styles = edges.map(DOTEdgeStyle.init(edge:))
        let predicates = Set(edges.map(\.relation.predicate))
        let directed = edges.filter { !$0.relation.predicate.isSymmetric }
        let polarities = Set(directed.map(\.relation.polarity))
        var rows: [String] = []
        if polarities.contains(.positive) {
            rows.append(legendRow(symbol: "&#8594;", color: DOTEdgeStyle.positiveColor, text: "increases (positive)"))
        }
        if polarities.contains(.negative) {
            rows.append(legendRow(symbol: "&#8867;", color: DOTEdgeStyle.negativeColor, text: "decreases (negative)"))
        }
        if polarities.contains(.unknown) {
            rows.append(
                legendRow(symbol: "&#9671;", color: DOTEdgeStyle.unknownColor, text: "affects, sign unknown")
            )
        }
        if predicates.contains(.associatedWith) {
            rows.append(legendRow(symbol: "- -", text: "associated (no direction)"))
        }
        if predicates.contains(.interactsWith) {
            rows.append(
                legendRow(symbol: "&#8226;-&#8226;", color: DOTEdgeStyle.interactionColor, text: "interacts with")
            )
        }
        if predicates.contains(.hasParticipant) {
            rows.append(
                legendRow(
                    symbol: "&#9655;", color: DOTEdgeStyle.unknownColor, text: "process acts on (has participant)"))
        }
        if styles.contains(where: { $0.label.hasPrefix("NOT ") }) {
            rows.append(legendRow(symbol: "&#183;&#183;&#183;", text: "NOT: every sentence denies it"))
        }
        if styles.contains(where: { $0.label.hasSuffix(" (hedged)") }) {
            rows.append(legendRow(symbol: "- -", text: "(hedged): every sentence hedges it"))
        }
        rows.append(legendRow(symbol: "width", text: "number of supporting sentences"))
        return rows
    }

    /// Rows for the node categories present, in declaration order.
    static func nodeLegendRows(_ nodes: [Entity]) -> [String] {
        let categories = Set(nodes.map(\.category))
        return EntityCategory.allCases.filter(categories.contains).map { category in
            let style = DOTNodeStyle.forCategory(category)
            return legendRow(symbol: style.shape, fill: style.fillColor, text: category.rawValue)
        }
    }
}
