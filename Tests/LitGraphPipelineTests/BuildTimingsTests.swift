import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphPipeline
import LitGraphTestSupport
import Testing

/// `build --timings`: the stages are measured only when asked, and measuring changes nothing built.
@Suite struct BuildTimingsTests {
    @Test(arguments: [1, 2])
    func measuredBuildStoresTheSameGraphAndTimesEveryStage(jobs: Int) throws {
        let directory = try TemporaryDirectory()
        let plain = try BuildTests.builder.build(inputs: [BuildTests.example], databasePath: directory.path("a.sqlite"))
        var measuring = BuildTests.builder
        measuring.measuresStages = true
        measuring.jobs = jobs
        let measured = try measuring.build(inputs: [BuildTests.example], databasePath: directory.path("b.sqlite"))
        #expect(plain.timings == nil)
        #expect(measured.statistics == plain.statistics)
        #expect(
            try BuildTests.triples(in: directory.path("a.sqlite")) == BuildTests.triples(in: directory.path("b.sqlite"))
        )
        let timings = try #require(measured.timings)
        #expect(timings.extraction.annotate > .zero)
        #expect(timings.extraction.extract > .zero)
        #expect(timings.store > .zero)
        #expect(timings.read > .zero)
        // With one job, annotating and storing share the writing thread, so they fit in the build's
        // time (reading has a thread of its own); with more jobs they overlap.
        if jobs == 1 {
            let stages = timings.extraction.annotate + timings.extraction.extract + timings.store
            #expect(stages <= .seconds(measured.seconds) + .milliseconds(50))
        }
    }

    @Test func measuredAnnotationIsTheSameAnnotation() throws {
        let document = Document(
            id: "1", title: "Oxytocin and resilience",
            abstract: "Oxytocin increases social behavior. The oxytocin receptor (OXTR) binds oxytocin.")
        var timings = ExtractionTimings()
        let measured = BuildTests.builder.extractor.annotate(document, timings: &timings)
        #expect(measured == BuildTests.builder.extractor.annotate(document))
        #expect(timings.annotate > .zero && timings.extract > .zero)
    }

    @Test func lineNamesEachStageInSeconds() {
        var timings = BuildTimings()
        timings.read = .milliseconds(1500)
        timings.store = .microseconds(250)
        #expect(timings.line == "timings: read=1.500 annotate=0.000 extract=0.000 store=0.000")
        timings.load = .milliseconds(312)
        #expect(timings.line == "timings: load=0.312 read=1.500 annotate=0.000 extract=0.000 store=0.000")
    }
}
