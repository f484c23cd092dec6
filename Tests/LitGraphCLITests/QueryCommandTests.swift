import Foundation
import LitGraphTestSupport
import Testing

/// `query`, `path`, `search`, `entities` and `evidence` run as a user runs them: formats, colour on
/// a real pseudo-terminal, exit statuses, and a closed pipe.
@Suite struct QueryCommandTests {
    let built: CommandLineTests.BuiltExample

    init() throws {
        built = try CommandLineTests.BuiltExample()
    }

    /// Runs `litgraph` on the example database with `arguments`.
    func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try built.litgraph.run(arguments + ["--db", built.database])
    }

    @Test("path psychotherapy → HPA axis on the README example returns a chain through oxytocin, with evidence")
    func readmePath() throws {
        // psychotherapy → oxytocin release (hedged), the release → oxytocin (its participant),
        // oxytocin ↔ its receptor, the receptor → the HPA axis: four steps along the arrows. "HPA
        // axis" is not written in the abstract; the built-in lexicon knows it as a synonym.
        let outcome = try run(["path", "psychotherapy", "HPA axis", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        let chain = rows.filter { $0["path"] as? Int == 1 }
        #expect(
            chain.compactMap { $0["subject"] as? String } == [
                "MESH:D011613", "LITGRAPH:oxytocin-release", "MESH:D010121", "NCBIGene:5021",
            ])
        #expect(chain.last?["object"] as? String == "MESH:D010913")
        #expect(chain.allSatisfy { ($0["evidence"] as? Int ?? 0) >= 1 && !($0["sentence"] as? String ?? "").isEmpty })
        #expect(Set(chain.compactMap { $0["chain_sign"] as? String }) == ["unsigned"])
    }

    @Test("path ranks by the product of beliefs; within three steps only --undirected reaches the HPA axis")
    func pathDirections() throws {
        let directed = try run(["path", "psychotherapy", "MESH:D010913", "--max-hops", "3", "--format", "tsv", "-e"])
        #expect(directed.status == 1, "no directed chain of three steps or fewer: -e gives 1")
        #expect(directed.standardOutput.hasPrefix("path\tstep\tsubject\t"))
        let undirected = try run([
            "path", "psychotherapy", "MESH:D010913", "--max-hops", "3", "--undirected", "--format", "jsonl",
        ])
        let scores = undirected.standardOutput.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["path_score"] as? Double
        }
        #expect(!scores.isEmpty && scores == scores.sorted(by: >))
    }

    @Test("neighbors walks N relations from the entity, nearest first")
    func neighbors() throws {
        let near = try run(["neighbors", "oxytocin", "--format", "json"])
        #expect(near.status == 0, "\(near.standardError)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(near.standardOutput.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["distance"] as? Int == 1 })
        let own = rows.filter {
            $0["subject"] as? String == "MESH:D010121" || $0["object"] as? String == "MESH:D010121"
        }
        #expect(own.count >= 4, "oxytocin's own relations, and those between its partners")
        let far = try run(["neighbors", "oxytocin", "--hops", "2", "--format", "tsv"])
        let lines = far.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("distance\tsubject\t") == true)
        #expect(lines.contains { $0.hasPrefix("2\tNCBIGene:5021\t") && $0.contains("MESH:D010913") })
        let distances = lines.dropFirst().compactMap { Int($0.prefix { $0 != "\t" }) }
        #expect(distances == distances.sorted())
        #expect(try run(["neighbors", "oxytocin", "--hops", "0"]).status == 64)
    }

    @Test("an entity asked for as both ends is a usage error")
    func samePathEnds() throws {
        let outcome = try run(["path", "oxytocin", "MESH:D010121"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError
                == "litgraph: FROM and TO both denote MESH:D010121; a path needs two different entities\n")
    }

    @Test("search finds sentences, marks hits in tables and gives offsets to programs")
    func search() throws {
        let table = try run(["search", "receptors", "--format", "table"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("[receptors]"))
        let json = try run(["search", "psychotherapy", "--format", "json"])
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        let sentence = try #require(row["sentence"] as? String)
        let hit = try #require((row["hits"] as? [String])?.first?.split(separator: ":").compactMap { Int($0) })
        let scalars = Array(sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[hit[0]..<hit[1]])).lowercased() == "psychotherapy")
        #expect(
            (row["relations"] as? [String])?.contains(
                "psychotherapy -[positively_regulates]-> psychological resilience") == true)
    }

    @Test("an invalid full-text query is one line naming it, exit 65; --literal searches the words as written")
    func invalidSearch() throws {
        let outcome = try run(["search", "IL-6"])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("litgraph: \"IL-6\" is not a valid full-text query ("))
        #expect(outcome.standardError.filter { $0 == "\n" }.count == 1)
        let unbalanced = try run(["search", "\"oxytocin"])
        #expect(unbalanced.status == 65 && unbalanced.standardError.contains("\\\"oxytocin"))
        let literal = try run(["search", "breast-cancer", "--literal", "--format", "tsv", "-e"])
        #expect(literal.status == 0, "\(literal.standardError)")
    }

    @Test("entities lists matches by degree; -e gives 1 when nothing matches")
    func entities() throws {
        let outcome = try run(["entities", "OXYTOCIN", "--format", "csv"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "id,name,category,degree,out_degree,in_degree,matched")
        #expect(lines.dropFirst().first?.hasPrefix("NCBIGene:5021,oxytocin receptor,gene,") == true)
        #expect(try run(["entities", "vasopressin", "-e"]).status == 1)
        #expect(try run(["entities", "vasopressin"]).status == 0)
    }

    @Test("query filters and options reach the store: partner type, polarity, sort, limit, --no-header")
    func queryOptions() throws {
        let genes = try run(["query", "oxytocin", "--partner-type", "gene", "--format", "tsv", "--no-header"])
        #expect(genes.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[4] } == ["NCBIGene:5021"])
        let negative = try run(["query", "oxytocin", "--polarity", "negative", "--format", "jsonl"])
        #expect(negative.standardOutput.split(separator: "\n").count == 1)
        #expect(negative.standardOutput.contains("\"object\":\"MESH:D001943\""))
        let best = try run(["query", "oxytocin", "--sort", "belief", "--limit", "1", "--format", "csv", "--no-header"])
        #expect(best.standardOutput.hasPrefix("MESH:D010121,oxytocin,regulates,unknown,MESH:D055500,"))
        #expect(best.standardOutput.split(separator: "\r\n").count == 1)
        let empty = try run(["query", "oxytocin", "--since", "2030", "-e"])
        #expect(empty.status == 1 && empty.standardError.isEmpty)
        #expect(try run(["query", "oxytocin", "--since", "2030", "--until", "2020"]).status == 64)
        #expect(try run(["query", "oxytocin", "--exclude-negated", "--only-negated"]).status == 64)
        #expect(try run(["query", "oxytocin", "--json", "--format", "csv"]).status == 64)
    }

    @Test("evidence marks the arguments and trigger in tables; offsets in machine formats")
    func evidenceMarks() throws {
        let table = try run(["evidence", "oxytocin", "social behavior", "--format", "table"])
        #expect(table.standardOutput.contains("[Oxytocin],"))
        #expect(table.standardOutput.contains("{impact} on regulating [social behavior]."))
        let json = try run(["evidence", "oxytocin", "social behavior", "--format", "json"])
        let row = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])?.first)
        let sentence = Array(try #require(row["sentence"] as? String).unicodeScalars)
        func text(_ start: String, _ end: String) -> String? {
            guard let from = row[start] as? Int, let to = row[end] as? Int else { return nil }
            return String(String.UnicodeScalarView(sentence[from..<to]))
        }
        #expect(text("subject_start", "subject_end") == "Oxytocin")
        #expect(text("trigger_start", "trigger_end") == "impact")
        #expect(text("object_start", "object_end") == "social behavior")
    }
}
