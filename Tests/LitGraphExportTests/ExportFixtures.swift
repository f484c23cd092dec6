import LitGraphModel
import LitGraphTestSupport

/// Hand-built graphs whose text exercises every escaping rule of the exporters.
enum ExportFixtures {
    static let oxytocin = Entity(id: "MESH:D010121", name: "oxytocin", category: .chemical)
    static let interleukin = Entity(id: "NCBIGene:3569", name: "IL-6", category: .geneOrProtein)
    static let serotonin = Entity(id: "MESH:D012701", name: "5-HT", category: .chemical)
    static let axis = Entity(
        id: "LITGRAPH:hpa-axis", name: "the \"HPA\" axis\nsecond line", category: .physiologicalSystem)
    static let backslashes = Entity(
        id: "LITGRAPH:backslash",
        name: #"C:\Net \N \G \L \E \T \H end\"#,
        category: .biologicalProcess
    )
    static let tabbed = Entity(id: "LITGRAPH:tab", name: "tab\there\r\u{1}", category: .phenotype)
    static let markup = Entity(id: "LITGRAPH:markup", name: "a<b & c ]]> d>e 'q' &beta;", category: .disease)
    static let endorphin = Entity(id: "MESH:D004723", name: "β-endorphin é 中文", category: .chemical)
    static let keywordID = Entity(id: "node", name: "graph", category: .other)
    static let keywordName = Entity(id: "LITGRAPH:edge", name: "edge", category: .anatomy)
    static let awkwardID = Entity(id: #"LITGRAPH:a"b\c"#, name: "strict", category: .anatomy)
    static let human = Entity(id: "NCBITaxon:9606", name: "Homo sapiens", category: .organism)
    static let therapy = Entity(id: "LITGRAPH:psychotherapy", name: "psychotherapy", category: .intervention)

    /// Every entity of ``tricky``.
    static let entities = [
        oxytocin, interleukin, serotonin, axis, backslashes, tabbed, markup, endorphin, keywordID, keywordName,
        awkwardID, human, therapy,
    ]

    /// A sentence-level evidence row in document `document`.
    static func evidence(
        _ document: String,
        sentence: Int = 1,
        text: String = "Oxytocin suppressed IL-6.",
        trigger: String = "suppressed",
        negated: Bool = false,
        hedged: Bool = false,
        confidence: Double? = nil
    ) -> Evidence {
        Evidence(
            documentID: document,
            sentenceIndex: sentence,
            sentenceText: text,
            subjectSpan: TextSpan(start: 10, end: 18),
            triggerSpan: TextSpan(start: 19, end: 29),
            objectSpan: TextSpan(start: 30, end: 34),
            trigger: trigger,
            rule: "active-verb",
            isNegated: negated,
            isHedged: hedged,
            confidence: confidence
        )
    }

    /// An edge whose counts and belief match its evidence unless given.
    static func edge(
        _ subject: Entity,
        _ predicate: RelationPredicate,
        _ polarity: Polarity,
        _ object: Entity,
        evidence: [Evidence],
        evidenceCount: Int? = nil,
        documentCount: Int? = nil,
        years: ClosedRange<Int>? = nil
    ) -> GraphEdge {
        GraphEdge(
            relation: Relation(subject: subject, predicate: predicate, polarity: polarity, object: object),
            evidenceCount: evidenceCount ?? evidence.count,
            documentCount: documentCount ?? Set(evidence.map(\.documentID)).count,
            evidence: evidence,
            belief: Belief(evidence).value,
            firstYear: years?.lowerBound,
            lastYear: years?.upperBound,
            negatedCount: evidence.filter(\.isNegated).count,
            hedgedCount: evidence.filter(\.isHedged).count
        )
    }

    /// The edges of ``tricky``: every predicate style, a negated and a hedged edge.
    static let edges = [
        edge(
            oxytocin, .negativelyRegulates, .negative, interleukin,
            evidence: [
                evidence("123", text: "Oxytocin \"suppressed\" IL-6\tlevels\u{1}."),
                evidence("456", sentence: 3, text: "Oxytocin reduced IL-6 in 中文 cohorts (β = 0.2)."),
            ],
            years: 2009...2021
        ),
        edge(
            interleukin, .positivelyRegulates, .positive, serotonin,
            evidence: [evidence("789", text: "IL-6 may increase 5-HT.", trigger: "increase", hedged: true)]
        ),
        edge(
            oxytocin, .regulates, .unknown, axis,
            evidence: [
                evidence("abstract-1.txt", text: "Oxytocin modulates the HPA axis.", trigger: "modulates"),
                evidence("321", sentence: 2, text: "Line one\nline two \\N.", trigger: "modulates"),
                evidence("321", sentence: 4, text: "Again.", trigger: "modulates"),
            ]
        ),
        edge(
            serotonin, .associatedWith, .unknown, tabbed,
            evidence: [
                evidence("555", text: "5-HT is associated with it.", trigger: "associated with", confidence: 0.82)
            ]
        ),
        edge(
            interleukin, .interactsWith, .unknown, endorphin,
            evidence: [evidence("556", text: "IL-6 binds β-endorphin.", trigger: "binds")]
        ),
        edge(
            backslashes, .causes, .positive, markup,
            evidence: [
                evidence("557", text: "It did not cause a<b.", trigger: "cause", negated: true),
                evidence("558", text: "No effect on a<b.", trigger: "effect", negated: true),
            ]
        ),
        edge(
            therapy, .treats, .positive, markup,
            evidence: [evidence("559", text: "Psychotherapy treats it.", trigger: "treats")],
            evidenceCount: 20,
            documentCount: 12
        ),
        edge(keywordID, .regulates, .unknown, awkwardID, evidence: [], evidenceCount: 0, documentCount: 0),
    ]

    /// A graph whose names contain quotes, backslashes, tabs, newlines, `\N`, `<`, `&`, `]]>`,
    /// non-ASCII letters and DOT keywords, with a negated and a hedged edge.
    static let tricky = KnowledgeGraph(name: "tricky \"graph\" \\N β & <x>", nodes: entities, edges: edges)

    /// A graph with no nodes and no edges.
    static let empty = KnowledgeGraph(name: "empty", nodes: [], edges: [])

    /// One edge cited by 25 documents, more than a tooltip lists.
    static let manyDocuments = KnowledgeGraph(
        name: "many documents",
        nodes: [],
        edges: [edge(oxytocin, .causes, .positive, markup, evidence: (1...25).map { evidence(String(1000 + $0)) })]
    )

    /// Nodes whose ids sanitise to the same SVG element id.
    static let clashingIDs = KnowledgeGraph(
        name: "ids",
        nodes: [
            Entity(id: "LITGRAPH:a b", name: "one", category: .other),
            Entity(id: "LITGRAPH:a-b", name: "two", category: .other),
            Entity(id: "LITGRAPH:a/b", name: "three", category: .other),
        ],
        edges: []
    )

    /// A graph with an entity whose id is the legend's.
    static let legendEntity = KnowledgeGraph(
        name: "legend",
        nodes: [Entity(id: "legend", name: "legend", category: .other)],
        edges: []
    )

    /// A graph without a name.
    static let unnamed = KnowledgeGraph(name: "", nodes: [], edges: [])

    /// A variant whose identifier holds `|` (tmVar's form) and whose name holds the separators
    /// of the tabular exports: `|`, `;`, `,`, quotes.
    static let variant = Entity(
        id: "tmVar:p|SUB|R|215|W", name: "R215W | Arg215Trp; \"x\", y", category: .sequenceVariant)
    /// An entity whose identifier holds a space and a tab (SIF turns the tab into a space).
    static let spaced = Entity(id: "LITGRAPH:two words\tand tab", name: "two words", category: .phenotype)

    /// List and field separators (`|`, `;`, `,`) in identifiers, names, documents and sentences;
    /// a correlation with a sign; a node without edges.
    static let separators = KnowledgeGraph(
        name: "separators",
        nodes: [human],
        edges: [
            edge(
                variant, .positivelyRegulates, .positive, interleukin,
                evidence: [
                    evidence("900|b", text: "R215W | raised IL-6; a, b.", trigger: "raised"),
                    evidence("PMID:901", sentence: 2, text: "It raised \"IL-6\", again.", trigger: "raised"),
                ],
                years: 2001...2001
            ),
            edge(
                serotonin, .associatedWith, .positive, variant,
                evidence: [evidence("902", text: "5-HT correlated with R215W.", trigger: "correlated with")]
            ),
            edge(
                spaced, .associatedWith, .negative, serotonin,
                evidence: [evidence("903", text: "Two words\tand 5-HT.", trigger: "associated")]
            ),
        ]
    )

    /// The entities of ``HostileCorpus``, with its identifiers as they are (no reader has cleaned them).
    static let hostileEntities: [Entity] = HostileCorpus.names.map { name in
        let category: EntityCategory =
            switch name.type {
            case "Gene": .geneOrProtein
            case "Disease": .disease
            default: .chemical
            }
        return Entity(id: name.identifier, name: name.text, category: category)
    }

    /// ``HostileCorpus`` as a graph, its identifiers uncleaned.
    ///
    /// Each entity raises the next, in a sentence holding both names and cited by a document whose
    /// id is hostile too; the control-character entity also lowers the bidirectional one. Names,
    /// identifiers, sentences, triggers and the graph name hold DOT syntax, markup, `javascript:`
    /// URLs, control characters, bidirectional overrides and SQL.
    static let hostile: KnowledgeGraph = {
        let entities = hostileEntities
        var edges: [GraphEdge] = []
        for (index, subject) in entities.enumerated() {
            let object = entities[(index + 1) % entities.count]
            let text = HostileCorpus.abstract(
                HostileCorpus.names[index], "increases", HostileCorpus.names[(index + 1) % entities.count])
            edges.append(
                edge(
                    subject, .positivelyRegulates, .positive, object,
                    evidence: [
                        evidence(HostileCorpus.documentID(index), text: text, trigger: "in\u{1B}[1mcreases\u{202E}")
                    ]))
        }
        edges.append(
            edge(
                entities[3], .negativelyRegulates, .negative, entities[4],
                evidence: [evidence(HostileCorpus.documentID(6), text: "\u{0}\u{7F}'); DROP TABLE evidence; --")]))
        return KnowledgeGraph(name: HostileCorpus.sql.text + " \u{1B}[31m </svg>", nodes: entities, edges: edges)
    }()

    /// Every graph above, for checks that must hold for all exports.
    static let all = [tricky, empty, manyDocuments, clashingIDs, legendEntity, unnamed, separators, hostile]
}
