import Foundation

extension VariantRecognizer {
    /// This thread's recognizer, created on the thread's first call: compiling the patterns costs
    /// far more than matching a document, and a recognizer cannot be shared between threads.
    ///
    /// The recognizer lives in the thread's `threadDictionary`, so only this thread ever touches
    /// it; use it synchronously and do not hand it to another thread or task.
    static var forCurrentThread: VariantRecognizer {
        let dictionary = Thread.current.threadDictionary
        if let box = dictionary[threadKey] as? Box { return box.recognizer }
        let recognizer = VariantRecognizer()
        dictionary[threadKey] = Box(recognizer)
        return recognizer
    }

    private static let threadKey = "LitGraphExtraction.VariantRecognizer"

    /// A reference to a recognizer, for the thread dictionary (which holds objects).
    private final class Box {
        let recognizer: VariantRecognizer

        init(_ recognizer: VariantRecognizer) {
            self.recognizer = recognizer
        }
    }
}
