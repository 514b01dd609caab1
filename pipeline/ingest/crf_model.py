"""A CRFsuite model file read into numpy, and its Viterbi decoder, giving crfsuite's own labels.

python-crfsuite's ``Tagger`` takes every token's features as a dict of strings, builds a C++
string per feature and looks each up in the model's string database; for reference strings
that conversion is most of the tagging time, though a reference list repeats its tokens.
Reading the weights once lets the caller map each token's features to attribute ids once
(cached per token) and score with numpy. ``Tagger.info()`` prints weights rounded to six
decimals, so the weights are read from the binary file itself: CRFsuite's ``crf1d`` format
(``lib/crf/src/crf1d_model.c``: a 48-byte header, a ``FEAT`` chunk of (type, source,
destination, float64 weight) records, and two ``CQDB`` string databases for label and
attribute names, whose backward arrays give each id's string).

The scores are summed in crfsuite's order (per token, attribute by attribute in the order
given, ``state[label] += weight * value``) and decoded as ``crf1dc_viterbi`` does (the
first maximum wins every tie), so the labels are the ones ``Tagger.tag`` returns
(``tests/test_reference_crf_speed.py`` checks this against python-crfsuite).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of the CQDB chunk at ``offset``, by id (its backward array)."""
    magic, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ValueError("not a CQDB chunk")
    out = []
    for (pos,) in struct.iter_unpack("<I", data[offset + bwd_offset : offset + bwd_offset + 4 * bwd_size]):
        _id, ksize = struct.unpack_from("<II", data, offset + pos)
        start = offset + pos + 8
        out.append(data[start : start + ksize - 1].decode("utf-8"))  # ksize counts the NUL
    return out


@dataclass(frozen=True)
class CRFModel:
    labels: tuple[str, ...]
    attributes: dict[str, int]  # attribute name -> row of ``state``
    state: np.ndarray  # (attributes, labels) float64 weights, 0 where no feature
    transition: np.ndarray  # (labels, labels): weight of label i followed by label j

    @classmethod
    def read(cls, path: Path) -> CRFModel:
        data = path.read_bytes()
        (magic, _size, kind, _version, _n_features, n_labels, n_attrs, off_features, off_labels,
         off_attrs, _off_labelrefs, _off_attrrefs) = _HEADER.unpack_from(data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path}: not a CRFsuite crf1d model")
        chunk, _chunk_size, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":  # (the header's feature count is written as 0; the chunk's is right)
            raise ValueError(f"{path}: bad feature chunk")
        feats = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        labels = tuple(_cqdb_strings(data, off_labels))
        names = _cqdb_strings(data, off_attrs)
        if len(labels) != n_labels or len(names) != n_attrs:
            raise ValueError(f"{path}: bad string tables")
        state = np.zeros((n_attrs, n_labels))
        transition = np.zeros((n_labels, n_labels))
        is_state = feats["type"] == 0
        state[feats["src"][is_state], feats["dst"][is_state]] = feats["weight"][is_state]
        trans = feats[feats["type"] == 1]
        transition[trans["src"], trans["dst"]] = trans["weight"]
        return cls(labels, {name: i for i, name in enumerate(names)}, state, transition)

    def scores(self, ids: list[int], values: list[float], starts: list[int]) -> np.ndarray:
        """(tokens, labels) state scores: token t's attributes are ``ids[starts[t]:starts[t+1]]``
        (every token has at least one), each scaled by its value; summed in the order given."""
        rows = self.state[ids] * np.asarray(values)[:, None]
        # add.reduceat over axis 0 adds a token's rows one after another, as crfsuite does
        return np.add.reduceat(rows, starts, axis=0)

    def block(self, ids, values) -> np.ndarray:
        """(labels,) the scores of some attributes together (a zero vector for none)."""
        if not ids:
            return np.zeros(len(self.labels))
        return (self.state[list(ids)] * np.asarray(values)[:, None]).sum(axis=0)

    def blocks(self, blocks) -> np.ndarray:
        """(blocks, labels): ``block`` of each (ids, values) pair, in one pass."""
        ids: list[int] = []
        values: list[float] = []
        starts = []
        for block_ids, block_values in blocks:
            starts.append(len(ids))
            ids.extend(block_ids)
            values.extend(block_values)
            ids.append(0)  # a zero term keeps every block non-empty for reduceat
            values.append(0.0)
        return self.scores(ids, values, starts)

    def viterbi(self, state: np.ndarray, margin: float = 0.0) -> list[str] | None:
        """The best label sequence for ``state`` (crf1dc_viterbi: the first maximum wins).

        With ``margin`` > 0: None when a choice the best path rests on (its last label, and the
        label before each of its labels) won by less than ``margin``: scores summed in another
        order than crfsuite's differ from its own by rounding (~1e-13), so a path whose every
        choice wins by more is the path crfsuite finds, and a closer one is left to an exact
        scorer."""
        n, size = state.shape
        scores = np.empty((n, size, size))  # [t, i, j]: label i at t-1, label j at t
        cur = state[0]
        trans = self.transition
        for t in range(1, n):
            score = np.add(cur[:, None], trans, out=scores[t])
            cur = score.max(axis=0)
            cur += state[t]
        back = scores.argmax(axis=1)  # [t, j]: the best label before j at t (the first of ties)
        path = [int(cur.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        path.reverse()
        if margin > 0:
            if size > 1 and _gap(cur) < margin:
                return None
            if n > 1:
                chosen = scores[np.arange(1, n), :, path[1:]]  # (n-1, labels): the columns the path took
                top2 = np.partition(chosen, size - 2, axis=1)[:, -2:] if size > 1 else chosen
                if size > 1 and (top2[:, 1] - top2[:, 0]).min() < margin:
                    return None
        return [self.labels[k] for k in path]

    def viterbi_many(self, states: list[np.ndarray], margin: float = 0.0) -> list[list[str] | None]:
        """``viterbi(state, margin)`` of each of ``states``, decoded together: the sequences,
        longest first, share one numpy step per position (those already ended drop out of the
        step), so a paper's reference list costs as many steps as its longest entry instead of
        its token count. Every number is the one ``viterbi`` computes for that sequence alone
        (the same additions and maxima, element by element), so the labels are its labels."""
        out: list[list[str] | None] = [None] * len(states)
        order = sorted(range(len(states)), key=lambda k: -len(states[k]))
        size = len(self.labels)
        lo = 0
        while lo < len(order):
            count = max(1, min(_BATCH, _BATCH_CELLS // (len(states[order[lo]]) * size * size)))
            chunk = order[lo : lo + count]
            lo += count
            for k, labels in zip(chunk, self._viterbi_chunk([states[k] for k in chunk], margin)):
                out[k] = labels
        return out

    def _viterbi_chunk(self, states: list[np.ndarray], margin: float) -> list[list[str] | None]:
        """``viterbi`` of each of ``states`` (longest first, each at least one row)."""
        size = len(self.labels)
        lengths = [len(st) for st in states]
        longest, count = lengths[0], len(states)
        padded = np.zeros((count, longest, size))
        for b, st in enumerate(states):
            padded[b, : len(st)] = st
        scores = np.empty((longest, count, size, size))  # [t, b, i, j]
        cur = padded[:, 0].copy()  # (count, labels)
        trans = self.transition
        active = count
        for t in range(1, longest):
            while lengths[active - 1] <= t:  # sequences ended before t: their ``cur`` stays
                active -= 1
            score = np.add(cur[:active, :, None], trans, out=scores[t, :active])
            cur[:active] = score.max(axis=1)
            cur[:active] += padded[:active, t]
        # the paths traced back for all sequences at once, one numpy step per position (the same
        # argmax choices as a per-sequence walk): pos[b, t] is sequence b's label at t
        pos = np.zeros((count, longest), dtype=np.int64)
        pos[np.arange(count), np.array(lengths) - 1] = cur.argmax(axis=1)
        if longest > 1:
            back = scores[1:].argmax(axis=2)  # [t - 1, b, j]; rows past an end are unused
            live = 0  # the sequences longer than t (longest first): more of them as t goes back
            for t in range(longest - 1, 0, -1):
                while live < count and lengths[live] > t:
                    live += 1
                pos[:live, t - 1] = back[t - 1, np.arange(live), pos[:live, t]]
        paths = pos.tolist()
        out: list[list[str] | None] = []
        labels = self.labels
        for b, n in enumerate(lengths):
            path = paths[b][:n]
            if margin > 0 and size > 1:
                if _gap(cur[b]) < margin:
                    out.append(None)
                    continue
                if n > 1:
                    chosen = scores[np.arange(1, n), b, :, path[1:]]  # (n-1, labels): the columns the path took
                    top2 = np.partition(chosen, size - 2, axis=1)[:, -2:]
                    if (top2[:, 1] - top2[:, 0]).min() < margin:
                        out.append(None)
                        continue
            out.append([labels[k] for k in path])
        return out


#: at most this many sequences decoded together by ``viterbi_many``, and at most about this many
#: cells in its (tokens, sequences, labels, labels) array (16 MB): a long entry goes alone
_BATCH = 64
_BATCH_CELLS = 2_000_000


def _gap(scores: np.ndarray) -> float:
    """How far the best of ``scores`` beats the second best."""
    top2 = np.partition(scores, len(scores) - 2)[-2:]
    return float(top2[1] - top2[0])
