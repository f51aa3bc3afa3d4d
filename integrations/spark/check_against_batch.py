#!/usr/bin/env python3
"""Checks that the Spark example gives exactly the briefs of `sunto batch` on the same folder.

Builds a folder of test articles (the fixture articles in subfolders, saved web pages, a gzipped
page, a Latin-1 file, and a few bad files), runs `sunto batch --format json` on it and the Spark
example on it, and compares: every article has one answer; each brief equals the batch's JSON file
(the id aside), each error record matches the batch's failures.jsonl line. Prints
"N passed, M failed" and exits 1 on any difference.

Skips (exit 0, with a message) when pyspark is not installed.

    python3 integrations/spark/check_against_batch.py --sunto .build/debug/sunto
"""

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(ROOT, "Tests", "SuntoTests", "Fixtures")


def make_inputs(folder):
    """The test folder; returns the relative paths of its articles."""
    articles = sorted(name for name in os.listdir(os.path.join(FIXTURES, "articles")) if name.endswith(".txt") and ".sents." not in name)
    paths = []
    for index, name in enumerate(articles):
        target = os.path.join(["cronaca", "economia/2024", "politica"][index % 3], name)
        paths.append(target)
        os.makedirs(os.path.join(folder, os.path.dirname(target)), exist_ok=True)
        shutil.copy(os.path.join(FIXTURES, "articles", name), os.path.join(folder, target))
    for name in ["blog-wordpress.html", "gazzetta-windows-1252.html", "quotidiano-nazionale.html.gz"]:
        os.makedirs(os.path.join(folder, "pagine"), exist_ok=True)
        shutil.copy(os.path.join(FIXTURES, "html", name), os.path.join(folder, "pagine", name))
        paths.append("pagine/" + name)
    with open(os.path.join(FIXTURES, "articles", articles[0]), encoding="utf-8") as source:
        text = source.read()
    extra = {
        "latino.txt": text.encode("latin-1", errors="replace"),
        "compresso.txt.gz": gzip.compress(text.encode("utf-8"), mtime=0),
        "vuoto.txt": b"",
        "binario.txt": bytes(range(256)) * 8,
        "inglese.txt": (b"The council approved the budget late on Tuesday night, after a debate that lasted more than "
                        b"nine hours. The plan sets aside most of the new money for public transport and for the repair "
                        b"of roads and schools, which the mayor said had been neglected for a decade. Opposition members "
                        b"voted against it and said that the figures were not realistic at all."),
    }
    os.makedirs(os.path.join(folder, "varie"), exist_ok=True)
    for name, content in extra.items():
        with open(os.path.join(folder, "varie", name), "wb") as out:
            out.write(content)
        paths.append("varie/" + name)
    return paths


def stem(path):
    """The batch's output stem (no two test articles of one folder share a stem)."""
    name = path[:-3] if path.lower().endswith(".gz") else path
    return name.rsplit(".", 1)[0]


def compare(paths, batch_out, spark_out):
    """The differences between the two runs, as messages."""
    answers = {}
    for name in sorted(os.listdir(spark_out)):
        if name.startswith("part-"):
            with open(os.path.join(spark_out, name), encoding="utf-8") as part:
                for line in part:
                    record = json.loads(line)
                    answers[record.pop("id")] = record
    failures = {}
    with open(os.path.join(batch_out, "failures.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            failure = json.loads(line)
            failures[failure["path"]] = failure
    problems = []
    if sorted(answers) != sorted(paths):
        problems.append("ids differ: spark has %s, the folder %s" % (sorted(set(answers) - set(paths)), sorted(set(paths) - set(answers))))
    for path in paths:
        answer = answers.get(path)
        if answer is None:
            continue
        if "error" in answer:
            failure = failures.get(path)
            error = answer["error"]
            got = (error["kind"], error["exit_code"], error["name"], error["message"])
            want = failure and (failure["kind"], failure["exit_code"], failure["error"], failure["reason"])
            if got != want:
                problems.append("%s: spark error %s, batch %s" % (path, got, want))
            continue
        brief_path = os.path.join(batch_out, stem(path) + ".json")
        if not os.path.exists(brief_path):
            problems.append("%s: spark briefed it, batch did not (%s)" % (path, failures.get(path)))
            continue
        with open(brief_path, encoding="utf-8") as brief:
            if json.load(brief) != answer:
                problems.append("%s: the briefs differ" % path)
    return answers, problems


def main():
    parser = argparse.ArgumentParser(description="Spark example vs sunto batch")
    parser.add_argument("--sunto", default=os.environ.get("SUNTO", os.path.join(ROOT, ".build", "debug", "sunto")))
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("SKIP: pyspark is not installed (pip install pyspark); the Spark example was not checked")
        return 0
    sunto = os.path.abspath(args.sunto)
    if not os.access(sunto, os.X_OK):
        print("error: no sunto binary at %s (swift build, or pass --sunto)" % sunto, file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="sunto-spark-")
    try:
        inputs = os.path.join(work, "in")
        paths = make_inputs(inputs)
        batch_out = os.path.join(work, "batch")
        batch = subprocess.run([sunto, "batch", inputs, "--out", batch_out, "--format", "json", "--lang", "it", "--quiet"])
        if batch.returncode not in (0, 1):
            print("error: sunto batch exited with %d" % batch.returncode, file=sys.stderr)
            return 2
        spark_out = os.path.join(work, "spark")
        sys.path.insert(0, HERE)
        import sunto_spark

        sunto_spark.main([inputs, spark_out, "--sunto", sunto, "--lang", "it", "--partitions", "3"])
        answers, problems = compare(paths, batch_out, spark_out)
        for problem in problems:
            print("FAIL: " + problem)
        briefs = sum(1 for answer in answers.values() if "error" not in answer)
        print("spark: %d briefs and %d error records for %d articles, compared with sunto batch" % (briefs, len(answers) - briefs, len(paths)))
        print("%d passed, %d failed" % (len(paths) - len(problems), len(problems)))
        return 1 if problems else 0
    finally:
        if args.keep:
            print("working folder: " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
