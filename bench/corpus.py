"""Generates benchmark inputs from the project's own texts (examples/ and the test fixture
articles, all written for this project): seed-size articles (about 660 words, the size of the
damaged article in ../shared/data/seed/) and news-site HTML pages around them. Deterministic for a
given seed."""
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _paragraphs():
    sources = list((ROOT / "examples").glob("*.txt")) + list((ROOT / "Tests" / "SuntoTests" / "Fixtures" / "articles").glob("a*.txt"))
    paragraphs = []
    for path in sorted(sources):
        if path.name.endswith(".sents.txt"):
            continue
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if len(block.split()) > 25:
                paragraphs.append(block)
    return paragraphs


SEED_WORDS = 660


def articles(count, words=SEED_WORDS, seed=7):
    """`count` articles of about `words` words, each a headline and shuffled paragraphs."""
    rng = random.Random(seed)
    pool = _paragraphs()
    result = []
    for index in range(count):
        body, total = [], 0
        # Paragraphs are added while the article is short of `words` minus half a paragraph, so
        # the average lands on `words` rather than half a paragraph above it.
        while total < words - 35:
            paragraph = rng.choice(pool)
            paragraph = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), paragraph)
            body.append(paragraph)
            total += len(paragraph.split())
        headline = " ".join(body[0].split()[:9]).rstrip(",.;:")
        result.append(f"{headline} ({index})\n\n" + "\n\n".join(body) + "\n")
    return result


PAGE = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>{title} - Il Quotidiano</title>
<meta property="og:title" content="{title}"><meta name="author" content="Redazione">
<script>window.dataLayer=[];function track(){{}}</script><style>body{{font-family:serif}}</style></head>
<body><div class="cookie-banner">Questo sito usa cookie. <a href="/privacy">Informativa</a> <button>Accetto</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/politica">Politica</a></li>
<li><a href="/economia">Economia</a></li><li><a href="/esteri">Esteri</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="article"><h1>{title}</h1><p class="byline">di Redazione</p>
{paragraphs}
<aside class="related"><h3>Leggi anche</h3><ul><li><a href="/a">Altro articolo sul tema</a></li><li><a href="/b">Un secondo approfondimento</a></li></ul></aside>
</article></main>
<section class="comments"><h3>Commenti</h3><p>Accedi per commentare.</p></section>
<footer><p>© Il Quotidiano - P.IVA 00000000000 - Riproduzione riservata</p><a href="/contatti">Contatti</a></footer>
</body></html>
"""


def pages(count, words=900, seed=11):
    """News-site pages (menus, cookie banner, related links, comments, footer) around articles."""
    result = []
    for text in articles(count, words, seed):
        title, _, body = text.partition("\n\n")
        paragraphs = "\n".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        result.append(PAGE.format(title=title, paragraphs=paragraphs))
    return result
