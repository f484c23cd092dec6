public import LitGraphModel

/// How a node of one entity category is drawn: the single table of category → shape and fill.
///
/// Shapes follow FORMATS.md §1.2 (SBGN where it has a glyph). Keep this mapping stable: users
/// learn it, and the legend is generated from it.
///
/// | category | shape | style | fill |
/// |---|---|---|---|
/// | chemical | `ellipse` | filled | `#D9F0D3` green |
/// | gene | `box` | rounded, filled | `#C6DBEF` blue |
/// | disease | `hexagon` | filled | `#FDD0A2` orange |
/// | phenotype | `hexagon` | filled | `#FDE0EF` pink |
/// | process | `box` | filled | `#EFEDF5` lilac |
/// | system | `box` | filled | `#DADAEB` purple |
/// | intervention | `parallelogram` | filled | `#FFFFCC` yellow |
/// | anatomy | `tab` | filled | `#F6E8C3` sand |
/// | organism | `note` | filled | `#E0F3F8` cyan |
/// | other | `ellipse` | filled | `#FFFFFF` white |
public struct DOTNodeStyle: Sendable, Hashable {
    /// The Graphviz `shape`.
    public var shape: String
    /// The Graphviz `style`.
    public var style: String
    /// The `fillcolor`, as `#RRGGBB`.
    public var fillColor: String

    /// Creates a style.
    public init(shape: String, style: String, fillColor: String) {
        self.shape = shape
        self.style = style
        self.fillColor = fillColor
    }

    /// The style nodes of `category` are drawn with.
    public static func forCategory(_ category: EntityCategory) -> DOTNodeStyle {
        switch category {
        case .chemical: DOTNodeStyle(shape: "ellipse", style: "filled", fillColor: "#D9F0D3")
        case .geneOrProtein: DOTNodeStyle(shape: "box", style: "rounded,filled", fillColor: "#C6DBEF")
        case .disease: DOTNodeStyle(shape: "hexagon", style: "filled", fillColor: "#FDD0A2")
        case .phenotype: DOTNodeStyle(shape: "hexagon", style: "filled", fillColor: "#FDE0EF")
        case .biologicalProcess: DOTNodeStyle(shape: "box", style: "filled", fillColor: "#EFEDF5")
        case .physiologicalSystem: DOTNodeStyle(shape: "box", style: "filled", fillColor: "#DADAEB")
        case .intervention: DOTNodeStyle(shape: "parallelogram", style: "filled", fillColor: "#FFFFCC")
        case .anatomy: DOTNodeStyle(shape: "tab", style: "filled", fillColor: "#F6E8C3")
        case .organism: DOTNodeStyle(shape: "note", style: "filled", fillColor: "#E0F3F8")
        case .sequenceVariant: DOTNodeStyle(shape: "box", style: "rounded,dashed,filled", fillColor: "#C6DBEF")
        case .cellLine: DOTNodeStyle(shape: "tab", style: "filled", fillColor: "#E5F5E0")
        case .other: DOTNodeStyle(shape: "ellipse", style: "filled", fillColor: "#FFFFFF")
        }
    }
}
