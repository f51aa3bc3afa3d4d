"""Shared pieces of sunto's summary evaluation: articles, ROUGE, agreement with editors' picks.

ROUGE is computed here rather than with the `rouge-score` package because its default tokenizer
drops every non-ASCII letter, which mangles Italian ("città" -> "citt"). Tokens are maximal runs
of Unicode letters and digits, lower-cased, with no stemming.
"""
from __future__ import annotations

import itertools
import json
import pathlib
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "articles"
FIXTURES = ROOT / "Tests" / "SuntoTests" / "Fixtures" / "articles"
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class Article:
    """One evaluation article: body text, its reference sentences, and the sidecar's references."""

    stem: str
    path: pathlib.Path
    title: str
    sentences: list[str]
    lead: list[int]
    reference: str

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def load_articles(folder: pathlib.Path) -> list[Article]:
    """Every article of `folder` that has a `.json` sidecar and a `.it.sents.txt` file."""
    articles = []
    for sidecar in sorted(folder.glob("*.json")):
        stem = sidecar.name[: -len(".json")]
        body = folder / f"{stem}.txt"
        sents = folder / f"{stem}.it.sents.txt"
        if not body.exists() or not sents.exists():
            continue
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        articles.append(
            Article(
                stem=stem,
                path=body,
                title=meta.get("title", ""),
                sentences=[line for line in sents.read_text(encoding="utf-8").splitlines() if line.strip()],
                lead=list(meta["lead_sentences"]),
                reference=meta["reference_summary_it"],
            )
        )
    return articles


def tokens(text: str) -> list[str]:
    """Lower-cased runs of letters and digits; accents kept."""
    return TOKEN.findall(text.lower())


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if overlap == 0 or candidate == 0 or reference == 0:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    """ROUGE-N F1 over n-gram multisets."""
    def grams(words):
        counts: dict[tuple, int] = {}
        for i in range(len(words) - n + 1):
            gram = tuple(words[i : i + n])
            counts[gram] = counts.get(gram, 0) + 1
        return counts

    c, r = grams(candidate), grams(reference)
    overlap = sum(min(count, r.get(gram, 0)) for gram, count in c.items())
    return _f1(overlap, sum(c.values()), sum(r.values()))


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    """ROUGE-L F1: longest common subsequence of the two token sequences."""
    if not candidate or not reference:
        return 0.0
    previous = [0] * (len(reference) + 1)
    for word in candidate:
        current = [0]
        for j, ref_word in enumerate(reference):
            current.append(previous[j] + 1 if word == ref_word else max(previous[j + 1], current[j]))
        previous = current
    return _f1(previous[-1], len(candidate), len(reference))


def rouge(summary: list[str], reference: str) -> tuple[float, float, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 (×100) of a summary given as sentences."""
    candidate = tokens(" ".join(summary))
    ref = tokens(reference)
    return 100 * rouge_n(candidate, ref, 1), 100 * rouge_n(candidate, ref, 2), 100 * rouge_l(candidate, ref)


def sentence_index(sentence: str, article: Article) -> int:
    """The index of `sentence` among the article's reference sentences: exact match, else the one
    sharing the most tokens (another segmenter may cut a sentence differently)."""
    stripped = sentence.strip()
    if stripped in article.sentences:
        return article.sentences.index(stripped)
    words = set(tokens(stripped))

    def overlap(index):
        other = set(tokens(article.sentences[index]))
        return len(words & other) / max(1, len(words | other))

    return max(range(len(article.sentences)), key=overlap)


def agreement(summary: list[str], article: Article) -> float:
    """The share of the editors' picks that the summary also picked."""
    picked = {sentence_index(s, article) for s in summary}
    return len(picked & set(article.lead)) / len(article.lead)


def oracle_and_random(article: Article, size: int) -> tuple[float, float]:
    """The best ROUGE-1 of any `size` sentences, and the mean ROUGE-1 over all such choices."""
    scores = [rouge([article.sentences[i] for i in combo], article.reference)[0]
              for combo in itertools.combinations(range(len(article.sentences)), size)]
    return max(scores), sum(scores) / len(scores)


def sunto_briefs(binary: str, pipeline: str, articles: list[Article], sentences: int = 3,
                 titled: bool = False) -> dict[str, list[str]]:
    """The Italian brief of each article by `sunto brief` with `pipeline`, keyed by stem.

    With `titled`, each article is given as a user who pastes a whole article would give it: the
    sidecar's title on the first line, a blank line, then the body. sunto's segmenter takes such a
    line as the headline (the document's title, never a brief sentence), as it takes an HTML
    page's title; the brief sentences are still the body's.
    """
    with tempfile.TemporaryDirectory() as folder:
        paths = [str(a.path) for a in articles]
        if titled:
            paths = []
            for article in articles:
                path = pathlib.Path(folder) / article.path.name
                path.write_text(f"{article.title}\n\n{article.text}", encoding="utf-8")
                paths.append(str(path))
        command = [binary, "brief", "--lang", "it", "--format", "json", "--pipeline", pipeline,
                   "--sentences", str(sentences), "--jobs", "1"] + paths
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    documents = json.loads(output)
    if isinstance(documents, dict):
        documents = [documents]
    return {article.stem: [s["text"] for s in doc["brief"]["it"]] for article, doc in zip(articles, documents)}


def paired_difference(a: list[float], b: list[float], resamples: int = 10_000, seed: int = 0) -> tuple[float, float, float]:
    """The mean of a − b over paired per-article values, with a 95% paired bootstrap interval
    (articles drawn with replacement `resamples` times; a fixed seed, so the same data always
    give the same interval)."""
    differences = [x - y for x, y in zip(a, b)]
    count = len(differences)
    rng = random.Random(seed)
    means = sorted(sum(differences[rng.randrange(count)] for _ in range(count)) / count for _ in range(resamples))
    return sum(differences) / count, means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]
