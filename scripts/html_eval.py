#!/usr/bin/env python3
"""Article extraction quality and speed: sunto against trafilatura and readability-lxml.

Run through scripts/eval-html, which builds sunto and prepares the virtual environment.

Data (read-only, beside the project as ../shared):
  html-aeb/       181 news pages; main-text precision/recall/F1 with the benchmark's own
                  token-shingle method (its evaluate.py, imported at run time).
  html-wcxb-dev/  200 article pages; main-text word F1 (its evaluate.py, imported at run
                  time), title exact after whitespace normalisation, date same day, author.

Every tool runs with the same number of worker processes over the same pages; pages/s is the
wall-clock throughput of the whole set (for sunto including process start-up, for the Python
tools with the interpreter and imports already warm). pages/cpu-s divides by the CPU time the
extraction took instead (sunto: its processes, start-up included; the Python tools: the time
inside the extraction call of each page), so it does not depend on what else the machine runs.
"""
import argparse
import gzip
import importlib.util
import json
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
AEB = SHARED / "html-aeb"
WCXB = SHARED / "html-wcxb-dev"
SUNTO = Path(os.environ.get("SUNTO_BIN", ROOT / ".build" / "release" / "sunto"))


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- datasets

def aeb_pages():
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, value in sorted(truth.items()):
        pages.append({"id": key, "path": str(AEB / "html" / f"{key}.html.gz"), "text": value.get("articleBody", "")})
    return pages


def wcxb_pages():
    pages = []
    for sidecar in sorted(WCXB.glob("*.json")):
        truth = json.loads(sidecar.read_text(encoding="utf-8"))["ground_truth"]
        pages.append({
            "id": sidecar.stem,
            "path": str(sidecar.with_suffix(".html.gz")),
            "text": truth.get("main_content") or "",
            "title": truth.get("title") or "",
            "author": truth.get("author") or "",
            "date": truth.get("publish_date") or "",
        })
    return pages


# ---------------------------------------------------------------- extractors

def run_sunto(pages, workers):
    """`sunto extract --format json` over the pages, split across `workers` processes of one
    thread each, as the Python tools run."""
    chunks = [pages[i::workers] for i in range(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    processes = [
        subprocess.Popen([str(SUNTO), "extract", "--format", "json", "--jobs", "1", *[p["path"] for p in chunk]],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for chunk in chunks if chunk
    ]
    outputs = [process.communicate() for process in processes]
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    results = {}
    for stdout, _ in outputs:
        for line in stdout.decode("utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            meta = record["metadata"]
            results[record["source"]["path"]] = {
                "text": record["text"], "title": meta["title"] or "", "author": meta["byline"] or "",
                "date": meta["date"] or "",
            }
    return results, elapsed, cpu


def _read(path):
    with gzip.open(path, "rb") as handle:
        return handle.read()


def _trafilatura_page(path):
    started = time.process_time()
    found = _trafilatura_extract(path)
    return path, found, time.process_time() - started


def _trafilatura_extract(path):
    import trafilatura
    document = trafilatura.bare_extraction(_read(path), include_comments=False, with_metadata=True)
    if document is None:
        return {"text": "", "title": "", "author": "", "date": ""}
    data = document.as_dict() if hasattr(document, "as_dict") else document
    return {"text": data.get("text") or "", "title": data.get("title") or "",
            "author": data.get("author") or "", "date": data.get("date") or ""}


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "td", "th",
           "section", "article", "ul", "ol", "table", "br", "dd", "dt", "figure", "header", "footer"}


def _html_to_text(html):
    import lxml.html
    root = lxml.html.fromstring(html)
    parts = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if element.text and tag not in ("script", "style"):
            parts.append(element.text)
        if tag in _BLOCKS:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parts)).strip()


def _readability_page(path):
    from readability import Document
    started = time.process_time()
    try:
        summary = Document(_read(path)).summary(html_partial=True)
        found = {"text": _html_to_text(summary)}
    except Exception:  # a page it cannot handle counts as empty, as for the other tools
        found = {"text": ""}
    return path, found, time.process_time() - started


def _warm(module):
    import logging
    logging.disable(logging.CRITICAL)  # readability logs every page it cannot handle
    __import__(module)


def run_pool(function, module, pages, workers):
    with multiprocessing.Pool(workers, initializer=_warm, initargs=(module,)) as pool:
        pool.map(_warm, [module] * workers)  # imports done before the clock starts
        start = time.perf_counter()
        answers = pool.map(function, [p["path"] for p in pages], chunksize=4)
        elapsed = time.perf_counter() - start
    return {path: found for path, found, _ in answers}, elapsed, sum(cpu for _, _, cpu in answers)


# ---------------------------------------------------------------- scoring

def space(text):
    return " ".join((text or "").split())


def same_day(predicted, truth):
    return bool(predicted) and predicted[:10] == truth[:10]


def author_matches(predicted, truth):
    """Equal after case and space folding, or one of several predicted names."""
    if not predicted:
        return False
    want = space(truth).casefold()
    names = [space(n).casefold() for n in re.split(r"[,;&|]| and | e ", predicted)]
    return space(predicted).casefold() == want or want in names


CHECKS = {"title": lambda a, b: space(a) == space(b), "date": same_day, "author": author_matches}


def score_aeb(pages, results, shingles):
    tp_fp_fns = [shingles.string_shingle_matching(true=p["text"], pred=results.get(p["path"], {}).get("text", ""))
                 for p in pages]
    return shingles.metrics_from_tp_fp_fns(tp_fp_fns), tp_fp_fns


def score_wcxb(pages, results, words):
    rows = []
    for page in pages:
        got = results.get(page["path"], {})
        precision, recall, f1 = words.word_f1(got.get("text", ""), page["text"])
        rows.append((precision, recall, f1))
    n = len(rows)
    metrics = {"precision": sum(r[0] for r in rows) / n, "recall": sum(r[1] for r in rows) / n,
               "f1": sum(r[2] for r in rows) / n}
    for field, check in CHECKS.items():
        judged = [p for p in pages if p[field]]
        if judged and field in next(iter(results.values()), {}):
            hits = sum(check(results.get(p["path"], {}).get(field, ""), p[field]) for p in judged)
            metrics[field] = hits / len(judged)
    return metrics, rows


def print_misses(pages, answers, fields):
    """One line per page where sunto misses a field: expected, sunto's answer, trafilatura's."""
    for field in fields:
        check = CHECKS[field]
        misses = [p for p in pages if p[field] and not check(answers["sunto"].get(p["path"], {}).get(field, ""), p[field])]
        print(f"  {field}: {len(misses)} misses", file=sys.stderr)
        for page in misses:
            found = answers["sunto"].get(page["path"], {}).get(field, "")
            other = answers.get("trafilatura", {}).get(page["path"])
            mark = "" if other is None else ("  trafilatura ok" if check(other.get(field, ""), page[field])
                                            else f"  trafilatura {other.get(field, '')!r}")
            print(f"  miss {field} {page['id']} expected {page[field]!r} found {found!r}{mark}", file=sys.stderr)


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tools", default="sunto,trafilatura,readability")
    parser.add_argument("--datasets", default="aeb,wcxb")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages for sunto")
    parser.add_argument("--misses", default="", metavar="FIELDS",
                        help="WCXB: list sunto's misses on these fields (title,date,author), "
                             "expected against found, with trafilatura's answer when it ran")
    args = parser.parse_args()
    tools = args.tools.split(",")
    shingles = load_module("aeb_evaluate", AEB / "evaluate.py")
    words = load_module("wcxb_evaluate", WCXB / "evaluate.py")

    runners = {
        "sunto": lambda pages: run_sunto(pages, args.workers),
        "trafilatura": lambda pages: run_pool(_trafilatura_page, "trafilatura", pages, args.workers),
        "readability": lambda pages: run_pool(_readability_page, "readability", pages, args.workers),
    }
    header = f"{'dataset':<6} {'tool':<12} {'pages':>5} {'F1':>6} {'prec.':>6} {'recall':>6} " \
             f"{'title':>6} {'date':>6} {'author':>6} {'pages/s':>8} {'pages/cpu-s':>11}"
    lines = [header, "-" * len(header)]
    for dataset in args.datasets.split(","):
        pages = aeb_pages() if dataset == "aeb" else wcxb_pages()
        answers = {}
        for tool in tools:
            if dataset == "wcxb" and tool == "readability":
                continue  # no metadata; the issue compares sunto and trafilatura here
            results, elapsed, cpu = runners[tool](pages)
            answers[tool] = results
            if dataset == "aeb":
                metrics, rows = score_aeb(pages, results, shingles)
                quality = [r[0] / (r[0] + (r[1] + r[2]) / 2) if r[0] + r[1] + r[2] > 0 else 1 for r in rows]
            else:
                metrics, rows = score_wcxb(pages, results, words)
                quality = [r[2] for r in rows]

            def cell(key):
                return f"{metrics[key]:>6.3f}" if key in metrics else f"{'-':>6}"
            lines.append(f"{dataset.upper():<6} {tool:<12} {len(pages):>5} {cell('f1')} {cell('precision')} "
                         f"{cell('recall')} {cell('title')} {cell('date')} {cell('author')} "
                         f"{len(pages) / elapsed:>8.1f} {len(pages) / cpu:>11.1f}")
            if tool == "sunto" and args.worst:
                ranked = sorted(zip(quality, pages), key=lambda item: item[0])[:args.worst]
                for value, page in ranked:
                    print(f"  worst {dataset} {value:.3f} {page['path']}", file=sys.stderr)
        if dataset == "wcxb" and args.misses and "sunto" in answers:
            print_misses(pages, answers, args.misses.split(","))
    print(f"workers per tool: {args.workers}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
