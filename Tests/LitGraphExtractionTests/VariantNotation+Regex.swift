@testable import LitGraphExtraction

extension VariantNotation {
    /// The regular expression (Swift `Regex` syntax, matched on Unicode scalars) the notation was
    /// found with before its ``VariantPattern``: the oracle the hand-written matcher is tested against.
    var regexSource: String {
        switch self {
        case .dbSNP: #"rs(?<num>\d{2,})"#
        case .prefixedProteinSubstitution: #"p\.\s?\(?(?<wt>\#(Self.aa))(?<pos>\d+)(?<mut>\#(Self.aaOrStop))\)?"#
        case .threeLetterSubstitution: #"(?<wt>\#(Self.aa3))[\s-]?(?<pos>\d+)[\s-]?(?<mut>\#(Self.aa3)|Ter|X|\*)"#
        case .oneLetterSubstitution: #"(?<wt>\#(Self.aa1))(?<pos>[1-9]\d{1,4})(?<mut>\#(Self.aa1)|X|\*)"#
        case .dnaSubstitution:
            #"(?:(?<kind>[cgmnr])\.\s?)?(?<pos>\#(Self.position))\s?(?<wt>[ACGTU]+)\s?(?:>|-+>|→|/)\s?(?<mut>[ACGTU]+)"#
        case .nucleotideFirstSubstitution: #"(?:(?<kind>[cg])\.)?(?<wt>[ACGT])(?<pos>[-+]?\d+)(?<mut>[ACGT])"#
        case .dnaEdit:
            #"(?:(?<kind>[cgm])\.\s?)?(?<pos>\#(Self.position)(?:_\#(Self.position))?)\s?(?<op>delins|del|ins|dup)(?<seq>[ACGTU]+|\d+)?"#
        case .deletionFirst: #"del(?<pos>\d+)(?<seq>[ACGT]+)"#
        case .proteinEdit:
            #"(?:p\.\s?\(?)?(?<wt>\#(Self.aa))(?<pos>\d+)(?:[_-](?<wt2>\#(Self.aa))(?<pos2>\d+))?(?<op>delins|del|dup|ins)(?<seq>(?:\#(Self.aa3)|[ACDEFGHIKLMNPQRSTVWY])*)\)?"#
        case .deltaResidue: #"(?:Δ|[Dd]elta)(?<wt>\#(Self.aa1))(?<pos>\d{2,})"#
        case .deltaLength: #"(?:Δ|[Dd]elta)\s?(?<len>\d{2,})(?![-\d])"#
        case .frameshift:
            #"(?:p\.\s?\(?)?(?<wt>\#(Self.aa))(?<pos>\d+)(?<mut>\#(Self.aa))?fs(?:\*|X|Ter)?(?<len>\d+)?\)?"#
        case .proteinAllele: #"p\.\s?(?<wt>\#(Self.aa))(?<pos>\d+)(?![A-Za-z\d_*])"#
        case .namedSubstitution:
            #"(?<wt>\#(Self.names))[\s-](?<pos>\d+)[\s-](?:(?:to|by)[\s-])?(?<mut>\#(Self.names))"#
        case .namedSubstitutionAtPosition:
            #"(?<wt>\#(Self.names)|\#(Self.aa3)|\#(Self.aa1))(?:\s\((?:\#(Self.aa3)|[A-Z])\))?(?:\sresidue)?[\s-](?:to|by|for)[\s-](?:the\s)?(?<mut>\#(Self.names)|\#(Self.aa3)|\#(Self.aa1))(?:\s\((?:\#(Self.aa3)|[A-Z])\))?(?:\sresidue)?(?:\s(?:substitution|mutation|change))?\s(?:at|in)\s(?:(?:the|amino|acid|residue|codon|position)\s)*(?<pos>\d+)"#
        case .nucleotideChangeAtPosition:
            #"\(?(?<wt>[ACGT])\s?(?:>|-+>|→|-to-|\sto\s)\s?(?<mut>[ACGT])\)?(?:\s(?:substitution|transition|transversion|mutation|change))?(?:\s(?:was\s)?(?:identified|found|detected))?\s(?:at|in)\s(?:(?:the|nucleotide|position)\s)*(?<codon>codon\s)?(?:c\.)?(?<pos>[-+]?\d+)"#
        case .slashedProteinSubstitution: #"(?<pos>\d{2,})(?<wt>\#(Self.aa1))/(?<mut>\#(Self.aa1))"#
        case .lengthEdit:
            #"(?:(?<len>\d+)[\s-]?(?:bp|base[\s-]pairs?|basepairs?|nucleotides?|nt)\s(?<genomic>genomic\s)?(?<op>deletion|insertion|duplication)|dup(?<duplen>\d+)bp)"#
        case .repeatCount: #"\((?<seq>[ACGT]{2,})\)(?<count>\d+)"#
        }
    }

    /// The three-letter amino-acid codes, as an alternation.
    static let aa3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec"
    /// The one-letter amino-acid codes, as a character class.
    static let aa1 = "[ACDEFGHIKLMNPQRSTVWY]"
    /// A residue in either code, three letters tried first.
    static let aa = aa3 + "|" + aa1
    /// A residue or a stop (`Ter`, `stop`, `X`, `*`).
    static let aaOrStop = aa3 + "|Ter|[Ss]top|X|\\*|" + aa1
    /// Amino-acid names, capitalised or not, as an alternation.
    static let names = oneLetterCodes.keys.filter { $0.count > 4 }.sorted { $0.count > $1.count }
        .map { name in "[" + name.prefix(1).uppercased() + name.prefix(1) + "]" + name.dropFirst() }
        .joined(separator: "|")
    /// A nucleotide position: `643`, `-107`, `+8365`, `*42`, `1093-1`, `1092 +1`, `IVS3+1`.
    static let position = #"(?:IVS\d+\s?[-+]\s?\d+|[-+*]?\d+(?:\s?[-+]\s?\d+)?)"#

    /// The compiled ``regexSource``, matched on Unicode scalars.
    func regex() throws -> Regex<AnyRegexOutput> {
        try Regex(regexSource).matchingSemantics(.unicodeScalar)
    }
}
