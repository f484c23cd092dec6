/// How many words of a text name mice, rats and people (``SpeciesDetector``).
public struct SpeciesWordCounts: Sendable, Hashable {
    /// Words naming mice: "mouse", "mice", "murine".
    public var mouse = 0
    /// Words naming rats: "rat", "rats".
    public var rat = 0
    /// Words naming people: "patients", "women", "children", "cohort" and others.
    public var human = 0

    /// Creates counts.
    public init(mouse: Int = 0, rat: Int = 0, human: Int = 0) {
        self.mouse = mouse
        self.rat = rat
        self.human = human
    }

    /// Whether the text names mice or rats and never people.
    public var isRodentOnly: Bool { human == 0 && max(mouse, rat) > 0 }
}
