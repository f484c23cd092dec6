import LitGraphExtraction
import LitGraphModel
import Testing

/// The disease names of the curated overlay: the common names annotated corpora (BC5CDR, BioRED)
/// ground to a MeSH disease heading whose own terms do not spell them.
@Suite struct DiseaseVocabularyTests {
    /// The entity ids of a one-sentence abstract, in text order.
    static func ids(_ abstract: String) -> [String] {
        sharedExtractor.annotate(Document(id: "d", title: "", abstract: abstract)).mentions.map(\.entity.id)
    }

    @Test(arguments: [
        // Organ toxicities take the organ's disease heading, as both corpora annotate them.
        ("Cisplatin nephrotoxicity was severe.", "MESH:D007674"),
        ("Neurotoxicity was dose limiting.", "MESH:D020258"),
        ("Ototoxicity was common.", "MESH:D006311"),
        ("Isoniazid hepatitis was reported.", "MESH:D056486"),
        // Common names of a heading.
        ("Acute renal failure developed.", "MESH:D058186"),
        ("Renal failure developed.", "MESH:D051437"),
        ("Encephalopathy developed.", "MESH:D001927"),
        ("Hyperactivity was seen in rats.", "MESH:D006948"),
        ("Infection was rare.", "MESH:D007239"),
        ("Patients with prostate cancer were treated.", "MESH:D011471"),
        ("Lung cancer risk rose.", "MESH:D008175"),
        ("Gastric cancer risk rose.", "MESH:D013274"),
        ("Memory impairment followed.", "MESH:D008569"),
        ("Cognitive deficits followed.", "MESH:D003072"),
        ("Myelosuppression was dose limiting.", "MESH:D001855"),
        ("Tardive dyskinesia followed.", "MESH:D004409"),
        ("Convulsions followed.", "MESH:D012640"),
        ("Anxiety rose.", "MESH:D001008"),
        ("Akathisia followed.", "MESH:D017109"),
        // Adjectives the corpora annotate as their disease.
        ("Hypertensive patients were enrolled.", "MESH:D006973"),
        ("Hypotensive episodes occurred.", "MESH:D007022"),
        ("Obese mice gained weight.", "MESH:D009765"),
        ("Epileptic patients were enrolled.", "MESH:D004827"),
        ("Depressed patients were enrolled.", "MESH:D003866"),
        ("Psychiatric side effects occurred.", "MESH:D001523"),
    ])
    func commonNameTakesTheAnnotatedHeading(text: String, id: String) {
        #expect(Self.ids(text).contains(id))
    }

    @Test func longerNameWinsOverItsHead() {
        // "acute renal failure" is one disease, not "renal failure" with a modifier.
        #expect(Self.ids("Acute renal failure developed.") == ["MESH:D058186"])
    }
}
