import LitGraphModel
import Testing

@testable import LitGraphStore

/// `GraphStore.paths(from:to:query:)` on a graph written through the real store: directions,
/// symmetric predicates, signs, filters and the evidence of each step.
@Suite("Best paths: the store")
struct GraphPathTests {
    static let therapy = Entity(id: "MESH:D011613", name: "psychotherapy", category: .intervention)
    static let oxytocin = Fixtures.oxytocin
    static let receptor = Fixtures.oxtr
    static let axis = Entity(id: "MESH:D010913", name: "HPA axis", category: .physiologicalSystem)
    static let cortisol = Fixtures.cortisol
    static let stress = Fixtures.stress

    let directory: TemporaryDirectory
    let store: GraphStore

    /// psychotherapy → oxytocin; OXTR ↔ oxytocin (interacts_with, stored receptor → oxytocin);
    /// OXTR −| HPA axis (hedged); HPA axis → cortisol; stress → cortisol; oxytocin −| cortisol
    /// only denied.
    init() throws {
        directory = try TemporaryDirectory()
        var builder = DocumentBuilder(
            id: "2001", title: "Pathways",
            abstractSentences: [
                "Psychotherapy increases oxytocin.", "OXTR binds oxytocin.", "OXTR may suppress the HPA axis.",
                "The HPA axis raises hydrocortisone.", "Stress raises hydrocortisone.",
                "Oxytocin did not lower hydrocortisone.",
            ])
        builder.relate(
            (Self.therapy, "Psychotherapy"), .positivelyRegulates, .positive, (Self.oxytocin, "oxytocin"),
            trigger: "increases", sentence: 1)
        builder.relate(
            (Self.receptor, "OXTR"), .interactsWith, .unknown, (Self.oxytocin, "oxytocin"), trigger: "binds",
            sentence: 2)
        builder.relate(
            (Self.receptor, "OXTR"), .negativelyRegulates, .negative, (Self.axis, "HPA axis"), trigger: "suppress",
            sentence: 3, hedged: true)
        builder.relate(
            (Self.axis, "HPA axis"), .positivelyRegulates, .positive, (Self.cortisol, "hydrocortisone"),
            trigger: "raises", sentence: 4)
        builder.relate(
            (Self.stress, "Stress"), .positivelyRegulates, .positive, (Self.cortisol, "hydrocortisone"),
            trigger: "raises", sentence: 5)
        builder.relate(
            (Self.oxytocin, "Oxytocin"), .negativelyRegulates, .negative, (Self.cortisol, "hydrocortisone"),
            trigger: "lower", sentence: 6, negated: true)
        let path = directory.path("paths.sqlite")
        try GraphStore(path: path, mode: .readWrite).write([builder.annotated])
        store = try GraphStore(path: path, mode: .readOnly)
    }

    /// Each path as `from>to` steps (`<` for a backward step), with its sign.
    func describe(_ paths: [GraphPath]) -> [String] {
        paths.map { path in
            path.steps.map { "\($0.from.name)\($0.isBackward ? "<" : ">")\($0.to.name)" }.joined(separator: " ")
                + " (\(path.sign))"
        }
    }

    @Test("a chain along the arrows, a symmetric predicate read backwards, the sign as the product of polarities")
    func directed() throws {
        let paths = try store.paths(from: Self.therapy.id, to: Self.cortisol.id, query: PathQuery(maximumHops: 4))
        #expect(
            describe(paths) == [
                "psychotherapy>oxytocin oxytocin<OXTR OXTR>HPA axis HPA axis>hydrocortisone (unknown)"
            ])
        let path = try #require(paths.first)
        #expect(path.steps.map(\.edge.evidence.count) == [1, 1, 1, 1])
        #expect(path.steps[2].edge.evidence.first?.isHedged == true)
        #expect(abs(path.score - 0.7 * 0.7 * 0.35 * 0.7) < 1e-12)
        #expect(try store.paths(from: Self.therapy.id, to: Self.cortisol.id, query: PathQuery(maximumHops: 3)).isEmpty)
    }

    @Test("a relation only denied (belief 0) is never a step")
    func deniedRelations() throws {
        let paths = try store.paths(from: Self.oxytocin.id, to: Self.cortisol.id, query: PathQuery(maximumHops: 3))
        #expect(describe(paths) == ["oxytocin<OXTR OXTR>HPA axis HPA axis>hydrocortisone (unknown)"])
    }

    @Test("signs compose: negative then positive is negative")
    func signs() throws {
        let paths = try store.paths(from: Self.receptor.id, to: Self.cortisol.id, query: PathQuery(maximumHops: 2))
        #expect(describe(paths) == ["OXTR>HPA axis HPA axis>hydrocortisone (negative)"])
    }

    @Test("--undirected follows any relation backwards")
    func undirected() throws {
        let query = PathQuery(maximumHops: 4, followsEdgesBackwards: true)
        let paths = try store.paths(from: Self.stress.id, to: Self.oxytocin.id, query: query)
        #expect(
            describe(paths) == [
                "stress>hydrocortisone hydrocortisone<HPA axis HPA axis<OXTR OXTR>oxytocin (unknown)"
            ])
        #expect(try store.paths(from: Self.stress.id, to: Self.oxytocin.id, query: PathQuery(maximumHops: 4)).isEmpty)
    }

    @Test("the filter applies to every step: without hedged sentences the OXTR step is gone")
    func filtered() throws {
        let query = PathQuery(maximumHops: 4, filter: EdgeFilter(excludesHedged: true))
        #expect(try store.paths(from: Self.therapy.id, to: Self.cortisol.id, query: query).isEmpty)
        let genes = PathQuery(maximumHops: 4, filter: EdgeFilter(partnerCategories: [.chemical, .geneOrProtein]))
        #expect(try store.paths(from: Self.therapy.id, to: Self.cortisol.id, query: genes).isEmpty)
    }
}
