#!/usr/bin/env python3
"""Brief a folder of Italian articles with Apache Spark, piping records through `sunto stage`.

Each file becomes one JSON record {"id": <path relative to the input folder>, "bytes": <base64>};
`rdd.pipe` streams the records of each partition through one `sunto stage` process, which answers
every record with one line: the brief JSON with the same id, or an error record. The answers are
saved as JSON Lines (one part file per partition). Because `bytes` records are read exactly as
`sunto batch` reads files (gzip, encodings, HTML by extension and content), each brief equals the
JSON file `sunto batch IN --out OUT --format json` writes for the same article.

Local mode (this machine):
    python3 integrations/spark/sunto_spark.py articoli/ briefs-jsonl/ --sunto .build/release/sunto

On a cluster, ship the binary with the job and run it from the task's folder:
    spark-submit --master yarn --files .build/release/sunto \\
        integrations/spark/sunto_spark.py hdfs:///news/2024/ hdfs:///briefs/2024/ --sunto ./sunto --master ''
"""

import argparse
import base64
import json
import os
import shlex
import sys

ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm")


def is_article(path):
    """The files `sunto batch` reads: .txt, .md, .html, .htm, each also .gz; no hidden names."""
    parts = path.split("/")
    if any(part.startswith(".") for part in parts):
        return False
    name = parts[-1].lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(ARTICLE_EXTENSIONS)


def relative_id(uri, root):
    """The path of `uri` (as Spark lists it: file:/…, hdfs://…/…) relative to the input folder."""
    path = uri.split(":", 1)[1] if ":" in uri.split("/", 1)[0] else uri
    path = "/" + path.lstrip("/")
    root = "/" + root.split(":", 1)[-1].lstrip("/").rstrip("/") + "/"
    return path[len(root):] if path.startswith(root) else path.rsplit("/", 1)[-1]


def record(uri, content, root):
    """One input line of `sunto stage`."""
    return json.dumps({"id": relative_id(uri, root), "bytes": base64.b64encode(content).decode("ascii")})


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="folder of articles (a local path, file://, hdfs://, s3a://…)")
    parser.add_argument("output", help="folder for the JSON Lines answers (must not exist)")
    parser.add_argument("--sunto", default="sunto", help="the sunto binary as the executors see it (default: sunto on PATH)")
    parser.add_argument("--lang", default="it", help="briefs to write: it, en or it,en (default it)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of each sunto stage process (default 1: Spark runs one per core)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's choice)")
    parser.add_argument("--master", default="local[2]", help="Spark master; '' to take spark-submit's (default local[2])")
    args = parser.parse_args(argv)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("sunto").set("spark.ui.enabled", "false")
    if args.master:
        conf = conf.setMaster(args.master).set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    # The record functions below are this module's: the Python workers import it by name.
    context.addPyFile(os.path.abspath(__file__))
    try:
        hadoop = context._jsc.hadoopConfiguration()
        hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
        root = args.input if "://" in args.input or args.input.startswith("file:") else "file://" + os.path.abspath(args.input)
        files = context.binaryFiles(root, minPartitions=args.partitions or None)
        if args.partitions:
            # Small files are packed into few splits; spread them so every core runs a sunto.
            files = files.repartition(args.partitions)
        records = files.filter(lambda item: is_article(relative_id(item[0], root))).map(lambda item: record(item[0], item[1], root))
        command = [args.sunto, "stage", "--lang", args.lang, "--jobs", str(args.jobs)]
        answers = records.pipe(" ".join(shlex.quote(part) for part in command), checkCode=True)
        answers.saveAsTextFile(args.output)
    finally:
        context.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
