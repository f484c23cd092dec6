import Foundation
import LitGraphExtraction
import LitGraphModel
import LitGraphTestSupport
import Testing

/// Sequence variants written in text, and the tmVar normalised forms (or dbSNP ids) BioRED grounds
/// them to; the notations are those seen in BioRED's training split, in sentences of our own.
@Suite struct VariantRecognitionTests {
    /// The variants found in `sentence`, as `text=id`.
    static func found(_ sentence: String) -> [String] {
        VariantRecognizer().variants(in: sentence).map { "\($0.text)=\($0.id)" }
    }

    @Test("every notation's pattern compiles")
    func patternsCompile() {
        #expect(VariantRecognizer().notationCount == 19)
    }

    /// A sentence of each notation and the one variant found in it, `text=id`.
    static let examples: [(sentence: String, expected: String)] = [
        ("Carriers of R215W had earlier onset.", "R215W=tmVar:p|SUB|R|215|W"),
        ("The Arg215Trp change was absent in controls.", "Arg215Trp=tmVar:p|SUB|R|215|W"),
        ("We found p.R215W in two sisters.", "p.R215W=tmVar:p|SUB|R|215|W"),
        ("The substitution p.(Arg215Trp) was de novo.", "p.(Arg215Trp)=tmVar:p|SUB|R|215|W"),
        ("A nonsense variant, p.E947stop, truncates the protein.", "p.E947stop=tmVar:p|SUB|E|947|X"),
        ("The Y245X allele segregated.", "Y245X=tmVar:p|SUB|Y|245|X"),
        ("Cys 23 Ser carriers were heavier.", "Cys 23 Ser=tmVar:p|SUB|C|23|S"),
        ("Homozygotes for Val158Met performed worse.", "Val158Met=tmVar:p|SUB|V|158|M"),
        ("KRAS G12D tumours responded.", "G12D=tmVar:p|SUB|G|12|D"),
        ("The c.643C>T transition was found.", "c.643C>T=tmVar:c|SUB|C|643|T"),
        ("The 643C>T transition was found.", "643C>T=tmVar:c|SUB|C|643|T"),
        ("A g.3395C>T change lies upstream.", "g.3395C>T=tmVar:g|SUB|C|3395|T"),
        ("The splice site c.1092 +1G>A was mutated.", "c.1092 +1G>A=tmVar:c|SUB|G|1092+1|A"),
        ("The intronic c.357-3C>G variant.", "c.357-3C>G=tmVar:c|SUB|C|357-3|G"),
        ("IVS3+1G>A abolished splicing.", "IVS3+1G>A=tmVar:c|SUB|G|IVS3+1|A"),
        ("The promoter -107C/T polymorphism.", "-107C/T=tmVar:c|SUB|C|-107|T"),
        ("We typed C-1228T in the promoter.", "C-1228T=tmVar:c|SUB|C|-1228|T"),
        ("The c.592C-->T mutation.", "c.592C-->T=tmVar:c|SUB|C|592|T"),
        ("The deletion c.1314_1328del removes five residues.", "c.1314_1328del=tmVar:c|DEL|1314_1328|"),
        ("A 657del5 deletion in NBS1.", "657del5=tmVar:c|DEL|657|5"),
        ("The 1048delT frameshift.", "1048delT=tmVar:c|DEL|1048|T"),
        ("We also found c.2113_2114delGG.", "c.2113_2114delGG=tmVar:c|DEL|2113_2114|GG"),
        ("The del642T allele.", "del642T=tmVar:c|DEL|642|T"),
        ("The 217_218insC insertion.", "217_218insC=tmVar:c|INS|217_218|C"),
        ("Founder mutation 5382insC in BRCA1.", "5382insC=tmVar:c|INS|5382|C"),
        ("The 899dupC duplication.", "899dupC=tmVar:c|DUP|899|C|"),
        ("The c.429_452dup allele.", "c.429_452dup=tmVar:c|DUP|429_452||"),
        ("Patients homozygous for p.F508del.", "p.F508del=tmVar:p|DEL|508|F"),
        ("The p.V239del deletion.", "p.V239del=tmVar:p|DEL|239|V"),
        ("The common F508del allele.", "F508del=tmVar:p|DEL|508|F"),
        ("The p.G204_K247del deletion.", "p.G204_K247del=tmVar:p|DEL|204_247|"),
        ("Carriers of CCR5 Delta32 were protected.", "Delta32=tmVar:c|DEL||32"),
        ("The V311fs frameshift.", "V311fs=tmVar:p|FS|V|311||"),
        ("The p.G705RfsX16 frameshift.", "p.G705RfsX16=tmVar:p|FS|G|705|R|16"),
        ("The p.A27fsX132 frameshift.", "p.A27fsX132=tmVar:p|FS|A|27||132"),
        ("The residue p.Arg104 was conserved.", "p.Arg104=tmVar:p|Allele|R|104"),
        ("The rs1800896 polymorphism of IL10.", "rs1800896=dbSNP:rs1800896"),
        ("Homozygous Val624-Val625del carriers.", "Val624-Val625del=tmVar:p|DEL|624_625|VV"),
        ("The 192Q/R polymorphism of PON1.", "192Q/R=tmVar:p|SUB|Q|192|R"),
        ("A 32-bp deletion in the promoter.", "32-bp deletion=tmVar:c|DEL||32"),
        ("A 33-bp genomic deletion was found.", "33-bp genomic deletion=tmVar:g|DEL||33"),
        ("The 137-bp insertion was common.", "137-bp insertion=tmVar:c|INS||137"),
        ("The dup27bp allele.", "dup27bp=tmVar:c|DUP||27|"),
        ("The (CCTTT)14 repeat.", "(CCTTT)14=tmVar:c|DUP||CCTTT|14"),
        (
            "A G-->C substitution at position 135 was seen.",
            "G-->C substitution at position 135=tmVar:c|SUB|G|135|C"
        ),
        ("We found a G to C at codon 158 here.", "G to C at codon 158=tmVar:c|SUB|G|CODON158|C"),
        (
            "An alanine for proline at amino acid 286 change.",
            "alanine for proline at amino acid 286=tmVar:p|SUB|A|286|P"
        ),
        ("An R to G mutation at position 76 was found.", "R to G mutation at position 76=tmVar:p|SUB|R|76|G"),
        ("A glycine-594-valine change.", "glycine-594-valine=tmVar:p|SUB|G|594|V"),
        ("An arginine 555-to-tryptophan change.", "arginine 555-to-tryptophan=tmVar:p|SUB|R|555|W"),
        (
            "An arginine to tryptophan at codon 198 was found.",
            "arginine to tryptophan at codon 198=tmVar:p|SUB|R|198|W"
        ),
        (
            "A valine (Val) to alanine (Ala) substitution at amino acid 16.",
            "valine (Val) to alanine (Ala) substitution at amino acid 16=tmVar:p|SUB|V|16|A"
        ),
    ]

    @Test("variants are found and normalised as BioRED does", arguments: examples)
    func normalisedForms(sentence: String, expected: String) {
        #expect(Self.found(sentence) == [expected])
    }

    @Test(
        "look-alikes are not variants",
        arguments: [
            "Patients with T2D and T1D were enrolled.",
            "H2O and CO2 were measured.",
            "CD4 and CD8 cells expressed IL6 and IL-6.",
            "G6PD deficiency was common.",
            "The S1P receptor and E2F were studied.",
            "A549 and HeLa cells were used.",
            "In 2019, 643 patients were enrolled; 35 died.",
            "Estrogen receptor ER-alpha and ESR1 were expressed.",
            "The mutation rates were 12% and 30%.",
            "Vitamin B12 and D3 levels, HbA1c and COX-2 were measured.",
            "C57BL/6 mice and the H9C2 line were compared.",
            "We cite Figure 2A, Table S3 and 3A/B.",
        ]
    )
    func lookAlikes(sentence: String) {
        #expect(Self.found(sentence).isEmpty)
    }

    @Test("spans count code points, and a variant never starts inside a word")
    func spans() {
        let text = "β-cells with R215W and xR216W."
        let variants = VariantRecognizer().variants(in: text)
        #expect(variants.map(\.span) == [TextSpan(start: 13, end: 18)])
        #expect(variants.map(\.text) == ["R215W"])
    }

    @Test("the extractor grounds variants and prefers them to an overlapping lexicon term")
    func extractor() {
        let document = Document(
            id: "1", title: "A variant of OXTR.",
            abstract: "The rs53576 polymorphism and the R215W mutation of OXTR were linked to autism.")
        let mentions = sharedExtractor.annotate(document).mentions
        let variants = mentions.filter { $0.entity.category == .sequenceVariant }
        #expect(variants.map(\.entity.id) == ["dbSNP:rs53576", "tmVar:p|SUB|R|215|W"])
        #expect(variants.map(\.entity.name) == ["rs53576", "R215W"])
        #expect(variants.allSatisfy { $0.entity.isGrounded })
        #expect(mentions.contains { $0.entity.category == .geneOrProtein && $0.text == "OXTR" })
    }
}
