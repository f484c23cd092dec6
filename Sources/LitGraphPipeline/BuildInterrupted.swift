/// A build stopped by a request (``BuildInterruption``, such as Ctrl-C): how far it got and how to
/// resume.
///
/// Nothing partial was committed: the database holds the groups committed before the request (a
/// whole input file, or ``GraphBuilder/commitInterval`` documents of a longer one, each), and
/// running the same build again skips them and ends with the database an uninterrupted build writes.
public struct BuildInterrupted: Error, CustomStringConvertible, Equatable {
    /// The signal that asked for the stop (`SIGINT` is 2, `SIGTERM` 15).
    public var signal: Int32
    /// Documents the writer had taken when it stopped (stored, skipped as unchanged, or rolled back).
    public var documentsRead: Int
    /// Documents this run added or replaced in transactions that were committed.
    public var documentsStored: Int

    /// Creates the error.
    public init(signal: Int32, documentsRead: Int, documentsStored: Int) {
        self.signal = signal
        self.documentsRead = documentsRead
        self.documentsStored = documentsStored
    }

    /// The exit status a shell expects of a process stopped by the signal: 128 + its number
    /// (130 for SIGINT, 143 for SIGTERM).
    public var exitStatus: Int32 { 128 + signal }

    /// One line: how far the build got, what was stored, and how to resume.
    public var description: String {
        "interrupted after \(Self.grouped(documentsRead)) documents (\(Self.grouped(documentsStored)) stored in "
            + "this run); run the same command again to resume: stored documents are skipped"
    }

    /// `12345` as `12,345`, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
