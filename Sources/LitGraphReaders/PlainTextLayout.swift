import LitGraphModel

/// How a plain-text file splits into PMID, title and abstract.
///
/// The rule, which handles both a clean `title ⏎ abstract` file and a raw web-page capture:
/// 1. A line `PMID: 123` or `PMID- 123` (any case) sets the PMID and is removed (it counts as a
///    blank line). Lines are trimmed and blank lines separate paragraphs. A paragraph that is only
///    a section label (`METHODS`, `RESULTS:`) is joined to the next one as `METHODS: …`.
/// 2. A paragraph is *prose* when it ends with sentence-final punctuation (`.`, `?`, `!`, maybe
///    followed by a closing quote or bracket) and has at least 4 words or starts with a section
///    label (`RESULTS: It helps.`), or when it has at least 30 words;
///    copyright notices are never prose. Menu items, link captions and headings are not prose.
/// 3. The abstract region is the longest prose paragraph extended to its neighbouring prose
///    paragraphs; the first non-prose paragraph on either side ends it.
/// 4. The title: when the region starts the file, its first line (so a plain file's first line
///    is the title, blank line or not); when a single-line paragraph is all that precedes the
///    region, that line; otherwise (boilerplate before) the region's first paragraph when it is
///    a single line and more follows, else the single-line paragraph just before the region,
///    else the region's first line.
/// 5. Without any prose paragraph, the first line is the title and the rest is the abstract.
///
/// Abstract paragraphs are joined with one space; when they start with labels (`BACKGROUND: …`)
/// they also become ``AbstractSection``s.
struct PlainTextLayout {
    /// The PMID from a `PMID:` line, if any.
    var pmid: String?
    /// The title, white space collapsed.
    var title = ""
    /// The abstract paragraphs joined with one space.
    var abstract = ""
    /// The abstract's labelled sections, empty when no paragraph starts with a label.
    var sections: [AbstractSection] = []

    /// Splits `text` by the rule above.
    init(text: String) {
        var paragraphs: [[String]] = [[]]
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = String(rawLine).collapsingWhitespace
            if pmid == nil, let number = Self.pmid(inLine: line) {
                pmid = number
                paragraphs.append([])
            } else if line.isEmpty {
                paragraphs.append([])
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        let blocks = Self.joiningLabels(paragraphs.filter { !$0.isEmpty })
        guard !blocks.isEmpty else { return }
        let prose = blocks.map(Self.isProse)
        guard let region = Self.region(prose: prose, lengths: blocks.map { $0.joined().count }) else {
            let lines = blocks.flatMap { $0 }
            title = lines[0]
            setAbstract([Array(lines.dropFirst())])
            return
        }
        split(blocks, region: region)
    }

    /// Applies step 4 of the rule to the region `region` of `blocks`.
    private mutating func split(_ blocks: [[String]], region: Range<Int>) {
        var body = Array(blocks[region])
        if region.lowerBound == 0 {
            title = body[0].removeFirst()
        } else if region.lowerBound == 1, blocks[0].count == 1 {
            title = blocks[0][0]
        } else if body.count > 1, body[0].count == 1 {
            title = body.removeFirst()[0]
        } else if blocks[region.lowerBound - 1].count == 1 {
            title = blocks[region.lowerBound - 1][0]
        } else {
            title = body[0].removeFirst()
        }
        setAbstract(body)
    }

    private mutating func setAbstract(_ paragraphs: [[String]]) {
        let texts = paragraphs.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
        abstract = texts.joined(separator: " ")
        let labelled = texts.map(Self.labelled)
        if labelled.contains(where: { !$0.label.isEmpty }) { sections = labelled }
    }

    /// The longest prose block extended over neighbouring prose blocks, or `nil` without prose.
    static func region(prose: [Bool], lengths: [Int]) -> Range<Int>? {
        var anchor: Int?
        for index in prose.indices where prose[index] {
            if anchor.map({ lengths[index] > lengths[$0] }) ?? true { anchor = index }
        }
        guard let anchor else { return nil }
        var lower = anchor
        var upper = anchor + 1
        while lower > 0, prose[lower - 1] { lower -= 1 }
        while upper < prose.count, prose[upper] { upper += 1 }
        return lower..<upper
    }
}
