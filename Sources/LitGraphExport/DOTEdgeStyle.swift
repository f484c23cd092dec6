import Foundation
public import LitGraphModel

/// How an edge is drawn: arrowheads, colour and line style from its predicate, polarity and
/// evidence (FORMATS.md §1.2).
///
/// | edge | arrowhead | colour | style |
/// |---|---|---|---|
/// | positive | `normal` | `#1B7837` green | solid |
/// | negative | `tee` | `#B2182B` red | solid |
/// | unknown | `odiamond` | `#4D4D4D` dark grey | solid |
/// | `associated_with` | `none` | by polarity | `dashed` |
/// | `interacts_with` | `dot` both ends (`dir=both`) | `#2166AC` blue | solid |
/// | all evidence negated | as above | as above | `dotted`, label `NOT …` |
/// | all evidence hedged | as above | as above | `dashed`, label `… (hedged)` |
///
/// Colour only repeats what the arrowhead says; it is never the sole cue.
public struct DOTEdgeStyle: Sendable, Hashable {
    /// The Graphviz `arrowhead`.
    public var arrowhead: String
    /// The Graphviz `arrowtail`, or `nil` when the edge has no tail marker.
    public var arrowtail: String?
    /// The Graphviz `dir`, or `nil` for the default (forward).
    public var direction: String?
    /// The edge colour, as `#RRGGBB`.
    public var color: String
    /// The Graphviz `style`, or `nil` for a solid line.
    public var style: String?
    /// The edge label.
    public var label: String

    /// Green, for edges whose subject increases the object.
    public static let positiveColor = "#1B7837"
    /// Red, for edges whose subject decreases the object.
    public static let negativeColor = "#B2182B"
    /// Dark grey, for edges without a sign.
    public static let unknownColor = "#4D4D4D"
    /// Blue, for physical interactions.
    public static let interactionColor = "#2166AC"

    /// The style of `edge`.
    public init(edge: GraphEdge) {
        let relation = edge.relation
        arrowhead = Self.arrowhead(for: relation.polarity)
        arrowtail = nil
        direction = nil
        color = Self.color(for: relation.polarity)
        style = nil
        switch relation.predicate {
        case .associatedWith:
            arrowhead = "none"
            style = "dashed"
        case .interactsWith:
            arrowhead = "dot"
            arrowtail = "dot"
            direction = "both"
            color = Self.interactionColor
        case .hasParticipant:
            arrowhead = "onormal"
            color = Self.unknownColor
        default:
            break
        }
        label = relation.predicate.rawValue.replacing("_", with: " ")
        let evidence = edge.evidence
        if !evidence.isEmpty, evidence.allSatisfy(\.isNegated) {
            style = "dotted"
            label = "NOT " + label
        }
        if !evidence.isEmpty, evidence.allSatisfy(\.isHedged) {
            style = style == "dotted" ? "dotted" : "dashed"
            label += " (hedged)"
        }
    }

    /// The arrowhead that carries the sign of `polarity`.
    public static func arrowhead(for polarity: Polarity) -> String {
        switch polarity {
        case .positive: "normal"
        case .negative: "tee"
        case .unknown: "odiamond"
        }
    }

    /// The colour that repeats the sign of `polarity`.
    public static func color(for polarity: Polarity) -> String {
        switch polarity {
        case .positive: positiveColor
        case .negative: negativeColor
        case .unknown: unknownColor
        }
    }

    /// The pen width for an edge with `evidenceCount` evidence rows: `min(5, 1 + log2(count))`,
    /// written with two decimals (`1.00`, `2.58`, `5.00`); counts below 1 count as 1.
    public static func penWidth(evidenceCount: Int) -> String {
        let count = Double(max(1, evidenceCount))
        let width = min(5, 1 + log2(count))
        let hundredths = Int((width * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }
}
