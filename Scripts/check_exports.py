#!/usr/bin/env python3
"""Open every `litgraph export` format in its real consumer and check what comes back (CI).

Usage: check_exports.py DIR NODES EDGES VOCABULARY

DIR holds the exports of one graph, made by .ci/run: graph.json, graph.cyjs, graph.graphml,
graph.sif, kgx/ and kgx-jsonl/ (NAME_nodes / NAME_edges), neo4j/ (nodes.csv, relationships.csv).
NODES and EDGES are the counts litgraph reported; VOCABULARY is the pinned Biolink list
(Sources/LitGraphExport/Biolink/biolink-model-4.4.6.tsv). Needs networkx. Exits non-zero on the
first failed check, naming it.
"""

import csv
import glob
import json
import re
import sys

import networkx as nx

NEO4J_TYPES = {
    "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
    "date", "localtime", "time", "localdatetime", "datetime", "duration",
}
NEO4J_SPECIAL = re.compile(r"^[^:]*:ID(\([^)]*\))?$|^:(START_ID|END_ID)(\([^)]*\))?$|^:(TYPE|LABEL|IGNORE)$")


def fail(message):
    sys.exit(f"check_exports: {message}")


def expect_counts(what, nodes, edges, expected):
    if (nodes, edges) != expected:
        fail(f"{what}: read back {nodes} nodes and {edges} edges, litgraph wrote {expected[0]} and {expected[1]}")
    print(f"{what}: {nodes} nodes, {edges} edges")


def load_vocabulary(path):
    vocabulary = {}
    with open(path, encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)
        for kind, name in rows:
            vocabulary.setdefault(kind, set()).add(name)
    return vocabulary


def check_networkx(directory, expected):
    with open(f"{directory}/graph.json", encoding="utf-8") as handle:
        graph = nx.node_link_graph(json.load(handle))
    expect_counts("networkx node_link_graph (graph.json)", len(graph), graph.size(), expected)
    with open(f"{directory}/graph.cyjs", encoding="utf-8") as handle:
        graph = nx.cytoscape_graph(json.load(handle))
    expect_counts("networkx cytoscape_graph (graph.cyjs)", len(graph), graph.size(), expected)
    graph = nx.read_graphml(f"{directory}/graph.graphml")
    expect_counts("networkx read_graphml (graph.graphml)", len(graph), graph.size(), expected)


def check_edge_terms(where, edge, vocabulary):
    """Every Biolink term of one KGX edge is in the pinned list."""
    def need(kind, value, field):
        if value not in vocabulary.get(kind, set()):
            fail(f"{where}: {field} {value!r} is not a Biolink 4.4.6 {kind}")

    for field in ("predicate", "qualified_predicate"):
        if edge.get(field):
            need("predicate", edge[field].removeprefix("biolink:"), field)
    for category in edge["category"]:
        need("class", category.removeprefix("biolink:"), "category")
    need("enum:KnowledgeLevelEnum", edge["knowledge_level"], "knowledge_level")
    need("enum:AgentTypeEnum", edge["agent_type"], "agent_type")
    if edge.get("object_aspect_qualifier"):
        need("enum:GeneOrGeneProductOrChemicalEntityAspectEnum", edge["object_aspect_qualifier"], "aspect")
    if edge.get("object_direction_qualifier"):
        need("enum:DirectionQualifierEnum", edge["object_direction_qualifier"], "direction")


def check_kgx(where, nodes, edges, columns, vocabulary, expected):
    slots = vocabulary["slot"] | vocabulary["predicate"]
    for column in columns:
        if column not in slots:
            fail(f"{where}: column {column!r} is not a Biolink 4.4.6 slot")
    ids = {node["id"] for node in nodes}
    for node in nodes:
        for category in node["category"]:
            if category.removeprefix("biolink:") not in vocabulary["class"]:
                fail(f"{where}: node category {category!r} is not a Biolink 4.4.6 class")
    for edge in edges:
        if edge["subject"] not in ids or edge["object"] not in ids:
            fail(f"{where}: edge {edge['id']} joins a node the nodes file lacks")
        check_edge_terms(where, edge, vocabulary)
    expect_counts(where, len(nodes), len(edges), expected)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            fail(f"{path}:{number}: {len(row)} fields, the header has {len(header)}")
    lists = {"category", "publications", "supporting_text", "provided_by"}
    records = [
        {key: (value.split("|") if key in lists else value) for key, value in zip(header, row) if value}
        for row in body
    ]
    return header, records


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return sorted({key for record in records for key in record}), records


def check_kgx_files(directory, vocabulary, expected):
    for folder, extension, reader in (("kgx", "tsv", read_tsv), ("kgx-jsonl", "jsonl", read_jsonl)):
        [nodes_path] = glob.glob(f"{directory}/{folder}/*_nodes.{extension}")
        [edges_path] = glob.glob(f"{directory}/{folder}/*_edges.{extension}")
        node_columns, nodes = reader(nodes_path)
        edge_columns, edges = reader(edges_path)
        check_kgx(f"KGX {extension} ({folder}/)", nodes, edges, node_columns + edge_columns, vocabulary, expected)


def check_neo4j_header(path, header):
    for field in header:
        if NEO4J_SPECIAL.match(field):
            continue
        name, _, kind = field.partition(":")
        if not name or kind.removesuffix("[]") not in NEO4J_TYPES:
            fail(f"{path}: header field {field!r} is not name:TYPE with a type neo4j-admin accepts")


def read_csv(path, required):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    check_neo4j_header(path, header)
    missing = [field for field in required if not any(h.startswith(field) for h in header)]
    if missing:
        fail(f"{path}: header lacks {missing}")
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            fail(f"{path}: record {number}: {len(row)} fields, the header has {len(header)}")
    return header, body


def check_neo4j(directory, expected):
    header, nodes = read_csv(f"{directory}/neo4j/nodes.csv", [":LABEL"])
    ids = {row[header.index("id:ID")] for row in nodes}
    header, relationships = read_csv(f"{directory}/neo4j/relationships.csv", [":START_ID", ":END_ID", ":TYPE"])
    start, end = header.index(":START_ID"), header.index(":END_ID")
    if any(row[start] not in ids or row[end] not in ids for row in relationships):
        fail("neo4j relationships.csv: a relationship joins a node nodes.csv lacks")
    expect_counts("Neo4j CSV (csv module)", len(ids), len(relationships), expected)


def check_sif(directory, expected):
    with open(f"{directory}/graph.sif", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines[-1] != "":
        fail("graph.sif: the last line has no newline")
    fields = [line.split("\t") for line in lines[:-1]]
    edges = [row for row in fields if len(row) == 3]
    if len(edges) + sum(len(row) == 1 for row in fields) != len(fields):
        fail("graph.sif: a line has neither 1 nor 3 tab-separated fields")
    nodes = {row[0] for row in fields} | {row[2] for row in edges}
    expect_counts("SIF", len(nodes), len(edges), expected)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    directory, vocabulary = sys.argv[1], load_vocabulary(sys.argv[4])
    expected = (int(sys.argv[2]), int(sys.argv[3]))
    check_networkx(directory, expected)
    check_kgx_files(directory, vocabulary, expected)
    check_neo4j(directory, expected)
    check_sif(directory, expected)


if __name__ == "__main__":
    main()
