#!/usr/bin/env python3
"""Cuts fuzz seeds out of ../shared/formats and ../shared/corpora into a temporary corpus folder.

Usage: fuzz_seeds.py SHARED_DIR OUT_DIR. Writes OUT_DIR/<target>/<n> files, each one small
record or a few (fuzzing is fastest on small inputs). Nothing here is committed: the seeds are
derived each run from the shared data, which may not be committed.
"""
import gzip
import json
import os
import re
import sys

PER_FILE = 25


def write(out, target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def files(root, pattern):
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            if re.search(pattern, name):
                found.append(os.path.join(folder, name))
    return sorted(found)


def pubmed(shared, out):
    for index, path in enumerate(files(os.path.join(shared, "formats/pubmed-xml"), r"\.xml(\.gz)?$")):
        text = read(path)
        records = re.findall(r"<PubmedArticle>.*?</PubmedArticle>|<PubmedBookArticle>.*?</PubmedBookArticle>",
                             text, re.S)
        root = "PubmedArticleSet"
        if not records:
            records = re.findall(r"<MedlineCitation[ >].*?</MedlineCitation>", text, re.S)
            root = "MedlineCitationSet"
        for number, record in enumerate(records[:PER_FILE]):
            write(out, "pubmed-xml", f"{index}-{number}.xml", f"<?xml version=\"1.0\"?>\n<{root}>\n{record}\n</{root}>\n")


def medline(shared, out):
    for index, path in enumerate(files(os.path.join(shared, "formats/medline"), r"\.(nbib|txt)$")):
        records = [r for r in re.split(r"\n\s*\n", read(path)) if "PMID-" in r]
        for number, record in enumerate(records[:PER_FILE]):
            write(out, "medline", f"{index}-{number}.nbib", record + "\n")


def pubtator_documents(shared):
    documents = []
    for path in files(os.path.join(shared, "corpora"), r"PubTator"):
        blocks = [b for b in re.split(r"\n\s*\n", read(path)) if "|t|" in b]
        documents.extend(blocks[:PER_FILE])
    return documents


def title_abstract(block):
    title = abstract = ""
    identifier = "0"
    for line in block.splitlines():
        parts = line.split("|", 2)
        if len(parts) == 3 and parts[1] == "t":
            identifier, title = parts[0], parts[2]
        elif len(parts) == 3 and parts[1] == "a":
            abstract = parts[2]
    return identifier, title, abstract


def bioc(shared, out):
    for index, path in enumerate(files(os.path.join(shared, "corpora"), r"BioC\.(xml|XML)$")):
        for number, document in enumerate(re.findall(r"<document>.*?</document>", read(path), re.S)[:PER_FILE]):
            write(out, "bioc-xml", f"{index}-{number}.xml",
                  f"<?xml version='1.0' encoding='UTF-8'?><collection><source>seed</source>{document}</collection>\n")
    for index, path in enumerate(files(os.path.join(shared, "corpora"), r"BioC\.JSON$")):
        collection = json.loads(read(path))
        documents = collection.get("documents", collection) if isinstance(collection, dict) else collection
        for number, document in enumerate(documents[:PER_FILE]):
            wrapper = "PubTator3" if number % 3 == 2 else "documents"
            write(out, "bioc-json", f"{index}-{number}.json", json.dumps({"source": "seed", wrapper: [document]}))


def from_pubtator(shared, out):
    documents = pubtator_documents(shared)
    for number, block in enumerate(documents):
        identifier, title, abstract = title_abstract(block)
        write(out, "pubtator", f"{number}.pubtator", block + "\n\n")
        write(out, "text", f"{number}.txt", f"PMID: {identifier}\n\n{title}\n\n{abstract}\n")
        write(out, "extract", f"{number}.txt", f"{title}\n{abstract}")
        line = json.dumps({"id": identifier, "title": title, "abstract": abstract})
        write(out, "jsonl", f"{number}.jsonl", line + "\n" + json.dumps({"pmid": int(identifier), "title": title}) + "\n")


def sniffed(out):
    """A few seeds of every format, some gzipped, for the target that sniffs the format."""
    for target in ["pubmed-xml", "medline", "pubtator", "bioc-xml", "bioc-json", "jsonl", "text"]:
        folder = os.path.join(out, target)
        if not os.path.isdir(folder):
            continue
        for number, name in enumerate(sorted(os.listdir(folder))[:4]):
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            write(out, "sniffed", f"{target}-{number}", data)
            if number == 0:
                write(out, "sniffed", f"{target}-{number}.gz", gzip.compress(data, mtime=0))


def main():
    shared, out = sys.argv[1], sys.argv[2]
    pubmed(shared, out)
    medline(shared, out)
    bioc(shared, out)
    from_pubtator(shared, out)
    sniffed(out)


if __name__ == "__main__":
    main()
