public import LitGraphModel

/// Links and display forms for the identifiers LitGraph exports: entity CURIEs and document ids.
public enum IdentifierLinks {
    /// A web page for a grounded CURIE, or `nil` for ungrounded (`LITGRAPH:`) or malformed ids.
    ///
    /// MeSH goes to the MeSH Browser, NCBI Gene to NCBI, anything else to identifiers.org.
    /// The local part is percent-encoded, so the URL never carries user text unescaped.
    public static func resolverURL(for entity: Entity) -> String? {
        guard entity.isGrounded, let colon = entity.id.firstIndex(of: ":") else { return nil }
        let prefix = String(entity.id[..<colon])
        let local = percentEncoded(String(entity.id[entity.id.index(after: colon)...]))
        guard !prefix.isEmpty, !local.isEmpty else { return nil }
        switch prefix.uppercased() {
        case "MESH": return "https://meshb.nlm.nih.gov/record/ui?ui=" + local
        case "NCBIGENE": return "https://www.ncbi.nlm.nih.gov/gene/" + local
        default: return "https://identifiers.org/" + percentEncoded(prefix) + ":" + local
        }
    }

    /// The PubMed identifier in `documentID` (`123` or `PMID:123`), or `nil` when it is not one.
    public static func pubMedID(of documentID: String) -> String? {
        let digits = documentID.hasPrefix("PMID:") ? String(documentID.dropFirst(5)) : documentID
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            return nil
        }
        return digits
    }

    /// How a document is cited: `PMID:123` for PubMed ids, the id itself otherwise.
    public static func citation(of documentID: String) -> String {
        pubMedID(of: documentID).map { "PMID:" + $0 } ?? documentID
    }

    /// The PubMed page of `documentID`, or `nil` when it is not a PubMed id.
    public static func pubMedURL(of documentID: String) -> String? {
        pubMedID(of: documentID).map { "https://pubmed.ncbi.nlm.nih.gov/\($0)/" }
    }

    /// The distinct document ids of `evidence`, in first-seen order.
    public static func documentIDs(of evidence: [Evidence]) -> [String] {
        var seen = Set<String>()
        return evidence.map(\.documentID).filter { seen.insert($0).inserted }
    }

    /// `text` with every byte outside RFC 3986's unreserved set written as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let isUnreserved =
                ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~".unicodeScalars.contains(scalar)
            if isUnreserved {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return result
    }
}
