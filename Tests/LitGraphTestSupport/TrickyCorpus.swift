public import LitGraphModel

/// Three hand-built documents whose names and sentences exercise every escaping rule of the query formats.
///
/// They hold quotes, backslashes (`\N`), tabs, newlines, carriage returns, a control
/// character, `<`, `&`, `]]>`, commas, non-ASCII letters and DOT keywords (`node`, `graph`,
/// `edge`, `strict`). Written through the real store by the tests that use it.
///
/// Relations (subject –predicate/polarity→ object, document):
/// - oxytocin –negatively_regulates/negative→ IL-6 (123, 2009; 456, 2021)
/// - IL-6 –positively_regulates/positive→ β-endorphin, hedged (456)
/// - oxytocin –regulates→ the "HPA" axis (123)
/// - psychotherapy –treats/negative→ a<b & c (456)
/// - C:\Net –causes/positive→ a<b & c, negated (456)
/// - IL-6 –interacts_with→ graph (id `node`) (abstract-1.txt, no year)
/// - 1,2-dichloroethane –associated_with/positive→ edge, model confidence 0.82 (abstract-1.txt)
/// - tab…here –regulates→ strict (id `LITGRAPH:a"b\c`) (abstract-1.txt)
public enum TrickyCorpus {
    /// Oxytocin.
    public static let oxytocin = Entity(id: "MESH:D010121", name: "oxytocin", category: .chemical)
    /// IL-6.
    public static let interleukin = Entity(id: "NCBIGene:3569", name: "IL-6", category: .geneOrProtein)
    /// A name with quotes and a newline.
    public static let axis = Entity(
        id: "LITGRAPH:hpa-axis", name: "the \"HPA\" axis\nsecond line", category: .physiologicalSystem)
    /// A name with backslashes, `\N` among them.
    public static let backslashes = Entity(
        id: "LITGRAPH:backslash", name: #"C:\Net \N \G end\"#, category: .biologicalProcess)
    /// A name with a tab, a carriage return and a control character.
    public static let tabbed = Entity(id: "LITGRAPH:tab", name: "tab\there\r\u{1}", category: .phenotype)
    /// A name with XML and HTML specials.
    public static let markup = Entity(id: "LITGRAPH:markup", name: "a<b & c ]]> d>e 'q' &beta;", category: .disease)
    /// A name with non-ASCII letters.
    public static let endorphin = Entity(id: "MESH:D004723", name: "β-endorphin é 中文", category: .chemical)
    /// A DOT keyword as identifier, another as name.
    public static let keywordID = Entity(id: "node", name: "graph", category: .other)
    /// A DOT keyword as name.
    public static let keywordName = Entity(id: "LITGRAPH:edge", name: "edge", category: .anatomy)
    /// An identifier with a quote and a backslash.
    public static let awkwardID = Entity(id: #"LITGRAPH:a"b\c"#, name: "strict", category: .anatomy)
    /// A name with commas, for CSV.
    public static let dichloroethane = Entity(id: "MESH:D019856", name: "1,2-dichloroethane", category: .chemical)
    /// An intervention.
    public static let therapy = Entity(id: "MESH:D011613", name: "psychotherapy", category: .intervention)

    /// The documents, in identifier order.
    public static var documents: [AnnotatedDocument] { [first(), second(), third()] }

    /// A name written to break out of SVG markup: a script element, event attributes, a comment end.
    public static let script = Entity(
        id: "LITGRAPH:--><script>alert(1)</script><!--",
        name: #"<script>alert("x")</script> " onload="alert(1)" & --><!-- <svg onload=alert(2)>"#, category: .chemical)
    /// A grounded identifier whose prefix is `javascript`, and a name holding a link.
    public static let javascript = Entity(
        id: "javascript:alert(3)", name: #"<a href="javascript:alert(4)" onclick='x'>link</a>"#,
        category: .geneOrProtein)

    /// A fourth document whose id and entities are markup, for the SVG safety tests.
    ///
    /// Relations: oxytocin → ``script`` → ``javascript``. Kept out of ``documents``, and so of
    /// the query golden files.
    public static var markupAttack: AnnotatedDocument {
        var builder = AnnotatedDocumentBuilder(
            id: #"<script>alert(5)</script>" onmouseover="x.txt"#, title: "Scripts.",
            abstractSentences: ["Oxytocin raises scriptol.", "Scriptol raises linkin."])
        builder.relate(
            (oxytocin, "Oxytocin"), .positivelyRegulates, .positive, (script, "scriptol"), trigger: "raises",
            sentence: 1)
        builder.relate(
            (script, "Scriptol"), .positivelyRegulates, .positive, (javascript, "linkin"), trigger: "raises",
            sentence: 2)
        return builder.annotated
    }

    private static func first() -> AnnotatedDocument {
        var builder = AnnotatedDocumentBuilder(
            id: "123", title: "Oxytocin and \"IL-6\" in the HPA axis.",
            abstractSentences: ["Oxytocin \"suppressed\" IL-6\tlevels.", "Oxytocin modulates the HPA axis,\ntwice."],
            year: 2009)
        builder.relate(
            (oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (interleukin, "IL-6"), trigger: "suppressed",
            sentence: 1)
        builder.relate(
            (oxytocin, "Oxytocin"), .regulates, .unknown, (axis, "HPA axis"), trigger: "modulates", sentence: 2)
        return builder.annotated
    }

    private static func second() -> AnnotatedDocument {
        var builder = AnnotatedDocumentBuilder(
            id: "456", title: "β-endorphin é 中文 & <IL-6>",
            abstractSentences: [
                "Oxytocin reduced IL-6 in 中文 cohorts (β = 0.2).", "IL-6 may increase β-endorphin é 中文.",
                "Psychotherapy treats a<b & c ]]> d>e.", #"C:\Net \N did not cause a<b & c."#,
            ],
            year: 2021)
        builder.relate(
            (oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (interleukin, "IL-6"), trigger: "reduced",
            sentence: 1)
        builder.relate(
            (interleukin, "IL-6"), .positivelyRegulates, .positive, (endorphin, "β-endorphin é 中文"),
            trigger: "increase", sentence: 2, hedged: true)
        builder.relate(
            (therapy, "Psychotherapy"), .treats, .negative, (markup, "a<b & c ]]> d>e"), trigger: "treats",
            sentence: 3)
        builder.relate(
            (backslashes, #"C:\Net \N"#), .causes, .positive, (markup, "a<b & c"), trigger: "cause", sentence: 4,
            negated: true)
        return builder.annotated
    }

    private static func third() -> AnnotatedDocument {
        var builder = AnnotatedDocumentBuilder(
            id: "abstract-1.txt", title: "Keywords: node, graph, edge, strict.",
            abstractSentences: [
                "IL-6 binds the graph node.", "1,2-dichloroethane is associated with edge, \"strictly\".",
                "Tab here regulates strict.",
            ])
        builder.relate(
            (interleukin, "IL-6"), .interactsWith, .unknown, (keywordID, "graph node"), trigger: "binds", sentence: 1)
        builder.relate(
            (dichloroethane, "1,2-dichloroethane"), .associatedWith, .positive, (keywordName, "edge"),
            trigger: "associated with", sentence: 2, confidence: 0.82)
        builder.relate(
            (tabbed, "Tab here"), .regulates, .unknown, (awkwardID, "strict"), trigger: "regulates", sentence: 3)
        return builder.annotated
    }
}
