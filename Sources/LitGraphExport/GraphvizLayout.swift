/// The Graphviz layout engine a diagram is laid out with (`dot -K<engine>`).
///
/// `dot` draws the layered left-to-right layout that reads as a causal chain, but its time grows
/// steeply with the number of edges (FORMATS.md §1.5: 40 s for 300 random nodes and 600 edges);
/// `sfdp`, the multilevel force-directed engine, lays out thousands of nodes in about a second but
/// ignores `rankdir`, so the left-to-right reading is lost.
public enum GraphvizLayout: String, CaseIterable, Sendable {
    /// Layered drawing, for mechanism-sized graphs.
    case dot
    /// Multilevel force-directed drawing, for large graphs.
    case sfdp

    /// The command-line arguments that select the engine and the graph attributes it needs.
    ///
    /// `sfdp` gets `overlap=prism` (nodes pushed apart without distorting the layout) and
    /// `splines=line`: with the DOTExporter's `splines=true`, `sfdp` routes splines around every
    /// node, which took minutes on 200 nodes here, and warns where nodes touch.
    public var arguments: [String] {
        switch self {
        case .dot: []
        case .sfdp: ["-Ksfdp", "-Goverlap=prism", "-Gsplines=line"]
        }
    }
}
