public import ArgumentParser
public import LitGraphEvaluation
public import LitGraphExport
public import LitGraphExtraction
public import LitGraphModel
public import LitGraphPipeline
public import LitGraphReaders
public import LitGraphStore

// Library enums used as option values. The libraries do not depend on ArgumentParser, so the
// command line declares the conformances; `--help` lists each enum's cases.

extension InputFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}
extension EdgeDirection: ExpressibleByArgument {}
extension EdgeOrder: ExpressibleByArgument {}
extension Polarity: ExpressibleByArgument {}
extension RelationPredicate: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension VocabularyFormat: ExpressibleByArgument {}
extension EntityCategory: ExpressibleByArgument {}
extension EntitySource: ExpressibleByArgument {}
extension RelationBaseline: ExpressibleByArgument {}
