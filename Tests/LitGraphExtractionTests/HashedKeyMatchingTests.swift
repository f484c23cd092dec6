import Foundation
import LitGraphModel
import LitGraphTestSupport
import Testing

@testable import LitGraphExtraction

/// The recognizer hashes a run's lexicon keys word by word (``SentenceKeys``, ``RunKeys``); it
/// must find exactly what building each run's key strings (``Lexicon/keys(for:)``) finds.
@Suite struct HashedKeyMatchingTests {
    /// Sentences on the edges of key building: Greek letters, accents, ligatures, a compatibility
    /// decomposition holding spaces (U+FDFA), marks alone, British spellings, plurals, numbers joined
    /// to symbols, mixed-case genes, salts, ions, connectors.
    static let edges = [
        "TNF-α and TNF-alpha and TNFα raised IL-6, IL6 and interleukin-6 in Sjögren's syndrome.",
        "Oestrogen, haemoglobin and the behaviour of tumours in coeliac disease were centralised.",
        "The ﬁbroblast growth factor receptors and ＴＰ５３ were studied with ﷺ and \u{0301}\u{0301} marks.",
        "Akt, mTOR, Bax and hOGG1 in Mdm2 mice; COX-2, IRS-1, MEK 1 and p53 in ERK1/2 signalling.",
        "Glutamate, valproate and folates with Ca2+, K+, Ca(2+) and Na(+) in the hypothalamic-pituitary-adrenal axis.",
        "Estrogen receptors, therapies and β-blockers; 5-HT and 5HT; angiotensin II type 1 receptor blockers.",
        "Oxytocin's receptor (OXTR) and serotonin’s transporter, the dopamine D2 receptor and the D2 receptors.",
        "TGF-β1, TGF-beta 1, NF-κB, NF-kappaB and the µ-opioid receptor in ⑴ and ⒈ cases.",
    ]

    /// The sentences of a PubTator file's titles and abstracts.
    static func sentences(_ url: URL, limit: Int) throws -> [String] {
        var texts: [String] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline) {
            let bars = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
            if bars.count == 3, bars[1] == "t" || bars[1] == "a" { texts.append(String(bars[2])) }
            if texts.count >= limit { break }
        }
        return texts.flatMap { text in
            let scalars = Array(text.unicodeScalars)
            return SentenceSplitter().sentences(in: scalars, titleLength: 0).map(\.text)
        }
    }

    /// The matches of `sentence` both ways, for both settings of rodent symbols.
    static func differences(in sentences: [String]) -> [String] {
        var differences: [String] = []
        for sentence in sentences {
            let scalars = Array(sentence.unicodeScalars)
            let tokens = Tokenizer().tokens(of: scalars, in: TextSpan(start: 0, end: scalars.count))
            for rodent in [false, true] {
                var hashed = EntityRecognizer(lexicon: sharedExtractor.lexicon)
                hashed.matchesRodentSymbols = rodent
                var built = hashed
                built.buildsKeyStrings = true
                if hashed.matches(in: tokens) != built.matches(in: tokens) { differences.append(sentence) }
            }
        }
        return differences
    }

    @Test func edgesMatchTheSameEitherWay() {
        #expect(Self.differences(in: Self.edges).isEmpty)
        let matches = EntityRecognizer(lexicon: sharedExtractor.lexicon).matches(
            in: Tokenizer().tokens(
                of: Array(Self.edges[0].unicodeScalars), in: TextSpan(start: 0, end: Self.edges[0].unicodeScalars.count)
            ))
        #expect(matches.count >= 5)
    }

    @Test(
        "the training corpora's sentences match the same either way",
        .enabled(if: PackagePaths.hasShared),
        arguments: ["corpora/biored/Train.PubTator", "corpora/bc5cdr/CDR_TrainingSet.PubTator.txt"]
    )
    func corpusMatchesTheSameEitherWay(path: String) throws {
        let sentences = try Self.sentences(PackagePaths.shared(path), limit: 600)
        #expect(sentences.count > 1000)
        let differences = Self.differences(in: sentences)
        #expect(differences.isEmpty, "\(differences.prefix(3))")
    }
}
