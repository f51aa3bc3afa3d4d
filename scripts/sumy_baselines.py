"""Runs sumy's extractive summarizers on Italian articles (run with the evaluation venv's python).

Usage: sumy_baselines.py SENTENCES FILE...   -> JSON {file: {method: [sentence, ...]}} on stdout.
Needs NLTK's Italian punkt data in NLTK_DATA (scripts/eval-summaries installs it).
"""
import json
import sys

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

LANGUAGE = "italian"
METHODS = {"LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer, "LSA": LsaSummarizer, "Luhn": LuhnSummarizer}


def main():
    count = int(sys.argv[1])
    tokenizer = Tokenizer(LANGUAGE)
    summarizers = {}
    for name, cls in METHODS.items():
        summarizer = cls(Stemmer(LANGUAGE))
        summarizer.stop_words = get_stop_words(LANGUAGE)
        summarizers[name] = summarizer
    result = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = PlaintextParser.from_string(f.read(), tokenizer).document
        result[path] = {name: [str(s) for s in summarizer(document, count)] for name, summarizer in summarizers.items()}
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
