/// How identifiers are compared: vocabulary prefixes and letter case do not matter, and a
/// composite identifier stands for each of its parts.
///
/// - `MESH:D001943`, `mesh:D001943` and `D001943` are all `D001943`; `NCBIGene:5021` and `5021` are
///   `5021`; `NCBITaxon:9606` and `9606` are `9606`. Other prefixes (`HP:`, `GO:`) are kept, and
///   everything is compared upper-cased.
/// - A composite identifier is split on `,` and `;` (BioRED: `D004409,D006948`) and on `|` when
///   every part holds a digit (BC5CDR: `D007674|D008107`), so that a BioRED variant such as
///   `p|SUB|R|215|W` stays whole.
/// - Empty identifiers, `-` and `-1` (BC5CDR's "no identifier") mean none.
public enum EvaluationIdentifier {
    /// The prefixes dropped before comparing, upper-cased.
    public static let droppedPrefixes: Set<String> = ["MESH", "NCBIGENE", "GENE", "NCBITAXON", "TAXONOMY", "TAXON"]

    /// The normalised identifiers `raw` stands for: none, one, or one per part of a composite.
    public static func normalized(_ raw: String) -> [String] {
        var result: [String] = []
        for part in parts(of: raw) {
            let normalized = normalizedPart(part)
            if !Self.noIdentifier.contains(normalized), !result.contains(normalized) { result.append(normalized) }
        }
        return result
    }

    /// `raw` split into its composite parts, trimmed, without the "no identifier" markers.
    static func parts(of raw: String) -> [String] {
        let coarse = raw.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init)
        return coarse.flatMap { piece -> [String] in
            let pipes = piece.split(separator: "|", omittingEmptySubsequences: false)
            let splits = pipes.count > 1 && pipes.allSatisfy { $0.contains(where: \.isNumber) }
            return splits ? pipes.map(String.init) : [piece]
        }
        .map { $0.trimmingWhiteSpace }
        .filter { !noIdentifier.contains($0) }
    }

    /// What annotators write for "no identifier", alone or after a prefix (`MESH:-`).
    static let noIdentifier: Set<String> = ["", "-", "-1"]

    private static func normalizedPart(_ part: String) -> String {
        var local = Substring(part)
        if let colon = part.firstIndex(of: ":"), droppedPrefixes.contains(part[..<colon].uppercased()) {
            local = part[part.index(after: colon)...]
        }
        return String(local).trimmingWhiteSpace.uppercased()
    }
}

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
