/// The common English words and units that ``LexiconRule/commonEnglishWord`` and ``LexiconRule/unit``
/// test one-word terms against, lower-cased.
///
/// The word list is derived by rule: every word form of the relation-trigger vocabulary and of the
/// cue words (negation, hedges, auxiliaries, clause barriers), plus the list below, written for
/// LitGraph: English function words, the frequent general and academic words of abstracts, and
/// everyday nouns and verbs of three to six letters. A biomedical word that is also common English
/// ("pain", "stress", "sleep") is kept only through the curated overlay.
enum CommonEnglishWords {
    /// All common words: the list below and the trigger and cue vocabulary.
    static let all: Set<String> = {
        var words = Set(list.split(separator: " ").map(String.init))
        for sense in TriggerLexicon.vocabulary {
            words.insert(sense.lemma)
            for (form, _) in TriggerLexicon.inflections(of: sense.lemma) { words.insert(form) }
        }
        for set in [
            CueWords.negation, CueWords.hedges, CueWords.auxiliaries, CueWords.raisingVerbs, CueWords.clauseBarriers,
            CueWords.relativePronouns,
        ] {
            words.formUnion(set)
        }
        return words
    }()

    /// Units and their abbreviations, lower-cased.
    static let units: Set<String> = Set(
        """
        mg kg mcg ug ng pg ml dl nl ul mm cm nm um km mmol umol nmol pmol mol kda da hz khz mhz ghz mmhg kpa \
        mpa pa bpm rpm iu miu meq osm mosm kcal cal kj mj sec min hr hrs wk wks yr yrs mo ppm ppb gy mgy sv msv \
        bq mbq ci mci mev kev ev kv mv mw kw mas ma mah ohm kohm lux db pfu cfu ffu mmhg cmh2o sd sem iqr ci95
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let list = """
        a about above across act action active activity actual add added adding adds after again against age aged \
        ages ago aid aim aimed aims air all allow almost alone along already also always among amount an and \
        angle animal animals annual another answer any apart apparent apply approach approaches area areas arm arms \
        army around art as ask asked assay at attempt attention author available average avoid away axis back bad \
        bag ball band bands bank bar base based basis be bear beat bed been before began begin behind being best \
        better between beyond big bill bind bit black blank blind block body bone book born both bottom box boy \
        brain bring broad brother brown build built burden but buy by call called calls came camp can cap car card \
        care carry case cases cat catch cause cell center central chain chance change changes channel charge check \
        child children choice city claim class clear clock close cluster cold come common compare complete complex \
        condition conditions control cool copy core corn correct cost could count country course cover create cross \
        cup current cut cycle daily damage dark data date day days dead deal dear death decade deep degree demand \
        design detail details develop did die diet differ different direct do does dog done door double down draw \
        dream dress drive drop dry due during each ear early earth east easy eat edge effect effects effort eight \
        either else end ended energy enough enter entire equal error even event events ever every evidence exact \
        example exist expert extent extra eye face fact factor factors fair fall family far farm fast fat father \
        feature feel feet few field fight figure file fill final find fine finger fire firm first fish fit five fix \
        flat floor flow fly focus follow food foot for force form forms forward found four free fresh friend from \
        front full fun function further gain game gap gas gate gave general get girl give given glass go goal god \
        gone good got great green ground group groups grow growth guard guide had hair half hall hand hang \
        happy hard has hat have he head health hear heart heat heavy held help her here high him his hit hold hole \
        home hope host hot hour house how however human humans huge idea if ill image impact in index individual \
        information ink input inside into is issue it item its join joint just keep key kind king knee know \
        known lab label lack lady land large last late later law lay lead leader lean least leave left leg length \
        less let letter level levels life light like likely line lines link lip list little live living load local \
        long look lose loss lost lot love low lower made main major make male man many map mark market mass match \
        material matter max me mean means measure measures medium meet member men met method methods middle might \
        mild milk mind minor miss mix mode model models modern moment money month months more most mother mouse \
        mouth move much must my name narrow nature near nearly need needs net network never new news next nice \
        night nine no none normal north nose not note nothing notice novel now number numbers object occur of off \
        offer office often oil old on once one only open or order other our out outcome outcomes output over own \
        page pain pair pan paper parent part parts party pass past path patient patients pattern pay peak people \
        per period person phase pick piece pin place plan plant play plus point points poor population portion \
        positive post power present press pressure prime private problem process product program project proof \
        protein proteins public pull pure purpose push put quality question quick quite race raise range rank rare \
        rate rates rather ratio raw reach read ready real reason record red region regular related release report \
        rest result results return review rich ride right ring rise risk road rock role room root rose round rule \
        run safe said sale same sample save saw say scale scan school score sea search season seat second section \
        see seed seem seen self sell send sense sent series serve set sets seven several severe sex shape share \
        sharp she shift short shot should show showed shown side sign signal simple since single sister site sites \
        six size skin sleep slow small smart so social soft soil some son song soon sort sound source south space \
        special speed spot spring square staff stage stand star start state status stay step still stock stop \
        store story street strong student studies study style subject success such sum summer sun support sure \
        surface system table tail take taken talk task team tear ten term terms test tested tests than that the \
        their them then theory there these they thing things think this those three through time times tissue to \
        today together told too took tool top total touch toward town track trade train transfer travel treat \
        treatment tree trial true try turn twin two type types under unit units until up upon us use used useful \
        user using usual value values variable various very via view visit voice volume wait walk wall want war \
        warm was watch water wave way we weak wear week weeks weight well went were west what when where which \
        white who whole why wide wife will win wind window wing winter wish with within woman women word words work \
        world worse would write wrong yard year years yellow yes yet you young your zero zone
        """
}
