/// One way abstracts write a sequence variant, with the pattern that finds it and the tmVar
/// normalised form BioRED grounds it to.
///
/// The normalised forms follow BioRED's training annotations: `p|SUB|R|215|W` (protein
/// substitution, one-letter residues, `X` for a stop), `c|SUB|C|643|T` (DNA substitution; `g|` for
/// a `g.` position, `c|` when none is written), `c|DEL|1314_1328|`, `c|DEL|30|G`, `c|INS|217_218|C`,
/// `c|DUP|899|C|`, `c|INDEL|…`, `p|DEL|508|F`, `p|FS|G|705|R|16` and `p|Allele|R|104`; an `rs`
/// number is its dbSNP id. Positions keep their intronic and upstream offsets without spaces
/// (`IVS3+1`, `1093-1`, `-107`).
enum VariantNotation: Int, CaseIterable, Sendable {
    /// A dbSNP reference: `rs1800896`.
    case dbSNP
    /// A protein substitution after `p.`: `p.R215W`, `p.(Arg215Trp)`, `p.E947stop`.
    case prefixedProteinSubstitution
    /// A protein substitution in three-letter residues: `Arg215Trp`, `Cys 23 Ser`, `Val-158-Met`.
    case threeLetterSubstitution
    /// A protein substitution in one-letter residues: `R215W`, `G12D`, `Y245X` (two digits at least,
    /// so `T2D` and `S1P` are not variants). Two nucleotides (`C262T`) are read as DNA.
    case oneLetterSubstitution
    /// A DNA substitution with its position first: `c.643C>T`, `643C>T`, `IVS3+1G>A`, `-107C/T`.
    case dnaSubstitution
    /// A DNA substitution with the nucleotide first and a `c.`/`g.` prefix or a sign: `C-1228T`.
    case nucleotideFirstSubstitution
    /// A DNA deletion, insertion, duplication or deletion-insertion: `c.1314_1328del`, `657del5`,
    /// `1048delT`, `5382insC`, `899dupC`, `c.100delinsAG`.
    case dnaEdit
    /// A DNA deletion written `del` first: `del642T`.
    case deletionFirst
    /// A protein deletion, duplication, insertion or deletion-insertion: `p.F508del`, `F508del`,
    /// `p.G204_K247del`, `p.Asp46_Gln48delinsGlu`.
    case proteinEdit
    /// A residue deleted, written with a delta: `ΔF508`, `deltaF508`.
    case deltaResidue
    /// A deletion of a length, written with a delta: `Δ32`, `Delta32`.
    case deltaLength
    /// A frameshift: `V311fs`, `p.G705RfsX16`, `p.Arg58fs*`, `p.A27fsX132`.
    case frameshift
    /// A residue at a position after `p.`: `p.Arg104`.
    case proteinAllele
    /// A substitution in residue names around the position: `glycine-594-valine`, `arginine
    /// 555-to-tryptophan`, `glutamic acid 333 by aspartic acid`.
    case namedSubstitution
    /// A substitution in residue names or codes with the position after: `arginine to tryptophan
    /// at codon 198`, `valine (Val) to alanine (Ala) substitution at amino acid 16`, `alanine for
    /// proline at amino acid 286`, `R to G mutation at position 76`.
    case namedSubstitutionAtPosition
    /// A nucleotide change with the position after: `G-->C substitution at position 135`, `C-to-G
    /// transition was identified at nucleotide 857`, `G to C at codon 158` (position `CODON158`).
    case nucleotideChangeAtPosition
    /// A protein substitution written position first with a slash: `192Q/R`.
    case slashedProteinSubstitution
    /// A deletion, insertion or duplication of a length: `32-bp deletion`, `19-base pair deletion`,
    /// `137-bp insertion`, `33-bp genomic deletion` (`g|`), `dup27bp`.
    case lengthEdit
    /// A repeat with its count: `(CCTTT)14` (`c|DUP||CCTTT|14`).
    case repeatCount

    /// How many tokens before its first digit the notation may begin: the names of residues and
    /// nucleotides written out ("valine (Val) to alanine (Ala) substitution at amino acid 16")
    /// reach far, the compact notations a few tokens.
    var reach: Int {
        switch self {
        case .namedSubstitutionAtPosition, .nucleotideChangeAtPosition: 14
        default: 4
        }
    }

    /// The identifier (a CURIE: `tmVar:…` or `dbSNP:rs…`) of a match's named captures, or `nil`
    /// when the match is not a variant after all (a one-digit DNA position without prefix or sign).
    func identifier(_ capture: (String) -> String?) -> String? {
        let pos = capture("pos").map(Self.compactPosition) ?? ""
        let wt = capture("wt").flatMap(Self.residue) ?? ""
        let mut = capture("mut").flatMap(Self.residue) ?? ""
        switch self {
        case .dbSNP: return capture("num").map { "dbSNP:rs" + $0 }
        case .namedSubstitutionAtPosition:
            // Two nucleotides ("G to C at codon 158") are a DNA change: ``nucleotideChangeAtPosition``.
            let dna = [capture("wt"), capture("mut")].allSatisfy { $0.map(Self.nucleotides.contains) == true }
            return dna ? nil : Self.tmVar("p", "SUB", wt, pos, mut)
        case .prefixedProteinSubstitution, .threeLetterSubstitution, .namedSubstitution,
            .slashedProteinSubstitution:
            return Self.tmVar("p", "SUB", wt, pos, mut)
        case .nucleotideChangeAtPosition:
            return Self.tmVar("c", "SUB", wt, (capture("codon") == nil ? "" : "CODON") + pos, mut)
        case .lengthEdit: return lengthEditIdentifier(capture)
        case .repeatCount: return Self.tmVar("c", "DUP", "", capture("seq") ?? "", capture("count") ?? "")
        case .oneLetterSubstitution:
            let isDNA = Self.nucleotides.contains(wt) && Self.nucleotides.contains(mut)
            return Self.tmVar(isDNA ? "c" : "p", "SUB", wt, pos, mut)
        case .dnaSubstitution:
            return Self.tmVar(capture("kind") ?? "c", "SUB", capture("wt") ?? "", pos, capture("mut") ?? "")
        case .nucleotideFirstSubstitution:
            guard capture("kind") != nil || pos.hasPrefix("-") || pos.hasPrefix("+") else { return nil }
            return Self.tmVar(capture("kind") ?? "c", "SUB", wt, pos, mut)
        case .dnaEdit: return dnaEditIdentifier(capture, pos: pos)
        case .deletionFirst: return Self.tmVar("c", "DEL", pos, capture("seq") ?? "")
        case .proteinEdit: return proteinEditIdentifier(capture, pos: pos, wt: wt)
        case .deltaResidue: return Self.tmVar("p", "DEL", pos, wt)
        case .deltaLength: return Self.tmVar("c", "DEL", "", capture("len") ?? "")
        case .frameshift: return Self.tmVar("p", "FS", wt, pos, mut, capture("len") ?? "")
        case .proteinAllele: return Self.tmVar("p", "Allele", wt, pos)
        }
    }

    private func dnaEditIdentifier(_ capture: (String) -> String?, pos: String) -> String {
        let kind = capture("kind") ?? "c"
        let seq = capture("seq") ?? ""
        switch capture("op") {
        case "ins": return Self.tmVar(kind, "INS", pos, seq)
        case "dup": return Self.tmVar(kind, "DUP", pos, seq, "")
        case "delins": return Self.tmVar(kind, "INDEL", pos, seq)
        default: return Self.tmVar(kind, "DEL", pos, seq)
        }
    }

    private func lengthEditIdentifier(_ capture: (String) -> String?) -> String {
        if let length = capture("duplen") { return Self.tmVar("c", "DUP", "", length, "") }
        let kind = capture("genomic") == nil ? "c" : "g"
        let length = capture("len") ?? ""
        switch capture("op") {
        case "insertion": return Self.tmVar(kind, "INS", "", length)
        case "duplication": return Self.tmVar(kind, "DUP", "", length, "")
        default: return Self.tmVar(kind, "DEL", "", length)
        }
    }

    private func proteinEditIdentifier(_ capture: (String) -> String?, pos: String, wt: String) -> String {
        let range = capture("pos2").map { pos + "_" + $0 }
        let seq = capture("seq") ?? ""
        // Two adjacent residues deleted are both named (`Val624-Val625del` → `p|DEL|624_625|VV`);
        // a longer range is not (`p.G204_K247del` → `p|DEL|204_247|`).
        if capture("op") == "del", let second = capture("pos2"), let first = Int(pos), Int(second) == first + 1 {
            return Self.tmVar("p", "DEL", pos + "_" + second, wt + (capture("wt2").flatMap(Self.residue) ?? ""))
        }
        switch capture("op") {
        case "ins": return Self.tmVar("p", "INS", range ?? pos, Self.oneLetterSequence(seq))
        case "dup": return Self.tmVar("p", "DUP", range ?? pos, range == nil ? wt : "", "")
        case "delins": return Self.tmVar("p", "INDEL", range ?? pos, seq)
        default: return Self.tmVar("p", "DEL", range ?? pos, range == nil ? wt : "")
        }
    }

    /// `tmVar:` and the fields joined by `|`.
    private static func tmVar(_ fields: String...) -> String {
        "tmVar:" + fields.joined(separator: "|")
    }

    /// A position without the spaces abstracts put around its offsets (`1092 +1` → `1092+1`).
    static func compactPosition(_ position: String) -> String {
        String(position.filter { !$0.isWhitespace })
    }

    private static let nucleotides: Set<String> = ["A", "C", "G", "T"]
}
