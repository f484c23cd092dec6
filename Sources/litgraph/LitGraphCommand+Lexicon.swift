import ArgumentParser
import LitGraphModel
import LitGraphPipeline
import LitGraphReaders

extension LitGraphCommand {
    /// `litgraph lexicon`: the user's vocabularies stored in a graph database.
    struct Lexicon: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage the vocabularies a graph database recognises.",
            subcommands: [Import.self, LexiconBuild.self, LexiconOrthologs.self]
        )
    }
}

extension LitGraphCommand.Lexicon {
    /// `litgraph lexicon import FILE --db DB`: stores a vocabulary file's entries for later builds.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a vocabulary (MeSH descriptor XML, OBO or TSV, optionally gzipped) to a graph database.",
            discussion: """
                MeSH: desc20XX.xml (DescriptorUI → MESH:D…, entry terms as synonyms, category from the tree \
                number). OBO: [Term] stanzas (HPO, Disease Ontology, MONDO, GO, ChEBI…); obsolete terms are \
                skipped and EXACT and RELATED synonyms kept. TSV: the header id, name, synonyms, category; \
                synonyms separated by |. Importing the same file again changes nothing.
                """
        )

        @Argument(help: ArgumentHelp("The vocabulary file (- for standard input).", valueName: "file"))
        var file: String

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "The file's format; auto sniffs it from the bytes.")
        var format: VocabularyFormat = .auto

        @Option(
            name: .long, help: "Category of OBO terms whose identifier prefix LitGraph does not know (default: other).")
        var category: EntityCategory?

        func run() throws {
            try reportingFailures {
                let importer = VocabularyImport(reader: VocabularyReader(fallbackCategory: category))
                print(try importer.run(path: file, format: format, databasePath: database.db).line)
            }
        }
    }
}
