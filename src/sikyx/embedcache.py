"""A per-token cache of the entity recogniser's word embeddings: the same output, computed once.

fr_core_news_md's ``ner`` embeds each token from its own attributes only (NORM, PREFIX, SUFFIX,
SHAPE hash embeddings and the token's static vector, mixed by a Maxout layer and a LayerNorm:
spaCy's ``MultiHashEmbed``) before the context encoder sees it. The embedding of a token is thus a
function of those attribute values, and a news text repeats most of its tokens ("de", "la", ","):
on the benchmark's 411 paragraphs, 21 690 tokens carry 4 379 distinct attribute tuples. The
embedding layer costs about a quarter of the recogniser's time; :func:`install` makes it compute
each distinct tuple once and copy the stored row for every other token.

The rows are bit-for-bit those the layer computes in a batch (each row of a matrix product,
a Maxout and a LayerNorm depends on that row only; checked on every corpus text by
``tests/pipeline/test_embed_cache.py`` and ``benchmarks/pipeline_snapshot.py``), so ``doc.ents``
does not change. The cache is dropped when the layer runs in training mode, when any of its
parameters is replaced (``from_bytes``, ``from_disk``, an optimizer step), when the vectors
table is replaced or changes size, and when it holds :data:`MAX_ROWS` rows (~12 MB). A vector
written in place into the existing table (``nlp.vocab.set_vector`` on a key it already holds) is
not seen: call :func:`clear` after such a change.

Only layers whose every node is a known per-token operation are cached (:data:`PER_TOKEN_NODES`);
:func:`install` leaves any other architecture alone and returns ``False``.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy
from spacy.attrs import NORM, ORTH, intify_attr
from spacy.tokens import Doc

__all__ = ["install", "clear", "MAX_ROWS", "CachedEmbed"]

MAX_ROWS = 32768
"""Rows kept before the cache starts over (96 floats each for fr_core_news_md: ~12 MB)."""

PER_TOKEN_NODES = frozenset({"extract_features", "list2ragged", "ragged2list", "ints-getitem", "hashembed",
                             "static_vectors", "maxout", "layernorm", "dropout"})
"""thinc/spaCy layers whose output row for a token depends on that token's input row only."""


def _node_kind(name: str) -> list[str]:
    """The layer names a composed thinc name is made of ("a>>b|c" → a, b, c; "with_array(x)" → x)."""
    for sep in (">>", "|", "(", ")"):
        name = name.replace(sep, " ")
    return [n for n in name.split() if n not in ("with_array", "concatenate", "chain")]


def _embed_layer(model) -> Any | None:
    """The MultiHashEmbed chain inside ``model`` (``extract_features ... >> ragged2list``), or None."""
    for node in model.walk():
        if (node.name.startswith("extract_features>>") and node.name.endswith(">>ragged2list")
                and all(kind in PER_TOKEN_NODES for kind in _node_kind(node.name))
                and any(n.name == "extract_features" for n in node.walk())):
            return node
    return None


class CachedEmbed:
    """The embedding layer's forward function with a cache (see the module docstring). Replaces
    the layer's ``_func``; pickles and copies as the bare original function plus an empty cache."""

    def __init__(self, forward):
        self.forward = forward
        self._lock = threading.Lock()
        self._reset(None)
        self.hits = self.misses = 0  # token rows served, distinct tuples computed

    def __getstate__(self):
        return {"forward": self.forward}

    def __setstate__(self, state):
        self.__init__(state["forward"])

    def _reset(self, version) -> None:
        self.version = version
        self.index: dict[tuple, int] = {}
        self.table = None
        self.n_rows = 0

    def _key_attrs(self, model, vocab) -> list[int]:
        columns: list[int] = []
        for node in model.walk():
            if node.name == "extract_features":
                columns.extend(intify_attr(c) for c in node.attrs["columns"])
            elif node.name == "static_vectors":
                columns.append(intify_attr(getattr(vocab.vectors, "attr", ORTH)))
        return list(dict.fromkeys([ORTH, NORM, *columns]))

    def _version(self, model, vocab) -> tuple:
        """What the cached rows depend on besides the token attributes: every parameter array (an
        update replaces the array; the arrays are held, so their ids stay unique) and the vectors."""
        params = tuple(node.get_param(name) for node in model.walk() for name in node.param_names
                       if node.has_param(name))
        vectors = vocab.vectors
        return (tuple(id(p) for p in params), params, id(vectors), id(getattr(vectors, "data", None)),
                getattr(vectors, "n_keys", None), vocab)

    def __call__(self, model, docs: list[Doc], is_train: bool):
        if is_train or not docs:
            if is_train:
                self._reset(None)
            return self.forward(model, docs, is_train)
        vocab = docs[0].vocab
        with self._lock:
            version = self._version(model, vocab)
            if self.version is None or self.version[0] != version[0] or self.version[2:] != version[2:]:
                self._reset(version)
                self.key_attrs = self._key_attrs(model, vocab)
            lengths = [len(doc) for doc in docs]
            if not any(lengths):
                return self.forward(model, docs, is_train)
            attrs = self.key_attrs
            keys = list(map(tuple, numpy.concatenate([doc.to_array(attrs) for doc in docs]).tolist()))
            get = self.index.get
            rows = [get(k) for k in keys]
            if None in rows:
                missing = list(dict.fromkeys(k for k, row in zip(keys, rows) if row is None))
                if self.n_rows + len(missing) > MAX_ROWS:  # full: start over with this batch's tuples
                    self._reset(version)
                    missing = list(dict.fromkeys(keys))
                if len(missing) > MAX_ROWS or not self._add(model, vocab, missing):
                    return self.forward(model, docs, is_train)
                self.misses += len(missing)
                index = self.index
                rows = [index[k] for k in keys]
            self.hits += len(keys)
            out = numpy.split(self.table[rows], numpy.cumsum(lengths[:-1]))
        return out, _no_backprop

    def _add(self, model, vocab, missing: list[tuple]) -> bool:
        """Compute the rows of ``missing`` attribute tuples in one scratch Doc; False when the
        scratch Doc cannot reproduce the tuples (then the caller runs the layer itself)."""
        strings = vocab.strings
        scratch = Doc(vocab, words=[strings[k[0]] for k in missing], spaces=[False] * len(missing))
        scratch.from_array([NORM], numpy.array([[k[1]] for k in missing], dtype="uint64"))
        if list(map(tuple, scratch.to_array(self.key_attrs).tolist())) != missing:
            return False
        rows, _ = self.forward(model, [scratch], False)
        rows = rows[0]
        if self.table is None or self.n_rows + len(missing) > len(self.table):
            capacity = max(1024, 2 * (self.n_rows + len(missing)))
            table = numpy.zeros((min(capacity, MAX_ROWS), rows.shape[1]), dtype=rows.dtype)
            if self.table is not None:
                table[:self.n_rows] = self.table[:self.n_rows]
            self.table = table
        self.table[self.n_rows:self.n_rows + len(missing)] = rows
        for i, key in enumerate(missing, self.n_rows):
            self.index[key] = i
        self.n_rows += len(missing)
        return True


def _no_backprop(d_output):
    raise RuntimeError("the cached embedding layer runs in prediction mode only (is_train=False)")


def install(nlp, component: str = "ner") -> bool:
    """Cache the word embeddings of ``nlp``'s ``component`` (see the module docstring). Returns
    True when installed (or already there), False when the component is missing or its
    embedding layer is not a known per-token architecture."""
    if component not in nlp.pipe_names:
        return False
    model = getattr(nlp.get_pipe(component), "model", None)
    layer = _embed_layer(model) if model is not None else None
    if layer is None:
        return False
    if not isinstance(layer._func, CachedEmbed):
        layer._func = CachedEmbed(layer._func)
    return True


def clear(nlp, component: str = "ner") -> bool:
    """Empty the cache of ``nlp``'s ``component`` (after changing vectors in place). Returns True
    when a cache was there."""
    if component not in nlp.pipe_names:
        return False
    model = getattr(nlp.get_pipe(component), "model", None)
    layer = _embed_layer(model) if model is not None else None
    if layer is None or not isinstance(layer._func, CachedEmbed):
        return False
    with layer._func._lock:
        layer._func._reset(None)
    return True
