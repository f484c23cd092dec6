import ArgumentParser
import LitGraphExtraction
import LitGraphPipeline
import LitGraphReaders

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LitGraphCommand {
    /// `litgraph build`: read inputs, extract relations, store them.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read abstracts, extract relations and store them in a graph database.",
            discussion: """
                INPUT is a file, a folder of files, or - for standard input. Each file is stored in one \
                transaction (one per 2,000 of its documents when longer); building the same input again \
                skips every document before annotating it. On a terminal, progress is shown on standard error.
                """
        )

        @Argument(help: ArgumentHelp("Input files or folders (- for standard input).", valueName: "input"))
        var inputs: [String]

        @Option(name: .long, help: ArgumentHelp("The graph database to create or update.", valueName: "file"))
        var db: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Instead of --db: a folder for graph.sqlite, graph.dot, graph.json and graph.svg.", valueName: "dir")
        )
        var out: String?

        @Option(name: .long, help: "Input format (default: detected from the content).")
        var inputFormat: InputFormat = .auto

        @Option(
            name: .long,
            help: "Entities of annotated inputs (PubTator, BioC): their own (gold), the lexicon's, or both."
        )
        var ner: EntitySource = .gold

        @Flag(help: "Also store relations of generic concepts (patients, disease, treatment, cells, levels…).")
        var keepGeneric = false

        @Option(
            name: [.short, .long],
            help: ArgumentHelp(
                "Threads that annotate (default: one per core). The database is the same whatever the number.",
                valueName: "n")
        )
        var jobs: Int?

        @Flag(
            help: """
                Print the seconds each stage took on standard error: load (lexicon and learned files), \
                read, annotate, extract, store.
                """
        )
        var timings = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "How long to wait for another build writing the same database before giving up (exit 75).",
                valueName: "seconds")
        )
        var wait: Double = 10

        // For tests and the kill loop (Scripts/kill-loop.sh): commit every N documents of a file
        // instead of 2,000, so that a small corpus has several commit groups.
        @Option(name: .long, help: .hidden)
        var commitInterval: Int?

        func validate() throws {
            guard (db == nil) != (out == nil) else {
                throw ValidationError("Pass exactly one of --db FILE or --out DIR.")
            }
            guard wait >= 0, wait.isFinite else {
                throw ValidationError("--wait must be a number of seconds, 0 or more.")
            }
            if let jobs, jobs < 1 {
                throw ValidationError("--jobs must be at least 1.")
            }
            if let commitInterval, commitInterval < 1 {
                throw ValidationError("--commit-interval must be at least 1.")
            }
        }

        func run() throws {
            FileSizeLimit.reportInsteadOfDying()
            try reportingFailures {
                // Ctrl-C (SIGINT) and SIGTERM stop the build between two documents (exit 130 or 143,
                // see BuildInterrupted); a second one while it stops ends the process at once.
                let interruption = BuildInterruption()
                let signals = SignalCatcher(interruption: interruption) { signal in
                    Terminal.note("litgraph: stopped at once; the groups committed before are kept")
                    _exit(128 + signal)
                }
                defer { signals.uninstall() }
                // Progress (documents, documents/s, ten times a second) only for a person at a terminal.
                let showsProgress = Terminal.isStandardErrorATerminal
                defer { if showsProgress { Terminal.endProgress() } }
                let loadStart = ContinuousClock.now
                var builder = GraphBuilder(extractor: try Extractor.builtIn().using(ner))
                let load = ContinuousClock.now - loadStart
                if showsProgress { builder.progress = { Terminal.progress($0.line) } }
                builder.keepsGenericConcepts = keepGeneric
                if let jobs { builder.jobs = jobs }
                builder.busyTimeout = .milliseconds(Int64((min(wait, 1e9) * 1000).rounded()))
                builder.measuresStages = timings
                builder.interruption = interruption
                if let commitInterval { builder.commitInterval = commitInterval }
                var summary =
                    if let out {
                        try builder.build(inputs: inputs, format: inputFormat, outputDirectory: out)
                    } else {
                        try builder.build(inputs: inputs, format: inputFormat, databasePath: db ?? "")
                    }
                summary.timings?.load = load
                summary.notes.forEach(Terminal.note)
                if let line = summary.timings?.line { Terminal.note(line) }
                print(summary.line)
            }
        }
    }
}
