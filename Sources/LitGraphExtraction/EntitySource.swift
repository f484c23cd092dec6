/// Where the entities of a document come from.
public enum EntitySource: String, Sendable, CaseIterable {
    /// The annotations the input carries (PubTator, BioC) when it has any, else the lexicon.
    case gold
    /// The lexicon only; annotations in the input are ignored.
    case lexicon
    /// Both: the annotations, plus lexicon matches that overlap none of them.
    case both
}
